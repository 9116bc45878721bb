package divmod

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// The exceptions Python's decimal module raises for a zero divisor (C
// decimal, default traps), shared by the floor and the truncating pair.
var (
	errDecDivByZero    = pyerr.Decimal("DivisionByZero", "DivisionByZero")                       // x // 0, x != 0
	errDecUndefined    = pyerr.Decimal("InvalidOperation", "DivisionUndefined")                  // 0 // 0, 0 % 0, divmod(0, 0)
	errDecModByZero    = pyerr.Decimal("InvalidOperation", "InvalidOperation")                   // x % 0, x != 0
	errDecDivModByZero = pyerr.Decimal("InvalidOperation", "InvalidOperation", "DivisionByZero") // divmod(x, 0), x != 0
)

// decOp says which results a decimal division must build.
type decOp uint8

const (
	opDiv decOp = iota
	opMod
	opDivMod
)

// FloorDivDecimal returns a // b with the floor semantics of Python's int
// and float: the exact quotient rounded toward negative infinity
// (FloorDivDecimal(-7, 2) is -4), an integer with exponent 0. Python's
// decimal module truncates instead (Decimal(-7) // 2 is Decimal('-3')):
// that is TruncDivDecimal. shopspring's own Div rounds to
// decimal.DivisionPrecision places and QuoRem truncates to a requested
// precision; neither floors.
//
// The computation is exact, with no precision limit: a quotient of more
// than rounding.MaxResultDigits digits fails with rounding.ErrTooManyDigits
// before it is computed. A zero b fails as Python's decimal module fails
// for //: DivisionByZero: [<class 'decimal.DivisionByZero'>] for a != 0,
// InvalidOperation: [<class 'decimal.DivisionUndefined'>] for a == 0. On
// error the result is zero.
func FloorDivDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	q, _, err := decDivMod(a, b, opDiv, true)
	return q, err
}

// ModDecimal returns a % b with the floor semantics of Python's int and
// float: a - b*FloorDivDecimal(a, b) exactly, which is 0 or has the sign of
// b (ModDecimal(-7, 2) is 1, ModDecimal(-7.5, 2) is 0.5, ModDecimal(7, -2)
// is -1). Python's decimal module gives the remainder a's sign instead
// (Decimal(-7) % 2 is Decimal('-1')): that is TruncModDecimal. shopspring's
// Mod has a's sign too.
//
// The remainder's exponent is the smaller of the operands' exponents, as
// Python's Decimal % gives it: ModDecimal(10, 3.0) is 1.0 and
// ModDecimal(7.50, 0.5) is 0.00, trailing zeros kept. It is computed
// without the quotient, so a huge quotient is no obstacle (1E+1000000000 %
// 7 is 4, where Python's decimal module, at any precision it allows,
// raises DivisionImpossible); a remainder of more than
// rounding.MaxResultDigits digits fails with rounding.ErrTooManyDigits
// (-1 % 1E+2000000 would be 2000000 nines). A zero b fails as Python's
// decimal module fails for %: InvalidOperation: [<class
// 'decimal.InvalidOperation'>] for a != 0, InvalidOperation: [<class
// 'decimal.DivisionUndefined'>] for a == 0. On error the result is zero.
func ModDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	_, r, err := decDivMod(a, b, opMod, true)
	return r, err
}

// DivModDecimal returns FloorDivDecimal(a, b) and ModDecimal(a, b), with
// one division. They satisfy, exactly,
//
//	q*b + r == a,  |r| < |b|,  r == 0 or r has the sign of b
//
// DivModDecimal(-7.5, 2) is (-4, 0.5), as Python's divmod(-7.5, 2) is
// (-4.0, 0.5) on floats, where Python's decimal module gives
// divmod(Decimal('-7.5'), 2) == (Decimal('-3'), Decimal('-1.5'))
// (TruncDivModDecimal).
//
// Errors: a quotient or remainder of more than rounding.MaxResultDigits
// digits fails with rounding.ErrTooManyDigits; a zero b fails as Python's
// divmod() on decimals fails: InvalidOperation: [<class
// 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>] for
// a != 0, InvalidOperation: [<class 'decimal.DivisionUndefined'>] for
// a == 0. On error both results are zero.
func DivModDecimal(a, b decimal.Decimal) (q, r decimal.Decimal, err error) {
	return decDivMod(a, b, opDivMod, true)
}

// TruncDivDecimal returns a // b as Python's decimal module computes it
// (Decimal.__floordiv__, divide-integer): the exact quotient truncated
// toward zero, an integer with exponent 0 (TruncDivDecimal(-7, 2) is -3,
// TruncDivDecimal(-7.5, 2) is -3, TruncDivDecimal(1E+3, 1E+1) is 100).
// This is the rounding of Go's / on integers; Python's // on int and float
// floors instead (FloorDivDecimal).
//
// Unlike Python, which computes with the context's precision (28 digits by
// default, then DivisionImpossible), TruncDivDecimal is exact up to
// rounding.MaxResultDigits digits and fails with rounding.ErrTooManyDigits
// beyond. shopspring's type has no negative zero: Decimal('-0.5') //
// 1 is Decimal('-0') in Python and 0 here. A zero b fails as Python does:
// DivisionByZero: [<class 'decimal.DivisionByZero'>] for a != 0,
// InvalidOperation: [<class 'decimal.DivisionUndefined'>] for a == 0. On
// error the result is zero.
func TruncDivDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	q, _, err := decDivMod(a, b, opDiv, false)
	return q, err
}

