package pyparse_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// diffCases returns the number of cases for a differential test against
// python3: PYROUND_DIFF_CASES if set, else def (a tenth of it with -short).
func diffCases(def int) int {
	if n, err := strconv.Atoi(os.Getenv("PYROUND_DIFF_CASES")); err == nil && n > 0 {
		return n
	}
	if testing.Short() {
		return def / 10
	}
	return def
}

// runPython runs a CPython 3.11 script that reads input lines from stdin and
// writes one output line per input line; it returns those lines. It skips
// the test when python3 is missing or is not 3.11, and fails instead when
// the environment variable CI is "true".
func runPython(tb testing.TB, script string, input []string) []string {
	tb.Helper()
	unavailable := func(format string, args ...any) {
		tb.Helper()
		if os.Getenv("CI") == "true" {
			tb.Fatalf(format+" (CI=true: the differential test is required)", args...)
		}
		tb.Skipf(format, args...)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		unavailable("python3 not found: %v", err)
	}
	ver, err := exec.Command(py, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
	if err != nil || strings.TrimSpace(string(ver)) != "3.11" {
		unavailable("python3 is not CPython 3.11 (%q, %v)", ver, err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(input, "\n") + "\n")
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("python3 failed: %v\n%s", err, stderr.String())
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) != len(input) {
		tb.Fatalf("python3 returned %d lines for %d inputs", len(lines), len(input))
	}
	return lines
}

// raceEnabled is set by race_test.go when the race detector is on; the
// allocation tests are skipped then.
var raceEnabled bool

func skipIfRace(tb testing.TB) {
	if raceEnabled {
		tb.Skip("allocation counts are not meaningful under the race detector")
	}
}
