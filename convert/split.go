package convert

import (
	"math"
	"math/big"
	"sort"
	"strconv"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// MaxParts is the largest number of parts Split and Allocate produce.
const MaxParts = 1_000_000

// maxRatioDigits bounds the digits of the integers the ratios scale to.
const maxRatioDigits = 1000

func errParts(k int) error {
	return pyerr.ValueError("number of parts is " + strconv.Itoa(k) + "; want 1 to " + strconv.Itoa(MaxParts))
}

// SplitMinor splits amount (minor units) into k parts that differ by at
// most one and sum exactly to amount, as Python's
//
//	q, r = divmod(amount, k)
//	parts = [q + 1] * r + [q] * (k - r)
//
// computes it: the first r parts get the extra unit. For a negative
// amount q is the floor, so the first parts are again the larger ones
// (closer to zero): -100 in 3 is -33, -33, -34. k outside [1, MaxParts]
// is a ValueError.
func SplitMinor(amount int64, k int) ([]int64, error) {
	return AppendSplitMinor(make([]int64, 0, max(k, 0)), amount, k)
}

// AppendSplitMinor is SplitMinor appending the parts to dst; it allocates
// nothing when dst has room. On error dst is returned unchanged.
func AppendSplitMinor(dst []int64, amount int64, k int) ([]int64, error) {
	if k < 1 || k > MaxParts {
		return dst, errParts(k)
	}
	q, r, err := divmod.DivMod(amount, int64(k))
	if err != nil {
		return dst, err
	}
	for i := 0; i < k; i++ {
		if int64(i) < r {
			dst = append(dst, q+1)
		} else {
			dst = append(dst, q)
		}
	}
	return dst, nil
}

// toMinor converts an amount in major units to minor units with the given
// exponent, or a ValueError when it has more decimal places.
func toMinor(amount decimal.Decimal, exponent int) (*big.Int, error) {
	if exponent < 0 || exponent > MaxExponent {
		return nil, pyerr.ValueError("minor-unit exponent " + strconv.Itoa(exponent) + " is outside [0, " + strconv.Itoa(MaxExponent) + "]")
	}
	if amount.Exponent() > math.MaxInt32-MaxExponent {
		return nil, rounding.ErrTooManyDigits
	}
	q, r, err := divmod.DivModDecimal(amount.Shift(int32(exponent)), decimal.New(1, 0))
	if err != nil {
		return nil, err
	}
	if r.Sign() != 0 {
		return nil, pyerr.ValueError("amount " + pyfmt.DecimalString(amount) + " has more than " + strconv.Itoa(exponent) + " decimal places")
	}
	if q.NumDigits() > rounding.MaxResultDigits {
		return nil, rounding.ErrTooManyDigits
	}
	return q.BigInt(), nil
}

// Split splits an amount in major units into k parts with the given
// minor-unit exponent (2 for cents; Currency.Exponent), as SplitMinor does
// on the minor units: 100.00 in 3 is 33.34, 33.33, 33.33. The parts have
// exponent -exponent. An amount with more decimal places than exponent,
// an exponent outside [0, MaxExponent] or k outside [1, MaxParts] is a
// ValueError.
func Split(amount decimal.Decimal, k int, exponent int) ([]decimal.Decimal, error) {
	if k < 1 || k > MaxParts {
		return nil, errParts(k)
	}
	minor, err := toMinor(amount, exponent)
	if err != nil {
		return nil, err
	}
	return splitUnits(minor, k, func(n *big.Int) decimal.Decimal { return decimal.NewFromBigInt(n, int32(-exponent)) })
}

// splitUnits splits units into k counts as SplitMinor does and returns
// each as part makes it a decimal.
func splitUnits(units *big.Int, k int, part func(*big.Int) decimal.Decimal) ([]decimal.Decimal, error) {
	q, r := new(big.Int), new(big.Int)
	if _, _, err := divmod.DivModBig(q, r, units, big.NewInt(int64(k))); err != nil {
		return nil, err
	}
	lo, hi := part(q), part(new(big.Int).Add(q, big.NewInt(1)))
	parts := make([]decimal.Decimal, k)
	extra := int(r.Int64())
	for i := range parts {
		if i < extra {
			parts[i] = hi
		} else {
			parts[i] = lo
		}
	}
	return parts, nil
}

// AllocateMinor divides amount (minor units) in proportion to ratios by
// the largest-remainder (Hamilton) method: each part starts as the floor
// of its exact share amount*ratio/sum(ratios), and the units still missing
// (fewer than the number of parts) go one each to the parts with the
// largest remainders share - floor(share); on equal remainders the earlier
// index wins. The parts sum exactly to amount and each is the floor or
// the ceiling of its exact share; a zero ratio gets zero. Negative amounts
// follow the same floor rule (-100 by 1:1:1 is -33, -33, -34, as
// SplitMinor). A negative ratio, all ratios zero, or no ratios (or more
// than MaxParts) is a ValueError.
func AllocateMinor(amount int64, ratios []int64) ([]int64, error) {
	w := make([]*big.Int, len(ratios))
	for i, r := range ratios {
		w[i] = big.NewInt(r)
	}
	parts, err := allocate(big.NewInt(amount), w)
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(parts))
	for i, p := range parts {
		out[i] = p.Int64() // each part lies between 0 and amount
	}
	return out, nil
}

