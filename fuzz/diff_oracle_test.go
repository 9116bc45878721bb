package fuzz

import (
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyexpr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
)

var divOpNames = [3]string{"floordiv", "mod", "divmod"}

// FuzzDivModOracle checks //, % and divmod() against CPython through
// pyops.Div, the operation every surface calls (`pyround floordiv|mod|divmod
// --as auto|decimal A B`): ints of any size, floats, ints too large for a
// float, decimals under the exact context. On ints and floats it also
// checks the typed functions against each other (crossCheckDiv).
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
		as := "auto"
		if dec {
			as = "decimal"
		}
		args := []string{as, a, b}
		var got string
		bounded(t, 5*time.Second, "divmod", func() {
			got = evalOp(t, divOpNames[op], args)
			if !dec {
				crossCheckDiv(t, a, b)
			}
		})
		differ(t, divOpNames[op], args, got)
	})
}

// evalOp performs an oracle operation on pyops (internal/opcheck).
func evalOp(t *testing.T, op string, args []string) string {
	got, err := opcheck.Eval(op, args)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// crossCheckDiv checks package divmod's typed functions against each
// other on operands read by the literal rule: DivMod on int64s against
// DivModBig, and FloorDivFloat against DivModFloat's quotient.
func crossCheckDiv(t *testing.T, a, b string) {
	x, xerr := pyops.ReadNumber([]byte(a), pyops.Auto, nil)
	y, yerr := pyops.ReadNumber([]byte(b), pyops.Auto, nil)
	if xerr != nil || yerr != nil {
		return
	}
	if !x.IsFloat && !y.IsFloat {
		bx, by := x.Big, y.Big
		if bx == nil {
			bx = big.NewInt(x.Int)
		}
		if by == nil {
			by = big.NewInt(y.Int)
		}
		var q, r big.Int
		_, _, err := divmod.DivModBig(&q, &r, bx, by)
		if bx.IsInt64() && by.IsInt64() {
			sq, sr, serr := divmod.DivMod(bx.Int64(), by.Int64())
			if serr == nil && (err != nil || sq != q.Int64() || sr != r.Int64()) {
				t.Fatalf("DivMod(%v, %v) = %d, %d; DivModBig %v, %v, %v", bx, by, sq, sr, &q, &r, err)
			}
		}
		return
	}
	xf, xerr := x.ToFloat()
	yf, yerr := y.ToFloat()
	if xerr != nil || yerr != nil {
		return
	}
	q, _, err := divmod.DivModFloat(xf, yf)
	if err == nil {
		if fq, _ := divmod.FloorDivFloat(xf, yf); !sameFloat(fq, q) && !math.IsNaN(q) {
			t.Fatalf("FloorDivFloat(%v, %v) = %v, DivModFloat's q %v", xf, yf, fq, q)
		}
	}
}

func readAPD(s string, z *apd.Decimal) error {
	d, _, err := pyparse.ParseDecimal(nil, s)
	if err != nil {
		return err
	}
	_, err = pyparse.APD(d, z)
	return err
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

// FuzzFormatOracle checks pyops.Format against CPython's format(v, spec)
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
		as := "auto"
		if dec {
			as = "decimal"
		}
		args := []string{as, spec, text}
		var got string
		bounded(t, 2*time.Second, "Format("+spec+")", func() { got = evalOp(t, "format", args) })
		for _, sp := range specReadings(spec) {
			if sp.Width > 10000 || sp.Precision > 10000 {
				return
			}
		}
		differ(t, "format", args, got)
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
		args := []string{as, text, formats[format]}
		var got string
		bounded(t, 2*time.Second, "hms", func() {
			got = evalOp(t, "hms", args)
			reading, _ := pyops.ParseAs(as)
			h := pyops.HMS{As: reading}
			if td, err := h.Timedelta([]byte(text)); err == nil {
				roundTrips(t, td)
			}
		})
		differ(t, "hms", args, got)
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
	f.Fuzz(func(t *testing.T, a, b string, sel uint8) {
		if len(a)+len(b) > 300 {
			return
		}
		src := a
		switch sel % 4 {
		case 1:
			if k := int(sel/4) % (len(combineOps) + 1); k < len(combineOps) {
				src = "(" + a + ")" + combineOps[k] + "(" + b + ")"
			} else {
				src = "(" + a + ")[" + b + "]"
			}
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
