package main

import (
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

// TestEvalCLI covers the command's own behaviour: expressions as
// arguments (also ones starting with '-'), from standard input, errors,
// --keep-going and syntax errors. Expected texts are Python's (python3:
// print(round(2.675, 2)), print(-7 // 2), print(divmod(-7.5, 2)), 1/0).
func TestEvalCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"eval", "round(2.675, 2)", "-7 // 2", "divmod(-7.5, 2)"}, "", "2.67\n-4\n(-4.0, 0.5)\n", "", 0},
		{[]string{"eval", "--5", "-2**2"}, "", "5\n-4\n", "", 0},
		{[]string{"eval"}, "round(2.5)\r\n1/0\n2\n", "2\n", "pyround: line 2: ZeroDivisionError: division by zero\n", 1},
		{[]string{"eval", "--keep-going"}, "1/0\n2 +* 3\n3\n", "\n\n3\n", "pyround: line 1: ZeroDivisionError: division by zero\npyround: line 2: SyntaxError: invalid syntax at '*' (column 4)\n", 1},
		{[]string{"eval", "--keep-going", "10**4300"}, "", "\n", "pyround: argument 1: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n", 1},
	})
}

// TestEvalCLIEndToEnd runs the built binary on fresh random expressions
// from the oracle and compares every line with CPython's print() output
// (errors go to standard error, so a raising expression is an empty line).
func TestEvalCLIEndToEnd(t *testing.T) {
	bin := buildCLI(t)
	o := oracle.Start(t)
	cases, err := o.Gen("eval", oracle.Seed(t), 3000)
	if err != nil {
		t.Fatal(err)
	}
	var exprs, want []string
	for _, c := range cases {
		exprs = append(exprs, c.Args[0])
		want = append(want, c.Want)
	}
	compareCLI(t, bin, []string{"eval", "--keep-going"}, exprs, want)
}
