package pyfmt

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// AppendDecimal appends Python's str() of a finite decimal.Decimal to dst
// and returns the extended buffer. This is the General Decimal Arithmetic
// to-sci-string conversion (CPython's Decimal.__str__, libmpdec's
// mpd_to_sci):
//
// The value is (-1)^neg × coeff × 10^exp, with coeff the ASCII decimal
// digits of the coefficient. Leading zeros of coeff are ignored; an empty or
// all-zero coeff is the value zero, which keeps both its sign and its
// exponent. With n coefficient digits and adjusted = exp + n - 1, the result
// is plain notation iff exp <= 0 and adjusted >= -6; otherwise scientific
// notation: the first digit, then '.' and the other digits if any, then 'E',
// an explicit exponent sign and the minimal exponent digits. Trailing zeros
// are kept (decimals are not normalized):
//
//	coeff  exp  ->  text
//	100     0       100
//	1       2       1E+2
//	123     1       1.23E+3
//	100    -2       1.00
//	1      -7       1E-7
//	0       3       0E+3
//	0      -6       0.000000 (-0.000000 with neg)
//
// Any int64 exponent is accepted (Python's own range is about ±2e18); the
// arithmetic cannot overflow. Bytes of coeff other than ASCII digits are
// copied unchanged. It allocates nothing when dst has room for the result.
func AppendDecimal(dst []byte, neg bool, coeff []byte, exp int64) []byte {
	for len(coeff) > 1 && coeff[0] == '0' {
		coeff = coeff[1:]
	}
	if len(coeff) == 0 {
		coeff = zeroDigit[:]
	}
	if neg {
		dst = append(dst, '-')
	}
	n := int64(len(coeff))
	if exp <= 0 {
		// exp + n - 1 cannot overflow: exp <= 0 and 0 <= n-1 < 2^62.
		adjusted := exp + n - 1
		if adjusted >= -6 {
			if exp == 0 {
				return append(dst, coeff...)
			}
			// -exp digits after the point; point = digits before it.
			point := n + exp
			if point > 0 {
				dst = append(dst, coeff[:point]...)
				dst = append(dst, '.')
				return append(dst, coeff[point:]...)
			}
			dst = append(dst, "0."...)
			dst = append(dst, "000000"[:-point]...) // adjusted >= -6 => -point <= 5
			return append(dst, coeff...)
		}
	}
	dst = append(dst, coeff[0])
	if n > 1 {
		dst = append(dst, '.')
		dst = append(dst, coeff[1:]...)
	}
	// adjusted = exp + n - 1, computed without overflow: as uint64 when
	// non-negative (exp, n-1 < 2^63 so the sum fits), as int64 otherwise.
	if exp >= 0 {
		dst = append(dst, "E+"...)
		return strconv.AppendUint(dst, uint64(exp)+uint64(n-1), 10)
	}
	adjusted := exp + (n - 1)
	if adjusted >= 0 {
		dst = append(dst, "E+"...)
		return strconv.AppendInt(dst, adjusted, 10)
	}
	dst = append(dst, 'E')
	return strconv.AppendInt(dst, adjusted, 10)
}

var zeroDigit = [1]byte{'0'}

// Special is the kind of a non-finite decimal. Its values equal those of
// pyparse.Kind for the same kinds, so pyfmt.Special(d.Kind) converts.
type Special uint8

// The non-finite decimals. Any other Special value prints as NaN.
const (
	Infinity Special = 1 + iota // Infinity, -Infinity
	NaN                         // NaN, -NaN, NaN123 (quiet NaN with payload 123)
	SNaN                        // sNaN, -sNaN12 (signaling NaN)
)

// AppendDecimalSpecial appends Python's str() of a non-finite
// decimal.Decimal to dst and returns the extended buffer: "Infinity",
// "NaN" or "sNaN", preceded by '-' if neg and, for the NaNs, followed by the
// diagnostic payload (ASCII digits) without its leading zeros (an all-zero
// payload prints nothing: Decimal('NaN00') is NaN). The payload of Infinity
// is ignored. It allocates nothing when dst has room for the result.
func AppendDecimalSpecial(dst []byte, neg bool, kind Special, payload []byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	switch kind {
	case Infinity:
		return append(dst, "Infinity"...)
	case SNaN:
		dst = append(dst, "sNaN"...)
	default:
		dst = append(dst, "NaN"...)
	}
	for len(payload) > 0 && payload[0] == '0' {
		payload = payload[1:]
	}
	return append(dst, payload...)
}

// AppendShopspring appends the str() that Python's decimal.Decimal shows for
// the value of a shopspring decimal.Decimal with the same coefficient and
// exponent (d.Coefficient() × 10^d.Exponent()) to dst and returns the
// extended buffer; see AppendDecimal. shopspring decimals have no negative
// zero, no infinities and no NaNs, so neither does the output.
//
// It allocates nothing when dst has room for the result and the coefficient
// has at most 18 digits; larger coefficients are copied by shopspring's
// Coefficient method.
func AppendShopspring(dst []byte, d decimal.Decimal) []byte {
	var buf [24]byte
	var digits []byte
	neg := false
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		if c < 0 {
			neg = true
			c = -c
		}
		digits = strconv.AppendInt(buf[:0], c, 10)
	} else {
		c := d.Coefficient()
		if c.Sign() < 0 {
			neg = true
			c.Neg(c)
		}
		digits = AppendBigInt(buf[:0], c)
	}
	return AppendDecimal(dst, neg, digits, int64(d.Exponent()))
}

// DecimalString returns Python's str() of the decimal with the same
// coefficient and exponent as d; see AppendShopspring and AppendDecimal.
func DecimalString(d decimal.Decimal) string {
	var buf [32]byte
	return string(AppendShopspring(buf[:0], d))
}
