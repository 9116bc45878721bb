package pyparse

import "unicode/utf8"

// IsSpace reports whether r is white space for Python's str.isspace(),
// the set str.split() and str.strip() use: ASCII 0x09-0x0d, 0x1c-0x20 and
// the Unicode spaces of CPython 3.11's tables.
func IsSpace(r rune) bool { return isPySpace(r) }

// AppendFields appends to dst the fields of line as Python's
// line.split() (no arguments) finds them: runs of non-space text between
// IsSpace white space. The fields are sub-slices of line; invalid UTF-8
// bytes are not space. It allocates only when dst lacks room.
func AppendFields(dst [][]byte, line []byte) [][]byte {
	start := -1
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(line[i:])
		}
		if isPySpace(r) {
			if start >= 0 {
				dst = append(dst, line[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, line[start:])
	}
	return dst
}
