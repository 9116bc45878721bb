package convert_test

import (
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/shopspring/decimal"
)

// genSystem draws 1 to 5 distinct denominations in 1..40.
func genSystem() gopter.Gen {
	return gen.SliceOfN(5, gen.Int64Range(1, 40)).Map(func(v []int64) []int64 {
		seen := map[int64]bool{}
		var out []int64
		for _, x := range v {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
		return out
	}).SuchThat(func(v []int64) bool { return len(v) > 0 })
}

// bruteFewest is the fewest pieces for a from denoms with at most caps[i]
// of denoms[i] (nil: any), by exhaustive search; -1 when a cannot be made.
func bruteFewest(a int64, denoms, caps []int64) int64 {
	var best int64 = -1
	var rec func(i int, rest, used int64)
	rec = func(i int, rest, used int64) {
		if rest == 0 {
			if best < 0 || used < best {
				best = used
			}
			return
		}
		if i == len(denoms) || (best >= 0 && used >= best) {
			return
		}
		top := rest / denoms[i]
		if caps != nil && caps[i] != convert.Unlimited && caps[i] < top {
			top = caps[i]
		}
		for t := top; t >= 0; t-- {
			rec(i+1, rest-t*denoms[i], used+t)
		}
	}
	rec(0, a, 0)
	return best
}

func sumCounts(counts, denoms []int64) (value, pieces int64) {
	for i, c := range counts {
		value += c * denoms[i]
		pieces += c
	}
	return
}

// TestChangeProperties: change sums exactly to the amount, respects the
// stock, and has the fewest pieces (exhaustive search); an error only
// when exhaustive search finds no breakdown; IsCanonical agrees with a
// greedy-versus-optimal comparison of every amount below c[n-1] + c[n].
func TestChangeProperties(t *testing.T) {
	p := proptest.Properties(t, 3000)
	p.Property("change is exact and minimal", prop.ForAll(func(denoms []int64, a int64) bool {
		m, err := convert.NewChangeMaker(denoms, 0)
		if err != nil {
			return false
		}
		counts, err := m.Change(a, nil)
		want := bruteFewest(a, denoms, nil)
		if err != nil {
			return want < 0
		}
		v, n := sumCounts(counts, denoms)
		return v == a && n == want
	}, genSystem(), gen.Int64Range(0, 120)))
	p.Property("change within a stock is exact and minimal", prop.ForAll(func(denoms []int64, a int64, caps []int64) bool {
		stock := make([]int64, len(denoms))
		for i := range stock {
			stock[i] = caps[i%len(caps)]
		}
		counts, err := convert.ChangeMinor(a, denoms, stock)
		want := bruteFewest(a, denoms, stock)
		if err != nil {
			return want < 0
		}
		for i, c := range counts {
			if stock[i] != convert.Unlimited && c > stock[i] {
				return false
			}
		}
		v, n := sumCounts(counts, denoms)
		return v == a && n == want
	}, genSystem(), gen.Int64Range(0, 120), gen.SliceOfN(5, gen.Int64Range(-1, 4)).SuchThat(func(v []int64) bool { return len(v) > 0 })))
	p.Property("IsCanonical agrees with a brute-force comparison", prop.ForAll(func(denoms []int64) bool {
		ok, err := convert.IsCanonical(denoms)
		if err != nil {
			return false
		}
		return ok == bruteCanonical(denoms)
	}, genSystem()))
	p.Property("greedy change of huge amounts recomposes", prop.ForAll(func(hi, lo int64) bool {
		usd, _ := convert.CurrencyByCode("USD")
		amount := decimal.New(hi, 6).Add(decimal.New(lo, -2))
		res, err := convert.MakeChange(amount, usd, nil)
		if err != nil || !res.Greedy {
			return false
		}
		sum := new(big.Int)
		for _, p := range res.Pieces {
			sum.Add(sum, new(big.Int).Mul(big.NewInt(p.Value), big.NewInt(p.Count)))
		}
		return decimal.NewFromBigInt(sum, -2).Equal(amount)
	}, gen.Int64Range(0, 1<<40), gen.Int64Range(0, 1<<40)))
	p.TestingRun(t)
}

// bruteCanonical: greedy (when it finishes) uses no more pieces than the
// optimum for every amount below the sum of the two largest values, and
// never strands a remainder that another choice avoids.
func bruteCanonical(denoms []int64) bool {
	desc := append([]int64(nil), denoms...)
	for i := range desc {
		for j := i + 1; j < len(desc); j++ {
			if desc[j] > desc[i] {
				desc[i], desc[j] = desc[j], desc[i]
			}
		}
	}
	limit := desc[0]
	if len(desc) > 1 {
		limit += desc[1]
	}
	for a := int64(1); a < limit*2; a++ {
		rest, n := a, int64(0)
		for _, v := range desc {
			n += rest / v
			rest %= v
		}
		opt := bruteFewest(a, desc, nil)
		if (rest != 0 && opt >= 0) || (rest == 0 && n > opt) {
			return false
		}
	}
	return true
}

// TestSplitAllocateProperties: parts sum exactly; split parts differ by
// at most one unit, larger ones first; each allocated part is the floor or
// the ceiling of its exact share.
func TestSplitAllocateProperties(t *testing.T) {
	p := proptest.Properties(t, 3000)
	p.Property("split parts sum and differ by at most one", prop.ForAll(func(a int64, k int) bool {
		parts, err := convert.SplitMinor(a, k)
		if err != nil {
			return false
		}
		var sum int64
		for i, x := range parts {
			sum += x
			if x-parts[len(parts)-1] > 1 || x < parts[len(parts)-1] || (i > 0 && x > parts[i-1]) {
				return false
			}
		}
		return sum == a
	}, gen.Int64Range(-1<<40, 1<<40), gen.IntRange(1, 50)))
	p.Property("allocation sums exactly, parts within one unit of the share", prop.ForAll(func(a int64, ratios []int64) bool {
		var total int64
		for _, r := range ratios {
			total += r
		}
		parts, err := convert.AllocateMinor(a, ratios)
		if total == 0 {
			return err != nil
		}
		if err != nil {
			return false
		}
		var sum int64
		for i, x := range parts {
			sum += x
			share := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(a), big.NewInt(ratios[i])), big.NewInt(total))
			fl := new(big.Int).Div(share.Num(), share.Denom()) // Euclidean: floor for a positive denominator
			if d := new(big.Int).Sub(big.NewInt(x), fl); d.Sign() < 0 || d.Cmp(big.NewInt(1)) > 0 ||
				(d.Sign() > 0 && share.IsInt()) {
				return false
			}
		}
		return sum == a
	}, gen.Int64Range(-1<<40, 1<<40), gen.SliceOfN(6, gen.Int64Range(0, 1000)).SuchThat(func(v []int64) bool { return len(v) > 0 })))
	p.TestingRun(t)
}
