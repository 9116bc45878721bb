package rounding

import (
	"math/big"

	"github.com/pyround/pyround/digits"
)

// quoIncrement sets q to |x| / INC rounded to an integer under m, where
// |x| = mag·10^exp (mag >= 0) and neg is x's sign, exactly, and returns q.
// It fails with ErrTooManyDigits when q would have more than
// MaxResultDigits digits.
func quoIncrement(q, mag *big.Int, exp int64, neg bool, inc *Increment, m Mode) (*big.Int, error) {
	if mag.Sign() == 0 {
		return q.SetInt64(0), nil
	}
	var num, den big.Int
	c := exact
	switch k := exp - inc.nexp; {
	case k >= 0:
		// |x|/INC >= mag/nc >= 10^(k - digits(nc)).
		if k-int64(digits.CountBig(&inc.b.nc)) > MaxResultDigits {
			return nil, ErrTooManyDigits
		}
		num.Mul(mag, digits.Pow10Big(int(k)))
		den.Set(&inc.b.nc)
	case -k > int64(digits.CountBig(mag))+1:
		// |x| < 10^(digits(mag)+exp) <= INC/10: below half a step.
		q.SetInt64(0)
		c = belowHalf
	default:
		num.Set(mag)
		den.Mul(&inc.b.nc, digits.Pow10Big(int(-k)))
	}
	if c == exact {
		var r big.Int
		q.QuoRem(&num, &den, &r)
		c = classify(&r, &den)
	}
	if m.Increments(c, lastDigit(q), neg) {
		q.Add(q, bigOne)
	}
	return q, nil
}

// roundQuo sets q to num/den rounded to an integer under m (num >= 0,
// den > 0; neg is the sign of the value num/den stands for).
func roundQuo(q, num, den *big.Int, neg bool, m Mode) *big.Int {
	var r big.Int
	q.QuoRem(num, den, &r)
	if m.Increments(classify(&r, den), lastDigit(q), neg) {
		q.Add(q, bigOne)
	}
	return q
}