// TruncModDecimal returns a % b as Python's decimal module computes it
// (Decimal.__mod__, remainder): a - b*TruncDivDecimal(a, b) exactly, which
// is 0 or has the sign of a (TruncModDecimal(-7, 2) is -1,
// TruncModDecimal(7, -2) is 1), like Go's % on integers and math.Mod on
// floats; Python's % on int and float has b's sign instead (ModDecimal).
//
// The exponent is the smaller of the operands' exponents, as in Python:
// TruncModDecimal(10, 3.0) is 1.0, TruncModDecimal(-7.5, 2) is -1.5,
// TruncModDecimal(1E+3, 1E+1) is 0E+1. shopspring's type has no negative
// zero: Decimal(-4) % 2 is Decimal('-0') in Python and 0 here. The
// remainder is computed without the quotient, so a huge quotient is no
// obstacle (Python raises DivisionImpossible when the quotient has more
// digits than the precision). A zero b fails as Python does:
// InvalidOperation: [<class 'decimal.InvalidOperation'>] for a != 0,
// InvalidOperation: [<class 'decimal.DivisionUndefined'>] for a == 0. On
// error the result is zero.
func TruncModDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	_, r, err := decDivMod(a, b, opMod, false)
	return r, err
}

// TruncDivModDecimal returns Python's divmod(a, b) for decimals, the pair
// of TruncDivDecimal and TruncModDecimal with one division. They satisfy,
// exactly,
//
//	q*b + r == a,  |r| < |b|,  r == 0 or r has the sign of a
//
// (TruncDivModDecimal(-7, 2) is (-3, -1), as
// divmod(Decimal(-7), Decimal(2)) is (Decimal('-3'), Decimal('-1'))). A
// quotient of more than rounding.MaxResultDigits digits fails with
// rounding.ErrTooManyDigits. A zero b fails as Python does:
// InvalidOperation: [<class 'decimal.InvalidOperation'>, <class
// 'decimal.DivisionByZero'>] for a != 0, InvalidOperation: [<class
// 'decimal.DivisionUndefined'>] for a == 0. On error both results are
// zero.
func TruncDivModDecimal(a, b decimal.Decimal) (q, r decimal.Decimal, err error) {
	return decDivMod(a, b, opDivMod, false)
}

// decDivMod computes the truncated (or, with floor, floored) quotient of
// a / b with exponent 0 and the remainder with exponent min(ea, eb),
// building only the results op asks for.
func decDivMod(a, b decimal.Decimal, op decOp, floor bool) (q, r decimal.Decimal, err error) {
	if b.IsZero() {
		switch {
		case a.IsZero():
			err = errDecUndefined
		case op == opDiv:
			err = errDecDivByZero
		case op == opMod:
			err = errDecModByZero
		default:
			err = errDecDivModByZero
		}
		return decimal.Decimal{}, decimal.Decimal{}, err
	}
	emin := min(a.Exponent(), b.Exponent())
	if a.IsZero() {
		if op != opMod {
			q = decimal.New(0, 0)
		}
		if op != opDiv {
			r = decimal.New(0, emin)
		}
		return q, r, nil
	}
	if q, r, ok := decDivModSmall(a, b, op, floor); ok {
		return q, r, nil
	}
	return decDivModBig(a, b, op, floor)
}

// decDivModSmall is decDivMod for nonzero operands of at most 18 digits
// whose aligned coefficients fit a uint64; ok is false otherwise.
func decDivModSmall(a, b decimal.Decimal, op decOp, floor bool) (q, r decimal.Decimal, ok bool) {
	if a.NumDigits() > 18 || b.NumDigits() > 18 {
		return q, r, false
	}
	ca, cb := a.CoefficientInt64(), b.CoefficientInt64()
	aneg, bneg := ca < 0, cb < 0
	ua, ub := absU(ca), absU(cb)
	ea, eb := int64(a.Exponent()), int64(b.Exponent())
	var qm, rm, bm uint64 // bm: |b| at the remainder's exponent, 0 if it does not fit
	if ea >= eb {
		s := ea - eb
		if s > digits.MaxPow10U64 {
			return q, r, false
		}
		hi, x := bits.Mul64(ua, digits.Pow10(int(s)))
		if hi != 0 {
			return q, r, false
		}
		qm, rm, bm = x/ub, x%ub, ub
	} else {
		if s := eb - ea; s <= digits.MaxPow10U64 {
			if hi, y := bits.Mul64(ub, digits.Pow10(int(s))); hi == 0 {
				bm = y
			}
		}
		if bm != 0 {
			qm, rm = ua/bm, ua%bm
		} else {
			qm, rm = 0, ua // |b| >= 2^64 > |a|
		}
	}
	qneg, rneg := aneg != bneg, aneg
	if floor && rm != 0 && aneg != bneg {
		if bm == 0 {
			return q, r, false // |b| - |a| at a's exponent needs more than 64 bits
		}
		qm++ // no wrap: rm != 0 means |b| > 1 here, so qm < 2^63
		rm, rneg = bm-rm, bneg
	}
	if op != opMod {
		q = newDecimal(qm, qneg, 0)
	}
	if op != opDiv {
		r = newDecimal(rm, rneg, int32(min(ea, eb)))
	}
	return q, r, true
}

