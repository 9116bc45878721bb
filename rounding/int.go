package rounding

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"unsafe"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
)

// Integer is the set of Go integer types RoundInt accepts (every one), the
// constraint of package digits.
type Integer = digits.Integer

// RoundInt returns Python's round(x, ndigits) for an integer under mode m:
// x itself for ndigits >= 0, else x rounded to a multiple of 10^-ndigits
// (RoundInt(25, -1, HalfEven) is 20, RoundInt(35, -1, HalfEven) is 40,
// RoundInt(-25, -1, Floor) is -30). Any ndigits is accepted; a very
// negative one rounds to 0, or to a power of ten for the away-from-zero
// modes.
//
// Unlike Python's unbounded int, T has a fixed width: when the rounded
// value does not fit in T (RoundInt(int64(math.MaxInt64), -1, Up) would be
// 9223372036854775810), RoundInt returns x unchanged and an OverflowError;
// it never wraps. RoundInt allocates nothing unless it fails.
func RoundInt[T Integer](x T, ndigits int, m Mode) (T, error) {
	if ndigits >= 0 {
		return x, nil
	}
	neg := x < 0
	mag := uint64(x)
	if neg {
		mag = -uint64(int64(x))
	}
	k := negate(ndigits)
	q := quoRoundU(mag, k, neg, m)
	var p uint64
	if k < digits.MaxPow10U64+1 {
		p = digits.Pow10(k)
	}
	if q == 0 {
		return 0, nil
	}
	hi, r := bits.Mul64(q, p)
	if hi != 0 || p == 0 || !fits[T](r, neg) {
		return x, overflowInt(x, q, k, neg)
	}
	if neg {
		return T(-int64(r)), nil
	}
	return T(r), nil
}

// fits reports whether the magnitude u with sign neg is a value of T.
func fits[T Integer](u uint64, neg bool) bool {
	var zero T
	size := uint(unsafe.Sizeof(zero)) * 8
	signed := zero-1 < 0
	switch {
	case !signed:
		return !neg && (size == 64 || u < 1<<size)
	case neg:
		return u <= 1<<(size-1)
	}
	return u < 1<<(size-1)
}

// overflowInt builds the error for a result ±q·10^k that does not fit T.
func overflowInt[T Integer](x T, q uint64, k int, neg bool) error {
	if k > MaxResultDigits-digits.Count(q) { // the same limit as RoundBigInt's
		return ErrTooManyDigits
	}
	v := new(big.Int).SetUint64(q)
	v.Mul(v, digits.Pow10Big(k))
	if neg {
		v.Neg(v)
	}
	return pyerr.OverflowError(fmt.Sprintf("rounded value %s does not fit in %T", v, x))
}

// RoundBigInt sets z to Python's round(x, ndigits) under mode m and returns
// z: x itself for ndigits >= 0, else x rounded to a multiple of
// 10^-ndigits, exactly and at any size. z may be nil (a new Int is
// allocated) or alias x. A very negative ndigits costs nothing: the result
// is 0 (or ±10^-ndigits for the away-from-zero modes, refused with
// ErrTooManyDigits when that has more than MaxResultDigits digits).
func RoundBigInt(z, x *big.Int, ndigits int, m Mode) (*big.Int, error) {
	if z == nil {
		z = new(big.Int)
	}
	if ndigits >= 0 {
		return z.Set(x), nil
	}
	var q big.Int
	k := negate(ndigits)
	quoRound(&q, x, k, m)
	if q.Sign() == 0 {
		return z.SetInt64(0), nil
	}
	if k > MaxResultDigits-digits.CountBig(&q) { // not k+digits: k may be math.MaxInt
		return nil, ErrTooManyDigits
	}
	return z.Mul(&q, digits.Pow10Big(k)), nil
}

// quoRoundU returns the magnitude |x|/10^k rounded to an integer under m,
// where mag = |x| and neg tells x's sign.
func quoRoundU(mag uint64, k int, neg bool, m Mode) uint64 {
	var q uint64
	var c class
	if k < digits.MaxPow10U64+1 {
		var r uint64
		q, r = digits.DivPow10(mag, k)
		c = mode.ClassifyFraction(r, digits.Pow10(k))
	} else if mag != 0 {
		c = belowHalf // mag < 2^64 < 10^20/2
	}
	if m.Increments(c, uint(q%10), neg) {
		q++
	}
	return q
}

// quoRound sets z to x/10^k rounded to an integer under m (k >= 1), with
// x's sign, and returns z; z may alias x. A k beyond x's digit count costs nothing.
func quoRound(z, x *big.Int, k int, m Mode) *big.Int {
	neg, nonzero := x.Sign() < 0, x.Sign() != 0 // read before z (which may alias x) changes
	var r big.Int
	var c class
	if k > digits.CountBig(x) {
		// 10^k > 10·|x|: the whole value is below half a unit.
		z.SetInt64(0)
		if nonzero {
			c = belowHalf
		}
	} else {
		p := digits.Pow10Big(k)
		z.QuoRem(x, p, &r)
		z.Abs(z)
		r.Abs(&r)
		c = classify(&r, p)
	}
	if m.Increments(c, lastDigit(z), neg) {
		z.Add(z, bigOne)
	}
	if neg {
		z.Neg(z)
	}
	return z
}

// negate returns -n for n < 0, mapping math.MinInt to math.MaxInt: both
// are far beyond any number's digits, so they round the same way.
func negate(n int) int {
	if n == math.MinInt {
		return math.MaxInt
	}
	return -n
}
