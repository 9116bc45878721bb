//go:build !cgo

package pyexpr

import "math"

// libmPow, without cgo, is the correctly rounded pow: it agrees with
// glibc's pow (and so with CPython on Linux) except for results within
// about 0.02 ulp of a midpoint between two floats, where glibc's is off
// by one ulp (about 1 in 10,000 non-integer powers). errno is ERANGE for
// an overflow, as the C library sets it.
func libmPow(x, y float64) (float64, int) {
	r := powPositive(x, y)
	if math.IsInf(r, 0) {
		return r, erange
	}
	return r, 0
}

// libmPowIsC reports which libmPow this build has.
const libmPowIsC = false
