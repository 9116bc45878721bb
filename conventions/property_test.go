package conventions_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/cockroachdb/apd/v3"

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
	// n is clamped into [MinPlaces, MaxPlaces]: every convention answers,
	// none panics.
	for _, c := range conventions.All() {
		if got, want := c.Apply(1.5e22, -1000), c.Apply(1.5e22, conventions.MinPlaces); got != want {
			t.Errorf("%s: n=-1000 gives %q, n=MinPlaces %q", c.ID, got, want)
		}
		if got, want := c.Apply(1e-200, 1000), c.Apply(1e-200, conventions.MaxPlaces); got != want {
			t.Errorf("%s: n=1000 gives %q, n=MaxPlaces %q", c.ID, got, want)
		}
	}
}

// TestExcelRoundNegativeDigits checks ExcelRound against the examples of
// Microsoft's ROUND documentation for a negative num_digits ("rounded to
// the left of the decimal point"); there is no Excel here to run.
func TestExcelRoundNegativeDigits(t *testing.T) {
	for _, c := range []struct {
		x    float64
		n    int
		want float64
	}{{21.5, -1, 20}, {626.3, -3, 1000}, {1.98, -1, 0}, {-50.55, -2, -100}} {
		if got := conventions.ExcelRound(c.x, c.n); !conventions.SameFloat(got, c.want) {
			t.Errorf("ExcelRound(%v, %d) = %v, Excel's documentation gives %v", c.x, c.n, got, c.want)
		}
	}
}

// TestQuantizeDiscardsEveryDigit: a value below a tenth of the quantum
// still rounds up under the directed rounders. Expected values from
// python3 (3.11.7), getcontext().prec = 2000, format(Decimal(x).quantize(
// Decimal('1E+1'), rounding=ROUND_CEILING), 'f') and so on.
func TestQuantizeDiscardsEveryDigit(t *testing.T) {
	for _, c := range []struct {
		x    float64
		n    int
		r    apd.Rounder
		want string
	}{
		{0.1, -1, apd.RoundCeiling, "10"}, {0.001, -1, apd.RoundCeiling, "10"}, {1e-300, -1, apd.RoundCeiling, "10"},
		{-0.001, -1, apd.RoundCeiling, "-0"}, {-0.001, -1, apd.RoundHalfUp, "-0"}, {6, -2, apd.RoundUp, "100"},
		{-0.001, -2, apd.RoundUp, "-100"}, {0.1, -1, apd.RoundHalfUp, "0"}, {-0.001, 2, apd.RoundFloor, "-0.01"},
		{1e-300, 2, apd.RoundFloor, "0.00"}, {1e-300, 2, apd.RoundCeiling, "0.01"},
	} {
		if got := conventions.Plain(conventions.Quantize(conventions.Exact(c.x), c.n, c.r)); got != c.want {
			t.Errorf("Quantize(%v, %d, %s) = %s, python3 gives %s", c.x, c.n, c.r, got, c.want)
		}
	}
}
