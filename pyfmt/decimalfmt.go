package pyfmt

import (
	"strings"
	"unicode/utf8"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
)

// decimalTypeName is the type name that makes ParseSpecFor parse by C
// _decimal's rules.
const decimalTypeName = "decimal.Decimal"

var (
	errDecFormat = pyerr.ValueError("invalid format string")
	errDecLimits = pyerr.ValueError("format specification exceeds internal limits of _decimal")
)

// mpdMaxPrec is libmpdec's MPD_MAX_PREC on 64-bit platforms.
const mpdMaxPrec = 999999999999999999

// decSpec is a format spec as CPython 3.11's C _decimal sees it: the 'z'
// option stripped by dec_format, the rest parsed by libmpdec's
// mpd_parse_fmt_str ([[fill]align][sign][0][width][,][.precision][type]).
type decSpec struct {
	fill      rune
	align     byte // '<', '>', '^', '=' or 'z' (the 0 flag)
	sign      byte // '+', '-', ' '
	noNegZero bool
	width     int64
	grouping  bool
	prec      int64 // -1 if not given
	typ       byte  // e E f F g G %
	code      byte  // the type character as written (n and N too), 0 if none
}

// zSearch is CPython 3.11's format_spec_z_search: the index of a 'z' that
// follows [[fill]align][sign], or -1. It reads bytes, not the C string: a
// fill is one byte plus any bytes >= 0x80 after it, and a NUL byte passes
// for an align and for a sign character (strchr("<>=^", 0) finds the
// terminator). So 'z\x00>8' has no 'z' option and is invalid ('z' is read
// as a type), while 'z.2\x00f' has one.
func zSearch(s string) int {
	in := func(set string, c byte) bool { return c == 0 || strings.IndexByte(set, c) >= 0 }
	pos := 1
	for pos < len(s) && s[pos]&0x80 != 0 {
		pos++
	}
	if pos < len(s) && in("<>=^", s[pos]) {
		pos++
	} else if pos = 0; len(s) > 0 && in("<>=^", s[0]) {
		pos = 1
	}
	if pos < len(s) && in("+- ", s[pos]) {
		pos++
	}
	if pos < len(s) && s[pos] == 'z' {
		return pos
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseDecSpec parses s as C _decimal's __format__ does.
func parseDecSpec(s string) (decSpec, error) {
	sp, err := parseDecSpecC(s)
	if err == nil && len(s) > 0 && s[0] == 0 && sp.fill == '_' {
		sp.fill = 0 // dec_format's placeholder for a NUL fill, put back
	}
	return sp, err
}

// parseDecSpecC is parseDecSpec on the C string dec_format hands to
// mpd_parse_fmt_str: a leading NUL (a NUL fill) replaced by '_', the 'z'
// option found by zSearch on the whole spec and removed, and the text then
// cut at the first NUL ('>5\x00' is '>5').
func parseDecSpecC(s string) (decSpec, error) {
	if len(s) > 0 && s[0] == 0 {
		s = "_" + s[1:]
	}
	sp := decSpec{fill: ' ', align: '>', sign: '-', prec: -1, typ: 'G'}
	if z := zSearch(s); z >= 0 {
		sp.noNegZero = true
		s = s[:z] + s[z+1:]
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	p := 0
	haveAlign := false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		if r == utf8.RuneError && n == 1 {
			return sp, errDecFormat
		}
		sp.fill, sp.align, haveAlign = r, s[n], true
		p = n + 1
	} else if len(s) > 0 && isAlign(s[0]) {
		sp.align, haveAlign = s[0], true
		p = 1
	}
	if p < len(s) && (s[p] == '+' || s[p] == '-' || s[p] == ' ') {
		sp.sign = s[p]
		p++
	}
	if p < len(s) && s[p] == '0' {
		if haveAlign {
			return sp, errDecFormat
		}
		sp.align, sp.fill = 'z', '0'
		p++
	}
	readNum := func() (int64, bool) {
		var v int64
		for p < len(s) && isDigit(s[p]) {
			d := int64(s[p] - '0')
			if v > (1<<63-1-d)/10 {
				return 0, false
			}
			v = v*10 + d
			p++
		}
		return v, true
	}
	if p < len(s) && isDigit(s[p]) {
		if s[p] == '0' {
			return sp, errDecFormat
		}
		var ok bool
		if sp.width, ok = readNum(); !ok {
			return sp, errDecFormat
		}
	}
	if p < len(s) && s[p] == ',' {
		sp.grouping = true
		p++
	}
	if p < len(s) && s[p] == '.' {
		p++
		if p >= len(s) || !isDigit(s[p]) {
			return sp, errDecFormat
		}
		var ok bool
		if sp.prec, ok = readNum(); !ok {
			return sp, errDecFormat
		}
	}
	if p < len(s) {
		switch c := s[p]; c {
		case 'E', 'e', 'F', 'f', 'G', 'g', '%':
			sp.typ, sp.code = c, c
			p++
		case 'N', 'n':
			// The C locale: no thousands separator.
			if sp.grouping {
				return sp, errDecFormat
			}
			sp.typ, sp.code = 'g', c
			if c == 'N' {
				sp.typ = 'G'
			}
			p++
		}
	}
	if p != len(s) {
		return sp, errDecFormat
	}
	return sp, nil
}

// parseDecimalSpec is ParseSpecFor(s, "decimal.Decimal"): the exported
// fields say what the spec asks for, and sp.dec keeps the parse that
// AppendFormatAPD uses.
func parseDecimalSpec(s string) (Spec, error) {
	d, err := parseDecSpec(s)
	if err != nil {
		return Spec{}, err
	}
	sp := Spec{Fill: d.fill, Align: d.align, NoNegZero: d.noNegZero, Width: -1, Precision: -1, spec: s, dec: &d}
	if d.align == 'z' {
		sp.Align = '='
	}
	if d.sign != '-' {
		sp.Sign = d.sign
	}
	if d.width > 0 {
		sp.Width = int(min(d.width, MaxWidth+1))
	}
	if d.prec >= 0 {
		sp.Precision = int(min(d.prec, mpdMaxPrec))
	}
	if d.grouping {
		sp.Grouping = ','
	}
	sp.Type = rune(d.code)
	return sp, nil
}

// FormatAPD returns Python's format(Decimal, spec) for the decimal.Decimal
// that x represents (see AppendAPD); see AppendFormatAPD.
func FormatAPD(x *apd.Decimal, spec string) (string, error) {
	d, err := parseDecSpec(spec)
	if err != nil {
		return "", err
	}
	var buf [64]byte
	b, err := appendFormatAPD(buf[:0], x, &d)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormatAPD appends Python's format(d, spec) for the decimal.Decimal
// d that x represents (see AppendAPD) to dst, as CPython 3.11's C _decimal
// does it under the default context: rounding ROUND_HALF_EVEN on the exact
// decimal value; types e E f F g G n N % and none (none is 'G', as the
// default context has capitals=1: str()'s layout, '1E+2'; 'n' and 'N' are
// 'g' and 'G' in the C locale); trailing zeros kept; minimal exponent
// digits (1.23e+0); precision counting significant digits for g and G;
// NaN, sNaN and Infinity as str() shows them, padded but never zero-filled.
// The 'z' option follows CPython 3.11.7 including its quirk for type 'F',
// where it only applies to a value that is zero before rounding.
//
// The C module parses specs with libmpdec, not with Python's generic
// parser: the '#' option, '_' grouping, ',' with 'n', the 0 flag after an
// alignment ('<05'), other types ('d') and numbers beyond int64 are all
// "ValueError: invalid format string", and 'N' is accepted; a width or
// precision above 999999999999999999 is "ValueError: format specification
// exceeds internal limits of _decimal" (the precision only for finite
// values). A Spec from ParseSpecFor(s, "decimal.Decimal") carries that
// parse and is used as it is; for a Spec from ParseSpec or another type
// name, AppendFormatAPD parses the text it was parsed from by these
// rules on every call; a Spec built by hand without ParseSpec formats as
// the empty spec.
//
// With a Spec from ParseSpecFor(s, "decimal.Decimal"), AppendFormatAPD
// allocates nothing when dst has room, unless the formatted number is
// longer than 40 digits (or is a NaN with a payload). A precision beyond
// the coefficient's digits is not appended digit by digit: its zeros, the
// fill and the zero-padded groups are written in blocks, and dst grows at
// most once, however long the result.
//
// Widths above MaxWidth, and results that would be longer than MaxWidth
// bytes (e, f and % with a precision of MaxWidth or more, f and % with
// more than MaxWidth integer digits), give MemoryError instead of being
// attempted. On error dst is
// returned unchanged.
func AppendFormatAPD(dst []byte, x *apd.Decimal, sp Spec) ([]byte, error) {
	if sp.dec != nil {
		return appendFormatAPD(dst, x, sp.dec)
	}
	d, err := parseDecSpec(sp.spec)
	if err != nil {
		return dst, err
	}
	return appendFormatAPD(dst, x, &d)
}

func appendFormatAPD(dst []byte, x *apd.Decimal, sp *decSpec) ([]byte, error) {
	if sp.width > mpdMaxPrec {
		return dst, errDecLimits
	}
	if sp.width > MaxWidth {
		return dst, errWidth
	}
	lay := Spec{Fill: sp.fill, Align: sp.align, Width: int(sp.width), Precision: -1}
	if sp.sign != '-' {
		lay.Sign = sp.sign
	}
	var stack [40]byte
	if x.Form != apd.Finite {
		var body []byte
		switch x.Form {
		case apd.Infinite:
			body = AppendDecimalSpecial(stack[:0], false, Infinity, nil)
		default:
			digits := appendAPDCoeff(stack[:0], &x.Coeff)
			kind := NaN
			if x.Form == apd.NaNSignaling {
				kind = SNaN
			}
			var special [48]byte
			body = AppendDecimalSpecial(special[:0], false, kind, digits)
		}
		if sp.typ == '%' {
			body = append(body, '%')
		}
		if lay.Align == 'z' {
			lay.Fill, lay.Align = ' ', '>'
		}
		num := number{neg: x.Negative, rem: [3]run{{text: body}}}
		return appendNumber(dst, lay, &num), nil
	}
	if sp.prec > mpdMaxPrec {
		return dst, errDecLimits
	}
	digits := appendAPDCoeff(stack[:0], &x.Coeff)
	exp := int64(x.Exponent)
	typ := sp.typ | 0x20 // lowercase
	if typ == '%' {
		exp += 2
	}
	zero := len(digits) == 1 && digits[0] == '0'
	zeroIn := zero
	prec := sp.prec
	// The coefficient is digits followed by pad zeros: a precision that
	// asks for more digits than the value has (_pydecimal's _rescale and
	// _round append them) only counts them.
	var pad int64
	var err error
	if prec >= 0 {
		switch typ {
		case 'e':
			if !zero {
				if prec >= MaxWidth {
					return dst, errWidth
				}
				if places := prec + 1; int64(len(digits)) < places {
					pad = places - int64(len(digits))
					exp -= pad
				} else if digits, exp, err = roundSig(digits, exp, places); err != nil {
					return dst, err
				}
			}
		case 'f', '%':
			if prec >= MaxWidth {
				return dst, errWidth
			}
			if exp > -prec && !zero && exp+prec+int64(len(digits)) > MaxWidth {
				return dst, errWidth
			}
			switch {
			case exp < -prec:
				if digits, exp, err = rescaleDigits(digits, exp, -prec); err != nil {
					return dst, err
				}
			case zero:
				exp = -prec
			default:
				pad = exp + prec
				exp = -prec
			}
		case 'g':
			if prec == 0 {
				prec = 1
			}
			if int64(len(digits)) > prec {
				if digits, exp, err = roundSig(digits, exp, prec); err != nil {
					return dst, err
				}
			}
		}
	}
	zero = len(digits) == 1 && digits[0] == '0'
	if zero && exp > 0 && (typ == 'f' || typ == '%') {
		exp = 0
	}
	// CPython 3.11's dec_format tests the unrounded value for type 'F'
	// (fixed in later versions): -0.001 with "z.1F" stays "-0.0".
	negZero := zero
	if sp.typ == 'F' {
		negZero = zeroIn
	}
	neg := x.Negative && !(negZero && sp.noNegZero)
	nd := int64(len(digits))
	n := nd + pad
	leftdigits := exp + n
	var dotplace int64
	switch typ {
	case 'e':
		dotplace = 1
		if zero && prec >= 0 {
			dotplace = 1 - prec
		}
	case 'f', '%':
		dotplace = leftdigits
	default:
		dotplace = 1
		if exp <= 0 && leftdigits > -6 {
			dotplace = leftdigits
		}
	}
	if dotplace > MaxWidth || dotplace < -MaxWidth || n > MaxWidth {
		return dst, errWidth
	}
	num := number{neg: neg, group: 3}
	switch {
	case dotplace < 0:
		num.digits = run{text: zeroDigit[:]}
		num.rem[0] = run{text: dot[:], zeros: int(-dotplace)}
		num.rem[1] = run{text: digits, zeros: int(pad)}
	case dotplace > n:
		num.digits = run{text: digits, zeros: int(pad + dotplace - n)}
	case dotplace > nd:
		num.digits = run{text: digits, zeros: int(dotplace - nd)}
		if n > dotplace {
			num.rem[0] = run{text: dot[:], zeros: int(n - dotplace)}
		}
	default:
		num.digits = run{text: digits[:dotplace]}
		if dotplace == 0 {
			num.digits.text = zeroDigit[:]
		}
		if n > dotplace {
			num.rem[0] = run{text: dot[:]}
			num.rem[1] = run{text: digits[dotplace:], zeros: int(pad)}
		}
	}
	var tail [24]byte
	t := tail[:0]
	if e := leftdigits - dotplace; e != 0 || typ == 'e' {
		echar := byte('e')
		if sp.typ == 'E' || sp.typ == 'G' {
			echar = 'E'
		}
		t = append(t, echar)
		if e >= 0 {
			t = append(t, '+')
		}
		t = appendInt64(t, e)
	}
	if typ == '%' {
		t = append(t, '%')
	}
	num.rem[2] = run{text: t}
	if sp.grouping {
		// Only the 0 flag pads inside the groups.
		num.sep = ','
		num.zeroGroups = lay.Align == 'z'
	}
	if lay.Align == 'z' {
		lay.Align = '='
	}
	return appendNumber(dst, lay, &num), nil
}

var dot = [1]byte{'.'}

func appendInt64(b []byte, v int64) []byte {
	var buf [20]byte
	i := len(buf)
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// rescaleDigits is _pydecimal's _rescale(newExp, ROUND_HALF_EVEN) of the
// nonnegative decimal digits × 10^exp (digits without leading zeros, "0"
// for zero), done in place in digits' array (grown only to append zeros).
func rescaleDigits(digits []byte, exp, newExp int64) ([]byte, int64, error) {
	q, ok := mode.QuantizeDigits(digits, exp, newExp, mode.HalfEven, false, MaxWidth)
	if !ok {
		return nil, 0, errWidth
	}
	return q, newExp, nil
}

// roundSig is _pydecimal's _round(places, ROUND_HALF_EVEN) for a nonzero
// value: round to places significant digits.
func roundSig(digits []byte, exp, places int64) ([]byte, int64, error) {
	adj := exp + int64(len(digits)) - 1
	d, e, err := rescaleDigits(digits, exp, adj+1-places)
	if err == nil && e+int64(len(d))-1 != adj {
		// A carry added a digit (9.96 to 2 places is 10.0): drop it.
		d, e, err = rescaleDigits(d, e, e+int64(len(d))-places)
	}
	return d, e, err
}
