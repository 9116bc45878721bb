package pyfmt

import (
	"math"

	"slices"
	"strconv"
	"unicode/utf8"

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
// It allocates nothing when dst has room for the result, except that a
// padded or grouped result whose unpadded text may exceed 64 bytes (a
// precision above 30, or 'f' and '%' for |x| >= 1e30) also needs room for
// that text in dst, and types g, G, n and none with a precision above 30
// use a temporary.
func AppendFormatFloat(dst []byte, x float64, sp Spec) ([]byte, error) {
	typ := sp.Type
	if sp.Precision >= MaxWidth {
		if err := hugeFloatPrecision(typ, sp.Precision, sp.Alt); err != nil {
			return dst, err
		}
	}
	if sp.Precision > 800 && !sp.Alt && (typ == 0 || typ == 'g' || typ == 'G' || typ == 'n') {
		// A float's exact value has at most 767 significant digits and an
		// exponent within ±324: any precision above 800 prints the same
		// text as 800 (g strips trailing zeros and never switches to
		// exponent notation there), without work proportional to it.
		sp.Precision = 800
	}
	if typ == 'f' && sp.Precision >= 0 && sp.Width <= 0 && sp.Sign == 0 && !sp.Alt && !sp.NoNegZero &&
		sp.Grouping == 0 && x-x == 0 {
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
		var clearNeg bool
		dst, clearNeg = appendFloatBody(dst, x, typ, mode, prec, sp)
		if clearNeg {
			if s := signByte(sp, false); s != 0 {
				dst[start] = s
			} else {
				dst = append(dst[:start], dst[start+1:]...)
				bodyStart--
			}
		}
		if typ == 'E' || typ == 'F' || typ == 'G' {
			upper(dst[bodyStart:])
		}
		return dst, nil
	}
	// The unpadded text goes to a stack buffer when it surely fits in 64
	// bytes, else to the end of dst, from where the laid-out result is
	// moved down over it (so a dst with room for both allocates nothing).
	var nb [64]byte
	var body []byte
	var clearNeg bool
	start := len(dst)
	small := prec <= 30 && (mode != 'f' || !(math.Abs(x) >= 1e30))
	if small {
		body, clearNeg = appendFloatBody(nb[:0], x, typ, mode, prec, sp)
	} else {
		dst, clearNeg = appendFloatBody(dst, x, typ, mode, prec, sp)
		body = dst[start:]
	}
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
	group := 3
	if typ == 'n' {
		group = 0
	}
	dst = appendNumber(dst, sp, neg, "", body[:n], body[n:], len(body)-n, group)
	if !small {
		// dst[start:] is the body, then the result: move the result down.
		k := len(body)
		copy(dst[start:], dst[start+k:])
		dst = dst[:len(dst)-k]
	}
	return dst, nil
}

// appendFloatBody appends the unsigned text of x in the given mode (with
// the '%' suffix for type '%'); clearNeg reports that x is negative but
// the 'z' flag removes its sign because it rounded to zero.
func appendFloatBody(b []byte, x float64, typ rune, mode byte, prec int, sp Spec) (_ []byte, clearNeg bool) {
	switch {
	case math.IsNaN(x):
		b = append(b, "nan"...)
	case math.IsInf(x, 0):
		b = append(b, "inf"...)
	default:
		start := len(b)
		b = formatFinite(b, math.Abs(x), mode, prec, sp.Alt, sp.Type == 0)
		clearNeg = sp.NoNegZero && math.Signbit(x) && allZero(b[start:])
	}
	if typ == '%' {
		b = append(b, '%')
	}
	return b, clearNeg
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
// the sign bit cleared): mode 'e', 'f', 'g' or 'r' (repr).
func formatFinite(b []byte, x float64, mode byte, prec int, alt, addDot0 bool) []byte {
	switch mode {
	case 'f':
		b = strconv.AppendFloat(b, x, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
		return b
	case 'e':
		start := len(b)
		b = strconv.AppendFloat(b, x, 'e', prec, 64)
		if alt && prec == 0 {
			b = slices.Insert(b, start+1, '.')
		}
		return b
	}
	// 'g' and 'r': digits, then CPython's layout.
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
	return b
}

func appendZeros(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, '0')
	}
	return b
}

// appendNumber lays out a formatted number as CPython's calc_number_widths
// and fill_number do: sign, prefix, the integer digits (grouped every group
// digits when sp.Grouping is set and group > 0, with zero padding going
// into the groups), then rem (remWidth code points), padded to sp.Width
// with sp.Fill as sp.Align says (default right).
func appendNumber(dst []byte, sp Spec, neg bool, prefix string, digits, rem []byte, remWidth, group int) []byte {
	sign := signByte(sp, neg)
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	grouping := sp.Grouping != 0 && group > 0 && len(digits) > 0
	nGrouped := len(digits)
	minWidth := 0
	if grouping {
		if sp.Fill == '0' && sp.Align == '=' {
			minWidth = sp.Width - nSign - len(prefix) - remWidth
		}
		nGrouped = groupedLen(len(digits), minWidth, group)
	}
	total := nSign + len(prefix) + nGrouped + remWidth
	pad := 0
	if sp.Width > total {
		pad = sp.Width - total
	}
	var left, mid, right int
	switch sp.Align {
	case '<':
		right = pad
	case '^':
		left = pad / 2
		right = pad - left
	case '=':
		mid = pad
	default:
		left = pad
	}
	dst = appendFill(dst, sp.Fill, left)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, prefix...)
	dst = appendFill(dst, sp.Fill, mid)
	if grouping {
		dst = appendGrouped(dst, digits, nGrouped, minWidth, group, sp.Grouping)
	} else {
		dst = append(dst, digits...)
	}
	dst = append(dst, rem...)
	return appendFill(dst, sp.Fill, right)
}

