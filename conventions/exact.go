package conventions

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// Exact returns the exact decimal value of the finite float x: every float64
// is a dyadic rational m·2^e, so it has a finite decimal expansion, which is
// what rounding "on the exact binary value" rounds. Exact(2.675) is
// 2.67499999999999982236431605997495353221893310546875.
// NaN and ±Inf give apd's NaN and ±Infinity.
func Exact(x float64) *apd.Decimal {
	d := new(apd.Decimal)
	switch {
	case math.IsNaN(x):
		d.Form = apd.NaN
		return d
	case math.IsInf(x, 0):
		d.Form = apd.Infinite
		d.Negative = x < 0
		return d
	}
	neg := math.Signbit(x)
	bits := math.Float64bits(x)
	m := bits & (1<<52 - 1)
	e := int((bits >> 52) & 0x7ff)
	if e == 0 {
		e = 1
	} else {
		m |= 1 << 52
	}
	e -= 1075
	c := new(big.Int).SetUint64(m)
	exp := 0
	if m != 0 {
		for m&1 == 0 && e < 0 {
			m >>= 1
			e++
		}
		c.SetUint64(m)
		if e >= 0 {
			c.Lsh(c, uint(e))
		} else {
			c.Mul(c, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
			exp = e
		}
	}
	d.Coeff.SetMathBigInt(c)
	d.Exponent = int32(exp)
	d.Negative = neg
	return d
}

// ExactString returns Exact(x) in positional notation, without exponent:
// ExactString(0.1) is "0.1000000000000000055511151231257827021181583404541015625".
func ExactString(x float64) string { return Plain(Exact(x)) }

// Shortest returns the shortest decimal that reads back as x, the digits of
// Python's repr(x), Go's strconv.FormatFloat(x, 'g', -1, 64) and
// JavaScript's String(x).
func Shortest(x float64) *apd.Decimal {
	return mustParse(strconv.FormatFloat(x, 'e', -1, 64), x)
}

// Significant returns x correctly rounded (half-even on the exact value) to
// digits significant digits, as C's printf("%.*g", digits, x) gives it.
func Significant(x float64, digits int) *apd.Decimal {
	return mustParse(strconv.FormatFloat(x, 'e', digits-1, 64), x)
}

func mustParse(s string, x float64) *apd.Decimal {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Exact(x)
	}
	d, _, err := apd.NewFromString(s)
	if err != nil {
		panic("conventions: " + err.Error())
	}
	if math.Signbit(x) {
		d.Negative = true
	}
	return d
}

// ctx has enough precision for any quantize of a float64 to at most
// MaxPlaces places: the exact value of a float64 has at most 767
// significant digits and 309 integer digits.
var ctx = apd.Context{
	Precision:   1200,
	MaxExponent: apd.MaxExponent,
	MinExponent: apd.MinExponent,
	Traps:       apd.DefaultTraps,
}

// MaxPlaces is the largest number of decimal places the conventions accept.
const MaxPlaces = 100

// MinPlaces is the smallest: n = -20 rounds to multiples of 10^20. It is
// LibreOffice's own limit for ROUND's digits and, below that, every
// verified float64 result is 0 or x's own order of magnitude.
const MinPlaces = -20

// Quantize rounds d to n decimal places (n may be negative: tens,
// hundreds) with the apd rounder r, exactly.
func Quantize(d *apd.Decimal, n int, r apd.Rounder) *apd.Decimal {
	if d.Form != apd.Finite {
		return new(apd.Decimal).Set(d)
	}
	if !d.IsZero() && d.Exponent+int32(d.NumDigits())-1 < int32(-n-1) {
		// |d| < 10^(-n-1): every digit is discarded, and apd then gives 0
		// whatever the rounder (0.1 to tens under RoundCeiling gave 0, not
		// 10). ±10^(-n-1), also between 0 and half the quantum, rounds the
		// same under every rounder and keeps a digit for apd to look at.
		d = apd.New(int64(sign(d.Negative)), int32(-n-1))
	}
	c := ctx
	c.Rounding = r
	out := new(apd.Decimal)
	if _, err := c.Quantize(out, d, int32(-n)); err != nil {
		panic("conventions: quantize: " + err.Error())
	}
	return out
}

// Plain returns d in positional notation with exactly its scale of
// fractional digits ("2.68", "-0.00", "1200"; a positive exponent is
// written out: 1.3E+2 as "130", -0E+1 as "-0"), or "NaN", "Infinity",
// "-Infinity".
func Plain(d *apd.Decimal) string {
	switch d.Form {
	case apd.NaN, apd.NaNSignaling:
		return "NaN"
	case apd.Infinite:
		if d.Negative {
			return "-Infinity"
		}
		return "Infinity"
	}
	abs := new(apd.Decimal).Set(d)
	abs.Negative = false
	if abs.Exponent > 0 { // 13E+1 from a negative n: "130", and 0E+1 "0", not "00"
		abs.Coeff.Mul(&abs.Coeff, new(apd.BigInt).Exp(apd.NewBigInt(10), apd.NewBigInt(int64(abs.Exponent)), nil))
		abs.Exponent = 0
	}
	s := abs.Text('f')
	if d.Negative {
		s = "-" + s
	}
	return s
}

// unsigned drops a minus sign from a zero result: systems whose decimals
// have no negative zero (Java's BigDecimal, PostgreSQL's numeric, Excel).
func unsigned(s string) string {
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		return s[1:]
	}
	return s
}

// toFloat converts a decimal to the nearest float64, as every system here
// does when it turns decimal digits back into a double.
func toFloat(d *apd.Decimal) float64 {
	if d.Form == apd.NaN || d.Form == apd.NaNSignaling {
		return math.NaN()
	}
	if d.Form == apd.Infinite {
		return math.Inf(sign(d.Negative))
	}
	f, err := strconv.ParseFloat(d.Text('e'), 64)
	if err != nil && f == 0 {
		panic("conventions: " + err.Error())
	}
	if d.Negative && f == 0 {
		f = math.Copysign(0, -1)
	}
	return f
}

func sign(neg bool) int {
	if neg {
		return -1
	}
	return 1
}
