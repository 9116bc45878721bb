// Package rounding rounds numbers exactly as Python 3 does.
//
// Every function takes one of the eight rounding modes of Python's decimal
// module (Mode, an alias of mode.Mode; see package mode for what each does).
// For floats, a mode other than HalfEven is defined as
// float(Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=MODE)) computed
// exactly: the exact binary value is rounded, then converted to the nearest
// float, with the special cases of round() (NaN and ±Inf unchanged, n > 323
// returns x). For integers and decimals every mode is exact.
//
// Errors are *pyerr.Error values carrying Python's exception name and
// message (OverflowError: rounded value too large to represent, ValueError:
// cannot convert float NaN to integer, ...). Requests that Python would
// attempt but that would need more than MaxResultDigits digits fail fast
// with an OverflowError that names pyround's limit, instead of allocating.
//
// # Why Python rounds 2.675 to 2.67
//
// The float written 2.675 is not 2.675: it is the nearest double,
// 2.67499999999999982236431605997495353221893310546875. Python's round()
// rounds that exact binary value, half-even (ties to the even neighbour),
// so round(2.675, 2) is 2.67, round(0.125, 2) is 0.12 (0.125 is exact: a
// true tie, to even) and round(2.5) is 2.
//
// Go's math.Round rounds ties away from zero (math.Round(2.5) is 3), and
// most Go decimal libraries round the shortest decimal text of a float
// ("2.675"), which gives 2.68. Neither matches Python. Both ways are one
// call away here, clearly named:
//
//	rounding.Round(2.675, 2)                                   // 2.67, Python's round(x, 2)
//	rounding.RoundDisplayed(2.675, 2, rounding.HalfEven)       // 2.68, the value as displayed
//	rounding.RoundDecimal(decimal.NewFromFloat(2.675), 2, rounding.HalfEven) // 2.68, as a shopspring decimal
//
// Scaling first, as math.Round(x*100)/100 does, rounds twice: 2.675*100 is
// exactly 267.5 in float64 and so becomes 268, and 1.005*100 is
// 100.49999999999999, so 1.005 becomes 1.0 where the value typed suggests
// 1.01. Such shortcuts disagree with Python on a few percent of three-decimal
// prices; Round never does. Package conventions models these and other
// systems' choices one function each.
//
// # Which function
//
//   - Round(x, n) is Python's round(x, n) on a float64; AppendRounded rounds
//     a whole column with no call per value.
//   - RoundFloat(x, n, m) is any mode on a float's exact value, returning a
//     float64; RoundToInt(x, m) returns an integer (round(x), math.floor,
//     math.ceil, int()), as an int64 or, past its range, a *big.Int.
//   - RoundInt and RoundBigInt round integers to a multiple of 10^-n
//     (round(25, -1) is 20), exactly, with overflow an error, never a wrap.
//   - RoundDecimal rounds a shopspring decimal as Decimal.quantize does.
//   - RoundDisplayed rounds the shortest repr of a float, for when the
//     digits a user saw are the ones to round.
//   - RoundFloatIncrement, RoundIntIncrement, RoundBigIntIncrement and
//     RoundDecimalIncrement round to a multiple of an Increment (cash to
//     0.05, prices to 0.25, lots of 25), read once by ParseIncrement from
//     exact decimal text. For an increment INC and a mode M: q = the
//     integer nearest to x / INC under M, computed on exact values, and
//     the result is q * INC (Increment states it for each type).
//
// Text in and text out (Decimal('2.675').quantize(...) printed as Python
// prints it) is package pyops's AppendRoundText, and the fixed-width
// decimal of package fixed quantizes without allocating.
//
// # Speed
//
// Round allocates nothing for |x·10^n| < 2^52 with -22 <= n <= 22 and
// takes an exact big-integer path otherwise: a few nanoseconds a value,
// tens of times faster than CPython. It is too large for Go to inline, so
// AppendRounded, which loops over a slice inside the package, is the
// fastest way to round many values.
//
// RoundDecimal is bound by shopspring's representation: every result needs
// a fresh *big.Int, and shopspring's public constructors cost two
// allocations, so reading a coefficient and building a result, with no
// rounding at all, already costs a large share of shopspring's own
// RoundBank. pyround does not reach into shopspring's private fields to get
// under that floor; where speed matters more than the type, fixed.Decimal
// and pyops.AppendRoundText allocate nothing. BENCHMARKS.md has the
// measurements.
package rounding
