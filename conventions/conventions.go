package conventions

import (
	"math"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// clampPlaces brings n into [MinPlaces, MaxPlaces], the range the
// conventions are defined and verified on (JavaScript's toFixed itself
// stops at 100; a negative n rounds to tens, hundreds, ...).
func clampPlaces(n int) int {
	return min(max(n, MinPlaces), MaxPlaces)
}

// PythonRound is Python's round(x, n): half-even on the exact binary value,
// then the nearest float. PythonRound(2.675, 2) is 2.67 because 2.675 is
// stored as 2.67499999999999982236431605997495353221893310546875.
func PythonRound(x float64, n int) float64 {
	n = clampPlaces(n)
	return rounding.Round(x, n)
}

// PythonDecimal is str(Decimal(str(x)).quantize(Decimal(10) ** -n)) under
// Python's default context: the shortest repr of x ("2.675") rounded
// half-even, so PythonDecimal(2.675, 2) is "2.68" and PythonDecimal(2.665, 2)
// is "2.66". Like Python it fails with InvalidOperation for ±Inf and for a
// result of more than 28 digits (the context's precision); NaN stays "NaN".
// For n < 0, Decimal(10) ** -n is Decimal('10'), Decimal('100'), ...: an
// integer with exponent 0, so the quantize keeps 0 places, as for n = 0.
func PythonDecimal(x float64, n int) (string, error) {
	n = max(clampPlaces(n), 0)
	if math.IsInf(x, 0) {
		return "", pyerr.New("decimal.InvalidOperation", "[<class 'decimal.InvalidOperation'>]")
	}
	b, err := pyops.AppendRoundText(nil, pyfmt.Repr(x), n, rounding.HalfEven)
	if err != nil {
		return "", err
	}
	s := string(b)
	if coeffDigits(s) > 28 {
		return "", pyerr.New("decimal.InvalidOperation", "[<class 'decimal.InvalidOperation'>]")
	}
	return s, nil
}

func coeffDigits(s string) int {
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(s), "0")
	return max(1, len(s))
}

// numpyPowerOfTen is numpy's power_of_ten() in multiarray/calculation.c:
// a table up to 1e8, then repeated multiplication by 10.
func numpyPowerOfTen(n int) float64 {
	p10 := [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}
	if n < 9 {
		return p10[n]
	}
	r := 1e9
	for ; n > 9; n-- {
		r *= 10
	}
	return r
}

// NumpyRound is numpy.round(x, n) (numpy.around) on a float64, as
// PyArray_Round computes it: y = x * 10**n in float64, rint(y) (half-even),
// then y / 10**n. The multiplication rounds first: 2.675*100 is exactly
// 267.5 in float64, a tie that goes to the even 268, so NumpyRound(2.675, 2)
// is 2.68 where Python's round gives 2.67; 1.005*100 is 100.49999999999999,
// so NumpyRound(1.005, 2) is 1.0. For n < 0 PyArray_Round divides first:
// rint(x / 10**-n) * 10**-n, so NumpyRound(125, -1) is 120.
func NumpyRound(x float64, n int) float64 {
	n = clampPlaces(n)
	if n < 0 {
		f := numpyPowerOfTen(-n)
		return math.RoundToEven(x/f) * f
	}
	f := numpyPowerOfTen(n)
	return math.RoundToEven(x*f) / f
}

// GoRound is Go's math.Round(x*math.Pow10(n)) / math.Pow10(n): scale in
// float64, round half away from zero, unscale. GoRound(2.675, 2) is 2.68
// because 2.675*100 is exactly 267.5 in float64.
func GoRound(x float64, n int) float64 {
	n = clampPlaces(n)
	p := math.Pow10(n)
	return math.Round(x*p) / p
}

// GoRoundToEven is math.RoundToEven(x*math.Pow10(n)) / math.Pow10(n):
// the same scaling as GoRound with ties to even, so GoRoundToEven(2.675, 2)
// is 2.68 (267.5 → 268) and GoRoundToEven(2.665, 2) is 2.66.
func GoRoundToEven(x float64, n int) float64 {
	n = clampPlaces(n)
	p := math.Pow10(n)
	return math.RoundToEven(x*p) / p
}

