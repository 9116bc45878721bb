package oracle

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// RunScript runs a one-shot CPython script with the oracle's verified
// interpreter: the script reads input lines from stdin and writes exactly
// one output line per input line, which RunScript returns. It suits
// differential tests whose Python side is a few lines of its own (repr of
// floats, float() of strings); capabilities with a place in oracle.py use
// Eval and Gen instead. A failing script or a wrong line count fails the
// test.
func (o *Oracle) RunScript(tb testing.TB, script string, input []string) []string {
	tb.Helper()
	lines := o.RunScriptArgs(tb, script, nil, strings.Join(input, "\n")+"\n")
	if len(lines) != len(input) {
		tb.Fatalf("python3 script returned %d lines for %d inputs", len(lines), len(input))
	}
	return lines
}

// RunScriptArgs runs a one-shot CPython script as RunScript does, with
// args as its sys.argv[1:] and stdin as its standard input, and returns
// its output lines (a CR before each LF dropped), however many.
func (o *Oracle) RunScriptArgs(tb testing.TB, script string, args []string, stdin string) []string {
	tb.Helper()
	cmd := exec.Command(o.python, append([]string{"-I", "-c", script}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("python3 script failed: %v\n%s", err, stderr.String())
	}
	if len(out) == 0 {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}
