package pyfmt

import (
	"math"
	"strconv"
)

// AppendRepr appends Python's repr(x) (equal to str(x) for floats) to dst and
// returns the extended buffer. It allocates nothing when dst has room for
// the result (at most 24 bytes).
//
// The digits are the shortest ones that read back as x (CPython's
// _Py_dg_dtoa mode 0; the same digits as strconv's 'e' format with precision
// -1). The layout is CPython's float_repr:
//
//   - positional when 1e-4 <= |x| < 1e16 (the decimal point position decpt
//     satisfies -4 < decpt <= 16), with ".0" appended to integral values:
//     1.0, 0.0001, 1234567890123456.8, 9999999999999998.0;
//   - otherwise d[.ddd]e±XX with an explicit exponent sign and at least two
//     exponent digits, and no ".0": 1e+16, 1e-05, 1.5e-05, 5e-324, 1e+100;
//   - zero keeps its sign: 0.0, -0.0;
//   - the specials are inf, -inf and nan (the sign of a NaN is not shown:
//     repr(-float('nan')) is 'nan').
func AppendRepr(dst []byte, x float64) []byte {
	bits := math.Float64bits(x)
	if bits&(0x7ff<<52) == 0x7ff<<52 { // Inf or NaN
		switch {
		case bits&(1<<52-1) != 0:
			return append(dst, "nan"...)
		case bits>>63 != 0:
			return append(dst, "-inf"...)
		default:
			return append(dst, "inf"...)
		}
	}
	var buf [32]byte
	// b is [-]d[.ddd]e±XX[X]: one leading digit, then the fraction digits.
	b := strconv.AppendFloat(buf[:0], x, 'e', -1, 64)
	i := 0
	if b[0] == '-' {
		i = 1
	}
	// Find the exponent marker; the exponent has 2 or 3 digits.
	e := len(b) - 4
	if b[e] != 'e' {
		e--
	}
	exp := int(b[e+2]-'0')*10 + int(b[e+3]-'0')
	if e+4 < len(b) {
		exp = exp*10 + int(b[e+4]-'0')
	}
	if b[e+1] == '-' {
		exp = -exp
	}
	// The value is d.ddd × 10^exp, so decpt = exp+1; CPython uses exponent
	// notation iff decpt <= -4 || decpt > 16.
	if exp < -4 || exp >= 16 {
		return append(dst, b...) // strconv's layout is CPython's here
	}
	dst = append(dst, b[:i]...) // sign
	lead := b[i]                // first digit
	var frac []byte             // remaining digits
	if b[i+1] == '.' {
		frac = b[i+2 : e]
	}
	if exp < 0 {
		// 0.000ddd: -exp-1 zeros after the point.
		dst = append(dst, "0.0000"[:2-exp-1]...)
		dst = append(dst, lead)
		return append(dst, frac...)
	}
	dst = append(dst, lead)
	if len(frac) <= exp {
		// Integral: all digits, zeros up to the point, then ".0".
		dst = append(dst, frac...)
		dst = append(dst, "0000000000000000"[:exp-len(frac)]...)
		return append(dst, ".0"...)
	}
	dst = append(dst, frac[:exp]...)
	dst = append(dst, '.')
	return append(dst, frac[exp:]...)
}

// Repr returns Python's repr(x) (equal to str(x)) for a float64; see
// AppendRepr for the layout and the edge cases.
func Repr(x float64) string {
	var buf [32]byte
	return string(AppendRepr(buf[:0], x))
}
