package rounding

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/shopspring/decimal"
)

// RoundDecimalIncrement returns d rounded to a multiple of inc under mode
// m, by the Definition (see Increment): q = the integer nearest to d / INC
// under M, computed on exact values, and the result is Decimal(q) *
// Decimal(INC), with the increment's exponent, exact at any size: 1.03 to
// 0.05 is 1.05, 1.30 to 0.50 is 1.50, 137 to 25 is 125, 1234 to 1E+3 is
// 1E+3 (exponent 3).
//
// shopspring's type has no negative zero, so a zero result is 0 with the
// increment's exponent. An increment whose exponent does not fit
// shopspring's int32 is an OverflowError, a result needing more than
// MaxResultDigits digits ErrTooManyDigits, and the zero Increment a
// ValueError. RoundDecimalIncrement never panics, whatever the increment.
func RoundDecimalIncrement(d decimal.Decimal, inc Increment, m Mode) (decimal.Decimal, error) {
	if !inc.valid() {
		return d, errNoIncrement
	}
	if inc.exp > math.MaxInt32 || inc.exp < math.MinInt32 {
		return d, errPlacesRange
	}
	if d.NumDigits() <= 18 { // the coefficient fits an int64: no big.Int work
		c := d.CoefficientInt64()
		neg := c < 0
		mag := uint64(c)
		if neg {
			mag = -mag
		}
		if v, ok := RoundUint64DecimalIncrement(mag, int64(d.Exponent()), neg, inc, m); ok && v <= math.MaxInt64 {
			return decimal.New(signed(v, neg), int32(inc.exp)), nil
		}
	}
	c := d.Coefficient()
	neg := c.Sign() < 0
	c.Abs(c)
	var q big.Int
	if _, err := quoIncrement(&q, c, int64(d.Exponent()), neg, &inc, m); err != nil {
		return d, err
	}
	q.Mul(&q, &inc.b.coeff)
	if q.BitLen() > 3*MaxResultDigits && digits.CountBig(&q) > MaxResultDigits {
		return d, ErrTooManyDigits
	}
	if neg {
		q.Neg(&q)
	}
	return decimal.NewFromBigInt(&q, int32(inc.exp)), nil
}

// RoundDecimalDigitsIncrement rounds the decimal ±coeff·10^exp (coeff
// non-negative) to a multiple of inc under mode m, by the Definition (see
// Increment), and returns the result's coefficient, non-negative: the
// result is ±coeff'·10^inc.Exponent(), with the sign neg (a zero result
// keeps it, as Decimal.quantize keeps the sign of zero). z may be nil or
// alias coeff. It is the exact path under the decimal text operation of
// package pyops; a result needing more than MaxResultDigits digits fails
// with ErrTooManyDigits.
func RoundDecimalDigitsIncrement(z, coeff *big.Int, exp int64, neg bool, inc Increment, m Mode) (*big.Int, error) {
	if !inc.valid() {
		return nil, errNoIncrement
	}
	if z == nil {
		z = new(big.Int)
	}
	var q big.Int
	if _, err := quoIncrement(&q, coeff, exp, neg, &inc, m); err != nil {
		return nil, err
	}
	z.Mul(&q, &inc.b.coeff)
	if z.BitLen() > 3*MaxResultDigits && digits.CountBig(z) > MaxResultDigits {
		return nil, ErrTooManyDigits
	}
	return z, nil
}

// RoundUint64DecimalIncrement is RoundDecimalDigitsIncrement for a
// coefficient that fits a uint64, in machine arithmetic: it returns the
// result's coefficient (the result is ±coeff'·10^inc.Exponent()) and
// true, or false when the quotient, the increment or the result needs
// more than 64 bits, and the caller takes the exact path. It allocates
// nothing.
func RoundUint64DecimalIncrement(mag uint64, exp int64, neg bool, inc Increment, m Mode) (uint64, bool) {
	if inc.small == 0 || inc.raw == 0 {
		return 0, false
	}
	if mag == 0 {
		return 0, true
	}
	var num, den uint64
	switch k := exp - inc.nexp; {
	case k >= 0 && k <= digits.MaxPow10U64:
		hi, lo := bits.Mul64(mag, digits.Pow10(int(k)))
		if hi != 0 {
			return 0, false
		}
		num, den = lo, inc.small
	case k < 0 && -k <= digits.MaxPow10U64:
		hi, lo := bits.Mul64(inc.small, digits.Pow10(int(-k)))
		if hi != 0 {
			return 0, false
		}
		num, den = mag, lo
	default:
		return 0, false
	}
	q, r := num/den, num%den
	if m.Increments(classify64(r, den), uint(q%10), neg) {
		if q == math.MaxUint64 {
			return 0, false
		}
		q++
	}
	hi, v := bits.Mul64(q, inc.raw)
	return v, hi == 0
}
