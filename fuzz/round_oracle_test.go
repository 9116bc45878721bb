package fuzz

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// FuzzRoundText checks the text-to-text rounding of decimals
// (AppendRoundText, AppendRoundTextInt: Decimal(text).quantize(1E-N, MODE)
// and int(Decimal(text).to_integral_value(MODE)), exact, as `pyround round
// --as decimal` prints them) on any text, ndigits and mode: no panic,
// bounded time, appending keeps dst, the result text reads back as a
// Decimal with exponent -N, and equality with CPython.
func FuzzRoundText(f *testing.F) {
	for _, s := range []struct {
		text string
		n    int
	}{
		{"2.675", 2}, {"-0.005", 2}, {"1E+999999999", 0}, {"1E-999999999", 999999999}, {"9.995", 2},
		{"sNaN", 2}, {"-NaN123", 0}, {"Infinity", -3}, {" 1_000.5\r", 0}, {"1.5", 1000000},
		{"0E+5", -1000000000}, {"99999999999999999999.5", 0}, {"1e9223372036854775807", 1},
		{"-1E-9223372036854775808", 2}, {"١٢٣.٥", 0}, {"", 0}, {"1__0", 0}, {"0.0000000000000000000000000005", 27},
	} {
		f.Add(s.text, s.n, uint8(0), true)
		f.Add(s.text, s.n, uint8(5), false)
	}
	f.Fuzz(func(t *testing.T, text string, n int, m uint8, hasN bool) {
		md := mode(m)
		dst := []byte("x")
		var out []byte
		var err error
		bounded(t, 5*time.Second, "AppendRoundText("+strconv.Quote(truncateQ(text))+")", func() {
			if hasN {
				out, err = pyops.AppendRoundText(dst, text, n, md)
			} else {
				out, err = pyops.AppendRoundTextInt(dst, text, md)
			}
		})
		if len(out) == 0 || out[0] != 'x' {
			t.Fatalf("AppendRoundText(%q) lost dst: %q", text, out)
		}
		res := out[1:]
		if err == nil && hasN {
			// A finite result has exponent -n exactly.
			d, _, perr := pyparse.ParseDecimal(nil, res)
			if perr != nil {
				t.Fatalf("result %q of %q does not parse: %v", res, text, perr)
			}
			if d.Kind == pyparse.Finite && int64(d.Exp) != -int64(n) {
				t.Fatalf("round(%q, %d) = %q: exponent %d", text, n, res, d.Exp)
			}
		}
		if !hasN && err == nil {
			digits := len(res)
			if digits > 0 && res[0] == '-' {
				digits--
			}
			err = pyfmt.CheckIntStrDigits(digits) // print() of the int
		}
		if len(text) > 300 || !hasN && len(res) > 5000 {
			return
		}
		nText := ""
		if hasN {
			nText = strconv.Itoa(n)
		}
		differ(t, "round", []string{"decimal", text, nText, md.String()}, oracle.Result(string(res), err))
	})
}

