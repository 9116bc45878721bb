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
