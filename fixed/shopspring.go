package fixed

import (
	"math/big"

	"github.com/shopspring/decimal"
)

var (
	bigTen      = big.NewInt(10)
	bigMaxCoef  = new(big.Int).SetUint64(maxCoef)
	bigMaxDigit = new(big.Int).Exp(bigTen, big.NewInt(MaxDigits), nil) // 10^28
	decMaxDigit = decimal.NewFromBigInt(bigMaxDigit, 0)
)

// FromShopspring returns d as a Decimal with the same coefficient and
// exponent: decimal.New(150, -2) is 1.50 (scale 2). A positive exponent
// is multiplied out (decimal.New(15, 1) is 150, scale 0), as Decimal has
// no positive exponents. ErrRange when the result does not fit: an
// exponent below -19 (trailing zeros are not stripped to make it fit:
// decimal.New(10, -20) fails), a coefficient of more than 28 digits or of
// more than 19 that do not end in zeros. shopspring has no negative zero,
// so the result's sign bit is set only for negative values. It allocates.
func FromShopspring(d decimal.Decimal) (Decimal, error) {
	exp := d.Exponent()
	if exp < -MaxScale {
		return Decimal{}, ErrRange
	}
	c := d.Coefficient() // a copy
	neg := c.Sign() < 0
	c.Abs(c)
	if exp > 0 {
		if exp > MaxDigits {
			if c.Sign() != 0 {
				return Decimal{}, ErrRange
			}
		} else {
			c.Mul(c, new(big.Int).Exp(bigTen, big.NewInt(int64(exp)), nil))
		}
		exp = 0
	}
	if c.Cmp(bigMaxDigit) >= 0 {
		return Decimal{}, ErrRange
	}
	var z uint
	var m big.Int
	for c.Cmp(bigMaxCoef) > 0 {
		c.QuoRem(c, bigTen, &m)
		if m.Sign() != 0 {
			return Decimal{}, ErrRange
		}
		z++
	}
	u, zz := norm(c.Uint64(), z)
	return Decimal{coef: u, scale: uint8(-exp), zeros: zz, neg: neg}, nil
}

// Shopspring returns d as a shopspring decimal with the same coefficient
// and exponent (1.50 is decimal.New(150, -2)). shopspring has no negative
// zero: -0.00 becomes 0 (with exponent -2).
func (d Decimal) Shopspring() decimal.Decimal {
	if d.zeros == 0 && d.coef < 1<<63 {
		c := int64(d.coef)
		if d.neg {
			c = -c
		}
		return decimal.New(c, -int32(d.scale))
	}
	c := new(big.Int).SetUint64(d.coef)
	if d.zeros != 0 {
		c.Mul(c, new(big.Int).Exp(bigTen, big.NewInt(int64(d.zeros)), nil))
	}
	if d.neg {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, -int32(d.scale))
}
