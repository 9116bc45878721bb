// Package rounding rounds numbers exactly as Python 3 does.
//
// Python's round() is round-half-even on the exact binary value of a
// float: round(2.675, 2) is 2.67 because the float nearest 2.675 is
// 2.67499999999999982236431605997495353221893310546875, and round(2.5) is 2
// because ties go to the even neighbour. Go's math.Round rounds ties away
// from zero, and rounding the shortest decimal text ("2.675") instead of
// the binary value gives 2.68. Both ways are one call away here:
//
//	rounding.Round(2.675, 2)                                   // 2.67, Python's round()
//	rounding.RoundDisplayed(2.675, 2, rounding.HalfEven)       // 2.68, the value as displayed
//	rounding.RoundDecimal(decimal.NewFromFloat(2.675), 2, rounding.HalfEven) // 2.68 as a shopspring decimal
//
// Every function takes one of the eight rounding modes of Python's decimal
// module (Mode). For floats, a mode other than HalfEven is defined as
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
package rounding
