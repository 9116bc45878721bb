package main

import (
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
