// Package mode defines the eight rounding modes of Python's decimal module
// and decides, in one place, what each of them does.
//
// # The eight modes
//
// Rounding keeps some digits and drops the rest. Every mode truncates
// toward zero and then decides whether to add one unit in the last kept
// place, away from zero; it looks only at three things: the class of the
// dropped fraction (Exact, BelowHalf, Half, AboveHalf), the last kept
// digit, and the sign:
//
//	mode        adds one unit when the dropped fraction is...     Python
//	HalfEven    above a half, or a half and the last digit odd    ROUND_HALF_EVEN (round())
//	HalfUp      a half or more                                    ROUND_HALF_UP
//	HalfDown    above a half                                      ROUND_HALF_DOWN
//	Up          not zero                                          ROUND_UP
//	Down        never (truncation)                                ROUND_DOWN
//	Ceiling     not zero and the value positive                   ROUND_CEILING
//	Floor       not zero and the value negative                   ROUND_FLOOR
//	ZeroFiveUp  not zero and the last kept digit is 0 or 5        ROUND_05UP
//
// Mode.Increments is that table; ClassifyFraction and ClassifyDigits give
// the class of a dropped fraction held as an integer remainder or as
// digits; QuantizeDigits rounds a digit string with them. Packages
// rounding, pyfmt, fixed and pydecimal all round through these functions,
// so a mode means the same thing on a float, an int, a Decimal and a
// formatted string.
//
// On four values rounded to an integer, the modes give (Python's
// Decimal(v).quantize(Decimal(1), rounding=ROUND_...), or
// pyround round --as decimal -m MODE v):
//
//	value  HalfEven  HalfUp  HalfDown  Up  Down  Ceiling  Floor  ZeroFiveUp
//	 2.5      2        3        2      3    2      3        2        2
//	-2.5     -2       -3       -2     -3   -2     -2       -3       -2
//	 5.1      5        5        5      6    5      6        5        6
//	-0.1     -0       -0       -0     -1   -0     -0       -1       -1
//
// The half modes differ only on exact ties, and only HalfEven is unbiased
// on them: over many ties, HalfUp drifts up and HalfDown down (pyround bias
// shows the running error). Up, Down, Ceiling and Floor ignore how much is
// dropped. ZeroFiveUp rounds away from zero only when the kept last digit
// is 0 or 5, so that the result can be rounded again, to fewer digits,
// without a double-rounding error. Results keep
// the sign of the value, zero included (-0.1 is -0 in five modes), as
// Python's Decimal does.
//
// # Floor, Down and Python's integer conversions
//
// Floor rounds toward negative infinity and Down (truncation) toward zero;
// they agree on positive values and differ on negative ones: -2.5 is -3
// under Floor and -2 under Down. Python's math.floor(x) is Floor,
// math.ceil(x) is Ceiling, and int(x) and math.trunc(x) are Down. The same
// distinction separates Python's // and % (floor) from Go's / and %
// (truncation); see package divmod.
//
// # Which value is rounded
//
// The mode is applied to the exact value: for a float, its exact binary
// value (2.675 is 2.67499999999999982236431605997495353221893310546875,
// so HalfUp gives 2.67 at two places, as Python's Decimal(2.675) does);
// for a decimal, its exact decimal value (Decimal('2.675') at two places is
// 2.68 under HalfUp and HalfEven alike).
//
// Package mode is part of pyround's foundation layer: it imports only
// package pyerr (for Parse's error), and every other package uses it.
package mode
