package pydecimal

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
)

// DivInt sets q to a // b as Python's decimal module computes it
// (Decimal.__floordiv__, the General Decimal Arithmetic divide-integer) and
// returns nil, or the exception Python raises.
//
// The quotient is truncated toward zero, like Go's / on integers and unlike
// Python's // on int and float (which floors) and math/big's Div (which is
// Euclidean): Decimal(-7) // 2 is -3, where -7 // 2 is -4. It is an integer
// with exponent 0 whatever the operands' exponents (Decimal('7.5') //
// Decimal('0.20') is 37), and its sign is the exclusive or of the operands'
// signs, also when it is zero: Decimal('-0') // 1 and Decimal(1) //
// Decimal('-Infinity') are Decimal('-0').
//
// Special operands: ±Infinity // y is an infinity for every finite y, zero
// included, and x // ±Infinity a zero, both with the exclusive or of the
// signs (Decimal('Infinity') // -2 is Decimal('-Infinity')); Infinity //
// Infinity fails with InvalidOperation: [<class
// 'decimal.InvalidOperation'>]. If an operand
// is a quiet NaN the result is that NaN (a's if both are), sign and payload
// kept (a payload longer than the precision keeps its last digits); an sNaN
// operand fails with InvalidOperation: [<class 'decimal.InvalidOperation'>].
//
// Errors for finite operands: x // 0 with x != 0 is
// DivisionByZero: [<class 'decimal.DivisionByZero'>]; 0 // 0 is
// InvalidOperation: [<class 'decimal.DivisionUndefined'>]; a quotient of
// more digits than the precision is InvalidOperation: [<class
// 'decimal.DivisionImpossible'>] (ExactContext: digits.ErrTooManyDigits).
// On error q is set to the value Python returns when the signal is not
// trapped: ±Infinity for x // 0, NaN otherwise.
//
// DivInt allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) DivInt(q, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var v pydVal
	var st pydStatus
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if v, st, ok = c.nans(&x, &y); ok {
			break
		}
		neg := x.neg != y.neg
		switch {
		case x.form == apd.Infinite && y.form == apd.Infinite:
			v, st = pydNaN, pydInvalid
		case x.form == apd.Infinite:
			v = pydVal{form: apd.Infinite, neg: neg}
		default:
			v = pydVal{form: apd.Finite, neg: neg}
		}
	case y.isZero():
		if x.isZero() {
			v, st = pydNaN, pydDivUndefined
		} else {
			v, st = pydVal{form: apd.Infinite, neg: x.neg != y.neg}, pydDivByZero
		}
	default:
		// An integer quotient of at most prec digits at exponent 0 is
		// within [Emin, Emax] for both contexts: finalizing changes nothing.
		v, _, st = c.divmod(&x, &y)
	}
	err := c.err(st)
	if err == digits.ErrTooManyDigits {
		v = pydNaN
	}
	v.store(q)
	return err
}

// Rem sets r to a % b as Python's decimal module computes it
// (Decimal.__mod__, the General Decimal Arithmetic remainder) and returns
// nil, or the exception Python raises.
//
// The remainder is a - b*(a // b) with the truncated quotient of DivInt, so
// it has the sign of a (like Go's % on integers and math.Mod, unlike
// Python's % on int and float, which takes b's sign, and unlike
// math.Remainder, which rounds the quotient to nearest): Decimal(-7) % 2 is
// -1, where -7 % 2 is 1. It keeps a's sign when it is zero (Decimal(-4) % 2
// is Decimal('-0')) and its exponent is the smaller of the operands'
// exponents (Decimal('10') % Decimal('3.0') is Decimal('1.0'), Decimal(-7)
// % Decimal('0.5') is Decimal('-0.0')). It is computed exactly and then
// fitted to the context as every Python result is: with DefaultContext, a
// remainder of more than 28 digits is rounded half-even (Decimal('1.' +
// '0'*32 + '1') % 7 is Decimal('1.000000000000000000000000000')), one whose
// adjusted exponent exceeds Emax fails with Overflow: [<class
// 'decimal.Overflow'>], and one with an exponent below Etiny is rounded to
// Etiny.
//
// Special operands: x % ±Infinity is x (fitted to the context); ±Infinity %
// y fails with InvalidOperation: [<class 'decimal.InvalidOperation'>];
// NaNs are handled as by DivInt.
//
// Errors for finite operands: x % 0 with x != 0 is InvalidOperation: [<class
// 'decimal.InvalidOperation'>] (not DivisionByZero, unlike x // 0); 0 % 0 is
// InvalidOperation: [<class 'decimal.DivisionUndefined'>]; a quotient of
// more digits than the precision is InvalidOperation: [<class
// 'decimal.DivisionImpossible'>] even though only the remainder is wanted
// (ExactContext: digits.ErrTooManyDigits, also for a remainder of more
// than 1000000 digits). On error r is set to the value Python returns when
// the signal is not trapped: ±Infinity for an overflow, NaN otherwise.
//
// Rem allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) Rem(r, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var v pydVal
	var st pydStatus
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if v, st, ok = c.nans(&x, &y); ok {
			break
		}
		if x.form == apd.Infinite {
			v, st = pydNaN, pydInvalid
		} else {
			v = x
			st = c.finalize(&v)
		}
	case y.isZero():
		if x.isZero() {
			v, st = pydNaN, pydDivUndefined
		} else {
			v, st = pydNaN, pydInvalid
		}
	default:
		_, v, st = c.divmod(&x, &y)
		st |= c.finalize(&v)
	}
	err := c.err(st)
	if err == digits.ErrTooManyDigits {
		v = pydNaN
	}
	v.store(r)
	return err
}

