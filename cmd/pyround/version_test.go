package main

import (
	"bytes"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// runCLI runs the CLI in-process and returns its exit status and output.
func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestVersion(t *testing.T) {
	want := regexp.MustCompile(`^pyround version \S+ \(` + regexp.QuoteMeta(runtime.Version()) + `\)\n$`)
	for _, args := range [][]string{{"--version"}, {"-v"}} {
		code, out, errOut := runCLI(args...)
		if code != 0 || !want.MatchString(out) || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %v", args, code, out, errOut, want)
		}
	}
}

func TestVersionFromLdflags(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	code, out, _ := runCLI("--version")
	if want := "pyround version v1.2.3 (" + runtime.Version() + ")\n"; code != 0 || out != want {
		t.Errorf("exit %d, %q; want %q", code, out, want)
	}
}

func TestVersionString(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = ""
	if v := versionString(); v == "" || v == "(devel)" || strings.ContainsAny(v, " \n") {
		t.Errorf("versionString() = %q; want a module version or devel", v)
	}
}

func TestCompletion(t *testing.T) {
	for _, tc := range []struct{ shell, marker string }{
		{"bash", "# bash completion V2 for pyround"},
		{"zsh", "#compdef pyround"},
		{"fish", "complete -c pyround"},
	} {
		code, out, errOut := runCLI("completion", tc.shell)
		if code != 0 || errOut != "" || !strings.Contains(out, tc.marker) || len(out) < 1000 {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q; want a script containing %q",
				tc.shell, code, len(out), errOut, tc.marker)
		}
	}
}

// TestCompletionUnknownShell: an unknown shell is a usage error, not the
// help with exit 0 (cobra's default, which looked like success).
func TestCompletionUnknownShell(t *testing.T) {
	code, out, errOut := runCLI("completion", "tcsh")
	if want := "pyround: unknown shell 'tcsh' for completion; want one of bash, fish, powershell, zsh\n"; code != 2 || out != "" || errOut != want {
		t.Errorf("completion tcsh: exit %d, stdout %q, stderr %q; want exit 2, stderr %q", code, out, errOut, want)
	}
	if code, out, _ := runCLI("completion"); code != 0 || !strings.Contains(out, "Available Commands:") {
		t.Errorf("completion: exit %d, %q; want the help", code, out)
	}
}

// TestCompletionCandidates runs the hidden command the shell scripts call,
// so completion works through run(), not only cobra's script generation.
func TestCompletionCandidates(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "ro"}, "round\t"},
		{[]string{"__complete", "round", "--"}, "--ndigits\t"},
		{[]string{"__complete", "round", "-m", ""}, "half-even"},
		{[]string{"__complete", "round", "--as", ""}, "decimal"},
		{[]string{"__complete", "format", "--as", ""}, "decimal"},
		{[]string{"__complete", "hms", "--format", ""}, "compact"},
		{[]string{"__complete", "change", "1", "--currency", ""}, "EUR"},
		{[]string{"__complete", "change", "1", "--currency", "u"}, "USD\tnotes and coins\nUSN\n"},
		{[]string{"__complete", "split", "1", "--currency", ""}, "\nKWD\n"},
		{[]string{"__complete", "split", "1", "--currency", "kw"}, "KWD\n:4\n"},
		{[]string{"__complete", "change", "1", "--round", "half-"}, "half-up"},
	} {
		code, out, _ := runCLI(tc.args...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%q: exit %d, %q; want %q in it", tc.args, code, out, tc.want)
		}
	}
}

// TestHelpExamples requires `pyround help COMMAND` to show usage and
// examples for every command.
func TestHelpExamples(t *testing.T) {
	root := newRootCmd()
	n := 0
	for _, c := range root.Commands() {
		name := c.Name()
		if name == "help" || name == "completion" || c.Hidden {
			continue
		}
		n++
		code, out, errOut := runCLI("help", name)
		if code != 0 || errOut != "" {
			t.Errorf("help %s: exit %d, stderr %q", name, code, errOut)
			continue
		}
		for _, want := range []string{"Usage:\n  pyround " + name, "Examples:\n", "  pyround " + name + " "} {
			if !strings.Contains(out, want) {
				t.Errorf("help %s: no %q in\n%s", name, want, out)
			}
		}
		// --help and help COMMAND agree.
		if _, out2, _ := runCLI(name, "--help"); out2 != out {
			t.Errorf("%s --help differs from help %s", name, name)
		}
	}
	if n < 10 {
		t.Errorf("only %d commands checked", n)
	}
}
