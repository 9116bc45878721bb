package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyops"
)

// evalFormat is the oracle's format operation (args AS, SPEC, TEXT) done
// by pyround's per-line code.
func evalFormat(t testing.TB, args []string) string {
	as, err := parseAs(args[0], false)
	if err != nil {
		t.Fatalf("options %q: %v", args, err)
	}
	out, err := pyops.NewFormat(args[1], as).Append(nil, []byte(args[2]))
	return oracle.Result(string(out), err)
}

func checkFormatCases(t *testing.T, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, "format", cases, func(args []string) string { return evalFormat(t, args) })
}

func TestFormatGolden(t *testing.T) { checkFormatCases(t, oracle.Golden(t, "format")) }

// TestFormatCLIEndToEnd runs the built binary with one spec over many
// values per invocation.
func TestFormatCLIEndToEnd(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	cases, err := o.Gen("format", oracle.Seed(t), 4000)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]string{}
	for _, c := range cases {
		texts[c.Args[0]] = append(texts[c.Args[0]], c.Args[2])
	}
	for _, run := range []struct{ as, spec string }{
		{"auto", ",.2f"}, {"auto", "+.3e"}, {"auto", "_"}, {"auto", "#010x"}, {"auto", "*^20,.1%"},
		{"auto", "z.0f"}, {"auto", ".3"}, {"decimal", ",.2f"}, {"decimal", ".3e"}, {"decimal", ""}, {"decimal", "d"},
	} {
		values := texts[run.as]
		reqs := make([][]string, len(values))
		for i, x := range values {
			reqs[i] = []string{run.as, run.spec, x}
		}
		want, err := o.EvalBatch("format", reqs)
		if err != nil {
			t.Fatal(err)
		}
		compareCLI(t, bin, []string{"format", "--keep-going", "--as", run.as, "--", run.spec}, values, want)
	}
}

func TestFormatCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"format", ",.2f", "1234567.891"}, "", "1,234,567.89\n", "", 0},
		{[]string{"format", ".2f", "2.675"}, "", "2.67\n", "", 0},
		{[]string{"format", "--", "+.1%", "0.125"}, "", "+12.5%\n", "", 0},
		{[]string{"format", "#_x", "255", "-255"}, "", "0xff\n-0xff\n", "", 0},
		{[]string{"format", "d", "2.5"}, "", "", "pyround: argument 1: ValueError: Unknown format code 'd' for object of type 'float'\n", 1},
	})
}

// TestFormatCLIBig runs the built binary on specs whose results are
// hundreds of kilobytes, more lines of them than one output piece holds
// (records.DefaultMaxChunkOutput), from standard input on one and two
// workers and as arguments, against python3: the line writer must pass
// the bulk-written results through unchanged and in order, a failing
// line in the middle included.
func TestFormatCLIBig(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	for _, run := range []struct {
		as, spec string
		values   []string
	}{
		{"auto", ",.300000f", []string{"2.5", "-1234567.891", "1e-300", "x", "7", "nan", "0.1", "5e-324", "123456789.125", "-0.0", "1.5e300", "2.5"}},
		{"auto", "0=250000_", []string{"12345", "-987654321", "1", "0", "255", "-7", "1" + strings.Repeat("0", 40), "42", "3", "2.5"}},
		{"decimal", "*^200001,.2f", []string{"1234.5678", "-0.005", "NaN", "1E+5", "9.995", "-Infinity", "0", "1E-7", "2.675", "31415.9"}},
	} {
		reqs := make([][]string, len(run.values))
		for i, x := range run.values {
			reqs[i] = []string{run.as, run.spec, x}
		}
		want, err := o.EvalBatch("format", reqs)
		if err != nil {
			t.Fatal(err)
		}
		for _, jobs := range []string{"1", "2"} {
			compareCLI(t, bin, []string{"format", "--keep-going", "--jobs", jobs, "--as", run.as, "--", run.spec}, run.values, want)
		}
		// As arguments: the values' own writer (no record layer), stopping
		// at the first failure.
		cmd := exec.Command(bin, append([]string{"format", "--as", run.as, "--", run.spec}, run.values...)...)
		got, _ := cmd.Output()
		var wantOut strings.Builder
		for _, w := range want {
			if strings.HasPrefix(w, "!") {
				break
			}
			wantOut.WriteString(w + "\n")
		}
		if string(got) != wantOut.String() {
			t.Errorf("format %q with %d values as arguments: %d bytes, want %d", run.spec, len(run.values), len(got), wantOut.Len())
		}
	}
}
