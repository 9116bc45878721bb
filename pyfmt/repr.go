package pyfmt

import "math"

// AppendRepr appends Python's repr(x) (equal to str(x) for floats) to dst and
// returns the extended buffer. It allocates nothing when dst has room for
// the result (at most 24 bytes).
//
// The digits are the shortest ones that read back as x, the closest of
// those, ties to even (CPython's _Py_dg_dtoa mode 0; the same digits as
// strconv's precision -1), found by Dragonbox (shortest.go). The layout is CPython's float_repr:
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
	b := math.Float64bits(x)
	neg := b>>63 != 0
	b &^= 1 << 63
	if b >= 0x7ff<<52 { // Inf or NaN
		switch {
		case b != 0x7ff<<52:
			return append(dst, "nan"...)
		case neg:
			return append(dst, "-inf"...)
		default:
			return append(dst, "inf"...)
		}
	}
	if neg {
		dst = append(dst, '-')
	}
	if b == 0 {
		return append(dst, "0.0"...)
	}
	q, e := shortest(b)
	var buf [24]byte
	d := buf[putDigits(&buf, q):]
	// The value is 0.d × 10^decpt; CPython uses exponent notation iff
	// decpt <= -4 || decpt > 16.
	n := len(d)
	decpt := n + e
	switch {
	case decpt > 16 || decpt <= -4:
		dst = append(dst, d[0])
		if n > 1 {
			dst = append(dst, '.')
			dst = append(dst, d[1:]...)
		}
		x, sign := decpt-1, byte('+')
		if x < 0 {
			x, sign = -x, '-'
		}
		if x < 100 {
			return append(dst, 'e', sign, digitPairs[2*x], digitPairs[2*x+1])
		}
		return append(dst, 'e', sign, byte('0'+x/100), digitPairs[2*(x%100)], digitPairs[2*(x%100)+1])
	case decpt <= 0: // 0.000ddd: -decpt zeros after the point
		dst = append(dst, "0.000"[:2-decpt]...)
		return append(dst, d...)
	case decpt >= n: // integral: the digits, zeros up to the point, ".0"
		dst = append(dst, d...)
		dst = append(dst, "0000000000000000"[:decpt-n]...)
		return append(dst, ".0"...)
	default:
		dst = append(dst, d[:decpt]...)
		dst = append(dst, '.')
		return append(dst, d[decpt:]...)
	}
}

// digitPairs holds "00" to "99", for writing two digits at a time.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// putDigits writes the decimal digits of q (q > 0) at the end of buf and
// returns the index of the first one. Eight digits at a time are cut off
// in 64-bit arithmetic and written as pairs in 32-bit arithmetic.
func putDigits(buf *[24]byte, q uint64) int {
	i := len(buf)
	for q >= 1e8 {
		lo := uint32(q % 1e8)
		q /= 1e8
		for range 4 {
			r := lo % 100 * 2
			lo /= 100
			i -= 2
			buf[i], buf[i+1] = digitPairs[r], digitPairs[r+1]
		}
	}
	lo := uint32(q)
	for lo >= 100 {
		r := lo % 100 * 2
		lo /= 100
		i -= 2
		buf[i], buf[i+1] = digitPairs[r], digitPairs[r+1]
	}
	if lo >= 10 {
		i -= 2
		buf[i], buf[i+1] = digitPairs[2*lo], digitPairs[2*lo+1]
		return i
	}
	i--
	buf[i] = byte('0' + lo)
	return i
}

// Repr returns Python's repr(x) (equal to str(x)) for a float64; see
// AppendRepr for the layout and the edge cases.
func Repr(x float64) string {
	var buf [32]byte
	return string(AppendRepr(buf[:0], x))
}
