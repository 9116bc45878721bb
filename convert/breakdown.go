package convert

import (
	"math/big"
	"strconv"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// Integer is the set of Go integer types Breakdown accepts.
type Integer = divmod.Integer

// errUnit is the error for the unit at index i that is not positive.
func errUnit(i int, unit string) error {
	return pyerr.ValueError("unit " + strconv.Itoa(i) + " is " + unit + "; unit sizes must be positive")
}

// Breakdown splits value into counts of units by repeated floor divmod,
// exactly as this Python loop does:
//
//	counts = []
//	for u in units:
//	    q, value = divmod(value, u)
//	    counts.append(q)
//	rem = value
//
// Units are normally given largest first (seconds into weeks, days,
// hours, minutes and seconds: 604800, 86400, 3600, 60, 1), and rem is
// what is left below the last unit (0 when the last unit is 1). For a
// negative value only the first count is negative and every later count
// and rem are in [0, unit): Breakdown(-1, {3600, 60, 1}) is {-1, 59, 59},
// as Python's floor divmod gives. counts[0]*units[0] + ... + rem == value
// always holds.
//
// A unit that is zero or negative is a ValueError. Breakdown cannot
// overflow: every quotient is at most |value|.
func Breakdown[T Integer](value T, units []T) (counts []T, rem T, err error) {
	return AppendBreakdown(make([]T, 0, len(units)), value, units)
}

// AppendBreakdown is Breakdown appending the counts to dst; it allocates
// nothing when dst has room for len(units) more counts. On error dst is
// returned unchanged.
func AppendBreakdown[T Integer](dst []T, value T, units []T) ([]T, T, error) {
	for i, u := range units {
		if u <= 0 {
			return dst, 0, errUnit(i, strconv.FormatInt(int64(u), 10))
		}
	}
	n := len(dst)
	for _, u := range units {
		q, r, err := divmod.DivMod(value, u)
		if err != nil { // unreachable for u > 0; kept so a future change cannot hide one
			return dst[:n], 0, err
		}
		dst = append(dst, q)
		value = r
	}
	return dst, value, nil
}

// BreakdownBig is Breakdown for integers of any size. The counts and rem
// are new values; value and units are not modified.
func BreakdownBig(value *big.Int, units []*big.Int) (counts []*big.Int, rem *big.Int, err error) {
	for i, u := range units {
		if u.Sign() <= 0 {
			return nil, nil, errUnit(i, u.String())
		}
	}
	rem = new(big.Int).Set(value)
	counts = make([]*big.Int, len(units))
	for i, u := range units {
		q, r := new(big.Int), new(big.Int)
		if _, _, err := divmod.DivModBig(q, r, rem, u); err != nil {
			return nil, nil, err
		}
		counts[i], rem = q, r
	}
	return counts, rem, nil
}

// BreakdownDecimal is Breakdown for decimals: every count is an integer
// (exponent 0) and rem is exact, so 3725.5 seconds is 1 hour, 2 minutes
// and 5.5 seconds, and -0.5 is -1 hour, 59 minutes and 59.5 seconds.
// Units may be fractional (0.05 for Swiss cash). A unit that is zero or
// negative is a ValueError; a quotient of more than
// rounding.MaxResultDigits digits is rounding.ErrTooManyDigits.
func BreakdownDecimal(value decimal.Decimal, units []decimal.Decimal) (counts []decimal.Decimal, rem decimal.Decimal, err error) {
	for i, u := range units {
		if u.Sign() <= 0 {
			return nil, decimal.Decimal{}, errUnit(i, pyfmt.DecimalString(u))
		}
	}
	counts = make([]decimal.Decimal, len(units))
	for i, u := range units {
		q, r, err := divmod.DivModDecimal(value, u)
		if err != nil {
			return nil, decimal.Decimal{}, err
		}
		counts[i], value = q, r
	}
	return counts, value, nil
}
