package fixed

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/pyround/pyround/digits"
)

// TestDivPow10 checks the reciprocal division against the hardware one on
// the edges of every quotient step and at random.
func TestDivPow10(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := uint(1); k <= 19; k++ {
		p := digits.Pow10(int(k))
		check := func(u uint64) {
			q := divPow10(u, k)
			if q != u/p {
				t.Fatalf("divPow10(%d, %d) = %d; want %d", u, k, q, u/p)
			}
		}
		for _, u := range []uint64{0, 1, p - 1, p, p + 1, ^uint64(0), ^uint64(0) - 1, maxCoef, 1 << 63} {
			check(u)
		}
		for i := 0; i < 200000; i++ {
			u := r.Uint64()
			check(u)
			m := u / p * p // multiples and their neighbours
			check(m)
			check(m - 1)
			check(m + p - 1)
		}
	}
}

func TestDigitsNorm(t *testing.T) {
	for k := 0; k < 20; k++ {
		for _, c := range []uint64{digits.Pow10(int(k)), digits.Pow10(int(k)) - 1, digits.Pow10(int(k)) + 1} {
			if c == 0 || (k == 19 && c > digits.Pow10(int(19))) {
				continue
			}
			want := uint(len(strconv.FormatUint(c, 10)))
			if got := uint(digits.Count(c)); got != want {
				t.Errorf("uint(digits.Count(%d)) = %d, want %d", c, got, want)
			}
		}
	}
	if digits0(0) != 0 || digits0(1) != 1 || digits0(10) != 2 || digits0(maxCoef) != 19 {
		t.Errorf("digits0 wrong")
	}
	if uint(digits.Count(0)) != 1 || uint(digits.Count(^uint64(0))) != 20 {
		t.Errorf("uint(digits.Count(0)), uint(digits.Count(max)) = %d, %d", uint(digits.Count(0)), uint(digits.Count(^uint64(0))))
	}
	for _, tc := range []struct {
		c  uint64
		z  uint
		wc uint64
		wz uint8
	}{{1, 3, 1000, 0}, {123, 20, 1230000000000000000, 4}, {1e18, 2, 1e18, 2}, {0, 5, 0, 0}, {5, 0, 5, 0}, {99, 17, 9900000000000000000, 0}, {99, 18, 9900000000000000000, 1}} {
		if c, z := norm(tc.c, tc.z); c != tc.wc || z != tc.wz {
			t.Errorf("norm(%d, %d) = %d, %d; want %d, %d", tc.c, tc.z, c, z, tc.wc, tc.wz)
		}
	}
}
