package pyparse

import (
	"unicode/utf8"
	"unsafe"
)

// asString returns the bytes of s as a string without copying. The result
// must not outlive s's data being unmodified; the parsers only read it and
// copy whatever they keep. (A string header is the first two words of a
// slice header, so the reinterpretation is valid for both kinds of S.)
func asString[S ~string | ~[]byte](s S) string {
	return *(*string)(unsafe.Pointer(&s))
}

// digitValue returns the value of the decimal digit r (category Nd, as
// CPython 3.11's Py_UNICODE_TODECIMAL), or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < digitZeros[1] || r > digitZeros[len(digitZeros)-1]+9 {
		return -1
	}
	lo, hi := 0, len(digitZeros) // find the last zero <= r
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if digitZeros[m] <= r {
			lo = m
		} else {
			hi = m
		}
	}
	if d := r - digitZeros[lo]; d < 10 {
		return int(d)
	}
	return -1
}

// isUnicodeSpace reports whether r >= 0x80 is white space for CPython
// (str.isspace; Py_UNICODE_ISSPACE).
func isUnicodeSpace(r rune) bool {
	for _, sp := range unicodeSpaces {
		if r <= sp {
			return r == sp
		}
	}
	return false
}

// isPySpace reports whether r is white space for str.isspace() (and for
// Decimal(), which strips those): the ASCII 0x09-0x0d, 0x1c-0x20 and the
// Unicode spaces.
func isPySpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || uint32(r-'\t') <= '\r'-'\t' || uint32(r-0x1c) <= 3
	}
	return isUnicodeSpace(r)
}

// isASCIISpace reports whether c is C's isspace (Py_ISSPACE): " \t\n\v\f\r".
func isASCIISpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

// transformed returns the character CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII (used by int() and float())
// makes of the code point starting at s[i], and its length in bytes: ASCII
// stays itself, Unicode white space becomes ' ', a Unicode decimal digit
// becomes its ASCII digit, and anything else, including invalid UTF-8,
// becomes '?' (after which CPython stops reading; every grammar here rejects
// '?').
func transformed(s string, i int) (byte, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return c, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return '?', 1
	}
	if d := digitValue(r); d >= 0 {
		return byte('0' + d), size
	}
	if isUnicodeSpace(r) {
		return ' ', size
	}
	return '?', size
}

// trimCSpace returns the bounds of s without the leading and trailing white
// space that int() and float() strip: C isspace after the transformation,
// so ASCII " \t\n\v\f\r" and the Unicode spaces, but not 0x1c-0x1f (which
// str.isspace() and Decimal() treat as space).
func trimCSpace(s string) (int, int) {
	i, j := 0, len(s)
	for i < j {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isUnicodeSpace(r) {
				break
			}
			i += size
		}
	}
	for j > i {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			j--
		} else {
			r, size := utf8.DecodeLastRuneInString(s[i:j])
			if !isUnicodeSpace(r) {
				break
			}
			j -= size
		}
	}
	return i, j
}

// trimPySpace returns the bounds of s without leading and trailing
// str.isspace() white space, as Decimal() strips it.
func trimPySpace(s string) (int, int) {
	i, j := 0, len(s)
	for i < j {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isPySpace(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := rune(s[j-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[i:j])
		}
		if !isPySpace(r) {
			break
		}
		j -= size
	}
	return i, j
}

// equalFold reports whether s equals the lower-case ASCII word w, ignoring
// ASCII case.
func equalFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}
