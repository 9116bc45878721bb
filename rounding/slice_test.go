package rounding_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/pyround/pyround/rounding"
)

// sliceInputs are floats where Round's fast path and its fallbacks meet:
// ties and their neighbours at 2 places, |x·100| near 2^52, specials,
// zeros, subnormals and the extremes, and random floats of every binade.
func sliceInputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		5e-324, -5e-324, math.MaxFloat64, -math.MaxFloat64, 0x1p52, 0x1p52 / 100, -0x1p51 / 100,
		2.675, 0.125, -0.125, 0.5, -0.5, 1.5, 2.5, 0.005, 0.015, -0.025, 1e22, 4503599627370495.5}
	for _, x := range []float64{0.125, 2.675, 1.005, 0x1p52 / 100, 0x1p51 / 100, 45035996273704.95} {
		xs = append(xs, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)), -x)
	}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 20000 {
		xs = append(xs, math.Float64frombits(rng.Uint64()))
		xs = append(xs, float64(rng.IntN(2_000_000)-1_000_000)/1000) // prices, ties at 2 places
	}
	return xs
}

// TestAppendRounded checks the slice API against Round element by
// element, bit for bit, for every ndigits Round's fast path covers and
// some it does not, appended, in place and with a shifted overlap.
func TestAppendRounded(t *testing.T) {
	xs := sliceInputs()
	for _, n := range []int{-400, -23, -22, -3, -1, 0, 1, 2, 3, 10, 17, 22, 23, 323, 324} {
		want := make([]float64, len(xs))
		for i, x := range xs {
			want[i] = rounding.Round(x, n)
		}
		check := func(how string, got []float64) {
			t.Helper()
			if len(got) != len(xs) {
				t.Fatalf("n=%d %s: %d results for %d inputs", n, how, len(got), len(xs))
			}
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) && !(math.IsNaN(got[i]) && math.IsNaN(want[i])) {
					t.Fatalf("n=%d %s: AppendRounded gives %v for %v, Round gives %v", n, how, got[i], xs[i], want[i])
				}
			}
		}
		check("appended", rounding.AppendRounded(nil, xs, n))
		prefix := rounding.AppendRounded([]float64{7}, xs, n)
		if prefix[0] != 7 {
			t.Fatalf("n=%d: dst's own element changed", n)
		}
		check("after a prefix", prefix[1:])
		in := append([]float64(nil), xs...)
		check("in place", rounding.AppendRounded(in[:0], in, n))
		// dst's new elements start one past src's: writing dst[i] would
		// clobber src[i+1] if it read src in place.
		buf := make([]float64, len(xs)+1)
		copy(buf, xs)
		check("shifted overlap", rounding.AppendRounded(buf[:1], buf[:len(xs)], n)[1:])
	}
}

func TestAppendRoundedAllocs(t *testing.T) {
	// Round allocates nothing for |x·10^n| < 2^52 (its doc); neither may
	// the slice API.
	xs := make([]float64, 1000)
	for i := range xs {
		xs[i] = float64(i*7919%200001-100000) / 1000
	}
	dst := make([]float64, 0, len(xs))
	if a := testing.AllocsPerRun(100, func() { dst = rounding.AppendRounded(dst[:0], xs, 2) }); a != 0 {
		t.Fatalf("AppendRounded with room in dst: %v allocs, want 0", a)
	}
}
