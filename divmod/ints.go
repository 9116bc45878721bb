package divmod

import (
	"unsafe"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Integer is the set of Go integer types FloorDiv, Mod and DivMod accept
// (every one), the same constraint pyfmt formats.
type Integer = digits.Integer

// Errors of integer division, with Python 3.11's messages for a zero
// divisor (Objects/longobject.c). ErrIntOverflow has no Python
// counterpart: Python's int is unbounded, Go's are not.
var (
	// ErrIntDivisionByZero is Python's error for a // 0 and divmod(a, 0).
	ErrIntDivisionByZero = pyerr.ZeroDivisionError("integer division or modulo by zero")
	// ErrIntModuloByZero is Python's error for a % 0 (3.10 and earlier
	// used the message of ErrIntDivisionByZero).
	ErrIntModuloByZero = pyerr.ZeroDivisionError("integer modulo by zero")
	// ErrIntOverflow is returned for the one quotient a fixed-width signed
	// integer cannot hold: the minimum of the type divided by -1
	// (math.MinInt64 // -1 is 9223372036854775808 in Python). Use
	// FloorDivBig for the exact answer.
	ErrIntOverflow = pyerr.OverflowError("integer division result does not fit in the operands' type")
)

// FloorDiv returns Python's a // b: the quotient rounded toward negative
// infinity (FloorDiv(-7, 2) == -4, FloorDiv(7, -2) == -4), unlike Go's /,
// which truncates toward zero (-7 / 2 == -3), and unlike math/big's Div,
// which is Euclidean (Div(7, -2) == -3).
//
// A zero b returns ErrIntDivisionByZero. The minimum of a signed type
// divided by -1 returns ErrIntOverflow where Go's / wraps silently
// (math.MinInt64 / -1 == math.MinInt64). On error the result is 0. For
// unsigned types FloorDiv is Go's /. FloorDiv allocates nothing.
func FloorDiv[T Integer](a, b T) (T, error) {
	if b == 0 {
		return 0, ErrIntDivisionByZero
	}
	q, r := a/b, a%b
	if a&b&q < 0 { // a, b < 0 give q >= 0 unless MinInt / -1 wrapped
		return 0, ErrIntOverflow
	}
	return q + fixup(r, b), nil
}

// Mod returns Python's a % b: the remainder of floor division, which is 0
// or has the sign of b (Mod(-7, 2) == 1, Mod(7, -2) == -1), so that
// FloorDiv(a, b)*b + Mod(a, b) == a. Go's % has the sign of a instead
// (-7 % 2 == -1), and math/big's Mod is never negative (Mod(7, -2) == 1).
//
// A zero b returns 0 and ErrIntModuloByZero (Python's message for %
// differs from the one for // and divmod). Mod(math.MinInt64, -1) is 0,
// without error. For unsigned types Mod is Go's %. Mod allocates nothing.
func Mod[T Integer](a, b T) (T, error) {
	if b == 0 {
		return 0, ErrIntModuloByZero
	}
	r := a % b
	return r + b&fixup(r, b), nil
}

// DivMod returns Python's divmod(a, b): the floor quotient and the
// remainder of FloorDiv and Mod, computed with one division, satisfying
//
//	q*b + r == a,  |r| < |b|,  r == 0 or r has the sign of b
//
// (DivMod(-7, 2) == (-4, 1), DivMod(7, -2) == (-4, -1)). Go's / and %
// satisfy the same identity with truncation (r has a's sign), math/big's
// QuoRem is the truncated pair and its DivMod the Euclidean one (r >= 0).
//
// A zero b returns ErrIntDivisionByZero; the minimum of a signed type
// divided by -1 returns ErrIntOverflow (the quotient does not fit; use
// DivModBig). On error q and r are 0. DivMod allocates nothing.
func DivMod[T Integer](a, b T) (q, r T, err error) {
	if b == 0 {
		return 0, 0, ErrIntDivisionByZero
	}
	q, r = a/b, a%b
	if a&b&q < 0 {
		return 0, 0, ErrIntOverflow
	}
	m := fixup(r, b)
	return q + m, r + b&m, nil
}

// fixup returns -1 when the truncated remainder r is nonzero and its sign
// differs from b's, so that the floor pair is (q-1, r+b), and 0 otherwise
// (always for unsigned types). It has no branch: the signs of random
// operands differ half the time, and a mispredicted branch costs more than
// the division.
func fixup[T Integer](r, b T) T {
	if ^T(0) > 0 {
		return 0 // unsigned
	}
	// (r | -r) has the sign bit set iff r != 0; the arithmetic shift
	// spreads the sign bit of the whole expression.
	return ((r ^ b) & (r | -r)) >> (unsafe.Sizeof(r)*8 - 1)
}
