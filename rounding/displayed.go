package rounding

import (
	"math"
	"strconv"

	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
)

// RoundDisplayed rounds x as it is displayed rather than as it is stored:
// the shortest decimal that reads back as x (what Python's repr and Go's
// strconv 'g' -1 print) is rounded to ndigits places under mode m, then
// converted to the nearest float64. This is what decimal.NewFromFloat(x)
// followed by rounding gives, and what people expect from a price typed as
// 2.675: RoundDisplayed(2.675, 2, HalfEven) is 2.68, while Python's
// round(2.675, 2), Round here, is 2.67 because the stored binary value is
// 2.67499999999999982236431605997495353221893310546875.
//
// NaN and ±Inf are returned unchanged, as are values for ndigits > 400. A
// result too large for a float64 is ±Inf with pyerr.ErrRoundOverflow.
// RoundDisplayed allocates nothing.
func RoundDisplayed(x float64, ndigits int, m Mode) (float64, error) {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || ndigits > 400 {
		return x, nil
	}
	if ndigits < -400 {
		ndigits = -400
	}
	var buf [64]byte
	s := strconv.AppendFloat(buf[:0], math.Abs(x), 'e', -1, 64) // d.ddde±XX
	i := 1
	coeff := buf[32:32]
	coeff = append(coeff, s[0])
	if len(s) > 1 && s[1] == '.' {
		for i = 2; s[i] != 'e'; i++ {
			coeff = append(coeff, s[i])
		}
	}
	e, _ := strconv.Atoi(string(s[i+1:])) // at most 4 bytes: no allocation
	exp := int64(e) - int64(len(coeff)-1)
	q, ok := mode.QuantizeDigits(coeff, exp, -int64(ndigits), m, x < 0, MaxResultDigits)
	if !ok {
		return x, ErrTooManyDigits
	}
	if len(q) == 1 && q[0] == '0' {
		return math.Copysign(0, x), nil
	}
	// q has at most 18 digits here (17 shortest digits plus a carry), or
	// is a single 1 from an away-from-zero mode; q·10^-ndigits reads back
	// correctly rounded.
	var out [48]byte
	t := append(out[:0], q...)
	t = append(t, 'e')
	t = strconv.AppendInt(t, int64(-ndigits), 10)
	f, perr := strconv.ParseFloat(string(t), 64)
	if perr != nil && math.IsInf(f, 0) {
		return math.Copysign(math.Inf(1), x), pyerr.ErrRoundOverflow
	}
	return math.Copysign(f, x), nil
}