// Allocate is AllocateMinor for an amount in major units with the given
// minor-unit exponent and decimal ratios (70, 20, 10 or 0.7, 0.2, 0.1
// alike): 100.00 by 70/20/10 is 70.00, 20.00, 10.00, and 0.05 by 1:1 is
// 0.03, 0.02. The parts have exponent -exponent. Errors are those of
// AllocateMinor and Split; ratios whose digits span more than 1000 places
// are a ValueError (pyround's limit).
func Allocate(amount decimal.Decimal, ratios []decimal.Decimal, exponent int) ([]decimal.Decimal, error) {
	if err := checkRatioCount(len(ratios)); err != nil {
		return nil, err
	}
	minor, err := toMinor(amount, exponent)
	if err != nil {
		return nil, err
	}
	return allocateUnits(minor, ratios, func(n *big.Int) decimal.Decimal { return decimal.NewFromBigInt(n, int32(-exponent)) })
}

// allocateUnits allocates units by ratios as AllocateMinor does and
// returns each count as part makes it a decimal.
func allocateUnits(units *big.Int, ratios []decimal.Decimal, part func(*big.Int) decimal.Decimal) ([]decimal.Decimal, error) {
	w, err := ratioWeights(ratios)
	if err != nil {
		return nil, err
	}
	counts, err := allocate(units, w)
	if err != nil {
		return nil, err
	}
	out := make([]decimal.Decimal, len(counts))
	for i, n := range counts {
		out[i] = part(n)
	}
	return out, nil
}

// ratioWeights scales decimal ratios to integers with one common
// exponent (0.7, 0.2, 0.1 to 7, 2, 1), or a ValueError when their digits
// span more than maxRatioDigits places.
func ratioWeights(ratios []decimal.Decimal) ([]*big.Int, error) {
	minExp, maxTop := int64(0), int64(0)
	for i, r := range ratios {
		e := int64(r.Exponent())
		if i == 0 || e < minExp {
			minExp = e
		}
		if top := e + int64(r.NumDigits()); i == 0 || top > maxTop {
			maxTop = top
		}
	}
	if maxTop-minExp > maxRatioDigits {
		return nil, pyerr.ValueError("ratios span more than " + strconv.Itoa(maxRatioDigits) + " digits (pyround's limit)")
	}
	w := make([]*big.Int, len(ratios))
	for i, r := range ratios {
		w[i] = r.Coefficient()
		if s := int64(r.Exponent()) - minExp; s > 0 {
			w[i].Mul(w[i], new(big.Int).Exp(big.NewInt(10), big.NewInt(s), nil))
		}
	}
	return w, nil
}

func checkRatioCount(n int) error {
	if n < 1 || n > MaxParts {
		return pyerr.ValueError(strconv.Itoa(n) + " ratios; want 1 to " + strconv.Itoa(MaxParts))
	}
	return nil
}

// allocate is the largest-remainder method on integers.
func allocate(amount *big.Int, w []*big.Int) ([]*big.Int, error) {
	if err := checkRatioCount(len(w)); err != nil {
		return nil, err
	}
	total := new(big.Int)
	for i, x := range w {
		if x.Sign() < 0 {
			return nil, pyerr.ValueError("ratio " + strconv.Itoa(i) + " is negative")
		}
		total.Add(total, x)
	}
	if total.Sign() == 0 {
		return nil, pyerr.ValueError("all ratios are zero")
	}
	parts := make([]*big.Int, len(w))
	rems := make([]*big.Int, len(w))
	missing := new(big.Int).Set(amount)
	for i, x := range w {
		q, r := new(big.Int), new(big.Int)
		if _, _, err := divmod.DivModBig(q, r, new(big.Int).Mul(amount, x), total); err != nil {
			return nil, err
		}
		parts[i], rems[i] = q, r
		missing.Sub(missing, q)
	}
	// 0 <= missing < len(w): the remainders r/total sum to missing.
	d := int(missing.Int64())
	if d > 0 {
		idx := make([]int, len(w))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return rems[idx[a]].Cmp(rems[idx[b]]) > 0 })
		one := big.NewInt(1)
		for _, i := range idx[:d] {
			parts[i].Add(parts[i], one)
		}
	}
	return parts, nil
}
