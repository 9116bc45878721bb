package rounding_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// The increments of issue 20, and a few written with trailing zeros.
var incTexts = []string{"0.05", "0.1", "0.25", "0.5", "1", "5", "25", "100", "0.001", "1E+3", "0.0000001", "0.50", "0.3", "7", "2.5", "0.075"}

func genInc() gopter.Gen {
	return gen.IntRange(0, len(incTexts)-1).Map(func(i int) string { return incTexts[i] })
}

// incRat is the increment's exact value.
func incRat(s string) *big.Rat {
	d := decimal.RequireFromString(s)
	r := new(big.Rat).SetInt(d.Coefficient())
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exponent()))), nil))
	if d.Exponent() < 0 {
		return r.Quo(r, p)
	}
	return r.Mul(r, p)
}

func abs32(e int32) int32 {
	if e < 0 {
		return -e
	}
	return e
}

// roundRat is the Definition's q on exact values: v rounded to an integer
// under m, the class of the fraction found with big.Rat.
func roundRat(v *big.Rat, m rounding.Mode) *big.Int {
	neg := v.Sign() < 0
	a := new(big.Rat).Abs(v)
	q, r := new(big.Int).QuoRem(a.Num(), a.Denom(), new(big.Int))
	c := mode.Exact
	if r.Sign() != 0 {
		switch new(big.Int).Lsh(r, 1).Cmp(a.Denom()) {
		case -1:
			c = mode.BelowHalf
		case 0:
			c = mode.Half
		default:
			c = mode.AboveHalf
		}
	}
	if m.Increments(c, uint(new(big.Int).Rem(q, big.NewInt(10)).Int64()), neg) {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return q
}

func decRat(d decimal.Decimal) *big.Rat { return d.Rat() }

func halfMode(m rounding.Mode) bool {
	return m == rounding.HalfEven || m == rounding.HalfUp || m == rounding.HalfDown
}

func TestPropertyIncrementDecimal(t *testing.T) {
	props := proptest.Properties(t, 20000)
	genDec := gopter.CombineGens(gen.Int64Range(-1e12, 1e12), gen.IntRange(-9, 3)).
		Map(func(v []interface{}) decimal.Decimal { return decimal.New(v[0].(int64), int32(v[1].(int))) })
	props.Property("multiple of INC, within INC (INC/2 for half modes), Floor <= x <= Ceiling, the Definition", prop.ForAll(
		func(x decimal.Decimal, s string, m rounding.Mode) bool {
			inc := rounding.MustParseIncrement(s)
			r, err := rounding.RoundDecimalIncrement(x, inc, m)
			if err != nil {
				return false
			}
			ir := incRat(s)
			q := new(big.Rat).Quo(decRat(r), ir)
			if !q.IsInt() {
				return false
			}
			want := roundRat(new(big.Rat).Quo(decRat(x), ir), m)
			if q.Num().Cmp(want) != 0 || int64(r.Exponent()) != inc.Exponent() {
				return false
			}
			diff := new(big.Rat).Sub(decRat(r), decRat(x))
			diff.Abs(diff)
			limit := new(big.Rat).Set(ir)
			if halfMode(m) {
				limit.Quo(limit, big.NewRat(2, 1))
			}
			if diff.Cmp(limit) > 0 {
				return false
			}
			switch m {
			case rounding.Floor:
				return r.Cmp(x) <= 0
			case rounding.Ceiling:
				return r.Cmp(x) >= 0
			}
			return true
		}, genDec, genInc(), genMode()))
	props.Property("monotonic in x", prop.ForAll(
		func(a, b decimal.Decimal, s string, m rounding.Mode) bool {
			if a.Cmp(b) > 0 {
				a, b = b, a
			}
			inc := rounding.MustParseIncrement(s)
			ra, err1 := rounding.RoundDecimalIncrement(a, inc, m)
			rb, err2 := rounding.RoundDecimalIncrement(b, inc, m)
			return err1 == nil && err2 == nil && ra.Cmp(rb) <= 0
		}, genDec, genDec, genInc(), genMode()))
	props.TestingRun(t)
}

// genIncFloat draws floats near the increments' ties: (k + h)·INC for
// h in {0, 1/4, 1/2}, then one ulp either side, and arbitrary floats.
func genIncFloat() gopter.Gen {
	near := gopter.CombineGens(gen.Int64Range(-1e9, 1e9), gen.IntRange(0, 2), gen.IntRange(0, len(incTexts)-1), gen.IntRange(-1, 1)).
		Map(func(v []interface{}) float64 {
			ir := incRat(incTexts[v[2].(int)])
			x := new(big.Rat).SetFrac64(v[0].(int64)*4+int64(v[1].(int)), 4)
			f, _ := x.Mul(x, ir).Float64()
			switch v[3].(int) {
			case -1:
				return math.Nextafter(f, math.Inf(-1))
			case 1:
				return math.Nextafter(f, math.Inf(1))
			}
			return f
		})
	return gen.OneGenOf(near, near, genFloat(), gen.Float64Range(-1000, 1000))
}

func TestPropertyIncrementFloat(t *testing.T) {
	props := proptest.Properties(t, 20000)
	props.Property("the float nearest to q·INC, q the exact quotient rounded; Floor <= x <= Ceiling", prop.ForAll(
		func(x float64, s string, m rounding.Mode) bool {
			inc := rounding.MustParseIncrement(s)
			r, err := rounding.RoundFloatIncrement(x, inc, m)
			q := roundRat(new(big.Rat).Quo(new(big.Rat).SetFloat64(x), incRat(s)), m)
			want, _ := new(big.Rat).Mul(new(big.Rat).SetInt(q), incRat(s)).Float64()
			if math.IsInf(want, 0) {
				return err != nil
			}
			if q.Sign() == 0 {
				want = math.Copysign(0, x)
			}
			if err != nil || !same(r, want) {
				t.Logf("x=%v inc=%s m=%v: got %v, want %v", x, s, m, r, want)
				return false
			}
			switch m {
			case rounding.Floor:
				return r <= x
			case rounding.Ceiling:
				return r >= x
			}
			return true
		}, genIncFloat(), genInc(), genMode()))
	props.Property("monotonic in x", prop.ForAll(
		func(a, b float64, s string, m rounding.Mode) bool {
			if a > b {
				a, b = b, a
			}
			inc := rounding.MustParseIncrement(s)
			ra, err1 := rounding.RoundFloatIncrement(a, inc, m)
			rb, err2 := rounding.RoundFloatIncrement(b, inc, m)
			return err1 != nil || err2 != nil || ra <= rb
		}, genIncFloat(), genIncFloat(), genInc(), genMode()))
	props.Property("ints: a multiple of INC, within INC (INC/2 for half modes), the Definition", prop.ForAll(
		func(x int64, s string, m rounding.Mode) bool {
			inc := rounding.MustParseIncrement(s)
			if !inc.Integral() {
				return true
			}
			r, err := rounding.RoundIntIncrement(x, inc, m)
			want := roundRat(new(big.Rat).Quo(new(big.Rat).SetInt64(x), incRat(s)), m)
			want.Mul(want, incRat(s).Num())
			if err != nil {
				return !want.IsInt64()
			}
			return want.IsInt64() && want.Int64() == r
		}, gen.Int64(), genInc(), genMode()))
	props.TestingRun(t)
}
