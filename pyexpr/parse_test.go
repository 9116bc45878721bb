package pyexpr_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/pyexpr"
)

// TestSyntaxErrors checks that syntax outside the subset is a
// *SyntaxError naming the right column.
func TestSyntaxErrors(t *testing.T) {
	for _, tc := range []struct {
		src  string
		col  int
		frag string
	}{
		{"1 +", 4, "unexpected end"},
		{"", 1, "empty"},
		{"2 +* 3", 4, "invalid syntax at '*'"},
		{"1 << 2", 3, "'<<'"},
		{"[1, 2]", 1, "lists"},
		{"1 + not 2", 5, "invalid syntax at 'not'"},
		{"1 not 2", 7, "invalid syntax at '2'"},
		{"(1,,)", 4, "invalid syntax at ','"},
		{"(1, 2)[]", 8, "invalid syntax at ']'"},
		{"None", 1, "'None'"},
		{"1j", 1, "complex"},
		{"1__0", 2, "invalid decimal literal"},
		{"1_", 2, "invalid decimal literal"},
		{"007", 1, "leading zeros"},
		{"0x", 1, "invalid hexadecimal literal"},
		{"1e", 1, "invalid decimal literal"},
		{"'abc", 1, "unterminated string"},
		{"lambda: 1", 1, "'lambda'"},
		{"round(x=1, 2)", 12, "positional argument follows keyword argument"},
		{"round(2.5, ndigits=1, ndigits=2)", 23, "keyword argument repeated"},
		{"x += 1", 3, "assignments"},
		{"(x := 1)", 4, "assignments"},
		{"2 ** ", 6, "unexpected end"},
		{"é + 1", 1, "invalid character 'é'"},
		{"1 + \x01", 5, "U+0001"},
		{"f'1'", 1, "string prefixes"},
		{"\xff", 1, "invalid UTF-8"},
		{strings.Repeat("1", 4301), 1, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"},
	} {
		_, err := pyexpr.Parse(tc.src)
		var se *pyexpr.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) = %v, want a SyntaxError", tc.src, err)
			continue
		}
		if se.Col != tc.col || !strings.Contains(se.Msg, tc.frag) {
			t.Errorf("Parse(%q): %q at column %d, want %q at column %d", tc.src, se.Msg, se.Col, tc.frag, tc.col)
		}
		if !strings.HasPrefix(err.Error(), "SyntaxError: ") {
			t.Errorf("Parse(%q).Error() = %q", tc.src, err)
		}
	}
}

// TestLimits checks that absurd inputs fail fast with a clear message:
// long sources, deep nesting, and results past the digit limit.
func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{strings.Repeat("1+", 5001) + "1", "SyntaxError: expression longer than 10000 characters (pyround's limit) (column 1)"},
		{strings.Repeat("(", 201) + "1" + strings.Repeat(")", 201), "SyntaxError: expression nested deeper than 200 levels (pyround's limit) (column 201)"},
		{strings.Repeat("-", 300) + "1", "SyntaxError: expression nested deeper than 200 levels (pyround's limit) (column 201)"},
		{strings.Repeat("2**", 300) + "2", "SyntaxError: expression nested deeper than 200 levels (pyround's limit)"},
		{strings.Repeat("abs(", 201) + "1" + strings.Repeat(")", 201), "SyntaxError: expression nested deeper than 200 levels (pyround's limit) (column 804)"},
		{"2 ** 10**10", "OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"10**10**10", "OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"(-3) ** (2**70)", "OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"10**999999 * 10**999999", "OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"10**1000000", "OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"2**-10**10", "0.0"},
		{"(10**999999 - 1) % 7", "5"},
		// Tuples: CPython's own errors where it fails at once, pyround's
		// limits where CPython would allocate gigabytes or print for
		// minutes (see MaxTupleItems, MaxText).
		{"(1,) * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer"},
		{"(1,) * 2**62", "MemoryError"},
		{"len((1,) * 10**6)", "1000000"},
		{"(1,) * (10**6 + 1)", "MemoryError: tuple of more than 1000000 items (pyround's limit)"},
		{"(1,) * 10**9", "MemoryError: tuple of more than 1000000 items (pyround's limit)"},
		{"((1,) * 1000,) * 1000", "MemoryError: tuple of more than 1000000 items (pyround's limit)"},
		{"(((1,) * 100,) * 100,) * 100", "MemoryError: tuple of more than 1000000 items (pyround's limit)"},
		{"((1,) * 999999,) + (1,)", "MemoryError: tuple of more than 1000000 items (pyround's limit)"},
		{"len(((1,) * 600000)[::-1])", "MemoryError: expression builds more than 1000000 tuple items (pyround's limit)"},
		{"(1,) * 10**6 == (1,) * 10**6", "MemoryError: expression builds more than 1000000 tuple items (pyround's limit)"},
		{"(Decimal(10**999999 - 1),) * 1000", "!MemoryError: tuple text longer than 67108864 bytes (pyround's limit)"},
		{"(10**999999,) * 500000 == (10**999999,) * 500000", "True"},
		{"2 in (10**999999,) * 10**6", "False"},
	} {
		start := time.Now()
		v, err := pyexpr.Eval(tc.src)
		got := v.String()
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("Eval(%.40q...) = %.200q, want %q", tc.src, got, tc.want)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Eval(%.40q...) took %v", tc.src, d)
		}
	}
	// Depth 200 itself is fine.
	if _, err := pyexpr.Parse(strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199)); err != nil {
		t.Errorf("199 parentheses: %v", err)
	}
}
