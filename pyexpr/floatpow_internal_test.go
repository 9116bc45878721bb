package pyexpr

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPowPositiveAgainstLibm measures the pure-Go pow (the !cgo build's)
// against the C library's on random operands: they agree in all but a
// few near-midpoint cases (glibc's pow is accurate to about 0.52 ulp, so
// not always correctly rounded, for integer exponents too), and where they
// differ it is by one ulp.
func TestPowPositiveAgainstLibm(t *testing.T) {
	if !libmPowIsC {
		t.Skip("built without cgo: libmPow is powPositive itself")
	}
	r := rand.New(rand.NewPCG(1, 2))
	n := 4000 // the exp/ln path costs about a millisecond
	if testing.Short() {
		n = 1000
	}
	diff := 0
	for i := 0; i < n; i++ {
		x := math.Exp(r.NormFloat64() * 5)
		var y float64
		if i%2 == 0 {
			y = float64(r.IntN(80) - 40)
		} else {
			y = r.NormFloat64() * 20
		}
		if x == 1 || y == 0 {
			continue
		}
		want, _ := libmPow(x, y)
		got := powPositive(x, y)
		if got == want || math.IsInf(got, 0) && math.IsInf(want, 0) {
			continue
		}
		if math.Nextafter(got, want) != want {
			t.Errorf("powPositive(%v, %v) = %v, libm %v", x, y, got, want)
		}
		diff++
	}
	t.Logf("%d of %d non-identical (each one ulp, near a midpoint)", diff, n)
	if diff > n/500 {
		t.Errorf("%d of %d differ: more than 1 in 500", diff, n)
	}
}
