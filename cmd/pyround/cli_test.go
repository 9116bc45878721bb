package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var built struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// buildCLI builds the pyround binary once per test run and returns its
// path; the end-to-end tests run it as a user would.
func buildCLI(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	built.once.Do(func() {
		var dir string
		if dir, built.err = os.MkdirTemp("", "pyround-cli-test"); built.err != nil {
			return
		}
		built.path = filepath.Join(dir, "pyround")
		built.out, built.err = exec.Command("go", "build", "-o", built.path, ".").CombinedOutput()
	})
	if built.err != nil {
		t.Fatalf("go build: %v\n%s", built.err, built.out)
	}
	return built.path
}

// compareCLI runs `bin args...` (which must include --keep-going) with the
// inputs as standard input, one per line, and requires Python's answers:
// want[i] is the printed text, or "!Type: message" for an exception, which
// must appear as an empty output line plus "pyround: line N: Type: message"
// on standard error, with exit status 1 if any line failed.
func compareCLI(t *testing.T, bin string, args, inputs, want []string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(strings.Join(inputs, "\n") + "\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	got := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(got) != len(inputs) {
		t.Fatalf("%v: %d output lines for %d inputs", args, len(got), len(inputs))
	}
	var wantErrs []string
	bad := 0
	for i, w := range want {
		if strings.HasPrefix(w, "!") {
			wantErrs = append(wantErrs, "pyround: line "+strconv.Itoa(i+1)+": "+w[1:])
			w = ""
		}
		if got[i] != w {
			if bad++; bad <= 10 {
				t.Errorf("%v line %d (%q): got %q, Python %q", args, i+1, inputs[i], got[i], w)
			}
		}
	}
	gotErrs := strings.TrimSuffix(stderr.String(), "\n")
	if len(wantErrs) == 0 {
		if err != nil || gotErrs != "" {
			t.Errorf("%v: exit %v, stderr %q; want success", args, err, gotErrs)
		}
		return
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("%v: exit %v, want status 1", args, err)
	}
	if w := strings.Join(wantErrs, "\n"); gotErrs != w {
		t.Errorf("%v: stderr differs:\n got %.600q\nwant %.600q", args, gotErrs, w)
	}
}

// cliCase is one in-process run of the CLI and what it must print.
type cliCase struct {
	args        []string
	stdin       string
	out, errOut string
	status      int
}

func runCLICases(t *testing.T, tests []cliCase) {
	t.Helper()
	for _, tc := range tests {
		var out, errOut bytes.Buffer
		status := run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
		if out.String() != tc.out || errOut.String() != tc.errOut || status != tc.status {
			t.Errorf("pyround %q <%q: got (%q, %q, %d), want (%q, %q, %d)",
				tc.args, tc.stdin, out.String(), errOut.String(), status, tc.out, tc.errOut, tc.status)
		}
	}
}
