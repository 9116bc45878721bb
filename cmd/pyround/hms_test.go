package main

import (
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

// evalHMS is the oracle's `hms` operation done by pyround: args are AS,
// TEXT and FORMAT; the result is what the CLI prints for that value, or
// "!" and the error it reports.
func evalHMS(t testing.TB, args []string) string {
	o, err := newHMS(args[0], args[2])
	if err != nil {
		t.Fatalf("options %q: %v", args, err)
	}
	out, err := o.Append(nil, []byte(args[1]))
	return oracle.Result(string(out), err)
}

func checkHMSCases(t *testing.T, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, "hms", cases, func(args []string) string { return evalHMS(t, args) })
}

// TestHMSGolden replays pyops/testdata/golden/hms.tsv.gz, written by
// internal/oracle/gen_golden.py with python3.
func TestHMSGolden(t *testing.T) {
	checkHMSCases(t, oracle.Golden(t, "hms"))
}

// TestHMSCLIEndToEnd runs the built binary on the oracle's values for
// each --as and --format and compares every line and error with python3.
func TestHMSCLIEndToEnd(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	cases, err := o.Gen("hms", oracle.Seed(t), 3000)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cases {
		texts = append(texts, c.Args[1])
	}
	for _, flags := range [][]string{{"auto", "python"}, {"float", "compact"}, {"decimal", "iso"}, {"decimal", "python"}, {"auto", "iso"}} {
		reqs := make([][]string, len(texts))
		for i, x := range texts {
			reqs[i] = []string{flags[0], x, flags[1]}
		}
		want, err := o.EvalBatch("hms", reqs)
		if err != nil {
			t.Fatal(err)
		}
		compareCLI(t, bin, []string{"hms", "--keep-going", "--as", flags[0], "--format", flags[1]}, texts, want)
	}
}

// TestHMSCLI covers the command's own behaviour. Expected texts are
// Python's (print(timedelta(seconds=-1)), float('abc'), ...).
func TestHMSCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"hms", "-1"}, "", "-1 day, 23:59:59\n", "", 0},
		{[]string{"hms", "3723", "90061", "0.5", "-1.5"}, "", "1:02:03\n1 day, 1:01:01\n0:00:00.500000\n-1 day, 23:59:58.500000\n", "", 0},
		{[]string{"hms", "abc"}, "", "", "pyround: argument 1: ValueError: could not convert string to float: 'abc'\n", 1},
		{[]string{"hms"}, "1\nabc\n2\n", "0:00:01\n", "pyround: line 2: ValueError: could not convert string to float: 'abc'\n", 1},
		{[]string{"hms", "--keep-going"}, "1\nabc\n2.5\r\n", "0:00:01\n\n0:00:02.500000\n", "pyround: line 2: ValueError: could not convert string to float: 'abc'\n", 1},
		{[]string{"hms", "86400000000000"}, "", "", "pyround: argument 1: OverflowError: days=1000000000; must have magnitude <= 999999999\n", 1},
		{[]string{"hms", "nan"}, "", "", "pyround: argument 1: ValueError: cannot convert float NaN to integer\n", 1},
		{[]string{"hms", "--format", "compact", "3723", "-1", "0", "86401", "0.25"}, "", "1h 2m 3s\n-1s\n0s\n1d 0h 0m 1s\n0.25s\n", "", 0},
		{[]string{"hms", "-f", "iso", "3723", "-1", "0", "86401", "0.5", "172800"}, "", "PT1H2M3S\n-PT1S\nPT0S\nP1DT1S\nPT0.5S\nP2D\n", "", 0},
		{[]string{"hms", "--as", "decimal", "0.0000025", "0.0000035"}, "", "0:00:00.000002\n0:00:00.000004\n", "", 0},
		{[]string{"hms", "--format", "long", "1"}, "", "", "pyround: invalid --format \"long\": want python, compact or iso\n", 2},
		{[]string{"hms", "--as", "int", "1"}, "", "", "pyround: invalid --as \"int\": want auto, float or decimal\n", 2},
	})
}
