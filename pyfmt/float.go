package pyfmt

import (
	"math"

	"slices"
	"strconv"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// FormatFloat returns Python's format(x, spec) for a float64.
func FormatFloat(x float64, spec string) (string, error) {
	sp, err := ParseSpecFor(spec, "float")
	if err != nil {
		return "", err
	}
	var buf [64]byte
	b, err := AppendFormatFloat(buf[:0], x, sp)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatFloat appends Python's format(x, spec) for a float64 to dst,
// following CPython 3.11's format_float_internal and format_float_short:
// types e E f F g G n % and none (none without a precision is repr(x);
// with one it is 'g' that switches to exponent notation one digit earlier
// and keeps a ".0"), rounding half-even on the exact binary value, 'n' as
// 'g' in the C locale, '%' multiplying by 100 in float64 first. On error
// dst is returned unchanged with CPython's exception (a *pyerr.Error).
//
// It allocates nothing when dst has room for the result, except that
// types g, G, n and none with a precision above 30 use a temporary. A
// huge precision or width costs time and memory in proportion to the
// result, written once: the digits of the exact value are computed (a
// float has at most 767 significant digits and 1074 after the point),
// and the zeros after them, the fill and the zero-padded groups are
// copied in blocks; dst grows at most once.
func AppendFormatFloat(dst []byte, x float64, sp Spec) ([]byte, error) {
	typ := sp.Type
	if sp.Precision >= MaxWidth {
		if err := hugeFloatPrecision(typ, sp.Precision, sp.Alt); err != nil {
			return dst, err
		}
	}
	if sp.Precision > exactSigPrec && !sp.Alt && (typ == 0 || typ == 'g' || typ == 'G' || typ == 'n') {
		// A float's exact value has at most 767 significant digits and an
		// exponent within ±324: any precision above 800 prints the same
		// text as 800 (g strips trailing zeros and never switches to
		// exponent notation there), without work proportional to it.
		sp.Precision = exactSigPrec
	}
	if typ == 'f' && sp.Precision >= 0 && sp.Precision <= exactFixedPrec && sp.Width <= 0 && sp.Sign == 0 &&
		!sp.Alt && !sp.NoNegZero && sp.Grouping == 0 && x-x == 0 {
		// Plain finite 'f' with a precision: strconv's text is CPython's,
		// and for the everyday magnitudes appendFixed writes it faster.
		if out, ok := appendFixed(dst, x, sp.Precision); ok {
			return out, nil
		}
		return strconv.AppendFloat(dst, x, 'f', sp.Precision, 64), nil
	}
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return dst, unknownCode(typ, "float")
	}
	if sp.Width > MaxWidth {
		return dst, errWidth
	}
	mode := byte(typ)
	prec := sp.Precision
	defPrec := 6
	switch typ {
	case 0:
		mode, defPrec = 'r', 0 // repr, or 'g' with ".0" added (Py_DTSF_ADD_DOT_0)
	case 'n':
		mode = 'g'
	case '%':
		mode = 'f'
		x *= 100
	case 'E', 'F', 'G':
		mode = byte(typ) + ('a' - 'A')
	}
	if prec < 0 {
		prec = defPrec
	} else if mode == 'r' {
		mode = 'g'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	if sp.Width <= 0 && (sp.Grouping == 0 || typ == 'n') {
		// No padding and no grouping: write straight into dst.
		start := len(dst)
		sign := signByte(sp, neg)
		if sign != 0 {
			dst = append(dst, sign)
		}
		bodyStart := len(dst)
		var zeros, at int
		var clearNeg bool
		dst, zeros, at, clearNeg = appendFloatBody(dst, x, typ, mode, prec, sp)
		if clearNeg {
			if s := signByte(sp, false); s != 0 {
				dst[start] = s
			} else {
				dst = append(dst[:start], dst[start+1:]...)
				bodyStart--
				at--
			}
		}
		if typ == 'E' || typ == 'F' || typ == 'G' {
			upper(dst[bodyStart:])
		}
		if zeros > 0 {
			dst = insertZeros(dst, at, zeros)
		}
		return dst, nil
	}
	// The unpadded text (without the zeros of a huge precision) goes to a
	// stack buffer: 64 bytes when it surely fits, else one big enough for
	// any float (appendFloatLarge).
	if prec <= 30 && (mode != 'f' || !(math.Abs(x) >= 1e30)) {
		var nb [64]byte
		return appendFloatLaidOut(dst, nb[:0], x, typ, mode, prec, sp, neg), nil
	}
	return appendFloatLarge(dst, x, typ, mode, prec, sp, neg), nil
}

// Precisions at which a float's text is exact: 'f' with exactFixedPrec
// digits after the point shows every float exactly (2^-1074 has 1074),
// and 'e' and 'g' with exactSigPrec digits too (a float has at most 767
// significant digits). A higher precision only adds zeros after them.
const (
	exactFixedPrec = 1100
	exactSigPrec   = 800
)

// maxFloatBody bounds the unpadded text of a float: 309 integer digits,
// the point, exactFixedPrec digits and '%'.
const maxFloatBody = 309 + 1 + exactFixedPrec + 1

// appendFloatLarge is appendFloatLaidOut with a stack buffer for any body,
// kept out of AppendFormatFloat so that its frame stays small.
//
//go:noinline
func appendFloatLarge(dst []byte, x float64, typ rune, mode byte, prec int, sp Spec, neg bool) []byte {
	var nb [maxFloatBody + 32]byte
	return appendFloatLaidOut(dst, nb[:0], x, typ, mode, prec, sp, neg)
}

// appendFloatLaidOut formats x into buf (not growing it) and appends the
// text padded and grouped as sp says to dst.
func appendFloatLaidOut(dst, buf []byte, x float64, typ rune, mode byte, prec int, sp Spec, neg bool) []byte {
	body, zeros, at, clearNeg := appendFloatBody(buf, x, typ, mode, prec, sp)
	if clearNeg {
		neg = false
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		upper(body)
	}
	n := 0
	for n < len(body) && body[n] >= '0' && body[n] <= '9' {
		n++
	}
	num := number{neg: neg, digits: run{text: body[:n]}, group: 3, sep: sp.Grouping, zeroGroups: sp.Fill == '0' && sp.Align == '='}
	if typ == 'n' {
		num.group = 0
	}
	if zeros == 0 {
		num.rem[0] = run{text: body[n:]}
	} else {
		num.rem[0] = run{text: body[n:at], zeros: zeros}
		num.rem[1] = run{text: body[at:]}
	}
	return appendNumber(dst, sp, &num)
}

// insertZeros inserts n zeros into b at index at.
func insertZeros(b []byte, at, n int) []byte {
	end := len(b)
	b = grow(b, n)[:end+n]
	copy(b[at+n:], b[at:end])
	fillRepeat(b[at:], zeroDigit[:], n)
	return b
}

// appendFloatBody appends the unsigned text of x in the given mode (with
// the '%' suffix for type '%'), except for the zeros of a huge precision
// after the exact digits: zeros more zeros belong at index at of b
// (before the exponent or '%'; at is set only when zeros > 0). clearNeg
// reports that x is negative but the 'z' flag removes its sign because
// it rounded to zero.
func appendFloatBody(b []byte, x float64, typ rune, mode byte, prec int, sp Spec) (_ []byte, zeros, at int, clearNeg bool) {
	switch {
	case math.IsNaN(x):
		b = append(b, "nan"...)
	case math.IsInf(x, 0):
		b = append(b, "inf"...)
	default:
		start := len(b)
		b, zeros, at = formatFinite(b, math.Abs(x), mode, prec, sp.Alt, sp.Type == 0)
		clearNeg = sp.NoNegZero && math.Signbit(x) && allZero(b[start:])
	}
	if typ == '%' {
		b = append(b, '%')
	}
	return b, zeros, at, clearNeg
}

func signByte(sp Spec, neg bool) byte {
	switch {
	case neg:
		return '-'
	case sp.Sign == '+' || sp.Sign == ' ':
		return sp.Sign
	}
	return 0
}

// allZero reports whether the mantissa digits of a formatted number are all
// zero.
func allZero(b []byte) bool {
	for _, c := range b {
		switch {
		case c == 'e':
			return true
		case c >= '1' && c <= '9':
			return false
		}
	}
	return true
}

// formatFinite is CPython's format_float_short for a finite x >= 0 (with
// the sign bit cleared): mode 'e', 'f', 'g' or 'r' (repr). A precision
// beyond the exact digits (exactFixedPrec, exactSigPrec) is not written
// out: zeros more zeros belong at index at of b, before the exponent (at
// is set only when zeros > 0).
func formatFinite(b []byte, x float64, mode byte, prec int, alt, addDot0 bool) (_ []byte, zeros, at int) {
	switch mode {
	case 'f':
		if prec > exactFixedPrec {
			zeros, prec = prec-exactFixedPrec, exactFixedPrec
		}
		b = strconv.AppendFloat(b, x, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
		return b, zeros, len(b)
	case 'e':
		if prec > exactSigPrec {
			zeros, prec = prec-exactSigPrec, exactSigPrec
		}
		start := len(b)
		b = strconv.AppendFloat(b, x, 'e', prec, 64)
		if alt && prec == 0 {
			b = slices.Insert(b, start+1, '.')
		}
		if zeros > 0 {
			at = len(b) - 1
			for b[at] != 'e' {
				at--
			}
		}
		return b, zeros, at
	}
	// 'g' and 'r': digits, then CPython's layout.
	if mode == 'g' && alt && prec > exactSigPrec {
		// The alternate form keeps the trailing zeros; the layout
		// (exponent or not) is the same at exactSigPrec, as the decimal
		// point is never more than 309 digits in.
		zeros, prec = prec-exactSigPrec, exactSigPrec
	}
	var db [40]byte
	var d []byte
	if mode == 'r' {
		d = strconv.AppendFloat(db[:0], x, 'e', -1, 64)
	} else {
		if prec == 0 {
			prec = 1
		}
		if prec <= 30 {
			d = strconv.AppendFloat(db[:0], x, 'e', prec-1, 64)
		} else {
			d = strconv.AppendFloat(nil, x, 'e', prec-1, 64)
		}
	}
	e := len(d) - 1
	for d[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(d[e+1:]))
	if len(d) > 2 && d[1] == '.' {
		copy(d[1:], d[2:e])
		e--
	}
	digits := d[:e]
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	decpt := exp + 1
	useExp := false
	vEnd := len(digits)
	if mode == 'g' {
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		useExp = decpt <= -4 || decpt > lim
		if alt {
			vEnd = prec
		}
	} else {
		useExp = decpt <= -4 || decpt > 16
	}
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	if decpt <= 0 {
		b = append(b, "0."...)
		b = appendZeros(b, -decpt)
	}
	if 0 < decpt && decpt <= len(digits) {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if len(digits) < decpt {
		b = appendZeros(b, decpt-len(digits))
		b = append(b, '.')
		b = appendZeros(b, vEnd-decpt)
	} else {
		b = appendZeros(b, vEnd-len(digits))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	at = len(b)
	if useExp {
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b, zeros, at
}

var errPrecisionTooBig = pyerr.ValueError("precision too big")

// hugeFloatPrecision is the error for a precision of MaxWidth or more:
// CPython's ValueError past INT_MAX (format_float_internal checks it after
// the presentation type), and, as for widths, MemoryError instead of a
// result of more than MaxWidth bytes: e, f and %, and g (or none) with #,
// which keeps the trailing zeros. Plain g strips them, so its result is
// at most the exact value's 767 significant digits.
func hugeFloatPrecision(typ rune, prec int, alt bool) error {
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return nil // the unknown code's error comes first
	}
	if prec > math.MaxInt32 {
		return errPrecisionTooBig
	}
	switch typ {
	case 'e', 'E', 'f', 'F', '%':
		return errWidth
	}
	if alt {
		return errWidth
	}
	return nil
}

// appendFixed appends format(x, '.{prec}f') for finite x when
// |x|·10^prec < 2^52, and reports false, appending nothing, otherwise.
// The digits are those of the integer q nearest the exact value
// |x|·10^prec, ties to even (CPython's dtoa mode 3 rounding), which one
// fused multiply-add finds. Without a big-decimal conversion this is
// about twice as fast as strconv's 'f' with a precision.
func appendFixed(dst []byte, x float64, prec int) ([]byte, bool) {
	if uint(prec) > digits.MaxPow10Float {
		return dst, false
	}
	// One fused multiply-add rounds |x|·p + 2^52 once, exactly: in
	// [2^52, 2^53) the doubles are the integers, so q is the exact product
	// rounded half-even. s < 2^53 means |x|·p < 2^52.
	s := math.FMA(math.Abs(x), digits.Pow10Float(prec), 0x1p52)
	if !(s < 0x1p53) {
		return dst, false
	}
	q := s - 0x1p52
	var buf [24]byte
	digits := strconv.AppendUint(buf[:0], uint64(q), 10)
	if math.Signbit(x) {
		dst = append(dst, '-') // Python keeps the sign of -0.00
	}
	intLen := len(digits) - prec
	if intLen <= 0 {
		dst = append(dst, '0')
	} else {
		dst = append(dst, digits[:intLen]...)
	}
	if prec > 0 {
		dst = append(dst, '.')
		for ; intLen < 0; intLen++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits[max(intLen, 0):]...)
	}
	return dst, true
}
