package main

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

// evalRound is the oracle's `round` operation done by pyround: args are
// AS, TEXT, N ("" for no -n) and MODE; the result is what the CLI prints
// for that value, or "!" and the error it reports.
func evalRound(t testing.TB, args []string) string {
	o, err := newRound(args[0], args[2], args[2] != "", args[3])
	if err != nil {
		t.Fatalf("options %q: %v", args, err)
	}
	out, err := o.Append(nil, []byte(args[1]))
	if err != nil {
		return "!" + err.Error()
	}
	return string(out)
}

func checkRoundCases(t *testing.T, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, "round", cases, func(args []string) string { return evalRound(t, args) })
}

// TestRoundGolden replays the committed vectors that
// internal/oracle/gen_golden.py produced with python3 through the CLI's
// flag handling (package pyops replays them, and python3's live cases,
// on the operation itself).
func TestRoundGolden(t *testing.T) {
	checkRoundCases(t, oracle.Golden(t, "round"))
}

// TestRoundCLIEndToEnd runs the built pyround binary on a few thousand
// values per flag combination and compares every output line and every
// error message with what python3 prints for the same values.
func TestRoundCLIEndToEnd(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	cases, err := o.Gen("round", oracle.Seed(t), 3000)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range cases {
		texts = append(texts, c.Args[1])
	}
	for _, flags := range [][]string{
		{"auto", "2", "HALF_EVEN"}, {"auto", "", "HALF_EVEN"}, {"float", "-1", "UP"},
		{"auto", "-2", "05UP"}, {"decimal", "2", "HALF_UP"}, {"decimal", "", "FLOOR"},
	} {
		reqs := make([][]string, len(texts))
		for i, x := range texts {
			reqs[i] = []string{flags[0], x, flags[1], flags[2]}
		}
		want, err := o.EvalBatch("round", reqs)
		if err != nil {
			t.Fatal(err)
		}
		args := []string{"round", "--keep-going", "--as", flags[0], "-m", flags[2]}
		if flags[1] != "" {
			args = append(args, "-n", flags[1])
		}
		compareCLI(t, bin, args, texts, want)
	}
}

// TestRoundCLI covers the command's own behaviour: arguments vs standard
// input, negative values as arguments, stopping at the first bad line,
// --keep-going, CRLF input and usage errors. Expected texts are Python's
// (checked with python3: print(round(2.675, 2)), float('abc') ...).
func TestRoundCLI(t *testing.T) {
	tests := []cliCase{
		{[]string{"round", "-n", "2", "2.675"}, "", "2.67\n", "", 0},
		{[]string{"round", "2.5", "3.5", "-2.5"}, "", "2\n4\n-2\n", "", 0},
		{[]string{"round", "-n", "-1", "25", "-35"}, "", "20\n-40\n", "", 0},
		{[]string{"round", "-n", "0", "2.5"}, "", "2.0\n", "", 0},
		{[]string{"round", "--as", "decimal", "-n", "-2", "1234"}, "", "1.2E+3\n", "", 0},
		{[]string{"round", "-n", "2"}, "1.005\r\n-0.001\n", "1.0\n-0.0\n", "", 0},
		{[]string{"round"}, "1\nabc\n2\n", "1\n", "pyround: line 2: ValueError: could not convert string to float: 'abc'\n", 1},
		// a long bad value is quoted in part: 200 characters, then the count of bytes left out
		{[]string{"round", "1", strings.Repeat("x", 300)}, "", "1\n", "pyround: argument 2: ValueError: could not convert string to float: '" + strings.Repeat("x", 200) + "'… (100 more bytes)\n", 1},
		{[]string{"round", "--keep-going", "abc", "2.5"}, "", "\n2\n", "pyround: argument 1: ValueError: could not convert string to float: 'abc'\n", 1},
		{[]string{"round", "--keep-going"}, "1\nabc\n2.5\n", "1\n\n2\n", "pyround: line 2: ValueError: could not convert string to float: 'abc'\n", 1},
		{[]string{"round", "-n", "1267650600228229401496703205376", "0.1"}, "", "0.1\n", "", 0},
		{[]string{"round", "-n", "-308", "1.6e308"}, "", "", "pyround: argument 1: OverflowError: rounded value too large to represent\n", 1},
		{[]string{"round", "-m", "sideways", "1"}, "", "", "pyround: invalid -m: unknown rounding mode 'sideways'; valid modes: half-even (bankers), half-up, half-down, up, down, ceiling, floor, 05up (also as ROUND_HALF_EVEN ..., any case)\n", 2},
		{[]string{"round", "-n", "x", "1"}, "", "", "pyround: invalid -n \"x\": want an integer\n", 2},
	}
	runCLICases(t, tests)
}
