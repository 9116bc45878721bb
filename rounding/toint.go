package rounding

import (
	"math"
	"math/big"

	"github.com/pyround/pyround/pyerr"
)

// RoundToInt returns Python's round(x) — x rounded to an integer under
// mode m (HalfEven for round() itself; Floor, Ceiling and Down give
// math.floor, math.ceil and int(x)) — as an int64 when the result fits
// (big == nil, no allocation) and as a new *big.Int otherwise
// (RoundToInt(1e300, HalfEven) is the 301-digit exact value of the float).
//
// Like Python's int, the result has no negative zero. NaN returns
// pyerr.ErrFloatNaNToInt ("ValueError: cannot convert float NaN to
// integer") and ±Inf pyerr.ErrFloatInfToInt ("OverflowError: cannot
// convert float infinity to integer").
func RoundToInt(x float64, m Mode) (small int64, big *big.Int, err error) {
	if math.IsNaN(x) {
		return 0, nil, pyerr.ErrFloatNaNToInt
	}
	if math.IsInf(x, 0) {
		return 0, nil, pyerr.ErrFloatInfToInt
	}
	ax := math.Abs(x)
	if ax < 0x1p52 {
		q, c := split(ax, 0)
		if m.Increments(c, uint(uint64(q)%10), x < 0) {
			q++
		}
		if x < 0 {
			return -int64(q), nil, nil
		}
		return int64(q), nil, nil
	}
	// |x| >= 2^52: x is an integer already.
	if x >= -0x1p63 && x < 0x1p63 {
		return int64(x), nil, nil
	}
	return 0, floatToBig(x), nil
}

// floatToBig returns the exact integer value of an integral float x.
func floatToBig(x float64) *big.Int {
	mant, exp := decompose(x)
	z := new(big.Int).SetUint64(mant)
	z.Lsh(z, uint(exp)) // exp > 0 for |x| >= 2^63
	if x < 0 {
		z.Neg(z)
	}
	return z
}
