package pydecimal_test

import (
	"math/big"
	"testing"

	"github.com/cockroachdb/apd/v3"
	eric "github.com/ericlagergren/decimal"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pydecimal"
)

// finite is a nonzero or zero finite operand: sign, coefficient of up to
// about 40 digits (ties and 28/29-digit values are frequent), exponent in
// [-60, 60], far from Python's limits, where ericlagergren/decimal (a
// separate General Decimal Arithmetic implementation) is a valid oracle.
type finite struct {
	neg   bool
	coeff *big.Int
	exp   int32
}

func genFinite() gopter.Gen {
	return gopter.CombineGens(gen.Bool(), gen.IntRange(0, 5), gen.UInt64(), gen.UInt64(), gen.IntRange(-60, 60)).
		Map(func(v []interface{}) finite {
			kind, lo, hi := v[1].(int), v[2].(uint64), v[3].(uint64)
			c := new(big.Int).SetUint64(lo)
			switch kind {
			case 0:
				c.SetUint64(lo % 1000)
			case 1:
				c.SetUint64(lo % 100000000000)
			case 2: // 29 digits ending in 5: a tie at the 28th digit
				c.Mul(new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi%1e10+1e9))
				c.Mod(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil))
				c.Add(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil))
				c.Mul(c, big.NewInt(10))
				c.Add(c, big.NewInt(5))
			case 3:
				c.Lsh(c, 64).Add(c, new(big.Int).SetUint64(hi))
			case 4:
				c.Lsh(c, 64).Add(c, new(big.Int).SetUint64(hi))
				c.Mul(c, c)
			}
			return finite{neg: v[0].(bool), coeff: c, exp: int32(v[4].(int))}
		})
}

func (f finite) apd() *apd.Decimal {
	d := apd.NewWithBigInt(new(apd.BigInt).SetMathBigInt(f.coeff), f.exp)
	d.Negative = f.neg
	return d
}

func (f finite) eric() *eric.Big {
	c := new(big.Int).Set(f.coeff)
	if f.neg {
		c.Neg(c)
	}
	b := new(eric.Big).SetBigMantScale(c, -int(f.exp))
	if f.neg && f.coeff.Sign() == 0 {
		b.Neg(b)
	}
	return b
}

// sameAs reports whether z (apd) equals e (eric) in value, exponent and
// sign, zeros included.
func sameAs(z *apd.Decimal, e *eric.Big) bool {
	if z.Form != apd.Finite || !e.IsFinite() {
		return false
	}
	c := z.Coeff.MathBigInt()
	if z.Negative {
		c.Neg(c)
	}
	v := new(eric.Big).SetBigMantScale(c, -int(z.Exponent))
	return v.Cmp(e) == 0 && e.Scale() == -int(z.Exponent) && e.Signbit() == z.Negative
}

// quoNear reports whether z and e have the same exponent and coefficients
// at most 1 apart.
func quoNear(z *apd.Decimal, e *eric.Big) bool {
	if z.Form != apd.Finite || !e.IsFinite() || e.Scale() != -int(z.Exponent) {
		return false
	}
	c := z.Coeff.MathBigInt()
	if z.Negative {
		c.Neg(c)
	}
	v := new(eric.Big).SetBigMantScale(c, -int(z.Exponent))
	ulp := new(eric.Big).SetMantScale(1, e.Scale())
	d := new(eric.Big).Sub(v, e)
	return d.CmpAbs(ulp) <= 0
}

func ericCtx() eric.Context {
	return eric.Context{Precision: 28, RoundingMode: eric.ToNearestEven, MaxScale: 999999, MinScale: -999999}
}

// TestPropertyAgainstGDA compares Add, Sub, Mul and Quo under
// DefaultContext with ericlagergren/decimal at precision 28, half-even:
// value, exponent and sign must be identical, except where eric itself
// departs from the General Decimal Arithmetic (checked against python3):
// the signs of zero products and quotients, and inexact quotients, which eric does not
// always round correctly (there the exponent must agree and the
// coefficients differ by at most one).
func TestPropertyAgainstGDA(t *testing.T) {
	ctx := pydecimal.DefaultContext()
	props := proptest.Properties(t, 20000)
	ops := []struct {
		name string
		pyd  func(z, a, b *apd.Decimal) error
		gda  func(z, a, b *eric.Big) *eric.Big
	}{
		{"Add", ctx.Add, func(z, a, b *eric.Big) *eric.Big { return z.Add(a, b) }},
		{"Sub", ctx.Sub, func(z, a, b *eric.Big) *eric.Big { return z.Sub(a, b) }},
		{"Mul", ctx.Mul, func(z, a, b *eric.Big) *eric.Big { return z.Mul(a, b) }},
		{"Quo", ctx.Quo, func(z, a, b *eric.Big) *eric.Big { return z.Quo(a, b) }},
	}
	for _, op := range ops {
		props.Property(op.name+" == ericlagergren/decimal", prop.ForAll(
			func(a, b finite) bool {
				if op.name == "Quo" && b.coeff.Sign() == 0 {
					return true
				}
				var z apd.Decimal
				if err := op.pyd(&z, a.apd(), b.apd()); err != nil {
					t.Logf("%s: %v", op.name, err)
					return false
				}
				e := new(eric.Big)
				e.Context = ericCtx()
				op.gda(e, a.eric(), b.eric())
				if z.IsZero() && e.Sign() == 0 && z.Exponent == -int32(e.Scale()) {
					// eric's signs of zero products and quotients are not
					// the GDA's (-0 * 5 is +0, -0 / -5 is -0 there);
					// Python's are checked by the table.
					return true
				}
				if op.name == "Quo" && e.Context.Conditions&eric.Inexact != 0 {
					// eric's inexact quotients are not always correctly
					// rounded (6.8062289969E+31 / 2397856270.3 ends in
					// ...98323, the exact ratio ...98322.19): require the
					// same exponent and at most one unit of difference.
					return quoNear(&z, e)
				}
				if op.name == "Quo" {
					// An exact quotient has the ideal exponent a.exp - b.exp
					// in the GDA (7.20E-29 / -2E+20 is -3.60E-49, as Python
					// prints it); eric strips trailing zeros past it (-3.6E-49).
					// Require the same value; the table checks Python's exponent.
					if ez, _, err := apd.NewFromString(e.String()); err == nil && z.Cmp(ez) == 0 {
						return true
					}
				}
				if !sameAs(&z, e) {
					t.Logf("%s(%v, %v): pydecimal %s, eric %s (scale %d)", op.name, a.apd(), b.apd(), &z, e, e.Scale())
					return false
				}
				return true
			}, genFinite(), genFinite()))
	}
	props.TestingRun(t)
}
