package rounding

import (
	"math"
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
	"github.com/shopspring/decimal"
)

// errPlacesRange is returned when -places does not fit shopspring's int32
// exponent.
var errPlacesRange = pyerr.OverflowError("places out of range for a shopspring decimal (int32 exponent)")

// RoundDecimal returns d quantized to exponent -places under mode m, as
// Python's d.quantize(Decimal(1).scaleb(-places), rounding=m) computes it
// with unlimited precision: the result's exponent is always -places, so
// trailing zeros are kept (2.5 to 2 places is 2.50) and negative places
// give a positive exponent (1234 to -2 places is 12E+2, which Python
// prints as 1.2E+3).
//
// Unlike Python's Decimal, shopspring's type has no negative zero: a
// result that Python prints as -0.00 comes back as 0.00 (the text path,
// AppendRoundText, keeps the sign). A result needing more than
// MaxResultDigits digits fails with ErrTooManyDigits before any work, and
// places outside ±math.MaxInt32 fail with an OverflowError.
//
// With at most 18 significant digits and a shift of at most 18 places,
// RoundDecimal does no big-integer arithmetic and allocates only the
// result's coefficient.
func RoundDecimal(d decimal.Decimal, places int, m Mode) (decimal.Decimal, error) {
	if places > math.MaxInt32 || places < -math.MaxInt32 {
		return d, errPlacesRange
	}
	t := int32(-places)
	e := d.Exponent()
	if e == t {
		return d, nil // already at the target exponent; shopspring values are immutable
	}
	if d.NumDigits() <= 18 { // the coefficient fits an int64: no big.Int work
		c := d.CoefficientInt64()
		neg := c < 0
		mag := uint64(c)
		if neg {
			mag = -mag
		}
		if e < t {
			q := quoRoundU(mag, int(int64(t)-int64(e)), neg, m)
			return decimal.New(signed(q, neg), t), nil
		}
		if shift := int64(e) - int64(t); shift <= digits.MaxPow10U64 {
			hi, lo := bits.Mul64(mag, digits.Pow10(int(shift)))
			if hi == 0 && lo <= math.MaxInt64 {
				return decimal.New(signed(lo, neg), t), nil
			}
		}
	}
	c := d.Coefficient()
	if e < t {
		quoRound(c, c, int(int64(t)-int64(e)), m)
		if c.BitLen() > 3*MaxResultDigits && digits.CountBig(c) > MaxResultDigits {
			return d, ErrTooManyDigits // only from an input longer than the limit
		}
		return decimal.NewFromBigInt(c, t), nil
	}
	if c.Sign() == 0 {
		return decimal.New(0, t), nil // 0E+t: zero shifts for free, however far
	}
	shift := int(int64(e) - int64(t))
	if shift > MaxResultDigits-digits.CountBig(c) {
		return d, ErrTooManyDigits
	}
	return decimal.NewFromBigInt(c.Mul(c, digits.Pow10Big(shift)), t), nil
}

// signed returns the magnitude u (< 2^63) with the sign neg.
func signed(u uint64, neg bool) int64 {
	if neg {
		return -int64(u)
	}
	return int64(u)
}
