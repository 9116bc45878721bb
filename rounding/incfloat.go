package rounding

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// RoundFloatIncrement returns x rounded to a multiple of inc under mode m,
// by the Definition (see Increment): q = the integer nearest to x / INC
// under M, computed on exact values, and the result is q * INC. For a
// float, x's exact binary value is divided exactly and rounded by m, and
// the result is the float nearest to the exact decimal q * INC
// (float(Decimal(q) * Decimal(INC))): 1.15 to 0.05 is 1.15, never
// 1.1500000000000001, and 1.125 to 0.25 is 1.0 under HalfEven, 1.25 under
// HalfUp.
//
// NaN and ±Inf are returned unchanged, as round(x, n) returns them; a zero
// result keeps x's sign. A result too large for a float64 is ±Inf and
// pyerr.ErrRoundOverflow, Python's "OverflowError: rounded value too large
// to represent". The zero Increment is a ValueError.
//
// RoundFloatIncrement allocates nothing when the increment has a
// coefficient below 2^32 and an exponent in [-22, 0] (0.05, 0.25, 0.001,
// 0.0000001) and |x|/INC < 2^52, or is an integer below 2^53 (5, 25, 1E+3)
// and |x|/INC < 2^52; other inputs take an exact big-integer path.
func RoundFloatIncrement(x float64, inc Increment, m Mode) (float64, error) {
	ax := math.Abs(x)
	if inc.small != 0 && ax >= 0x1p-900 {
		if inc.nexp < 0 && inc.nexp >= -22 {
			// X = ax·10^k = y + e exactly, with n + f the integer and
			// fraction of y < 2^52. X/c = n/c + (f+e)/c; the remainder r
			// of n/c with f and e places the fraction.
			p := pow10Exact[-inc.nexp]
			y := ax * p
			if y < 0x1p52 {
				n := uint64(int64(y)) // through int64: y < 2^52, and amd64 converts signed without a branch
				f := y - float64(int64(n))
				c := inc.small
				q, r := quoRecip(n, c, inc.recip)
				// Compare r + f + e with c/2 by the sign of t = 2r - c + 2f:
				// exact when 2r - c is small, and of the right sign when it
				// is not; a nonzero t is a multiple of 2·ulp(y), more than
				// |2e|, so the rounding error e of y matters only when t is
				// zero (a tie in y) or y is a multiple of c. Both are rare,
				// so e (an FMA) is computed only there, and the common case
				// takes no data-dependent branch.
				t := float64(2*int64(r)-int64(c)) + 2*f
				cl := belowHalf + 2*class(b2u(t > 0))
				if t == 0 || r|math.Float64bits(f) == 0 {
					q, cl = incTieOrExact(ax, p, y, q, t)
				}
				q += uint64(b2u(m.Increments(cl, digitFor(q, m), x < 0))) // no branch: the class varies with x
				if v := q * c; v < 1<<53 {
					return math.Copysign(float64(int64(v))/p, x), nil // both exact: one rounding
				}
			}
		} else if inc.nexp >= 0 && inc.nexp <= 15 {
			if hi, n := bits.Mul64(inc.small, digits.Pow10(int(inc.nexp))); hi == 0 && n < 1<<53 {
				N := float64(int64(n))
				y := ax / N
				if y < 0x1p52 {
					e := math.FMA(-y, N, ax) // ax == y·N + e exactly: e has the sign of ax/N - y
					qf, cl := split(y, e)
					q := uint64(int64(qf))
					if m.Increments(cl, digitFor(q, m), x < 0) {
						q++
					}
					return math.Copysign(float64(int64(q))*N, x), nil // q·N exact operands: one rounding
				}
			}
		}
	}
	return roundFloatIncrementExact(x, inc, m)
}

// incTieOrExact classifies the rare cases of RoundFloatIncrement's
// fractional path by the rounding error e of y = ax·p: a tie in y (t == 0)
// is decided by e's sign, and a y that is a multiple of c (t < 0 with no
// remainder) is exact, or just above the multiple q·c, or just below it.
func incTieOrExact(ax, p, y float64, q uint64, t float64) (uint64, class) {
	e := math.FMA(ax, p, -y)
	if t == 0 { // a tie in y
		switch {
		case e > 0:
			return q, aboveHalf
		case e < 0:
			return q, belowHalf
		}
		return q, half
	}
	// y is the multiple q·c, q >= 1 (y >= 2^-900·p > 0)
	switch {
	case e > 0:
		return q, belowHalf
	case e < 0:
		return q - 1, aboveHalf // just below the multiple
	}
	return q, exact
}

// b2u is 1 for true and 0 for false, compiled without a branch.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// roundFloatIncrementExact is RoundFloatIncrement in big-integer
// arithmetic on x's exact binary value.
func roundFloatIncrementExact(x float64, inc Increment, m Mode) (float64, error) {
	if !inc.valid() {
		return x, errNoIncrement
	}
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x, nil
	}
	adj := inc.adjusted()
	if adj < -330 {
		// INC < 10^-330, below a quarter of the smallest gap between
		// floats: q·INC is within INC of x, so x is the nearest float.
		return x, nil
	}
	neg := x < 0
	var q big.Int
	if adj >= 309 {
		// INC >= 10^309 > 2|x|: the quotient is below one half.
		if !m.Increments(belowHalf, 0, neg) {
			return math.Copysign(0, x), nil
		}
		return math.Copysign(math.Inf(1), x), pyerr.ErrRoundOverflow
	}
	mant, exp2 := decompose(x)
	var num, den big.Int
	num.SetUint64(mant)
	den.Set(&inc.b.nc)
	if exp2 >= 0 {
		num.Lsh(&num, uint(exp2))
	} else {
		den.Lsh(&den, uint(-exp2))
	}
	if inc.nexp >= 0 {
		den.Mul(&den, digits.Pow10Big(int(inc.nexp)))
	} else {
		num.Mul(&num, digits.Pow10Big(int(-inc.nexp)))
	}
	roundQuo(&q, &num, &den, neg, m)
	if q.Sign() == 0 {
		return math.Copysign(0, x), nil
	}
	q.Mul(&q, &inc.b.nc)
	f, err := decimalToFloat(&q, inc.nexp)
	if err != nil {
		return math.Copysign(math.Inf(1), x), err
	}
	return math.Copysign(f, x), nil
}

// decimalToFloat returns the float64 nearest to c·10^exp (c > 0), or
// pyerr.ErrRoundOverflow when that is too large for a float64.
func decimalToFloat(c *big.Int, exp int64) (float64, error) {
	var buf [800]byte
	b := c.Append(buf[:0], 10)
	if len(b) > 780 {
		// 780 significant digits decide the nearest float (767 is the most
		// an exact tie needs); a nonzero tail becomes a sticky 1.
		exp += int64(len(b) - 780)
		sticky := false
		for _, d := range b[780:] {
			if d != '0' {
				sticky = true
				break
			}
		}
		b = b[:780]
		if sticky {
			b = append(b, '1')
			exp--
		}
	}
	if exp+int64(len(b)) > 400 {
		return math.Inf(1), pyerr.ErrRoundOverflow
	}
	if exp+int64(len(b)) < -400 {
		return 0, nil
	}
	b = appendExp(b, exp)
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil && math.IsInf(f, 0) {
		return f, pyerr.ErrRoundOverflow
	}
	return f, nil
}