// jsRound is ECMAScript's Math.round: the integer nearest y, the one
// toward +Inf on a tie (-2.5 → -2), with -0 for -0.5 <= y < 0.
func jsRound(y float64) float64 {
	if math.IsNaN(y) || math.IsInf(y, 0) || y == math.Trunc(y) {
		return y
	}
	r := math.Floor(y)
	if y-r >= 0.5 {
		r++
	}
	if r == 0 && y < 0 {
		return math.Copysign(0, -1)
	}
	return r
}

// JSMathRound is JavaScript's Math.round(x * 10**n) / 10**n: scale in
// double, round to the nearest integer with ties toward +Infinity (so
// -2.5 becomes -2, unlike every other convention here), unscale.
// JSMathRound(1.005, 2) is 1 because 1.005*100 is 100.49999999999999.
// For n < 0, 10**n is V8's pow, which is not always the double nearest
// 10^n (jsPow10Neg).
func JSMathRound(x float64, n int) float64 {
	n = clampPlaces(n)
	p := math.Pow10(n)
	if n < 0 {
		p = math.Float64frombits(jsPow10Neg[-n-1])
	}
	return jsRound(x*p) / p
}

// jsPow10Neg holds the bits of 10 ** -k for k = 1 ... 20 as node 20's V8
// computes it (recorded with DataView.getBigUint64 from node v20.20.2):
// 10 ** -4 is 0.00009999999999999999, not 0.0001, and likewise for k = 5,
// 17, 20 (10 ** -20 is 1.0000000000000001e-20).
var jsPow10Neg = [-MinPlaces]uint64{
	0x3fb999999999999a, 0x3f847ae147ae147b, 0x3f50624dd2f1a9fc, 0x3f1a36e2eb1c432c,
	0x3ee4f8b588e368f0, 0x3eb0c6f7a0b5ed8d, 0x3e7ad7f29abcaf48, 0x3e45798ee2308c3a,
	0x3e112e0be826d695, 0x3ddb7cdfd9d7bdbb, 0x3da5fd7fe1796495, 0x3d719799812dea11,
	0x3d3c25c268497682, 0x3d06849b86a12b9b, 0x3cd203af9ee75616, 0x3c9cd2b297d889bc,
	0x3c670ef54646d496, 0x3c32725dd1d243ac, 0x3bfd83c94fb6d2ac, 0x3bc79ca10c924224,
}

// JSToFixed is JavaScript's x.toFixed(n) (ECMAScript Number.prototype.toFixed):
// the exact value of x rounded to n places, "if there are two such n, pick
// the larger", i.e. half away from zero on the magnitude, with "-" when
// x < 0 (so (-0.001).toFixed(2) is "-0.00" but (-0).toFixed(2) is "0.00").
// JSToFixed(2.675, 2) is "2.67" (the exact value is below the tie) and
// JSToFixed(1.125, 2) is "1.13" (an exact tie). For |x| >= 1e21 it is
// String(x), exponent form; NaN is "NaN". For n < 0 toFixed throws, and
// JSToFixed returns the error as node prints e.name + ": " + e.message.
func JSToFixed(x float64, n int) string {
	n = clampPlaces(n)
	switch {
	case n < 0:
		return errJSToFixedRange.Error()
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 0) || math.Abs(x) >= 1e21:
		return jsNumberString(x)
	}
	a := Exact(math.Abs(x))
	s := Plain(Quantize(a, n, apd.RoundHalfUp))
	if x < 0 {
		s = "-" + s
	}
	return s
}

// errJSToFixedRange is V8's RangeError for toFixed(n) with n < 0.
var errJSToFixedRange = pyerr.New("RangeError", "toFixed() digits argument must be between 0 and 100")

// jsNumberString is ECMAScript Number::toString for |x| >= 1e21 (and ±Inf).
func jsNumberString(x float64) string {
	if math.IsInf(x, 0) {
		if x < 0 {
			return "-Infinity"
		}
		return "Infinity"
	}
	s := strconv.FormatFloat(x, 'e', -1, 64) // d.ddde+XX
	mant, exp, _ := strings.Cut(s, "e")
	exp = strings.TrimLeft(exp[1:], "0")
	return mant + "e+" + exp
}

// ExcelRound is Excel's ROUND(x, n) as Microsoft documents it: Excel keeps
// 15 significant digits, so the value is taken to 15 significant digits,
// rounded half away from zero, and stored as the nearest double.
// ExcelRound(2.675, 2) is 2.68 and so is ExcelRound(1.005, 2)
// (1.00500000000000 is a tie). A zero result is +0: a spreadsheet shows no
// negative zero. There is no Excel here to check it against; LibreOffice
// Calc, which can be run, computes ROUND differently (LibreOfficeRound)
// and disagrees on a few values with 15 or more significant digits.
func ExcelRound(x float64, n int) float64 {
	n = clampPlaces(n)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	r := toFloat(Quantize(Significant(x, 15), n, apd.RoundHalfUp))
	if r == 0 {
		return 0
	}
	return r
}

