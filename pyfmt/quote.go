package pyfmt

import (
	"strconv"
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
	quote := quoteFor(s)
	dst = append(dst, quote)
	dst, _ = appendEscaped(dst, s, quote, len(s))
	return append(dst, quote)
}

// quoteFor returns the quote repr() puts around s: ' unless s contains '
// and no ".
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// appendEscaped appends the escaped form of the first maxChars characters
// of s (code points; a byte of invalid UTF-8 counts as one) and returns
// the number of bytes of s it consumed.
func appendEscaped(dst []byte, s string, quote byte, maxChars int) ([]byte, int) {
	i := 0
	for n := 0; i < len(s) && n < maxChars; n++ {
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
	return dst, i
}

// MaxQuoted is the number of characters of a value that AppendQuoteBounded
// quotes: enough to recognize a bad value, few enough that a 50 MB bad
// cell does not become a 50 MB error message.
const MaxQuoted = 200

// AppendQuoteBounded appends, for error messages that quote a value, the
// repr() of s when s has at most MaxQuoted characters (code points; a byte
// of invalid UTF-8 counts as one), exactly as AppendQuote writes it.
// Otherwise (unlike Python, which quotes the whole value) it appends the
// repr of the first MaxQuoted characters, with the quote the whole value's
// repr would use and a closing quote, then "… (N more bytes)" where N
// counts the bytes of s left out:
//
//	'xxx…xxx'… (49999800 more bytes)
//
// Its cost is bounded by MaxQuoted, whatever the size of s, apart from
// the scan for quotes that picks the quote character.
func AppendQuoteBounded(dst []byte, s string) []byte {
	quote := quoteFor(s)
	dst = append(dst, quote)
	dst, n := appendEscaped(dst, s, quote, MaxQuoted)
	dst = append(dst, quote)
	if n < len(s) {
		dst = append(dst, "… ("...)
		dst = strconv.AppendInt(dst, int64(len(s)-n), 10)
		dst = append(dst, " more bytes)"...)
	}
	return dst
}

// QuoteBounded returns AppendQuoteBounded's quotation of s.
func QuoteBounded(s string) string {
	var buf [64]byte
	return string(AppendQuoteBounded(buf[:0], s))
}

// AppendQuotePrefix appends the first n characters (code points) of
// Python's repr() of s, as CPython's "%.nR" formats it: the message of
// int('...') quotes its input with %.200R, cutting the repr (quotes and
// escapes included) after 200 code points, so a long value loses its
// closing quote. Its cost is bounded by n, whatever the size of s, apart
// from the scan for quotes that picks the quote character.
func AppendQuotePrefix(dst []byte, s string, n int) []byte {
	if n <= 0 {
		return dst
	}
	start := len(dst)
	quote := quoteFor(s)
	dst = append(dst, quote)
	// n-1 characters of s give at least n-1 characters of repr.
	dst, used := appendEscaped(dst, s, quote, n-1)
	if used == len(s) {
		dst = append(dst, quote)
	}
	k, cut := 0, start
	for cut < len(dst) && k < n {
		_, size := utf8.DecodeRune(dst[cut:])
		cut += size
		k++
	}
	return dst[:cut]
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
