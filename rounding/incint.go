package rounding

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// RoundIntIncrement returns the integer x rounded to a multiple of the
// integral increment inc under mode m, by the Definition (see Increment):
// q = the integer nearest to x / INC under M, computed on exact values,
// and the result is q * INC. RoundIntIncrement(137, 25, HalfEven) is 125;
// RoundIntIncrement(150, 100, HalfEven) is 200 and 100 under HalfDown.
//
// An increment that is not an integer (0.05) is a ValueError: an int
// rounded to it is a float (RoundFloatIncrement, or package pyops for
// Python's ints). When the rounded value does not fit in T,
// RoundIntIncrement returns x unchanged and an OverflowError; it never
// wraps. It allocates nothing unless it fails or the increment is 2^64 or
// more.
func RoundIntIncrement[T Integer](x T, inc Increment, m Mode) (T, error) {
	if !inc.valid() {
		return x, errNoIncrement
	}
	if inc.nexp < 0 { // not inc.Integral(): its copy of inc costs a store-forwarding stall
		return x, errIntFractional(inc)
	}
	neg := x < 0
	mag := uint64(x)
	if neg {
		mag = -uint64(int64(x))
	}
	n := inc.word
	if n == 0 {
		return roundIntHugeIncrement(x, inc, m)
	}
	q, r := quoRecip(mag, n, inc.recip)
	q += uint64(b2u(m.Increments(classify64(r, n), digitFor(q, m), neg))) // no branch: the class varies with x
	hi, v := bits.Mul64(q, n)
	if hi != 0 || !fits[T](v, neg) {
		z := new(big.Int).SetUint64(q)
		z.Mul(z, new(big.Int).SetUint64(n))
		if neg {
			z.Neg(z)
		}
		return x, overflowIncrement(x, z)
	}
	if neg {
		return T(-int64(v)), nil
	}
	return T(v), nil
}

// roundIntHugeIncrement is RoundIntIncrement for an increment of 2^64 or
// more, beyond every |x|: the big path decides 0, INC or an overflow. It is
// a function of its own so that its big.Int locals stay off the hot path's
// stack frame.
func roundIntHugeIncrement[T Integer](x T, inc Increment, m Mode) (T, error) {
	var z, bx big.Int
	bx.SetInt64(int64(x))
	if x > 0 {
		bx.SetUint64(uint64(x)) // a uint64 past MaxInt64
	}
	if _, err := RoundBigIntIncrement(&z, &bx, inc, m); err != nil {
		return x, err
	}
	if z.Sign() == 0 {
		return 0, nil
	}
	return x, overflowIncrement(x, &z)
}

// overflowIncrement is the error for a rounded value v that does not fit
// x's type.
func overflowIncrement[T Integer](x T, v *big.Int) error {
	return pyerr.OverflowError(fmt.Sprintf("rounded value %s does not fit in %T", v, x))
}

// RoundBigIntIncrement sets z to the integer x rounded to a multiple of
// the integral increment inc under mode m and returns z, by the
// Definition (see Increment): q = the integer nearest to x / INC under M,
// computed on exact values, and the result is q * INC, exactly and at any
// size. z may be nil (a new Int is allocated) or alias x.
//
// An increment that is not an integer is a ValueError (the result would
// be a float). A result needing more than MaxResultDigits digits fails
// with ErrTooManyDigits.
func RoundBigIntIncrement(z, x *big.Int, inc Increment, m Mode) (*big.Int, error) {
	if !inc.valid() {
		return nil, errNoIncrement
	}
	if !inc.Integral() {
		return nil, errIntFractional(inc)
	}
	if z == nil {
		z = new(big.Int)
	}
	neg := x.Sign() < 0
	var mag, q big.Int
	mag.Abs(x)
	if _, err := quoIncrement(&q, &mag, 0, neg, &inc, m); err != nil {
		return nil, err
	}
	if q.Sign() == 0 {
		return z.SetInt64(0), nil
	}
	q.Mul(&q, &inc.b.nc)
	if inc.nexp > int64(MaxResultDigits-digits.CountBig(&q)) {
		return nil, ErrTooManyDigits
	}
	z.Mul(&q, digits.Pow10Big(int(inc.nexp)))
	if neg {
		z.Neg(z)
	}
	return z, nil
}
