package pydatetime_test

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/pydatetime"
)

// TestParseInvalidUTF8 pins what fromisoformat does with bytes that are
// not UTF-8, which the oracle's line protocol cannot carry: the answers
// are python3 3.11.7's for the bytes decoded with surrogateescape (each
// bad byte a lone surrogate). A lone surrogate is accepted as the
// separator only; "" means Python raises ValueError.
func TestParseInvalidUTF8(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-01-01\xff12:00", "2024-01-01T12:00:00"},
		{"20240101\xff1200", "2024-01-01T12:00:00"},
		{"2024W01\xff12", "2024-01-01T12:00:00"},
		{"2024-01-01T12:00\xff", ""},
		{"2024-01-01\xff\xfe12", ""},
		{"2024\xff01-01", ""},
		{"\xff\xff\xff\xff\xff\xff", ""},
		{"2024-01-01\xed\xa0\x8012:00", ""}, // an encoded surrogate: three bad bytes
	} {
		dt, err := pydatetime.Parse(c.in)
		got := ""
		if err == nil {
			got = dt.String()
		} else if !strings.HasPrefix(err.Error(), "ValueError: Invalid isoformat string: ") {
			t.Errorf("Parse(%q): %v", c.in, err)
		}
		if got != c.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}
