package conventions_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/rounding"
)

// TestAllInputs applies every convention to random bit patterns
// (subnormals, huge values, NaN, ±Inf, ±0) with every n from 0 to 100: no
// panics, and the families that round the same decimal the same way agree.
func TestAllInputs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	xs := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, math.MaxFloat64, -math.MaxFloat64, 0x1p63, 1e21}
	for range 300 {
		xs = append(xs, math.Float64frombits(r.Uint64()))
	}
	all := conventions.All()
	for _, x := range xs {
		for _, n := range []int{0, 1, 2, 5, 17, 40, 100} {
			for _, c := range all {
				_ = c.Apply(x, n)
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				continue
			}
			// printf and Python's round both round the exact value half-even.
			p, _ := strconv.ParseFloat(conventions.CPrintf(x, n), 64)
			if want := rounding.Round(x, n); !conventions.SameFloat(p, want) && !(p == 0 && want == 0) {
				t.Errorf("CPrintf(%v, %d) = %v, round() = %v", x, n, p, want)
			}
			// new BigDecimal and toFixed both round the exact value half away.
			j, _ := conventions.JavaNewBigDecimal(x, n)
			if f := conventions.JSToFixed(x, n); math.Abs(x) < 1e21 && j != f && "-"+j != f {
				t.Errorf("JavaNewBigDecimal(%v, %d) = %s, JSToFixed = %s", x, n, j, f)
			}
		}
	}
}

func TestPlacesOutOfRange(t *testing.T) {
	// n is clamped into [0, MaxPlaces]: every convention answers, none panics.
	for _, c := range conventions.All() {
		if got, want := c.Apply(1.5, -1), c.Apply(1.5, 0); got != want {
			t.Errorf("%s: n=-1 gives %q, n=0 %q", c.ID, got, want)
		}
		if got, want := c.Apply(1e-200, 1000), c.Apply(1e-200, conventions.MaxPlaces); got != want {
			t.Errorf("%s: n=1000 gives %q, n=MaxPlaces %q", c.ID, got, want)
		}
	}
}
