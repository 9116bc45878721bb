package pyfmt

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestAppendFill compares appendFill with appending the rune n times, for
// one- to four-byte fills, an invalid rune (written as U+FFFD), lengths
// around the doubling steps, and a dst with and without spare capacity.
func TestAppendFill(t *testing.T) {
	for _, fill := range []rune{' ', '*', 0, 'ç', '中', '😀', utf8.MaxRune + 1, 0xD800} {
		for _, n := range []int{-1, 0, 1, 2, 3, 7, 8, 9, 31, 64, 65, 1000} {
			for _, prefix := range [][]byte{nil, []byte("ab"), make([]byte, 2, 5000)} {
				var want []byte
				want = append(want, prefix...)
				for i := 0; i < n; i++ {
					want = utf8.AppendRune(want, fill)
				}
				dst := make([]byte, len(prefix), len(prefix)+cap(prefix)) // spare room when prefix has it
				copy(dst, prefix)
				got := appendFill(dst, fill, n)
				if !bytes.Equal(got, want) {
					t.Fatalf("appendFill(%q, %U, %d) = %q, want %q", prefix, fill, n, got, want)
				}
			}
		}
	}
}
