package fuzz

import (
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyexpr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

var divOpNames = [3]string{"floordiv", "mod", "divmod"}

// FuzzDivModOracle checks //, % and divmod() against CPython on ints of
// any size (FloorDivBig, ModBig, DivModBig; the int64 functions where the
// operands fit), on floats (FloorDivFloat, ModFloat, DivModFloat, reading
// ints too large for a float as Python does) and on decimals under
// ExactContext (DivInt, Rem, DivMod): `pyround floordiv|mod|divmod --as
// auto|decimal A B`.
func FuzzDivModOracle(f *testing.F) {
	for _, s := range [][2]string{
		{"-7", "2"}, {"7", "-2"}, {"-9223372036854775808", "-1"}, {"1e308", "1e-308"}, {"-0.0", "5"},
		{"5", "0"}, {"5.5", "0.0"}, {"inf", "3"}, {"3", "-inf"}, {"nan", "1"}, {"1" + strings.Repeat("0", 400), "3"},
		{"1E+999999", "7"}, {"-1E-999999", "3"}, {"sNaN", "1"}, {"0", "0"}, {"1E+2147483647", "1E-2147483648"},
		{"123456789012345678901234567890", "-0.001"}, {"7.5", "-2"}, {"1_0", " 3 "},
	} {
		f.Add(s[0], s[1], uint8(0))
		f.Add(s[0], s[1], uint8(5))
	}
	f.Fuzz(func(t *testing.T, a, b string, sel uint8) {
		if len(a) > 400 || len(b) > 400 {
			return
		}
		op := int(sel) % 3
		dec := sel&4 != 0
		var got string
		bounded(t, 5*time.Second, "divmod", func() {
			if dec {
				got = divDecimal(op, a, b)
			} else {
				got = divAuto(t, op, a, b)
			}
		})
		as := "auto"
		if dec {
			as = "decimal"
		}
		differ(t, divOpNames[op], []string{as, a, b}, got)
	})
}

func divAuto(t *testing.T, op int, a, b string) string {
	x, xf, xerr := readNum(a)
	if xerr != nil {
		return oracle.Result("", xerr)
	}
	y, yf, yerr := readNum(b)
	if yerr != nil {
		return oracle.Result("", yerr)
	}
	if x != nil && y != nil {
		var q, r big.Int
		var err error
		switch op {
		case 0:
			_, err = divmod.FloorDivBig(&q, x, y)
			return oracle.Result(q.String(), err)
		case 1:
			_, err = divmod.ModBig(&r, x, y)
			return oracle.Result(r.String(), err)
		}
		_, _, err = divmod.DivModBig(&q, &r, x, y)
		if x.IsInt64() && y.IsInt64() {
			sq, sr, serr := divmod.DivMod(x.Int64(), y.Int64())
			if serr == nil && (err != nil || sq != q.Int64() || sr != r.Int64()) {
				t.Fatalf("DivMod(%v, %v) = %d, %d; DivModBig %v, %v, %v", x, y, sq, sr, &q, &r, err)
			}
		}
		return oracle.Result("("+q.String()+", "+r.String()+")", err)
	}
	if x != nil {
		var err error
		if xf, err = divmod.IntToFloat(x); err != nil {
			return oracle.Result("", err)
		}
	}
	if y != nil {
		var err error
		if yf, err = divmod.IntToFloat(y); err != nil {
			return oracle.Result("", err)
		}
	}
	switch op {
	case 0:
		q, err := divmod.FloorDivFloat(xf, yf)
		return oracle.Result(pyfmt.Repr(q), err)
	case 1:
		r, err := divmod.ModFloat(xf, yf)
		return oracle.Result(pyfmt.Repr(r), err)
	}
	q, r, err := divmod.DivModFloat(xf, yf)
	if err == nil {
		if fq, _ := divmod.FloorDivFloat(xf, yf); !sameFloat(fq, q) && !math.IsNaN(q) {
			t.Fatalf("FloorDivFloat(%v, %v) = %v, DivModFloat's q %v", xf, yf, fq, q)
		}
	}
	return oracle.Result("("+pyfmt.Repr(q)+", "+pyfmt.Repr(r)+")", err)
}

// readNum reads a literal as `--as auto` does: an int if int() accepts
// it, else a float.
func readNum(s string) (*big.Int, float64, error) {
	if small, b, err := pyparse.Int(s, nil); err == nil {
		if b == nil {
			b = big.NewInt(small)
		}
		return b, 0, nil
	}
	f, err := pyparse.Float(s)
	return nil, f, err
}

func readAPD(s string, z *apd.Decimal) error {
	d, _, err := pyparse.ParseDecimal(nil, s)
	if err != nil {
		return err
	}
	_, err = pyparse.APD(d, z)
	return err
}

func divDecimal(op int, a, b string) string {
	var x, y, q, r apd.Decimal
	if err := readAPD(a, &x); err != nil {
		return oracle.Result("", err)
	}
	if err := readAPD(b, &y); err != nil {
		return oracle.Result("", err)
	}
	ctx := divmod.ExactContext()
	switch op {
	case 0:
		err := ctx.DivInt(&q, &x, &y)
		return oracle.Result(string(pyfmt.AppendAPD(nil, &q)), err)
	case 1:
		err := ctx.Rem(&r, &x, &y)
		return oracle.Result(string(pyfmt.AppendAPD(nil, &r)), err)
	}
	err := ctx.DivMod(&q, &r, &x, &y)
	return oracle.Result("("+string(pyfmt.AppendAPDRepr(nil, &q))+", "+string(pyfmt.AppendAPDRepr(nil, &r))+")", err)
}

// specReadings returns spec parsed as pyfmt reads it and as C _decimal may
// read it: cut at an embedded NUL (a C string), with or without one 'z'.
// The size filters of FuzzFormatOracle look at all of them, so that
// '1000000000\x00x', a gigabyte of padding for a Decimal, is filtered too.
func specReadings(spec string) []pyfmt.Spec {
	texts := []string{spec}
	if i := strings.IndexByte(spec, 0); i > 0 {
		texts = append(texts, spec[:i])
	}
	var sps []pyfmt.Spec
	for _, s := range texts {
		for _, s := range []string{s, strings.Replace(s, "z", "", 1)} {
			if sp, err := pyfmt.ParseSpec(s); err == nil {
				sps = append(sps, sp)
			}
		}
	}
	return sps
}

// FuzzFormatOracle checks pyfmt.Format against CPython's format(v, spec)
// for any spec on ints of any size, floats and Decimals (`pyround format
// --as auto|decimal -- SPEC VALUE`): no panic, bounded time, and the same
// text or the same exception. Specs asking for more than 10,000
// characters are checked for errors and time only (Python would build
// the string).
func FuzzFormatOracle(f *testing.F) {
	for _, s := range [][2]string{
		{",.2f", "1234567.891"}, {"+.3e", "-0.0"}, {"_", "123456789"}, {"#010x", "255"}, {"*^20,.1%", "0.125"},
		{"c", "9"}, {"c", "1114112"}, {"n", "1e16"}, {".0f", "2.5"}, {"g", "nan"}, {"=+12.3E", "-inf"},
		{"", "1" + strings.Repeat("0", 4300)}, {"x", "-" + strings.Repeat("9", 5000)}, {".1000f", "1e-300"},
		{",", "1E+5"}, {"z.2f", "-0.001"}, {"#.0e", "sNaN"}, {"1000000000", "1"}, {".2147483648f", "1"},
		{"", "١٢٣"}, {"0>", "5"}, {"=", "1"}, {",_", "1"},
	} {
		f.Add(s[0], s[1], false)
		f.Add(s[0], s[1], true)
	}
	f.Fuzz(func(t *testing.T, spec, text string, dec bool) {
		if len(text) > 6000 || len(spec) > 100 {
			return
		}
		for _, sp := range specReadings(spec) {
			if sp.Width > 1e6 && sp.Width <= pyfmt.MaxWidth ||
				sp.Precision > 1e6 && sp.Precision < pyfmt.MaxWidth && (sp.Alt || strings.ContainsRune("eEfF%", sp.Type)) {
				return // a right answer of megabytes to gigabytes: the hostile-input test covers it
			}
		}
		var got string
		bounded(t, 2*time.Second, "Format("+spec+")", func() {
			var v any
			var err error
			if dec {
				var z apd.Decimal
				err = readAPD(text, &z)
				v = &z
			} else {
				var b *big.Int
				var x float64
				b, x, err = readNum(text)
				if b != nil {
					v = b
				} else {
					v = x
				}
			}
			if err != nil {
				got = oracle.Result("", err)
				return
			}
			s, err := pyfmt.Format(v, spec)
			got = oracle.Result(s, err)
		})
		for _, sp := range specReadings(spec) {
			if sp.Width > 10000 || sp.Precision > 10000 {
				return
			}
		}
		as := "auto"
		if dec {
			as = "decimal"
		}
		differ(t, "format", []string{as, spec, text}, got)
	})
}

// FuzzHMSOracle checks timedelta construction from seconds and its three
// formats against CPython (`pyround hms --as auto|float|decimal --format
// python|compact|iso`): ints of any size, floats, decimals, texts Python
// rejects.
func FuzzHMSOracle(f *testing.F) {
	for _, s := range []string{"3723", "-1", "0.5", "86399999999999.9999995", "-86399999913600.0000005",
		"1e999999999", "1E-999999999", "nan", "-inf", "9223372036854775807", "185542587187200", "0.0000005",
		"-0.0000015", "1_000.25", " 7 ", "abc", "", "١٢", "86400000000000", "-86399999913601"} {
		for sel := uint8(0); sel < 9; sel += 4 {
			f.Add(s, sel)
		}
	}
	formats := [3]string{"python", "compact", "iso"}
	f.Fuzz(func(t *testing.T, text string, sel uint8) {
		if len(text) > 400 {
			return
		}
		as := [3]string{"auto", "float", "decimal"}[int(sel)%3]
		format := int(sel/3) % 3
		var got string
		bounded(t, 2*time.Second, "hms", func() {
			var td convert.Timedelta
			var err error
			switch as {
			case "decimal":
				td, err = convert.NewTimedeltaDecimalText(text)
			default:
				if small, b, ierr := pyparse.Int(text, nil); as == "auto" && ierr == nil {
					if b != nil {
						td, err = convert.NewTimedeltaBig(b)
					} else {
						td, err = convert.NewTimedeltaSeconds(small)
					}
					break
				}
				var x float64
				if x, err = pyparse.Float(text); err == nil {
					td, err = convert.NewTimedeltaFloat(x)
				}
			}
			if err != nil {
				got = oracle.Result("", err)
				return
			}
			hf, _ := convert.ParseHMSFormat(formats[format])
			got = string(td.AppendFormat(nil, hf))
			roundTrips(t, td)
		})
		differ(t, "hms", []string{as, text, formats[format]}, got)
	})
}

// FuzzEvalOracle checks pyexpr.Eval against CPython on expressions built
// from fuzzed pieces: every expression pyexpr accepts and the oracle's
// evaluator agrees to compute (it refuses ones too costly for Python,
// such as 2**10**10) must print the same text or raise the same error.
// Syntax errors are not compared (the messages are pyround's own).
func FuzzEvalOracle(f *testing.F) {
	for i, s := range exprSeeds {
		f.Add(s, exprSeeds[(i*5+1)%len(exprSeeds)], uint8(i))
	}
	ops := []string{"+", "-", "*", "/", "//", "%", "**"}
	f.Fuzz(func(t *testing.T, a, b string, sel uint8) {
		if len(a)+len(b) > 300 {
			return
		}
		src := a
		switch sel % 4 {
		case 1:
			src = "(" + a + ")" + ops[int(sel/4)%len(ops)] + "(" + b + ")"
		case 2:
			src = "divmod(" + a + ", " + b + ")"
		case 3:
			src = "round(" + a + ", " + b + ")"
		}
		var got string
		bounded(t, 2*time.Second, "Eval("+src+")", func() {
			v, err := pyexpr.Eval(src)
			if err == nil {
				var out []byte
				out, err = v.AppendText(nil)
				got = oracle.Result(string(out), err)
			} else {
				got = oracle.Result("", err)
			}
		})
		if strings.HasPrefix(got, "!SyntaxError") || strings.HasPrefix(got, "!IndentationError") {
			// pyround's messages name a column, CPython's a line: the
			// type is checked by TestEvalGolden/TestEvalLive's exprgen
			// cases and the regression tests.
			return
		}
		differ(t, "eval", []string{src}, got)
	})
}
