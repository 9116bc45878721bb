package pyfmt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// AppendQuote appends Python's repr() of the str s to dst and returns the
// extended buffer, as CPython 3.11's unicode_repr writes it (and as error
// messages such as "could not convert string to float: 'abc'" quote their
// input):
//
//   - The quote is ' unless s contains ' and no ", in which case it is ";
//     the chosen quote and the backslash are escaped with a backslash.
//   - \t, \n and \r are written as such; other code points below U+0020,
//     and U+007F, as \xNN.
//   - Other ASCII is kept. Non-ASCII code points that Python considers
//     printable (str.isprintable: letters, marks, numbers, punctuation,
//     symbols; Unicode 14.0.0 as in CPython 3.11) are kept as UTF-8; the
//     others (controls, format characters such as U+200B and U+FEFF,
//     separators such as U+00A0 and U+2028, private use, unassigned) are
//     escaped as \xNN up to U+00FF, \uNNNN up to U+FFFF, \UNNNNNNNN above,
//     with lower-case hex digits.
//
// Differences from Python, which cannot see these inputs as a str: each byte
// of s that is not part of valid UTF-8 (including UTF-8-encoded surrogates)
// is written as \xNN, so the byte 0x80 and the code point U+0080 look the
// same; Python would show a surrogate-escaped byte as \udc80. Characters
// assigned after Unicode 14.0 (Go's unicode.IsPrint knows Unicode 15.0) are
// escaped, as CPython 3.11 escapes them.
//
// It allocates nothing when dst has room for the result.
func AppendQuote(dst []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c < ' ' || c == 0x7f:
				dst = append(dst, '\\', 'x', lowerhex[c>>4], lowerhex[c&15])
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, '\\', 'x', lowerhex[c>>4], lowerhex[c&15])
			i++
			continue
		}
		switch {
		case unicode.Is(pyPrintable, r):
			dst = append(dst, s[i:i+size]...)
		case r <= 0xff:
			dst = append(dst, '\\', 'x', lowerhex[r>>4], lowerhex[r&15])
		case r <= 0xffff:
			dst = append(dst, '\\', 'u')
			dst = appendHex(dst, uint32(r), 4)
		default:
			dst = append(dst, '\\', 'U')
			dst = appendHex(dst, uint32(r), 8)
		}
		i += size
	}
	return append(dst, quote)
}

func appendHex(dst []byte, v uint32, n int) []byte {
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		dst = append(dst, lowerhex[v>>uint(shift)&15])
	}
	return dst
}

// Quote returns Python's repr() of the str s; see AppendQuote for the
// escaping rules and for how invalid UTF-8 is shown.
func Quote(s string) string {
	var buf [64]byte
	return string(AppendQuote(buf[:0], s))
}
