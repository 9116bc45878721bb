package conventions

import "math"

// LibreOfficeRound is LibreOffice Calc's ROUND(x; n), as
// rtl_math_round (sal/rtl/math.cxx, rounding mode "Corrected") computes it
// in LibreOffice 7.4: for n = 0 it is C's round(x), half away from zero on
// the exact value (ROUND(0.49999999999999994; 0) is 0); otherwise integers and values of 2^52 or more are returned unchanged; n is capped
// at the number of decimals the double can hold (52 minus its binary
// exponent); y = |x|·10^n in double; if y < 2^52 it becomes
// floor(approxValue(y + 0.5)), where approxValue rounds to 15 significant
// digits (unless the value has at most 11 fraction bits); then y / 10^n with
// the sign of x put back. LibreOfficeRound(2.675, 2) is 2.68 and
// LibreOfficeRound(1.005, 2) is 1.01 (100.49999999999999 + 0.5 is
// 100.99999999999999, which approxValue makes 101). For n < 0 (integers
// too) y = |x| / 10^-n, rounded the same way, times 10^-n:
// LibreOfficeRound(125, -1) is 130.
func LibreOfficeRound(x float64, n int) float64 {
	n = clampPlaces(n)
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if n == 0 {
		return math.Round(x) // LibreOffice 7.4 takes std::round for ROUND(x; 0)
	}
	orig := x
	neg := math.Signbit(x)
	v := math.Abs(x)
	if n > 0 && (v >= 0x1p52 || isRepresentableInteger(v)) {
		return orig
	}
	fac := 0.0
	if n > 0 {
		exp := int(math.Float64bits(v)>>52&0x7ff) - 1023
		if dec := 52 - exp; dec <= 0 {
			return orig
		} else if dec < n {
			n = dec
		}
		fac = math.Pow10(n)
		if fac == 0 || math.IsInf(fac, 0) {
			return orig
		}
		if v *= fac; math.IsInf(v, 0) {
			return orig
		}
	} else {
		// n < 0: divide by 10^-n first, round, multiply back.
		fac = math.Pow10(-n)
		v /= fac
	}
	if v < 0x1p52 {
		v = math.Floor(loApproxValue(v + 0.5))
	}
	if n > 0 {
		v /= fac
	} else {
		v *= fac
	}
	if math.IsInf(v, 0) {
		return orig
	}
	if neg {
		return -v
	}
	return v
}

func isRepresentableInteger(v float64) bool {
	return v < 0x1p53 && v == math.Trunc(v)
}

// loBitsInFracPart is getBitsInFracPart of sal/rtl/math.cxx: how many bits
// of the significand lie after the binary point.
func loBitsInFracPart(v float64) int {
	if v == 0 {
		return 0
	}
	b := math.Float64bits(v)
	exp := int(b>>52&0x7ff) - 1023
	if exp >= 52 {
		return 0
	}
	frac := b & (1<<52 - 1)
	least := 53
	if frac != 0 {
		least = 1
		for frac&1 == 0 {
			frac >>= 1
			least++
		}
	}
	return max(53-least-exp, 0)
}

// loApproxValue is rtl_math_approxValue: v rounded (half away from zero)
// to 15 significant digits in double arithmetic, for 0 < v <= 2^41 with
// more than 11 fraction bits; other values unchanged.
func loApproxValue(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) || v > 0x1p41 {
		return v
	}
	orig := v
	neg := math.Signbit(v)
	v = math.Abs(v)
	if isRepresentableInteger(v) || loBitsInFracPart(v) <= 11 {
		return orig
	}
	e := 14 - int(math.Floor(math.Log10(v)))
	f := math.Pow10(abs(e))
	if e < 0 {
		v /= f
	} else {
		v *= f
	}
	if math.IsInf(v, 0) {
		return orig
	}
	v = math.Round(v)
	if e < 0 {
		v *= f
	} else {
		v /= f
	}
	if math.IsInf(v, 0) {
		return orig
	}
	if neg {
		return -v
	}
	return v
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