// errJavaNaN is what Java's BigDecimal constructors throw for NaN and ±Inf.
var errJavaNaN = pyerr.New("NumberFormatException", "Infinite or NaN")

// JavaBigDecimalValueOf is Java's
// BigDecimal.valueOf(x).setScale(n, RoundingMode.HALF_UP).toPlainString():
// valueOf reads Double.toString(x) ("2.675"), so the decimal Java prints is
// rounded half away from zero: "2.68". BigDecimal has no negative zero.
//
// Double.toString is JDK 17's (JavaDoubleToString), which is not always
// the shortest decimal: 7.618615196125613e16 prints as
// 7.6186151961256128E16, and 2.680716424e20 as 2.6807164239999998E20, so
// JavaBigDecimalValueOf(2.680716424e20, 0) is "268071642399999980000". NaN and ±Inf fail with NumberFormatException.
func JavaBigDecimalValueOf(x float64, n int) (string, error) {
	n = clampPlaces(n)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "", errJavaNaN
	}
	return unsigned(Plain(Quantize(JavaDoubleToString(x), n, apd.RoundHalfUp))), nil
}

// JavaNewBigDecimal is Java's new BigDecimal(x).setScale(n,
// RoundingMode.HALF_UP).toPlainString(): the constructor takes the exact
// binary value, so JavaNewBigDecimal(2.675, 2) is "2.67" and only exact
// binary ties (1.125, 0.375) round away from zero.
// NaN and ±Inf fail with NumberFormatException.
func JavaNewBigDecimal(x float64, n int) (string, error) {
	n = clampPlaces(n)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "", errJavaNaN
	}
	return unsigned(Plain(Quantize(Exact(x), n, apd.RoundHalfUp))), nil
}

// CPrintf is C's printf("%.*f", n, x) with glibc: the exact binary value
// rounded in the current rounding mode, which by default is
// round-to-nearest-even, so CPrintf(2.675, 2) is "2.67" and CPrintf(0.125, 2)
// is "0.12". The sign is kept on zero results ("-0.00") and on -0;
// NaN and ±Inf print as "nan", "-nan", "inf", "-inf". A negative precision
// "is taken as if the precision were omitted" (C11 7.21.6.1): 6 places.
func CPrintf(x float64, n int) string {
	n = clampPlaces(n)
	if n < 0 {
		n = 6
	}
	switch {
	case math.IsNaN(x):
		if math.Signbit(x) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return Plain(Quantize(Exact(x), n, apd.RoundHalfEven))
}

// PostgresRoundNumeric is PostgreSQL's round(x::numeric, n) for a double
// precision x: the float8→numeric cast prints x with DBL_DIG = 15
// significant digits ("%.15g", float8_numeric in PostgreSQL 15), and
// round(numeric, int) rounds that half away from zero, keeping n places:
// PostgresRoundNumeric(2.675, 2) is "2.68", as is (1.005, 2). numeric has no
// negative zero; NaN is "NaN", ±Inf "Infinity" and "-Infinity".
func PostgresRoundNumeric(x float64, n int) string {
	n = clampPlaces(n)
	return unsigned(Plain(Quantize(Significant(x, 15), n, apd.RoundHalfUp)))
}

// PostgresRoundFloat8 is PostgreSQL's round(x * 10^n) / 10^n on double
// precision (PostgreSQL has no round(double precision, int), so this is the
// expression people write; for n = 0 it is round(x)): 10^n is pow(10, n),
// the product is rounded to a double, round(double precision) is rint(),
// half-even in the default rounding mode, and the quotient is a double again.
// PostgresRoundFloat8(2.5, 0) is 2 and PostgresRoundFloat8(2.675, 2) is 2.68.
// Not modelled: PostgreSQL fails with "value out of range: underflow" when
// x * 10^n is 0 for a nonzero x (5e-324 with n = -3), where this returns 0;
// the golden inputs leave that case out.
func PostgresRoundFloat8(x float64, n int) float64 {
	n = clampPlaces(n)
	p := math.Pow10(n)
	return math.RoundToEven(x*p) / p
}
