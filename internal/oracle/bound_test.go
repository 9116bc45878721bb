package oracle_test

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
)

// TestBoundQuote checks the rewrite of Python's float() message against
// pyfmt's own bounded quotation, on values whose reprs Python and pyfmt
// write alike (valid UTF-8).
func TestBoundQuote(t *testing.T) {
	for _, s := range []string{
		"", "abc", strings.Repeat("x", 200), strings.Repeat("x", 201), strings.Repeat("é", 300),
		strings.Repeat("'", 250), strings.Repeat("\"'", 150), strings.Repeat("\x00\t\u2028😀\\", 100),
		strings.Repeat("1", 4302) + "x",
	} {
		for _, prefix := range []string{"ValueError: could not convert string to float: ", "ValueError: Invalid isoformat string: "} {
			python := prefix + pyfmt.Quote(s)
			want := prefix + pyfmt.QuoteBounded(s)
			if got := oracle.BoundQuote(python); got != want {
				t.Errorf("BoundQuote(%.80q...) =\n%.300q\nwant\n%.300q", python, got, want)
			}
		}
	}
	for _, msg := range []string{"ZeroDivisionError: division by zero", "could not convert string to float: ", "x"} {
		if got := oracle.BoundQuote(msg); got != msg {
			t.Errorf("BoundQuote(%q) = %q, want it unchanged", msg, got)
		}
	}
}