func truncateQ(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// FuzzRoundFloatOracle checks RoundFloat, Round and RoundToInt on any
// float64 against CPython: round(x, n) for half-even, the exact decimal
// rounding converted back to the nearest float for the other modes, and
// int(...) of the integral value without n (`pyround round --as float`).
func FuzzRoundFloatOracle(f *testing.F) {
	for _, s := range []struct {
		x float64
		n int
	}{{2.675, 2}, {0.125, 2}, {2.5, 0}, {-0.5, 0}, {1.7976931348623157e308, -308}, {5e-324, 323},
		{-0.04, 1}, {1e22, -22}, {0.49999999999999994, 0}, {math.Inf(-1), 3}, {math.NaN(), 0}, {1e300, math.MinInt}} {
		for _, m := range []uint8{0, 1, 3, 6, 7} {
			f.Add(math.Float64bits(s.x), s.n, m, true)
		}
		f.Add(math.Float64bits(s.x), 0, uint8(2), false)
	}
	f.Fuzz(func(t *testing.T, bits uint64, n int, m uint8, hasN bool) {
		x := math.Float64frombits(bits)
		md := mode(m)
		var got string
		bounded(t, time.Second, "RoundFloat", func() {
			if !hasN {
				small, b, err := rounding.RoundToInt(x, md)
				switch {
				case err != nil:
					got = oracle.Result("", err)
				case b != nil:
					got = b.String()
				default:
					got = strconv.FormatInt(small, 10)
				}
				return
			}
			y, err := rounding.RoundFloat(x, n, md)
			if md == rounding.HalfEven {
				if r := rounding.Round(x, n); !sameFloat(r, y) && err == nil {
					t.Fatalf("Round(%v, %d) = %v, RoundFloat = %v", x, n, r, y)
				}
			}
			got = oracle.Result(pyfmt.Repr(y), err)
		})
		nText := ""
		if hasN {
			nText = strconv.Itoa(n)
		}
		differ(t, "round", []string{"float", pyfmt.Repr(x), nText, md.String()}, got)
	})
}

// FuzzRoundBigInt checks RoundBigInt (and RoundInt where the value fits)
// on any integer text Python's int() accepts, against CPython's round(v,
// n) and the exact decimal modes on ints (`pyround round --as auto`):
// results as print() shows them, the 4300-digit print limit and pyround's
// 1,000,000-digit limit included.
func FuzzRoundBigInt(f *testing.F) {
	for _, s := range []struct {
		text string
		n    int
	}{{"25", -1}, {"-25", -1}, {"15", -1}, {"9223372036854775807", -1}, {"-9223372036854775808", -19},
		{"99999999999999999999999999999999999999", -2}, {"7", math.MinInt}, {"7", -1000000}, {"3", -999999},
		{"1" + string(make([]byte, 0)) + "0000000000000000000000005", -25}, {"0", -5}, {"1_000", -3}, {" 12 ", -1}} {
		for m := uint8(0); m < 8; m++ {
			f.Add(s.text, s.n, m)
		}
	}
	f.Fuzz(func(t *testing.T, text string, n int, m uint8) {
		if len(text) > 5000 {
			return
		}
		small, b, err := pyparse.Int(text, nil)
		if err != nil {
			return
		}
		if b == nil {
			b = big.NewInt(small)
		}
		md := mode(m)
		var got string
		bounded(t, 5*time.Second, "RoundBigInt", func() {
			r, err := rounding.RoundBigInt(nil, b, n, md)
			if err == nil && n >= 0 && r.Cmp(b) != 0 {
				t.Fatalf("RoundBigInt(%v, %d) = %v: want the value itself", b, n, r)
			}
			if err == nil {
				err = pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(r))
			}
			if err != nil {
				got = oracle.Result("", err)
			} else {
				got = r.String()
			}
			if b.IsInt64() {
				if ri, ierr := rounding.RoundInt(b.Int64(), n, md); ierr == nil && (err != nil || r == nil || !r.IsInt64() || r.Int64() != ri) {
					t.Fatalf("RoundInt(%v, %d, %v) = %d, RoundBigInt %v, %v", b, n, md, ri, r, err)
				}
			}
		})
		differ(t, "round", []string{"auto", b.String(), strconv.Itoa(n), md.String()}, got)
	})
}

// FuzzRoundOpOracle checks pyops.Round, the operation every surface calls
// (`pyround round --as auto|float|decimal [-n N] -m MODE TEXT`), against
// CPython on any text, ndigits (or none) and mode: the literal rule, the
// text fast path, the int, float and Decimal paths and their errors. No
// panic, bounded time, and Python's text or Python's exception.
func FuzzRoundOpOracle(f *testing.F) {
	for _, s := range []struct {
		text string
		n    int
	}{{"2.675", 2}, {"1.005", 2}, {"-0.001", 2}, {"0.125", 2}, {"25", -1}, {"-35", -1}, {"2.5", 0},
		{"1e400", 2}, {"nan", 1}, {"-inf", 0}, {"1_000.5", 0}, {" 7 ", -1}, {"١٢٫٥", 0}, {"0x10", 0},
		{"9223372036854775807", -1}, {"1" + strings.Repeat("0", 30), -20}, {"5e-324", 323}, {"1.6e308", -308},
		{"999999999999999.9", 0}, {"123456789.123456789", 8}, {"sNaN", 2}, {"1E+999999", -2}, {"abc", 2}, {"", 0}} {
		for sel := uint8(0); sel < 24; sel += 5 {
			f.Add(s.text, s.n, sel)
		}
	}
	f.Fuzz(func(t *testing.T, text string, n int, sel uint8) {
		if len(text) > 400 || strings.ContainsAny(text, "\t\n") {
			return // the oracle's protocol cannot carry TAB or newline
		}
		as := [3]string{"auto", "float", "decimal"}[int(sel)%3]
		nText := strconv.Itoa(n)
		if sel&0x80 != 0 {
			nText = "" // round(x)
		}
		args := []string{as, text, nText, mode(sel >> 2).String()}
		var got string
		bounded(t, 5*time.Second, "Round("+strings.Join(args, ", ")+")", func() { got = evalOp(t, "round", args) })
		differ(t, "round", args, got)
	})
}
