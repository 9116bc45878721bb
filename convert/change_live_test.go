package convert_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/shopspring/decimal"
)

// moneyScript runs testdata/gen_money.py --serve: the live test and the
// committed table share one definition of the reference answers.
func moneyScript(t *testing.T) string {
	src, err := os.ReadFile("testdata/gen_money.py")
	if err != nil {
		t.Fatal(err)
	}
	return "import sys\nsys.argv[1:] = ['--serve']\n" + string(src)
}

var moneyPyModes = []string{"ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN",
	"ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"}

// randomMoneySystem draws a denomination system: with a 1 (often canonical),
// without one, with a common factor, or a known non-canonical one.
func randomMoneySystem(r *rand.Rand) []int64 {
	n := 1 + r.IntN(6)
	set := map[int64]bool{}
	switch r.IntN(5) {
	case 0, 1:
		set[1] = true
		for len(set) < n {
			set[int64(2+r.IntN(80))] = true
		}
	case 2:
		for len(set) < n {
			set[int64(2+r.IntN(40))] = true
		}
	case 3:
		g := int64(2 + r.IntN(5))
		set[g] = true
		for len(set) < n {
			set[g*int64(2+r.IntN(20))] = true
		}
	default:
		known := [][]int64{{1, 3, 4}, {1, 5, 12}, {1, 7, 10}, {1, 6, 9, 20}, {1, 10, 25}, {1, 15, 25}, {1, 2, 5, 10, 20, 50}, {4, 6, 9}}
		for _, v := range known[r.IntN(len(known))] {
			set[v] = true
		}
	}
	out := make([]int64, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// randomMoneyAmount is a decimal text with exp places, sometimes negative or
// with one digit finer than the minor unit.
func randomMoneyAmount(r *rand.Rand, exp int, hi int64) string {
	v := r.Int64N(hi + 1)
	if r.IntN(20) == 0 {
		v = -v - 1
	}
	s := strconv.FormatInt(v, 10)
	if exp > 0 {
		neg := v < 0
		if neg {
			s = s[1:]
		}
		for len(s) <= exp {
			s = "0" + s
		}
		s = s[:len(s)-exp] + "." + s[len(s)-exp:]
		if neg {
			s = "-" + s
		}
	}
	if r.IntN(7) == 0 {
		if exp == 0 {
			s += "."
		}
		s += strconv.Itoa(1 + r.IntN(9))
	}
	return s
}

func randomMoneyCase(r *rand.Rand) moneyCase {
	switch k := r.IntN(10); {
	case k < 5:
		exp := []int{0, 0, 1, 2}[r.IntN(4)]
		c := moneyCase{Op: "change", Exp: exp, Denoms: randomMoneySystem(r)}
		if r.IntN(3) == 0 {
			c.Stock = make([]int64, len(c.Denoms))
			for i := range c.Stock {
				c.Stock[i] = []int64{-1, 0, 1, 2, 3, 5, 10}[r.IntN(7)]
			}
		}
		if r.IntN(2) == 0 {
			c.Mode = &moneyPyModes[r.IntN(len(moneyPyModes))]
		}
		hi := []int64{10, 60, 250, 500}[r.IntN(4)]
		c.Amount = randomMoneyAmount(r, exp, hi)
		switch r.IntN(25) {
		case 0: // past the search limit, in steps: greedy or a limit error
			g := c.Denoms[0]
			for _, v := range c.Denoms[1:] {
				for b := v; b != 0; {
					g, b = b, g%b
				}
			}
			c.Amount = strconv.FormatInt(g*(10_000_001+r.Int64N(3)), 10)
			c.Exp, c.Stock = 0, nil
		case 1: // a huge amount
			c.Amount = strconv.FormatInt(r.Int64(), 10) + "123456789"
			c.Exp, c.Stock = 0, nil
		case 2: // a stock that cannot cover the amount
			c.Amount = strconv.FormatInt(1_000_000+r.Int64N(100_000_000), 10)
			c.Exp = 0
			c.Stock = make([]int64, len(c.Denoms))
			for i := range c.Stock {
				c.Stock[i] = int64(r.IntN(4))
			}
		}
		return c
	case k < 6:
		return moneyCase{Op: "canonical", Denoms: randomMoneySystem(r)}
	case k < 8:
		exp, code := []int{0, 2, 2, 3}[r.IntN(4)], ""
		if r.IntN(2) == 0 { // a random ISO 4217 currency, with CLDR's digits
			codes := convert.CurrencyCodes()
			cur, err := convert.CurrencyByCode(codes[r.IntN(len(codes))])
			if err != nil {
				panic(err)
			}
			exp, code = cur.Exponent, cur.Code
		}
		c := moneyCase{Op: "split", Code: code, Exp: exp, K: r.IntN(30) - 2,
			Amount: randomMoneyAmount(r, exp, []int64{10, 10000, 1 << 62}[r.IntN(3)])}
		if r.IntN(3) == 0 { // split --cash / --increment: often a multiple of it, sometimes not
			c.Code, c.Inc = "", []string{"0.05", "0.10", "0.25", "0.50", "1", "5", "25", "0.001", "1E+3", "0"}[r.IntN(10)]
			if r.IntN(4) != 0 {
				c.Amount = strconv.FormatInt(r.Int64N(2_000_000)-1_000_000, 10) + "E0"
				if inc, err := decimal.NewFromString(c.Inc); err == nil && inc.Sign() > 0 {
					c.Amount = decimal.RequireFromString(c.Amount).Mul(inc).String()
				}
			}
		}
		return c
	default:
		exp := []int{0, 2, 2, 3}[r.IntN(4)]
		n := 1 + r.IntN(8)
		c := moneyCase{Op: "allocate", Exp: exp, Amount: randomMoneyAmount(r, exp, []int64{10, 10000, 1 << 62}[r.IntN(3)])}
		tie := r.IntN(3) == 0
		base := strconv.Itoa(1 + r.IntN(5))
		for i := 0; i < n; i++ {
			switch {
			case tie:
				c.Ratios = append(c.Ratios, base)
			case r.IntN(30) == 0:
				c.Ratios = append(c.Ratios, "-1")
			default:
				c.Ratios = append(c.Ratios, randomMoneyAmount(r, r.IntN(3), 100))
			}
		}
		return c
	}
}

// TestMoneyLive compares change, canonicity, split and allocate with the
// Python reference on fresh random and adversarial cases (seed logged).
func TestMoneyLive(t *testing.T) {
	n := oracle.CaseCount(t, 6000)
	seed := uint64(oracle.Seed(t))
	t.Logf("seed %d, %d cases", seed, n)
	r := rand.New(rand.NewPCG(seed, 5))
	in := make([]string, 0, n)
	for len(in) < n {
		c := randomMoneyCase(r)
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, string(b))
	}
	out := oracle.Start(t).RunScript(t, moneyScript(t), in)
	bad := 0
	for _, line := range out {
		if !checkMoneyLine(t, line) {
			if bad++; bad > 20 {
				t.FailNow()
			}
		}
	}
}
