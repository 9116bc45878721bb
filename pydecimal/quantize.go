package pydecimal

import (
	"math"
	"math/big"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
)

// roundOffMode divides the coefficient by 10^k (k > 0), rounding with m
// (the sign of v counts for Ceiling and Floor), and reports whether a
// nonzero digit was dropped.
func (v *pydVal) roundOffMode(k int64, m mode.Mode) (inexact bool) {
	c := mode.Exact // the dropped part, against half a unit
	var q *big.Int
	if d := v.digits(); k > d {
		if !v.isZero() {
			c = mode.BelowHalf
		}
		q = new(big.Int)
	} else {
		p := digits.Pow10Big(int(k))
		var rem *big.Int
		q, rem = new(big.Int).QuoRem(v.toBig(), p, new(big.Int))
		if rem.Sign() != 0 {
			c = [...]mode.Class{mode.BelowHalf, mode.Half, mode.AboveHalf}[rem.Lsh(rem, 1).Cmp(p)+1]
		}
	}
	// Only half-even (the parity) and 05up (the digit) read the last
	// digit: the parity is a bit, the digit needs a division.
	last := q.Bit(0)
	if m == mode.ZeroFiveUp {
		last = uint(new(big.Int).Mod(q, big.NewInt(10)).Uint64())
	}
	if m.Increments(c, last, v.neg) {
		q.Add(q, big.NewInt(1))
	}
	v.setBig(q)
	return c != mode.Exact
}

// Quantize sets z to a.quantize(q, rounding=m) as Python's decimal module
// computes it (mpd_qquantize) and returns nil, or the exception Python
// raises: a rounded with m to the exponent of q
// (Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP) is
// Decimal('2.68')), or with trailing zeros added (Decimal(2).quantize(
// Decimal('0.001')) is Decimal('2.000')). Only q's exponent matters, not
// its value or sign.
//
// It fails with InvalidOperation: [<class 'decimal.InvalidOperation'>] when
// the result would have more digits than the precision
// (Decimal(10**28).quantize(Decimal(1)), also after rounding up
// 9999999999999999999999999999.5), when q's exponent is above Emax or below
// Etiny (-1000026), when exactly one of a and q is infinite, and for an
// sNaN. Infinity.quantize(Infinity) is a's infinity; a quiet NaN operand
// gives that NaN. A zero keeps its sign (Decimal('-0').quantize(
// Decimal('0.01')) is Decimal('-0.00')).
func (c *Context) Quantize(z, a, q *apd.Decimal, m mode.Mode) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(q)
	v, st := c.quantize(&x, &y, m)
	return c.done(z, v, st)
}

// quantize is libmpdec's mpd_qquantize with the rounding mode m.
func (c *Context) quantize(x, y *pydVal, m mode.Mode) (pydVal, pydStatus) {
	if x.form != apd.Finite || y.form != apd.Finite {
		if v, st, ok := c.nans(x, y); ok {
			return v, st
		}
		if x.form == apd.Infinite && y.form == apd.Infinite {
			return *x, 0
		}
		return pydNaN, pydInvalid
	}
	bexp := y.exp
	if bexp > c.emax || bexp < c.etiny() {
		return pydNaN, pydInvalid
	}
	if x.isZero() {
		v := pydVal{form: apd.Finite, neg: x.neg, exp: bexp}
		return v, c.finalize(&v)
	}
	expdiff := x.exp - bexp
	if x.digits()+expdiff > c.prec {
		return pydNaN, pydInvalid
	}
	v := *x
	var st pydStatus
	if expdiff >= 0 {
		if v.b != nil {
			v.b = new(big.Int).Set(v.b)
		}
		v.shiftLeft(expdiff)
	} else {
		if v.roundOffMode(-expdiff, m) {
			st |= pydInexact
		}
		st |= pydRounded
		if v.digits() > c.prec {
			return pydNaN, pydInvalid
		}
	}
	v.exp = bexp
	if adj := v.adj(); adj > c.emax || adj < c.etiny() {
		return pydNaN, pydInvalid
	}
	return v, st | c.finalize(&v)
}

// Round sets z to round(a, ndigits) as Python's decimal module computes
// it (Decimal.__round__ with an argument): a.quantize(Decimal('1E-n')) with
// the context's rounding, ROUND_HALF_EVEN (round(Decimal('2.675'), 2) is
// Decimal('2.68'), round(Decimal('0.125'), 2) is Decimal('0.12')); a
// negative ndigits rounds to tens, hundreds... with a positive exponent
// (round(Decimal(1234), -2) is Decimal('1.2E+3')). Errors are those of
// Quantize: InvalidOperation when the result would need more digits than
// the precision or when -ndigits is outside [Etiny, Emax]
// (round(Decimal('1.5'), 10**6) fails), for an infinite a and for an sNaN;
// a quiet NaN is returned. An ndigits outside the int64 range fails first,
// whatever a is, with OverflowError: Python int too large to convert to C
// ssize_t.
func (c *Context) Round(z, a *apd.Decimal, ndigits *big.Int) error {
	c = c.params()
	if !ndigits.IsInt64() {
		return pyerr.OverflowError("Python int too large to convert to C ssize_t")
	}
	n := ndigits.Int64()
	e := int64(math.MaxInt64)
	if n != math.MinInt64 {
		e = -n
	}
	x := pydLoad(a)
	y := pydVal{form: apd.Finite, exp: e, u: 1}
	v, st := c.quantize(&x, &y, mode.HalfEven)
	return c.done(z, v, st)
}

// ToInt sets z to the integer value of a rounded with m and returns z, or
// the exception Python raises; z may be nil. It is int(a) and math.trunc(a)
// with mode.Down, round(a) with HalfEven, math.floor(a) with Floor and
// math.ceil(a) with Ceiling (Python's Decimal.__int__, __round__,
// __floor__ and __ceil__, mpd_qround_to_int in a maximal context): exact,
// with no precision limit, the sign of zero dropped.
//
// A NaN or sNaN fails with ValueError: cannot convert NaN to integer and an
// infinity with OverflowError: cannot convert Infinity to integer, the
// messages of int(); round(), math.floor() and math.ceil() print other
// messages, which callers substitute. A result of more than
// digits.MaxResultDigits (1000000) digits fails with
// digits.ErrTooManyDigits (int(Decimal('1E+999999')) has 1000000 digits
// and is computed; Decimal('1E+1000000') is refused).
func (c *Context) ToInt(z *big.Int, a *apd.Decimal, m mode.Mode) (*big.Int, error) {
	switch a.Form {
	case apd.Finite:
	case apd.Infinite:
		return nil, pyerr.OverflowError("cannot convert Infinity to integer")
	default:
		return nil, pyerr.ValueError("cannot convert NaN to integer")
	}
	if z == nil {
		z = new(big.Int)
	}
	v := pydLoad(a)
	if v.isZero() {
		return z.SetInt64(0), nil
	}
	if v.exp >= 0 {
		if v.digits()+v.exp > digits.MaxResultDigits {
			return nil, digits.ErrTooManyDigits
		}
		z.Set(v.toBig())
		if v.exp > 0 {
			z.Mul(z, digits.Pow10Big(int(v.exp)))
		}
	} else {
		if v.adj()+1 > digits.MaxResultDigits {
			return nil, digits.ErrTooManyDigits
		}
		v.roundOffMode(-v.exp, m)
		if v.digits() > digits.MaxResultDigits {
			return nil, digits.ErrTooManyDigits
		}
		z.Set(v.toBig())
	}
	if v.neg {
		z.Neg(z)
	}
	return z, nil
}