// absU returns |c| as a uint64 (math.MinInt64 included).
func absU(c int64) uint64 {
	if c < 0 {
		return -uint64(c)
	}
	return uint64(c)
}

// newDecimal returns the decimal with magnitude m, sign neg and exponent
// exp (a zero is never negative: shopspring has no -0).
func newDecimal(m uint64, neg bool, exp int32) decimal.Decimal {
	if m <= math.MaxInt64 {
		if neg {
			return decimal.New(-int64(m), exp)
		}
		return decimal.New(int64(m), exp)
	}
	x := new(big.Int).SetUint64(m)
	if neg {
		x.Neg(x)
	}
	return decimal.NewFromBigInt(x, exp)
}

// decDivModBig is decDivMod for nonzero operands, with big.Int arithmetic.
func decDivModBig(a, b decimal.Decimal, op decOp, floor bool) (q, r decimal.Decimal, err error) {
	aneg, bneg := a.Sign() < 0, b.Sign() < 0
	ca, cb := a.Coefficient(), b.Coefficient() // copies, free to modify
	ca.Abs(ca)
	cb.Abs(cb)
	ea, eb := int64(a.Exponent()), int64(b.Exponent())
	var qm, rm big.Int
	var bm *big.Int // |b| at the remainder's exponent, nil until needed
	if ea >= eb {
		s := ea - eb
		bm = cb
		if op == opMod {
			// |a| mod |b| at exponent eb is (ca * 10^s) mod cb: modular
			// exponentiation, however large s is.
			rm.Exp(bigTen, big.NewInt(s), cb)
			rm.Mul(&rm, ca)
			rm.Mod(&rm, cb)
		} else {
			// The quotient has at least digits(ca) + s - digits(cb) digits.
			if int64(digitsLo(ca))+s-int64(digitsHi(cb)) > rounding.MaxResultDigits {
				return q, r, rounding.ErrTooManyDigits
			}
			ca.Mul(ca, digits.Pow10Big(int(s)))
			qm.QuoRem(ca, cb, &rm)
		}
	} else {
		s := eb - ea
		if int64(digitsHi(ca)) < int64(digitsLo(cb))+s {
			// |a| < 10^(digits(a)+ea) <= 10^(digits(b)-1+eb) <= |b|.
			rm.Set(ca)
			if floor && aneg != bneg && op != opDiv {
				// The remainder |b| - |a| has at least digits(b)-1+s digits
				// once |a| <= |b|/10.
				if int64(digitsHi(ca)) <= int64(digitsLo(cb))+s-2 &&
					int64(digitsLo(cb))-1+s > rounding.MaxResultDigits {
					return q, r, rounding.ErrTooManyDigits
				}
				bm = cb.Mul(cb, digits.Pow10Big(int(s)))
			}
		} else {
			// s < digits(a) - digits(b) + 1: the shift is bounded by a's size.
			bm = cb.Mul(cb, digits.Pow10Big(int(s)))
			qm.QuoRem(ca, bm, &rm)
		}
	}
	qneg, rneg := aneg != bneg, aneg
	if floor && rm.Sign() != 0 && aneg != bneg {
		qm.Add(&qm, bigOne)
		if op != opDiv {
			rm.Sub(bm, &rm)
			rneg = bneg
		}
	}
	if op != opMod {
		if digits.TooMany(&qm) {
			return decimal.Decimal{}, decimal.Decimal{}, rounding.ErrTooManyDigits
		}
		if qneg {
			qm.Neg(&qm)
		}
		q = decimal.NewFromBigInt(&qm, 0)
	}
	if op != opDiv {
		if digits.TooMany(&rm) {
			return decimal.Decimal{}, decimal.Decimal{}, rounding.ErrTooManyDigits
		}
		if rneg {
			rm.Neg(&rm)
		}
		r = decimal.NewFromBigInt(&rm, int32(min(ea, eb)))
	}
	return q, r, nil
}

var bigTen = big.NewInt(10)

// digitsLo and digitsHi bound the number of decimal digits of x > 0 from
// its bit length: the guards that use them only need to be safe.
func digitsLo(x *big.Int) int { return digits.MinForBits(x.BitLen()) }
func digitsHi(x *big.Int) int { return digits.MaxForBits(x.BitLen()) }
