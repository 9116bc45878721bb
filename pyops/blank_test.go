package pyops

import (
	"testing"
	"unicode/utf8"
)

func TestBlank(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"", true}, {" ", true}, {"\t\n\v\f\r", true}, {"\x1c\x1d\x1e\x1f", true},
		{"\u0085\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000", true},
		{"0", false}, {" 1 ", false}, {"\x00", false}, {"\u200b", false}, {"\ufeff", false},
		{"\xff", false}, {" \xa0", false}, // invalid UTF-8 (a lone 0xa0 byte is not U+00A0)
	} {
		if got := Blank([]byte(tc.text)); got != tc.want {
			t.Errorf("Blank(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	// The set is exactly Python 3.11's str.isspace(): 29 code points.
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) && Blank(utf8.AppendRune(nil, r)) {
			n++
		}
	}
	if n != 29 {
		t.Errorf("%d code points are blank, want Python's 29", n)
	}
}