// DivMod sets q and r to divmod(a, b) as Python's decimal module computes
// it, the pair (a // b, a % b) of DivInt and Rem, so that a == q*b + r
// exactly whenever r is not rounded; it returns nil, or the exception
// Python raises. q and r must be distinct; either may alias an operand.
//
// It differs from calling DivInt and Rem in two cases only, as Python's
// divmod() does: divmod(x, 0) with x != 0 fails with InvalidOperation:
// [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
// (both conditions: // alone raises DivisionByZero, % alone
// InvalidOperation), and divmod(±Infinity, y) fails with InvalidOperation
// for every y, where ±Infinity // y alone gives ±Infinity. A NaN operand
// gives that NaN for both q and r; divmod(x, ±Infinity) is (a signed zero,
// x). On error q and r are set to the values Python returns when the signal
// is not trapped (q ±Infinity and r NaN for x / 0, NaN otherwise, an
// infinite r for an overflow of r).
//
// DivMod allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) DivMod(q, r, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var qv, rv pydVal
	var st pydStatus
	neg := x.neg != y.neg
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if qv, st, ok = c.nans(&x, &y); ok {
			rv = qv
			break
		}
		if x.form == apd.Infinite {
			qv, rv, st = pydVal{form: apd.Infinite, neg: neg}, pydNaN, pydInvalid
			if y.form == apd.Infinite {
				qv = pydNaN
			}
		} else {
			rv = x
			st = c.finalize(&rv)
			qv = pydVal{form: apd.Finite, neg: neg}
		}
	case y.isZero():
		if x.isZero() {
			qv, rv, st = pydNaN, pydNaN, pydDivUndefined
		} else {
			qv, rv, st = pydVal{form: apd.Infinite, neg: neg}, pydNaN, pydDivByZero|pydInvalid
		}
	default:
		qv, rv, st = c.divmod(&x, &y)
		st |= c.finalize(&rv) // the quotient needs none, see DivInt
	}
	err := c.err(st)
	if err == digits.ErrTooManyDigits {
		qv, rv = pydNaN, pydNaN
	}
	qv.store(q)
	rv.store(r)
	return err
}

// divmod is libmpdec's _mpd_qdivmod for finite operands, b not zero: the
// truncated quotient (exponent 0, sign a^b) and the exact remainder (sign of
// a, exponent min(ea, eb)), both NaN with DivisionImpossible when the
// quotient would have more than prec digits.
func (c *Context) divmod(a, b *pydVal) (q, r pydVal, st pydStatus) {
	ideal := min(a.exp, b.exp)
	q = pydVal{form: apd.Finite, neg: a.neg != b.neg}
	r = pydVal{form: apd.Finite, neg: a.neg, exp: ideal}
	if a.isZero() {
		return q, r, 0
	}
	da, db := a.digits(), b.digits()
	expdiff := (a.exp + da - 1) - (b.exp + db - 1) // adjusted exponents
	if expdiff < 0 {
		// |a| < |b|: q = 0, r = a at the ideal exponent (a.exp > b.exp
		// implies a shift of less than db - da digits).
		r.u, r.b = a.u, a.b
		if shift := a.exp - b.exp; shift > 0 {
			if a.b == nil && da+shift <= 19 {
				r.u = a.u * digits.Pow10(int(shift))
			} else {
				r.setBig(new(big.Int).Mul(a.toBig(), digits.Pow10Big(int(shift))))
			}
		} else if a.b != nil {
			r.b = new(big.Int).Set(a.b)
		}
		return q, r, 0
	}
	if expdiff > c.prec {
		return pydNaN, pydNaN, pydDivImpossible
	}
	// Align the coefficients. By expdiff <= prec, a shifted left has at
	// most prec + db digits; b shifted left at most da digits.
	shift := a.exp - b.exp
	if a.b == nil && b.b == nil {
		ca, cb := a.u, b.u
		ok := true
		switch {
		case shift > 0 && da+shift <= 19:
			ca *= digits.Pow10(int(shift))
		case shift < 0 && db-shift <= 19:
			cb *= digits.Pow10(int(-shift))
		case shift != 0:
			ok = false
		}
		if ok {
			q.u, r.u = ca/cb, ca%cb
			if int64(digits.Count(q.u)) > c.prec {
				return pydNaN, pydNaN, pydDivImpossible
			}
			return q, r, 0
		}
	}
	x, y := a.toBig(), b.toBig()
	if shift > 0 {
		x.Mul(x, digits.Pow10Big(int(shift)))
	} else if shift < 0 {
		y.Mul(y, digits.Pow10Big(int(-shift)))
	}
	qb, rb := x.QuoRem(x, y, new(big.Int))
	// x and y now have adjusted exponents expdiff apart, so x/y lies in
	// (10^(expdiff-1), 10^(expdiff+1)): the quotient has expdiff or
	// expdiff+1 digits, more than prec only if expdiff == prec and
	// q >= 10^prec.
	if expdiff == c.prec && qb.Cmp(digits.Pow10Big(int(c.prec))) >= 0 {
		return pydNaN, pydNaN, pydDivImpossible
	}
	q.setBig(qb)
	r.setBig(rb)
	return q, r, 0
}
