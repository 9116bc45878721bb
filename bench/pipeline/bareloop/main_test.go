package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(strings.NewReader("2.675\n-0.0\n1e16\n1234.5"), &out); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "2.675\n-0\n1e+16\n1234.5\n"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
	if err := run(strings.NewReader("1\nabc\n"), &out); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad input: err %v; want a line 2 error", err)
	}
}
