package pyops

import (
	"unicode/utf8"

	"github.com/pyround/pyround/pyparse"
)

// Blank reports whether text is a missing value as a data surface reads
// one: Python's text.strip() == "", that is, text is empty or holds only
// str.isspace() white space (ASCII 0x09-0x0d, 0x1c-0x20, and the Unicode
// spaces U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000). Invalid UTF-8 is not white space. Every numeric reader
// rejects such a text (round(float('  ')) is a ValueError), so a surface
// that passes blanks through changes no result that Python would print.
func Blank(text []byte) bool {
	// A printable ASCII first byte is not white space: the common case,
	// small enough to inline into the record layer's per-cell loop.
	if len(text) > 0 && text[0] > ' ' && text[0] < 0x7f {
		return false
	}
	return blank(text)
}

func blank(text []byte) bool {
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
		}
		if !pyparse.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}
