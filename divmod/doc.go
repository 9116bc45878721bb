// Package divmod divides exactly as Python 3.11 does: floor division //,
// modulus % and divmod() for every Go integer type, *big.Int, float64 and
// shopspring decimals, and Python's decimal-module semantics on
// cockroachdb/apd decimals.
//
// # Floor division against truncation
//
// Python's // rounds the quotient toward negative infinity (floor) and %
// gives the remainder the sign of the divisor, so that for the exact types
//
//	q*b + r == a,  |r| < |b|,  r == 0 or r has the sign of b
//
// (-7 // 2 is -4, -7 % 2 is 1, 7 % -2 is -1). Go's own operations differ,
// and stay one call away; this package does not re-implement them:
//
//   - Go's / and % truncate toward zero, and r has the sign of a
//     (-7 / 2 == -3, -7 % 2 == -1); math.MinInt64 / -1 wraps silently.
//   - math/big's Int.QuoRem (Quo, Rem) truncates like Go's operators;
//     Int.DivMod (Div, Mod) is Euclidean: r >= 0 whatever the signs, so
//     DivMod(7, -2) is (-3, 1) where Python gives (-4, -1).
//   - math.Mod is C's fmod: the remainder of the truncated quotient, with
//     the sign of a (math.Mod(-7.5, 2) == -1.5 where -7.5 % 2 == 0.5).
//   - math.Remainder is the IEEE 754 remainder: the quotient rounded to the
//     nearest integer, ties to even (math.Remainder(7, 2) == -1), Python's
//     math.remainder.
//
// Python's decimal module truncates too: Decimal(-7) // 2 is Decimal('-3').
// TruncDivDecimal and its siblings give that on shopspring decimals,
// FloorDivDecimal and its siblings the int/float (floor) semantics, and
// pydecimal.Context gives the whole decimal-module behaviour (contexts, NaN,
// Infinity, signed zeros) on apd decimals.
//
// The two agree when the operands have the same sign or the division is
// exact; otherwise floor's quotient is one less and the remainders differ
// by the divisor. In Python and here:
//
//	Python                    divmod                                         result
//	-7 // 2, -7 % 2           FloorDiv(-7, 2), Mod(-7, 2)                    -4, 1
//	divmod(-7.5, 2)           DivModFloat(-7.5, 2)                           -4.0, 0.5
//	1 // 0.0                  FloorDivFloat(1, 0)                            ZeroDivisionError: float floor division by zero
//	divmod(Decimal(-7), 2)    TruncDivModDecimal(a, b), pydecimal's DivMod  Decimal('-3'), Decimal('-1')
//
// and in the pyround command: pyround floordiv -7 2, pyround divmod -7.5 2,
// pyround divmod --as decimal -7 2.
//
// # Floats
//
// For float64 the functions follow CPython's Objects/floatobject.c step by
// step, so results agree bit for bit, including where they are not
// floor(a/b): 1 // 0.1 is 9.0 (the exact quotient is 9.99...), -1e-20 % 1
// is 1.0, -1 % math.Inf(1) is +Inf. IntToFloat converts a *big.Int as
// Python does before mixing an int with a float.
//
// # Errors
//
// Errors are *pyerr.Error values with Python's exception class and message
// (ZeroDivisionError: integer division or modulo by zero, ...). Where Go's
// fixed-width integers cannot hold Python's answer (math.MinInt64 // -1),
// the functions return ErrIntOverflow instead of a wrapped value; nothing
// in the package panics on any input.
package divmod
