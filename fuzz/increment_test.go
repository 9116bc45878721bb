package fuzz

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

var incAs = [...]string{"auto", "float", "decimal"}

// FuzzRoundIncrementOracle checks rounding to an increment (issue 20) on any
// increment text, value text, mode and AS: no panic (shopspring's
// RoundCash panics on an increment it does not know; no increment text
// can make pyround panic), bounded time, the typed functions on the same
// increment agree with the text operation, and equality with CPython's
// exact reference (internal/oracle/incops.py) where that reference is
// cheap: printable ASCII increments and values whose exponents stay
// within ±400.
func FuzzRoundIncrementOracle(f *testing.F) {
	for _, s := range []struct{ x, inc string }{
		{"1.15", "0.05"}, {"137", "25"}, {"150", "100"}, {"1.30", "0.50"}, {"-0.01", "0.05"}, {"1e308", "1E+308"},
		{"5e-324", "0.0000001"}, {"nan", "0.05"}, {"-inf", "1"}, {"1.15", "0"}, {"1.15", "-0.05"}, {"1.15", "NaN"},
		{"1", "1E-999999999999"}, {"1E+999999999", "1E+999999999"}, {"12345678901234567890123", "0.001"},
		{"1.15", "1E+1099511627775"}, {"sNaN", "0.05"}, {"1_000.5", ".25"}, {"0.07500000000000001", "0.05"},
	} {
		f.Add(s.x, s.inc, uint8(0), uint8(0))
		f.Add(s.x, s.inc, uint8(3), uint8(2))
	}
	f.Fuzz(func(t *testing.T, text, incText string, m, as uint8) {
		md := mode(m)
		asText := incAs[int(as)%len(incAs)]
		args := []string{asText, text, incText, md.String()}
		var got string
		bounded(t, 5*time.Second, "roundinc "+truncateQ(text)+" "+truncateQ(incText), func() {
			var err error
			if got, err = opcheck.Eval("roundinc", args); err != nil {
				t.Fatal(err)
			}
		})
		inc, err := rounding.ParseIncrement(incText)
		if err == nil {
			typed(t, text, inc, md)
		}
		if !cheapIncrement(incText, inc, err) || !cheapValue(text) {
			return
		}
		differ(t, "roundinc", args, got)
	})
}

// typed runs the typed functions on values read from text: no panic, and
// float64 and int64 agree with their decimal counterparts' exactness rules.
func typed(t *testing.T, text string, inc rounding.Increment, m rounding.Mode) {
	if x, err := pyparse.Float(text); err == nil {
		r, err := rounding.RoundFloatIncrement(x, inc, m)
		if err != nil && !math.IsInf(r, 0) {
			t.Fatalf("RoundFloatIncrement(%v, %s) = %v, %v: an error must come with ±Inf", x, inc, r, err)
		}
		if m == rounding.Floor && err == nil && r > x || m == rounding.Ceiling && err == nil && r < x {
			t.Fatalf("RoundFloatIncrement(%v, %s, %v) = %v on the wrong side", x, inc, m, r)
		}
	}
	var scratch big.Int
	if small, b, err := pyparse.Int(text, &scratch); err == nil && inc.Integral() {
		if b == nil {
			b = new(big.Int).SetInt64(small)
		}
		want, werr := rounding.RoundBigIntIncrement(nil, b, inc, m)
		if b.IsInt64() {
			v, err := rounding.RoundIntIncrement(b.Int64(), inc, m)
			if werr == nil && want.IsInt64() && (err != nil || v != want.Int64()) {
				t.Fatalf("RoundIntIncrement(%v, %s, %v) = %d, %v; RoundBigIntIncrement %v", b, inc, m, v, err, want)
			}
			v8, err := rounding.RoundIntIncrement(int8(b.Int64()), inc, m)
			if err == nil && v8 != 0 && int64(v8)%inc.Coefficient().Int64() != 0 && inc.Exponent() == 0 {
				t.Fatalf("RoundIntIncrement(int8 %d, %s) = %d: not a multiple", int8(b.Int64()), inc, v8)
			}
		}
	}
	if d, err := decimal.NewFromString(text); err == nil && len(text) < 100 {
		_, _ = rounding.RoundDecimalIncrement(d, inc, m)
	}
}

// cheapIncrement reports whether CPython's reference handles the
// increment quickly and prints it as pyround does: printable ASCII, and
// an exponent within ±400 when it is valid.
func cheapIncrement(text string, inc rounding.Increment, err error) bool {
	if len(text) > 40 {
		return false
	}
	for i := 0; i < len(text); i++ {
		if text[i] < 0x20 || text[i] > 0x7e {
			return false
		}
	}
	return err != nil || inc.Exponent() > -400 && inc.Exponent() < 400
}

// cheapValue reports whether the value's exact reference is cheap: short
// text whose Decimal reading (when it has one) has a small exponent.
func cheapValue(text string) bool {
	if len(text) > 100 {
		return false
	}
	d, _, err := pyparse.ParseDecimal(nil, text)
	return err != nil || d.Kind != pyparse.Finite || d.Exp > -500 && d.Exp < 500
}
