// Package fixed is a fixed-width decimal with the semantics of Python 3.11's
// decimal.Decimal on the values it can hold: ±C × 10^-scale with
// 0 <= scale <= 19 and a coefficient C of at most 19 digits, or of up to
// 28 (Python's default precision) whose digits after the 19th are zeros
// (the values that padding gives: 347914186252977247.00), plus a sign bit
// so that Python's negative zero (Decimal('-0.00')) is kept.
//
// Decimal is a small value type (16 bytes); Parse, Quantize, DivMod,
// FloorDivMod and AppendText allocate nothing on values of up to 19
// digits. Within its range every result equals Python's, digit for digit
// and exponent for exponent: Quantize is Decimal.quantize under the
// default context, DivMod is divmod() on Decimals, String is str(), and
// where Python raises (a syntax error, a zero divisor, a result past the
// default context's 28 digits) the error is Python's. Where Python would
// produce a value fixed cannot hold (a positive exponent such as
// Decimal('1E+1'), 20 to 28 digits not ending in zeros, a scale above 19,
// NaN or Infinity), fixed returns ErrRange instead of a different answer;
// rounding.RoundDecimal and package pydecimal compute those with no such
// limit.
//
// The rounding modes are rounding.Mode's, decided by package mode
// single definition (tabulated once at init).
package fixed
