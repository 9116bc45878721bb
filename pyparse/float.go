package pyparse

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// Float returns float(s) as CPython 3.11 computes it for a str s:
//
//   - Leading and trailing white space is ignored: ASCII " \t\n\v\f\r" and
//     the Unicode spaces such as U+00A0, U+2003, U+3000 and U+0085. (Unlike
//     str.strip(), float() does not strip U+001C..U+001F.)
//   - Then an optional sign and either inf, infinity or nan in any case, or
//     a decimal number: digits with an optional '.' (".5" and "5." are
//     valid, "." is not), then optionally e or E, an optional sign and at
//     least one digit.
//   - Digits are ASCII or any Unicode decimal digit (category Nd, e.g.
//     "١٢" is 12). A single underscore may separate two digits (PEP 515):
//     "1_000.000_1e1_0" is valid; "1__0", "_1", "1_", "1_.5", "1._5",
//     "1_e5" and "1e_5" are not.
//   - Nothing else: no hexadecimal, no "0x", no inner spaces, no commas.
//
// The result is correctly rounded (round-half-even on the exact decimal
// value); values too large give ±Inf and values too small ±0 without error,
// as in Python. "nan" gives a quiet NaN whose sign is the sign written
// (CPython's float('-nan') has its sign bit set), with the payload bits of
// CPython's NaN (0x7ff8000000000000).
//
// On a syntax error Float returns 0 and a *pyerr.Error:
//
//	ValueError: could not convert string to float: ' abc '
//
// quoting the whole original input, white space included (see pyfmt.Quote;
// invalid UTF-8 bytes are rejected and shown as \xNN). An input of more
// than 200 characters is quoted in part (unlike Python), followed by
// "… (N more bytes)" (see pyfmt.AppendQuoteBounded).
//
// Float allocates nothing when it succeeds, except when the result overflows
// to ±Inf (strconv reports that with an allocated error, which Float drops),
// when a number that needs cleaning (underscores, non-ASCII digits or
// surrounding white space) has more than 64 characters, and for texts of 800
// characters or more (normalized first to avoid misreadings by strconv; see
// longFloat).
func Float[S ~string | ~[]byte](s S) (float64, error) {
	str := asString(s)
	if f, ok := parseFloat(str); ok {
		return f, nil
	}
	return 0, floatError(str)
}

func floatError(s string) error {
	return pyerr.ValueError(string(pyfmt.AppendQuoteBounded([]byte("could not convert string to float: "), s)))
}

// fastFloatChar marks the bytes that make up plain decimal floats. For a
// string of these bytes only, CPython's and strconv's grammars coincide.
var fastFloatChar = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'.': true, 'e': true, 'E': true, '+': true, '-': true,
}

// parseFloat implements Float; ok is false for a syntax error.
func parseFloat(s string) (f float64, ok bool) {
	i := 0
	for i < len(s) && fastFloatChar[s[i]] {
		i++
	}
	if i == len(s) && i > 0 && len(s) < longFloat {
		// [+-]digits[.digits][e[+-]digits]: both grammars accept exactly
		// these strings, and strconv reports overflow as ±Inf with ErrRange.
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil || math.IsInf(f, 0)
	}
	return parseFloatSlow(s)
}

// Canonical NaNs, as CPython's _Py_dg_stdnan builds them.
const (
	nanBits    = 0x7ff8000000000000
	negNaNBits = 0xfff8000000000000
)

