package convert

import (
	"math/big"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// SplitIncrement splits amount into k parts that are multiples of inc
// (0.05 for Swiss cash, 0.50 for Danish), differ by at most inc and sum
// exactly to amount: Split with inc as the unit instead of a minor unit.
// 10.00 in 3 at 0.05 is 3.35, 3.35, 3.30, as Python's
//
//	q, r = divmod(amount / inc, k)   # exact: amount / inc is an integer
//	parts = [(q + 1) * inc] * r + [q * inc] * (k - r)
//
// computes it. The parts have inc's exponent (at 0.50, three units are
// 1.50). An amount that is no multiple of inc is a ValueError, since
// multiples of inc cannot sum to it ("amount 10.02 is not a multiple of
// the increment 0.05"): round it to the increment first. An inc that is
// not positive and k outside [1, MaxParts] are ValueErrors too.
func SplitIncrement(amount decimal.Decimal, k int, inc decimal.Decimal) ([]decimal.Decimal, error) {
	if k < 1 || k > MaxParts {
		return nil, errParts(k)
	}
	units, err := incrementUnits(amount, inc)
	if err != nil {
		return nil, err
	}
	return splitUnits(units, k, func(n *big.Int) decimal.Decimal { return timesIncrement(n, inc) })
}

// AllocateIncrement is Allocate with inc as the unit: the parts are
// multiples of inc in proportion to ratios by the largest-remainder
// method, and sum exactly to amount, which must be a multiple of inc
// (SplitIncrement's errors, and Allocate's for the ratios).
func AllocateIncrement(amount decimal.Decimal, ratios []decimal.Decimal, inc decimal.Decimal) ([]decimal.Decimal, error) {
	if err := checkRatioCount(len(ratios)); err != nil {
		return nil, err
	}
	units, err := incrementUnits(amount, inc)
	if err != nil {
		return nil, err
	}
	return allocateUnits(units, ratios, func(n *big.Int) decimal.Decimal { return timesIncrement(n, inc) })
}

// incrementUnits returns amount / inc, which must be an integer.
func incrementUnits(amount, inc decimal.Decimal) (*big.Int, error) {
	if inc.Sign() <= 0 {
		return nil, pyerr.ValueError("increment " + pyfmt.DecimalString(inc) + " must be positive")
	}
	q, r, err := divmod.DivModDecimal(amount, inc)
	if err != nil {
		return nil, err
	}
	if r.Sign() != 0 {
		return nil, pyerr.ValueError("amount " + pyfmt.DecimalString(amount) + " is not a multiple of the increment " + pyfmt.DecimalString(inc))
	}
	return q.BigInt(), nil
}

// timesIncrement returns n * inc with inc's exponent.
func timesIncrement(n *big.Int, inc decimal.Decimal) decimal.Decimal {
	return decimal.NewFromBigInt(new(big.Int).Mul(n, inc.Coefficient()), inc.Exponent())
}
