package fixed

import (
	"math/big"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/rounding"
)

// RoundIncrement returns d rounded to a multiple of inc under mode m, by
// the Definition of rounding.Increment: q = the integer nearest to d /
// INC under M, computed on exact values, and the result is Decimal(q) *
// Decimal(INC), with the increment's exponent (1.03 to 0.05 is 1.05, 1.30
// to 0.50 is 1.50). A zero result keeps d's sign (-0.01 to 0.05 is -0.00),
// as Python's Decimal does.
//
// It fails with ErrRange when the increment's exponent is outside
// [-19, 0] (1E+3 has no fixed.Decimal multiple but 0; use
// rounding.RoundDecimalIncrement or pyops) or the result's coefficient
// has more than 19 digits, and with a ValueError for the zero Increment.
// RoundIncrement allocates nothing when d's coefficient has at most 19
// digits and the quotient fits 64 bits.
func (d Decimal) RoundIncrement(inc rounding.Increment, m rounding.Mode) (Decimal, error) {
	e := inc.Exponent()
	if !inc.Valid() {
		_, err := rounding.RoundDecimalDigitsIncrement(nil, new(big.Int), 0, false, inc, m) // the zero Increment's ValueError
		return d, err
	}
	if e > 0 || e < -MaxScale {
		return d, ErrRange
	}
	if d.zeros == 0 {
		if v, ok := rounding.RoundUint64DecimalIncrement(d.coef, -int64(d.scale), d.neg, inc, m); ok {
			return FromParts(d.neg, v, int(-e))
		}
	}
	c := new(big.Int).SetUint64(d.coef)
	c.Mul(c, digits.Pow10Big(int(d.zeros)))
	if _, err := rounding.RoundDecimalDigitsIncrement(c, c, -int64(d.scale), d.neg, inc, m); err != nil {
		return d, err
	}
	if !c.IsUint64() {
		return d, ErrRange
	}
	return FromParts(d.neg, c.Uint64(), int(-e))
}