func appendFill(dst []byte, fill rune, n int) []byte {
	if n <= 0 {
		return dst
	}
	// Grow once and double the filled part by copying: a width of 10^9
	// is one allocation and about 30 copies, not 10^9 appends, each a
	// possible reallocation.
	var enc [utf8.UTFMax]byte
	w := utf8.EncodeRune(enc[:], fill) // invalid runes as U+FFFD, as utf8.AppendRune does
	start := len(dst)
	dst = slices.Grow(dst, n*w)[:start+n*w]
	seg := dst[start:]
	for filled := copy(seg, enc[:w]); filled < len(seg); filled *= 2 {
		copy(seg[filled:], seg[:filled])
	}
	return dst
}

// groupedLen is the length of CPython's _PyUnicode_InsertThousandsGrouping
// output for n digits, minimum width minWidth and groups of group digits.
func groupedLen(n, minWidth, group int) int {
	count := 0
	for first := true; ; first = false {
		l := min(group, max(n, minWidth, 1))
		if !first {
			count++
		}
		chars := max(0, min(n, l))
		count += l
		n -= chars
		minWidth -= l
		if n <= 0 && minWidth <= 0 {
			return count
		}
		minWidth--
	}
}

// appendGrouped writes the grouped digits (total length total) backwards,
// as _PyUnicode_InsertThousandsGrouping does.
func appendGrouped(dst, digits []byte, total, minWidth, group int, sep byte) []byte {
	start := len(dst)
	dst = slices.Grow(dst, total)[:start+total]
	p := len(dst)
	n := len(digits)
	for first := true; ; first = false {
		l := min(group, max(n, minWidth, 1))
		if !first {
			p--
			dst[p] = sep
		}
		chars := max(0, min(n, l))
		for i := 0; i < chars; i++ {
			p--
			n--
			dst[p] = digits[n]
		}
		for i := chars; i < l; i++ {
			p--
			dst[p] = '0'
		}
		minWidth -= l
		if n <= 0 && minWidth <= 0 {
			return dst
		}
		minWidth--
	}
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
