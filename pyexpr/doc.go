// Package pyexpr parses and evaluates Python 3 numeric expressions and
// gives Python 3.11's answer: the text print(EXPR) shows, or the exception
// Python raises, type and message.
//
// The language is the subset of Python expressions that rounding and
// division questions are written in:
//
//	round(2.675, 2)                                  # 2.67
//	-7 // 2, divmod(-7.5, 2)                          # (-4, (-4.0, 0.5))
//	Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)  # 2.68
//	0.1 + 0.2 == 0.3, Decimal('0.1') == 0.1          # (False, False)
//	divmod(7, 2)[0] or 1/0                           # 3
//
// int, float and string literals, True and False; parentheses; unary + and
// -; binary + - * / // % ** with Python's precedence and associativity; the
// comparisons == != < <= > >= in and not in, chained (a < b < c evaluates
// b once and stops at the first false link); not, and, or; tuple displays
// ((), (x,), (1, 2,), and 1, 2 for the whole expression); indexing and
// slicing (t[-1], t[::-1]); the calls round, divmod, abs, len, int, float,
// Decimal, math.floor, math.ceil, math.trunc, math.fmod, math.remainder;
// the method quantize and the names ROUND_HALF_EVEN ... ROUND_05UP.
//
// Ints are arbitrary precision; floats are IEEE doubles with Python's
// errors; Decimals follow Python's default context (precision 28,
// ROUND_HALF_EVEN, Emax 999999, traps InvalidOperation, DivisionByZero and
// Overflow). round, //, % and divmod are computed by packages rounding,
// divmod and pydecimal, and printed by package pyfmt.
//
// # Comparisons and booleans
//
// Numbers of different types compare by their exact values, as CPython
// compares them, never through a conversion that rounds: 2**53 + 1 >
// 2.0**53 is True although float(2**53 + 1) == 2.0**53, 10**400 > 1e308
// is True where float(10**400) would overflow, and Decimal('0.1') == 0.1
// is False because the float 0.1 is
// 0.1000000000000000055511151231257827021181583404541015625, while
// Decimal(0.1) == 0.1 is True. A float NaN is unequal to everything and
// unordered; a Decimal NaN is too for == and !=, but an ordering with it
// (Decimal('NaN') < 1, also float('nan') < Decimal(1)) and any comparison
// with a signaling NaN raises InvalidOperation: [<class
// 'decimal.InvalidOperation'>], as the C decimal module does.
//
// True and False are the ints 1 and 0 in arithmetic (True + 1 is 2, True
// / 2 is 0.5, -True is -1, round(True) is 1, Decimal(True) is
// Decimal('1')) and print as True and False; a Value that is a bool has
// Kind Bool and Int 0 or 1. and and or return the operand that decides,
// not a bool (0 or 2.5 is 2.5; 0 and 1/0 is 0 without dividing); not
// returns a bool. Zero numbers of every type (0, 0.0, -0.0,
// Decimal('-0.00')), the empty tuple and the empty str are false; NaNs
// and infinities are true.
//
// # Tuples
//
// Tuples print as Python prints them, items by repr: ((1, 2), 3.5,
// Decimal('1.0'), 'a'), (1,), (). They concatenate (+) and repeat (* an
// int, either side; a count of zero or less gives ()), compare item by
// item ((1, 2) == (1.0, 2), () < (1,)), index and slice with CPython's
// rules (negative indexes, bounds clipped to the Py_ssize_t range, a step
// of zero a ValueError), and have a len. Every other operation with a
// tuple raises the TypeError Python raises, word for word: can only
// concatenate tuple (not "int") to tuple, can't multiply sequence by
// non-int of type 'float', '<' not supported between instances of
// 'tuple' and 'int', tuple indices must be integers or slices, not
// float, type tuple doesn't define __round__ method, and so on.
// Decimal((sign, digits, exponent)) builds a Decimal as Python's does,
// with its ValueErrors for malformed tuples.
//
// Python bounds a tuple only by memory; pyexpr refuses, with a
// MemoryError naming its limit, a tuple of more than MaxTupleItems items
// (the items of nested tuples counted, so ((1,) * 1000,) * 1000 is
// refused), an evaluation that builds more than MaxTupleItems tuple items
// in all, and a tuple whose text passes MaxText bytes. Where CPython
// itself fails at once it gives CPython's error: (1,) * 10**20 is
// OverflowError: cannot fit 'int' into an index-sized integer, (1,) *
// 2**62 a MemoryError.
//
// # What is not evaluated
//
// Python outside the language is a *SyntaxError naming the column: lists,
// dicts, lambda, conditional expressions, assignments, bitwise operators,
// None, names other than the ones above. Python inside the syntax whose
// answer pyexpr would not reproduce is a NotImplementedError that says
// what: complex results ((-8) ** (1/3)), the identity operators is and is
// not (their answers depend on CPython's object caches), str
// concatenation, repetition and % formatting, int() with a base, the
// context argument of Decimal and quantize, and the text of a bound
// method (Python's holds a memory address).
//
// Limits: a source longer than MaxSource bytes or nested deeper than
// MaxDepth is rejected; an int result of more than
// rounding.MaxResultDigits digits (2**10**10) fails at once with an
// OverflowError naming pyround's limit instead of exhausting memory; and
// the tuple limits above.
package pyexpr
