package pyfmt

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendFixedMatchesStrconv checks appendFixed, the fast path of
// plain '.Nf', against strconv's 'f' (correctly rounded half-even on the
// exact binary value, as CPython's dtoa mode 3; the golden and live
// format tests compare both with Python) on ties, their neighbours,
// values near the 2^52 limit and random floats of every size.
func TestAppendFixedMatchesStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var xs []float64
	for _, x := range []float64{0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e-23, 5e-324,
		0x1p52, 0x1p52 - 1, 0x1p51 + 0.5, 4503599627370495.5, 45035996273704.95, 0.1, 1e22} {
		xs = append(xs, x, -x, math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)))
	}
	for range 30000 {
		xs = append(xs, math.Float64frombits(rng.Uint64()&^(1<<63)>>rng.UintN(12)))
		xs = append(xs, float64(rng.IntN(2_000_000)-1_000_000)/1000)
		xs = append(xs, float64(rng.Int64N(1<<53))/float64(uint64(1)<<rng.UintN(60)))
	}
	taken := 0
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		for prec := 0; prec <= 23; prec++ {
			got, ok := appendFixed(nil, x, prec)
			if !ok {
				continue
			}
			taken++
			if want := strconv.AppendFloat(nil, x, 'f', prec, 64); string(got) != string(want) {
				t.Fatalf("format(%v, '.%df'): fast path %q, strconv %q", x, prec, got, want)
			}
		}
	}
	if taken < 100000 {
		t.Fatalf("the fast path took only %d cases", taken)
	}
}
