//go:build cgo

package pyexpr

/*
#cgo LDFLAGS: -lm
#include <errno.h>
#include <math.h>

// py_pow calls the C library's pow as CPython's float_pow does: errno
// cleared first, read right after.
static double py_pow(double x, double y, int *err) {
	errno = 0;
	double r = pow(x, y);
	*err = errno;
	return r;
}
*/
import "C"

// libmPow returns the C library's pow(x, y) and the errno it set. CPython
// computes float ** float with that same function, so with cgo pyround
// gives the bits CPython gives on the same platform, including glibc's
// rare last-bit departures from correct rounding near a midpoint.
func libmPow(x, y float64) (float64, int) {
	var e C.int
	r := C.py_pow(C.double(x), C.double(y), &e)
	return float64(r), int(e)
}

// libmPowIsC reports which libmPow this build has.
const libmPowIsC = true
