package fixed

import (
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
)

// The exceptions Python's divmod() on Decimals raises for a zero divisor
// (the values divmod.TruncDivModDecimal and pydecimal return).
var (
	errDivModUndefined = pyerr.Decimal("InvalidOperation", "DivisionUndefined")                  // divmod(0, 0)
	errDivModByZero    = pyerr.Decimal("InvalidOperation", "InvalidOperation", "DivisionByZero") // divmod(x, 0), x != 0
	errDivImpossible   = pyerr.Decimal("InvalidOperation", "DivisionImpossible")                 // a quotient of more than 28 digits
)

// DivMod returns Python's divmod(a, b) on Decimals: the quotient truncated
// toward zero, an integer with scale 0, and the remainder a - b*q, exactly,
// with scale max(a.Scale(), b.Scale()) (Python's exponent min(ea, eb)):
// DivMod(-7.5, 2) is (-3, -1.5), DivMod(7, -0.3) is (-23, 0.1).
//
// Signs follow Python to the negative zero: q's sign bit is a's XOR b's,
// also when q is zero (DivMod(1, -2) is (-0, 1)); r's sign bit is a's,
// also when r is zero (DivMod(-4, 2) is (-2, -0)).
//
// Errors: a zero b fails as Python fails, InvalidOperation: [<class
// 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>] for a
// nonzero a and InvalidOperation: [<class 'decimal.DivisionUndefined'>]
// for a zero a; a quotient of more than 28 digits (the default
// precision) fails as in Python, InvalidOperation: [<class
// 'decimal.DivisionImpossible'>]; a quotient of 20 to 28 digits that do
// not end in zeros, which Python returns, is ErrRange. On error q and r
// are zero. DivMod allocates nothing unless an operand or the quotient
// has more than 19 digits.
func DivMod(a, b Decimal) (q, r Decimal, err error) {
	qc, rc, s, err := divAbs(a, b)
	if err == errLong {
		return divLong(a, b, false)
	}
	if err != nil {
		return Decimal{}, Decimal{}, err
	}
	return Decimal{coef: qc, neg: a.neg != b.neg}, Decimal{coef: rc, scale: s, neg: a.neg}, nil
}

// FloorDivMod returns divmod(a, b) with the floor semantics of Python's
// int and float // and %: the quotient rounded toward negative infinity,
// an integer with scale 0, and r = a - b*q exactly, which is 0 or has b's
// sign, with scale max(a.Scale(), b.Scale()): FloorDivMod(-7.5, 2) is
// (-4, 0.5), FloorDivMod(7, -2) is (-4, -1). These are the values
// divmod.DivModDecimal gives (Python's Decimal has no floor divmod).
//
// Zeros are signed as Python's float divmod signs them: q's sign bit is
// a's XOR b's (the quotient is negative exactly when the signs differ,
// and divmod(-0.0, 5.0) is (-0.0, 0.0)); r's sign bit is always b's
// (divmod(-4.0, 2.0) is (-2.0, 0.0), divmod(4.0, -2.0) is (-2.0, -0.0)).
//
// Errors: a zero b fails as DivMod's does (and divmod.DivModDecimal's); a
// quotient or remainder that is not a Decimal is ErrRange: more than 19
// digits not ending in zeros, or more than 28. Flooring can give such a
// remainder when a has the larger scale and the signs differ
// (FloorDivMod(-1E-19, 9) would be 8.9999999999999999999). On error q and
// r are zero. FloorDivMod allocates nothing unless an operand or a result
// has more than 19 digits.
func FloorDivMod(a, b Decimal) (q, r Decimal, err error) {
	qc, rc, s, err := divAbs(a, b)
	if err == errLong {
		return divLong(a, b, true)
	}
	if err != nil {
		return Decimal{}, Decimal{}, err
	}
	if a.neg != b.neg && rc != 0 {
		// q = -(qc+1), r = sign(b) * (|b| - rc) at scale s.
		if qc == maxCoef {
			return divLong(a, b, true)
		}
		qc++
		hi, lo := bits.Mul64(b.coef, digits.Pow10(int(s-b.scale)))
		lo, borrow := bits.Sub64(lo, rc, 0)
		hi -= borrow
		if hi != 0 || lo > maxCoef {
			return divLong(a, b, true)
		}
		rc = lo
	}
	return Decimal{coef: qc, neg: a.neg != b.neg}, Decimal{coef: rc, scale: s, neg: b.neg}, nil
}

// errLong tells DivMod and FloorDivMod to take divLong; it never
// reaches a caller.
var errLong = pyerr.New("fixed", "internal: needs the long path")

// divAbs returns the truncated quotient and the remainder of |a| / |b|,
// the remainder at scale s = max(a.scale, b.scale), or errLong when an
// operand or the quotient has more than 19 digits.
func divAbs(a, b Decimal) (qc, rc uint64, s uint8, err error) {
	if b.coef == 0 {
		if a.coef == 0 {
			return 0, 0, 0, errDivModUndefined
		}
		return 0, 0, 0, errDivModByZero
	}
	if a.zeros|b.zeros != 0 {
		return 0, 0, 0, errLong
	}
	switch {
	case a.scale == b.scale:
		return a.coef / b.coef, a.coef % b.coef, a.scale, nil
	case a.scale > b.scale:
		// |b| scaled to a's scale; when it passes 2^64 it is above |a|.
		hi, lo := bits.Mul64(b.coef, digits.Pow10(int(a.scale-b.scale)))
		if hi != 0 {
			return 0, a.coef, a.scale, nil
		}
		return a.coef / lo, a.coef % lo, a.scale, nil
	}
	// |a| scaled to b's scale, in 128 bits.
	hi, lo := bits.Mul64(a.coef, digits.Pow10(int(b.scale-a.scale)))
	if hi == 0 {
		qc, rc = lo/b.coef, lo%b.coef
	} else {
		if hi >= b.coef { // the quotient needs more than 64 bits
			return 0, 0, 0, errLong
		}
		qc, rc = bits.Div64(hi, lo, b.coef)
	}
	if qc > maxCoef {
		return 0, 0, 0, errLong
	}
	return qc, rc, b.scale, nil
}

// divLong is DivMod (floor false) or FloorDivMod for operands or results
// of more than 19 digits, computed exactly by package divmod; it
// allocates.
func divLong(a, b Decimal, floor bool) (q, r Decimal, err error) {
	sa, sb := a.Shopspring(), b.Shopspring()
	qneg, rneg := a.neg != b.neg, a.neg
	var wq, wr = sa, sb
	if floor {
		wq, wr, err = divmod.DivModDecimal(sa, sb)
		rneg = b.neg
	} else {
		wq, wr, err = divmod.TruncDivModDecimal(sa, sb)
		if err == nil && wq.Abs().Cmp(decMaxDigit) >= 0 {
			// Python's quotient is limited by the default precision.
			return Decimal{}, Decimal{}, errDivImpossible
		}
	}
	if err != nil {
		return Decimal{}, Decimal{}, err
	}
	q, err = FromShopspring(wq)
	if err != nil {
		return Decimal{}, Decimal{}, err
	}
	r, err = FromShopspring(wr)
	if err != nil {
		return Decimal{}, Decimal{}, err
	}
	q.neg, r.neg = qneg, rneg
	return q, r, nil
}
