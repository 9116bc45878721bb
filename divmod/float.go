package divmod

import (
	"math"

	"github.com/pyround/pyround/pyerr"
)

// Errors of float division by zero, with Python 3.11's messages
// (Objects/floatobject.c; 3.14 changed all three to "division by zero").
var (
	// ErrFloatFloorDivByZero is Python's error for a // 0.0.
	ErrFloatFloorDivByZero = pyerr.ZeroDivisionError("float floor division by zero")
	// ErrFloatModByZero is Python's error for a % 0.0.
	ErrFloatModByZero = pyerr.ZeroDivisionError("float modulo")
	// ErrFloatDivModByZero is Python's error for divmod(a, 0.0).
	ErrFloatDivModByZero = pyerr.ZeroDivisionError("float divmod()")
)

// FloorDivFloat returns Python's a // b for floats, bit for bit what
// CPython's float_floor_div computes: the exact remainder fmod(a, b) is
// taken first, the quotient (a - fmod(a, b)) / b is then exact or very
// nearly an integer, and it is snapped to the nearest integer. The result
// is therefore not always math.Floor(a / b): FloorDivFloat(1, 0.1) is 9
// because 0.1 is slightly above 1/10 (1 / 0.1 rounds to 10); and
// FloorDivFloat(-383.03635179613127, 6.322527182400627) is -61, where the
// quotient before snapping is -61.00000000000001, whose floor is -62.
//
// A zero quotient has the sign of a / b (-0.0 // 1 is -0.0, 0.0 // -1 is
// -0.0). Infinities and NaN: inf // x and x // nan are NaN; finite
// a // ±inf is a zero with the sign of a / b, or -1.0 when a is nonzero
// and its sign differs from b's (-1 // inf is -1.0); an overflowing
// quotient is ±Inf (1e308 // 1e-308 is inf). None of these is an error.
//
// A zero b (either sign) returns NaN and ErrFloatFloorDivByZero. Go has
// no floor division for floats: math.Floor(a / b) differs as above, and
// math.Remainder's quotient rounds to nearest. FloorDivFloat allocates
// nothing.
func FloorDivFloat(a, b float64) (float64, error) {
	if b == 0 {
		return math.NaN(), ErrFloatFloorDivByZero
	}
	q, _, _ := DivModFloat(a, b)
	return q, nil
}

// ModFloat returns Python's a % b for floats, bit for bit what CPython's
// float_rem computes: math.Mod(a, b) (C's fmod, which is exact and has the sign of
// a), plus b when that is nonzero and its sign differs from b's, so that
// the result is 0 or has the sign of b (-7.5 % 2 is 0.5 where
// math.Mod(-7.5, 2) is -1.5; 7.5 % -2 is -0.5). math.Remainder, the IEEE
// remainder, rounds the quotient to nearest instead (math.Remainder(7, 2)
// is -1).
//
// The addition rounds: a tiny a of the other sign gives |b| itself
// (-1e-20 % 1 is 1.0, 1e-20 % -1 is -1.0), and -1 % inf is inf. A zero
// result has the sign of b (0.0 % -1 is -0.0, -1.0 % 1 is 0.0). inf % x
// and x % nan are NaN; a finite nonzero a % ±inf is a when the signs
// agree, else ±inf.
//
// A zero b returns NaN and ErrFloatModByZero. ModFloat allocates nothing.
func ModFloat(a, b float64) (float64, error) {
	if b == 0 {
		return math.NaN(), ErrFloatModByZero
	}
	_, mod, _ := DivModFloat(a, b) // float_rem's steps are those of _float_div_mod
	return mod, nil
}

// DivModFloat returns Python's divmod(a, b) for floats, the pair of
// FloorDivFloat and ModFloat computed together, bit for bit as CPython's
// float_divmod computes it. With exact arithmetic q*b + r would equal a;
// in floating point the pair is Python's, including its roundings:
// divmod(-1e-20, 1) is (-1.0, 1.0), divmod(0.3, 0.1) is
// (2.0, 0.09999999999999998), divmod(-1, inf) is (-1.0, inf) and
// divmod(inf, 1) is (nan, nan).
//
// A zero b returns NaN, NaN and ErrFloatDivModByZero. DivModFloat
// allocates nothing.
func DivModFloat(a, b float64) (q, r float64, err error) {
	// CPython's _float_div_mod, with a shortcut that has the same results
	// bit for bit when b is finite and |a/b| < 2^50. The floor quotient n
	// is then math.Floor(a/b) or one less (rounding a/b is monotonic and
	// integers below 2^53 are floats), told apart by the sign of a - n*b,
	// and one fused multiply-add rounds the exact a - n*b once, as
	// CPython's fmod(a, b) + b rounds its exact sum once. CPython's
	// quotient, (a - fmod(a, b)) / b snapped to an integer, is within 0.375
	// of n for |n| <= 2^50 + 1, so it is n. This avoids fmod's loop and the
	// sign test that random operands fail half the time.
	d := a / b
	if !(math.Abs(d) < 1<<50) || math.IsInf(b, 0) { // NaN d and b == 0 too
		if b == 0 {
			return math.NaN(), math.NaN(), ErrFloatDivModByZero
		}
		q, r = divModSlow(a, b)
		return q, r, nil
	}
	q = math.Floor(d)
	r = math.FMA(-q, b, a)
	if r != 0 && (r < 0) != (b < 0) { // a/b rounded up to an integer: q is one too big
		q--
		r = math.FMA(-q, b, a)
	}
	if r == 0 {
		r = math.Copysign(0, b)
	}
	if q == 0 {
		q = math.Copysign(0, d) // zero with the sign of a / b
	}
	return q, r, nil
}

// divModSlow is CPython's _float_div_mod, step by step. None of its
// operations has the form x*y + z, so Go may not fuse any into an FMA.
func divModSlow(vx, wx float64) (floordiv, mod float64) {
	mod = fmod(vx, wx)
	// fmod is exact, so vx - mod is mathematically a multiple of wx; in
	// floating point div may miss the integer by a rounding.
	div := (vx - mod) / wx
	if mod != 0 { // NaN included, as in C
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 { // snap to the nearest integer
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// fmod returns C's fmod(x, y) for y != 0: x - n*y exactly, n = trunc(x/y),
// with the sign of x (math.Mod's result, bit for bit).
//
// When y is finite and |x/y| < 2^53, trunc(x/y) computed in floating
// point is n or n+1 in magnitude (rounding is monotonic and integers below
// 2^53 are exact), and x - q*y is then exactly representable, so one fused
// multiply-add gives it exactly; a result of the wrong sign (q was n+1) is
// corrected by |y|, exactly. That takes a few nanoseconds where math.Mod
// loops once per bit of the quotient; every other case goes to math.Mod.
func fmod(x, y float64) float64 {
	d := x / y
	if !(math.Abs(d) < 1<<53) || math.IsInf(y, 0) { // NaN d fails too
		return math.Mod(x, y)
	}
	q := math.Trunc(d)
	r := math.FMA(-q, y, x)
	switch {
	case r == 0:
		return math.Copysign(0, x)
	case (r < 0) != (x < 0):
		if x < 0 {
			return r - math.Abs(y)
		}
		return r + math.Abs(y)
	}
	return r
}