func parseFloatSlow(s string) (float64, bool) {
	i, j := trimCSpace(s)
	t := s[i:j]
	p := 0
	neg := false
	if p < len(t) && (t[p] == '+' || t[p] == '-') {
		neg = t[p] == '-'
		p++
	}
	if p < len(t) && (t[p]|0x20 == 'i' || t[p]|0x20 == 'n') {
		switch w := t[p:]; {
		case equalFold(w, "inf"), equalFold(w, "infinity"):
			if neg {
				return math.Inf(-1), true
			}
			return math.Inf(1), true
		case equalFold(w, "nan"):
			if neg {
				return math.Float64frombits(negNaNBits), true
			}
			return math.Float64frombits(nanBits), true
		}
		return 0, false
	}
	// Copy the number without underscores, with ASCII digits, into buf.
	var stack [64]byte
	buf := stack[:0]
	if neg {
		buf = append(buf, '-')
	}
	const (
		intPart  = iota // digits before '.'
		fracPart        // digits after '.'
		expStart        // just after 'e': sign or digit
		expPart         // exponent digits (after the optional sign)
	)
	phase := intPart
	mantDigits, expDigits := 0, 0
	prevDigit, underscore := false, false
	for p < len(t) {
		c, size := transformed(t, p)
		p += size
		if c >= '0' && c <= '9' {
			buf = append(buf, c)
			if phase >= expStart {
				phase = expPart
				expDigits++
			} else {
				mantDigits++
			}
			prevDigit, underscore = true, false
			continue
		}
		if c == '_' {
			// Only between two digits (checked on both sides).
			if !prevDigit {
				return 0, false
			}
			prevDigit, underscore = false, true
			continue
		}
		if underscore {
			return 0, false
		}
		prevDigit = false
		switch {
		case c == '.' && phase == intPart:
			phase = fracPart
		case (c == 'e' || c == 'E') && phase <= fracPart && mantDigits > 0:
			phase = expStart
		case (c == '+' || c == '-') && phase == expStart && expDigits == 0 && buf[len(buf)-1] == 'e':
			// sign right after 'e'
		default:
			return 0, false
		}
		if c == 'E' {
			c = 'e'
		}
		buf = append(buf, c)
	}
	if underscore || mantDigits == 0 || (phase >= expStart && expDigits == 0) {
		return 0, false
	}
	if len(buf) >= longFloat {
		buf = normalizeLong(buf)
	}
	// buf is a valid strconv float; only overflow (±Inf, ErrRange) can be
	// reported, and its error value is dropped.
	f, _ := strconv.ParseFloat(unsafe.String(unsafe.SliceData(buf), len(buf)), 64)
	return f, true
}

// longFloat is the length from which a float's text is normalized before
// strconv sees it, because of two limits of strconv (Go 1.26) with long
// inputs: it stops accumulating an exponent once it reaches 10000 (so
// "1e100000" is read as 1e10000), and in its exact slow path it computes the
// decimal point position from at most 800 stored digits, so that
// strconv.ParseFloat("1"*900 + "e-500") returns 1.1111111111111112e+299
// instead of +Inf. Texts shorter than longFloat have fewer than 800 digits.
const longFloat = 800

// maxSigDigits is the number of significant digits normalizeLong keeps.
// Binary64 rounding boundaries (midpoints between adjacent doubles) have at
// most 767 significant decimal digits, so cutting after more digits than
// that and marking a nonzero remainder with a final 1 rounds the same way;
// with the sticky digit the result stays below strconv's 800 digits.
const maxSigDigits = 780

// normalizeLong rewrites a validated float text [-]digits[.digits][e[+-]digits]
// of any length as [-]0.DIGITS[1]e<exp> with at most maxSigDigits+1
// significant digits and a small exponent, denoting a value that rounds to
// the same float64.
func normalizeLong(b []byte) []byte {
	out := make([]byte, 0, maxSigDigits+32)
	i := 0
	if b[0] == '-' {
		out = append(out, '-')
		i = 1
	}
	out = append(out, "0."...)
	// point is the decimal exponent of the first significant digit:
	// value = 0.DIGITS × 10^point.
	var point int64
	seenPoint, seenNonzero, sticky := false, false, false
	nsig := 0
	for ; i < len(b) && b[i] != 'e'; i++ {
		c := b[i]
		if c == '.' {
			seenPoint = true
			continue
		}
		if !seenNonzero {
			if c == '0' {
				if seenPoint {
					point--
				}
				continue
			}
			seenNonzero = true
		}
		if !seenPoint {
			point++
		}
		if nsig < maxSigDigits {
			out = append(out, c)
			nsig++
		} else if c != '0' {
			sticky = true
		}
	}
	if !seenNonzero {
		return append(out, '0')
	}
	if sticky {
		out = append(out, '1')
	}
	// Exponent, saturated far beyond the float64 range.
	if i < len(b) {
		i++ // 'e'
		neg := false
		if b[i] == '+' || b[i] == '-' {
			neg = b[i] == '-'
			i++
		}
		var e int64
		for ; i < len(b); i++ {
			if e < 1<<40 {
				e = e*10 + int64(b[i]-'0')
			}
		}
		if neg {
			e = -e
		}
		point += e
	}
	point = max(-2000, min(point, 2000))
	out = append(out, 'e')
	return strconv.AppendInt(out, point, 10)
}
