package pyops

import (
	"math"
	"math/big"
	"strconv"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// RoundIncrement rounds text to a multiple of an increment: Append prints
// what Python prints for the value x that the text reads as, rounded by
// the Definition of rounding.Increment:
//
//	q = the integer nearest to x / INC under M, computed on exact values,
//	and the result is q * INC.
//
// Under Auto, an int x (text int() accepts) with an integral increment
// gives an int, printed as Python prints an int (137 to 25 is 125); with a
// fractional increment, and for every float, the result is the float
// nearest to the exact decimal q * INC, printed as repr() (1.15 to 0.05
// is 1.15, never 1.1500000000000001); NaN and ±Inf are printed unchanged,
// as round(x, n) returns them, and an overflowing result is Python's
// "OverflowError: rounded value too large to represent". Float reads every
// text as float(). Decimal gives str(Decimal(q) * Decimal(INC)) with the
// increment's exponent (AppendRoundIncrementText). A zero float or Decimal
// result keeps x's sign.
//
// Build one with rounding.ParseIncrement(INC), which words the ValueError
// for a bad increment. A RoundIncrement holds scratch space: reuse one
// per goroutine; copy it (before use) for another.
type RoundIncrement struct {
	Inc     rounding.Increment
	Mode    mode.Mode
	As      As
	scratch big.Int
}

// Append appends the rounded value of text to dst, or returns dst
// unchanged and the error Python raises. It allocates nothing for floats
// and int64s with the common increments (coefficient below 2^32, exponent
// from -22 to 15), nor for decimals of at most 19 significant digits,
// when dst has room.
func (r *RoundIncrement) Append(dst, text []byte) ([]byte, error) {
	if r.As == Decimal {
		return AppendRoundIncrementText(dst, text, r.Inc, r.Mode)
	}
	x, err := ReadNumber(text, r.As, &r.scratch)
	if err != nil {
		return dst, err
	}
	if x.IsFloat {
		y, err := rounding.RoundFloatIncrement(x.Float, r.Inc, r.Mode)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendRepr(dst, y), nil
	}
	if r.Inc.Integral() {
		if x.Big == nil {
			if v, err := rounding.RoundIntIncrement(x.Int, r.Inc, r.Mode); err == nil {
				return pyfmt.AppendInt(dst, v), nil
			}
			x.Big = r.scratch.SetInt64(x.Int) // the result needs more than 64 bits
		}
		v, err := rounding.RoundBigIntIncrement(&r.scratch, x.Big, r.Inc, r.Mode)
		if err != nil {
			return dst, err
		}
		if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(v)); err != nil {
			return dst, err
		}
		return pyfmt.AppendBigInt(dst, v), nil
	}
	// An int to a fractional increment: exact, then the nearest float.
	b := x.Big
	if b == nil {
		b = r.scratch.SetInt64(x.Int)
	}
	neg := b.Sign() < 0
	var mag big.Int
	mag.Abs(b)
	c, err := rounding.RoundDecimalDigitsIncrement(&mag, &mag, 0, neg, r.Inc, r.Mode)
	if err != nil {
		return dst, err
	}
	if c.Sign() == 0 {
		return append(dst, "0.0"...), nil // an int has no negative zero
	}
	f, err := decimalFloat(c, r.Inc.Exponent())
	if err != nil {
		return dst, err
	}
	if neg {
		f = -f
	}
	return pyfmt.AppendRepr(dst, f), nil
}

// decimalFloat returns the float nearest to c·10^exp (c > 0), or Python's
// OverflowError "rounded value too large to represent" past the largest
// float.
func decimalFloat(c *big.Int, exp int64) (float64, error) {
	n := int64(digits.CountBig(c))
	if exp+n > 400 {
		return 0, pyerr.ErrRoundOverflow
	}
	if exp+n < -400 {
		return 0, nil
	}
	if n > 780 {
		// 780 significant digits decide the nearest float; a nonzero tail
		// becomes a sticky 1 (c > 10^780 has exp < -380 here).
		var q, rem big.Int
		q.QuoRem(c, digits.Pow10Big(int(n-780)), &rem)
		q.Mul(&q, big.NewInt(10))
		if rem.Sign() != 0 {
			q.Add(&q, big.NewInt(1))
		}
		c, exp = &q, exp+n-781
	}
	b := c.Append(nil, 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, exp, 10)
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, pyerr.ErrRoundOverflow
	}
	return f, nil
}

// AppendRoundIncrementText parses s as Python's Decimal(s) does, rounds it
// to a multiple of inc under mode m by the Definition of
// rounding.Increment (q = the integer nearest to x / INC under M, computed
// on exact values, and the result is q * INC), and appends str() of
// Decimal(q) * Decimal(INC), with the increment's exponent, exact at any
// size (no 28-digit context limit): "1.03" to 0.05 appends "1.05", "1.30"
// to 0.50 "1.50", "-0.01" to 0.05 "-0.00" (a zero keeps the sign, as
// quantize keeps it).
//
// NaN is appended unchanged (payload kept); sNaN and ±Infinity are
// Python's InvalidOperation, as quantize raises it; text Decimal() rejects
// is InvalidOperation [<class 'decimal.ConversionSyntax'>]. A result
// needing more than digits.MaxResultDigits digits fails with
// digits.ErrTooManyDigits. On error dst is returned unchanged.
//
// AppendRoundIncrementText allocates nothing when dst has room, s has at
// most 19 significant digits and the quotient and result fit 64 bits.
func AppendRoundIncrementText[S ~string | ~[]byte](dst []byte, s S, inc rounding.Increment, m mode.Mode) ([]byte, error) {
	if !inc.Valid() {
		_, err := rounding.RoundFloatIncrement(0, inc, m) // the zero Increment's ValueError
		return dst, err
	}
	var scratch [64]byte
	d, _, err := pyparse.ParseDecimal(scratch[:0], s)
	if err != nil {
		return dst, err
	}
	switch d.Kind {
	case pyparse.NaN:
		return pyfmt.AppendDecimalSpecial(dst, d.Neg, pyfmt.NaN, d.Payload), nil
	case pyparse.SNaN, pyparse.Infinite:
		return dst, errInvalidOperation
	}
	e := inc.Exponent()
	if len(d.Coeff) <= 19 {
		mag, _ := strconv.ParseUint(string(d.Coeff), 10, 64) // no allocation: the conversion does not escape
		if v, ok := rounding.RoundUint64DecimalIncrement(mag, d.Exp, d.Neg, inc, m); ok {
			var buf [20]byte
			return appendIncResult(dst, d.Neg, strconv.AppendUint(buf[:0], v, 10), e)
		}
	}
	var c big.Int
	if _, ok := c.SetString(string(d.Coeff), 10); !ok {
		return dst, errInvalidOperation
	}
	if _, err := rounding.RoundDecimalDigitsIncrement(&c, &c, d.Exp, d.Neg, inc, m); err != nil {
		return dst, err
	}
	return appendIncResult(dst, d.Neg, c.Append(nil, 10), e)
}

// appendIncResult appends str() of the decimal ±coeff·10^exp, or
// InvalidOperation when its adjusted exponent passes Python's Emax.
func appendIncResult(dst []byte, neg bool, coeff []byte, exp int64) ([]byte, error) {
	if exp+int64(len(coeff))-1 > maxEmax || exp < minEtiny {
		return dst, errInvalidOperation
	}
	return pyfmt.AppendDecimal(dst, neg, coeff, exp), nil
}
