package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPyroundMatchesPython runs the comparison on the first 3,000 values of
// each data set: every pyround implementation must agree with CPython
// everywhere, and every benchmark must have its count.
func TestPyroundMatchesPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command("python3", "../../../expected.py", "3000")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	count(out)
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if len(totals) < 80 {
		t.Fatalf("only %d implementations counted", len(totals))
	}
	for k, n := range totals {
		if n != 3000 {
			t.Errorf("%s: %d inputs, want 3000", k, n)
		}
		py := strings.Contains(k, "/pyround")
		// pyround's floor divmod is not Python's decimal-module divmod, and
		// the other way round: each is checked in its own row.
		// pyround and pyround-fixed-floor floor; pyround-apd and
		// pyround-fixed truncate.
		wrongRow := k == "DivModDecimalPython/pyround" || k == "DivModDecimalPython/pyround-fixed-floor" ||
			k == "DivModDecimalFloor/pyround-apd" || k == "DivModDecimalFloor/pyround-fixed"
		if py && !wrongRow && counts[k] != 0 {
			t.Errorf("%s: %d mismatches with CPython", k, counts[k])
		}
	}
}
