// Package pyexpr parses and evaluates Python 3 numeric expressions and
// gives Python 3.11's answer: the text print(EXPR) shows, or the exception
// Python raises, type and message.
//
// The language is the subset of Python expressions that rounding and
// division questions are written in:
//
//	round(2.675, 2)                                  # 2.67
//	-7 // 2, divmod(-7.5, 2)                          # -4, (-4.0, 0.5)
//	Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)  # 2.68
//
// int, float and string literals (strings only as arguments of Decimal,
// float and int); parentheses; unary + and -; binary + - * / // % ** with
// Python's precedence and associativity; the calls round, divmod, abs,
// int, float, Decimal, math.floor, math.ceil, math.trunc, math.fmod,
// math.remainder; the method quantize and the names ROUND_HALF_EVEN ...
// ROUND_05UP. Tuples appear only as results (divmod).
//
// Ints are arbitrary precision; floats are IEEE doubles with Python's
// errors; Decimals follow Python's default context (precision 28,
// ROUND_HALF_EVEN, Emax 999999, traps InvalidOperation, DivisionByZero and
// Overflow). round, //, % and divmod are computed by packages rounding,
// divmod and pydecimal, and printed by package pyfmt.
//
// Limits: a source longer than MaxSource bytes or nested deeper than
// MaxDepth is rejected; an int result of more than
// rounding.MaxResultDigits digits (2**10**10) fails at once with an
// OverflowError naming pyround's limit instead of exhausting memory.
// Syntax outside the subset is a *SyntaxError that names the column.
package pyexpr
