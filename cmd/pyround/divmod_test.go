package main

import (
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyops"
)

var divOps = map[string]pyops.DivOp{"floordiv": pyops.FloorDiv, "mod": pyops.Mod, "divmod": pyops.DivMod}

// evalDiv is the oracle's floordiv/mod/divmod operation (args AS, A, B)
// done by pyround's per-line code.
func evalDiv(t testing.TB, op string, args []string) string {
	as, err := parseAs(args[0], false)
	if err != nil {
		t.Fatalf("options %q: %v", args, err)
	}
	o := pyops.Div{Op: divOps[op], As: as}
	out, err := o.Append(nil, []byte(args[1]), []byte(args[2]))
	return oracle.Result(string(out), err)
}

func checkDivCases(t *testing.T, op string, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, op, cases, func(args []string) string { return evalDiv(t, op, args) })
}

// TestDivGolden replays the committed vectors for //, % and divmod.
func TestDivGolden(t *testing.T) {
	for op := range divOps {
		checkDivCases(t, op, oracle.Golden(t, op))
	}
}

// TestDivCLIEndToEnd runs the built binary on lines of two operands.
func TestDivCLIEndToEnd(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	for op := range divOps {
		cases, err := o.Gen(op, seed, 3000)
		if err != nil {
			t.Fatal(err)
		}
		for _, as := range []string{"auto", "decimal"} {
			var lines []string
			var want []string
			for _, c := range cases {
				if c.Args[0] != as || !oneField(c.Args[1]) || !oneField(c.Args[2]) {
					continue // the line format splits on white space
				}
				lines = append(lines, c.Args[1]+" "+c.Args[2])
				want = append(want, c.Want)
			}
			if len(lines) < 100 {
				t.Fatalf("%s --as %s: only %d usable cases", op, as, len(lines))
			}
			compareCLI(t, bin, []string{op, "--keep-going", "--as", as}, lines, want)
		}
	}
}

// TestDivCLI covers argument handling; the expected texts are Python's
// (print(-7 // 2), a, b = '7'.split(), ...).
func TestDivCLI(t *testing.T) {
	tests := []cliCase{
		{[]string{"divmod", "-7", "2"}, "", "(-4, 1)\n", "", 0},
		{[]string{"divmod", "-7.5", "2"}, "", "(-4.0, 0.5)\n", "", 0},
		{[]string{"floordiv", "-7", "2"}, "", "-4\n", "", 0},
		{[]string{"mod", "-7", "2"}, "", "1\n", "", 0},
		{[]string{"divmod", "--as", "decimal", "-7", "2"}, "", "(Decimal('-3'), Decimal('-1'))\n", "", 0},
		{[]string{"floordiv", "1", "0.0"}, "", "", "pyround: ZeroDivisionError: float floor division by zero\n", 1},
		{[]string{"floordiv", "--as", "decimal", "1", "0"}, "", "", "pyround: DivisionByZero: [<class 'decimal.DivisionByZero'>]\n", 1},
		{[]string{"floordiv", "--as", "decimal", "0", "0"}, "", "", "pyround: InvalidOperation: [<class 'decimal.DivisionUndefined'>]\n", 1},
		{[]string{"mod"}, "7 2\n-7 2\r\n", "1\n1\n", "", 0},
		{[]string{"mod", "--keep-going"}, "7\n1 2 3\n7 2\n", "\n\n1\n",
			"pyround: line 1: ValueError: not enough values to unpack (expected 2, got 1)\npyround: line 2: ValueError: too many values to unpack (expected 2)\n", 1},
		{[]string{"mod", "1"}, "", "", "pyround: want two values A B, or none to read lines of two values from standard input; got 1\n", 2},
	}
	runCLICases(t, tests)
}

// oneField reports whether s survives Python's line.split() unchanged.
func oneField(s string) bool {
	var p pyops.Pair
	a, _, err := p.Split([]byte(s + " x")) // s and one more field
	return err == nil && string(a) == s
}
