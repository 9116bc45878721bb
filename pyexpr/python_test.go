package pyexpr_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyexpr"
)

// evalResult is the outcome of one expression as the oracle writes it:
// the text print() shows, or "!Type: message".
func evalResult(src string) string {
	v, err := pyexpr.Eval(src)
	if err != nil {
		return oracle.Result("", err)
	}
	b, err := v.AppendText(nil)
	return oracle.Result(string(b), err)
}

// checkEvalCases compares every case of op with CPython's answer.
func checkEvalCases(t *testing.T, op string, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, op, cases, func(args []string) string { return evalResult(args[0]) })
}

// TestEvalGolden replays the expressions internal/oracle/exprgen.py
// generated, with CPython's answers (pyexpr/testdata/golden/eval.tsv.gz).
func TestEvalGolden(t *testing.T) {
	checkEvalCases(t, "eval", oracle.Golden(t, "eval"))
}

// TestEvalLive asks python3 for fresh random expressions, well-typed and
// ill-typed, with a new seed every run (about 30% of them with a root
// of TestEvalFormsLive's kinds).
func TestEvalLive(t *testing.T) {
	o := oracle.Start(t)
	cases, err := o.Gen("eval", oracle.Seed(t), oracle.CaseCount(t, 20000))
	if err != nil {
		t.Fatal(err)
	}
	checkEvalCases(t, "eval", cases)
}

// TestEvalFormsLive asks python3 for fresh random expressions whose root
// is a comparison (chained, across int, float and Decimal, with NaNs),
// and/or/not, a tuple (display, bare, concatenated, repeated, sliced),
// an index or slice, len(), bools in arithmetic, Decimal(tuple), or an
// operation on a tuple that raises; a new seed every run.
func TestEvalFormsLive(t *testing.T) {
	o := oracle.Start(t)
	cases, err := o.Gen("evalcmp", oracle.Seed(t), oracle.CaseCount(t, 20000))
	if err != nil {
		t.Fatal(err)
	}
	checkEvalCases(t, "evalcmp", cases)
}

// commentCases are expressions with a '#' comment, with the answers
// python3 3.11.7 gives (eval, then print; "!" and the exception type when
// it raises).
var commentCases = []struct{ src, want string }{
	{"1+2#c", "3"},
	{"1 # c", "1"},
	{"round(2.675, 2)  # banker's", "2.67"},
	{"2 ** 10#", "1024"},
	{"#", "!SyntaxError"},
	{"(1 + # x", "!SyntaxError"},
	{"Decimal('1#2')", "!InvalidOperation"},
}

// TestComments checks that a '#' outside a string starts a comment, as
// in Python, and not inside one; with python3 present the answers are
// asked of it too.
func TestComments(t *testing.T) {
	for _, c := range commentCases {
		got := evalResult(c.src)
		if strings.HasPrefix(c.want, "!") {
			got, _, _ = strings.Cut(got, ":")
		}
		if got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
	o := oracle.Start(t)
	for _, c := range commentCases {
		want, err := o.Eval("eval", c.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := evalResult(c.src); got != want && !(strings.HasPrefix(want, "!SyntaxError") && strings.HasPrefix(got, "!SyntaxError")) {
			t.Errorf("eval(%q): pyround %q, CPython %q", c.src, got, want)
		}
	}
}

// lineEndCases are sources with line ends (LF, CR, CR LF), backslash
// continuations, blank and indented lines, with the answers python3
// 3.11.7's eval() gives (printed with print(); "!" and the exception
// type when it raises).
var lineEndCases = []struct{ src, want string }{
	{"1\n", "1"},
	{"1\n\n", "1"},
	{"(1\n+2)", "3"},
	{"1\n+2", "!SyntaxError"},
	{"1 + \\\n2", "3"},
	{"1\r", "1"},
	{"1\r\n", "1"},
	{"(1\r+2)", "3"},
	{"1\r2", "!SyntaxError"},
	{"# c\n1", "1"},
	{"1 # c\n", "1"},
	{"\n1", "1"},
	{"  \n1", "1"},
	{"1\n  ", "!IndentationError"},
	{"1\n#c", "1"},
	{"round(2.675,\n 2)", "2.67"},
	{"1\\\n", "!SyntaxError"},
	{"1\\", "!SyntaxError"},
	{"(1\n\n+2)", "3"},
	{"(1 # c\n+2)", "3"},
	{"1\n\t", "!IndentationError"},
	{"\r1", "1"},
	{"1\f\n", "1"},
	{"\\\n1", "1"},
	{"\\\n 1", "!IndentationError"},
	{"1\n  #c", "1"},
	{"1\n  \n", "1"},
	{"1\n\f", "1"},
	{"1 \n", "1"},
	{"1\n \f", "1"},
	{"\n\n  1", "!IndentationError"},
	{"\n  1", "!IndentationError"},
	{"#c\n  1", "!IndentationError"},
	{"1\n#c\n", "1"},
	{"1\\\r\n+2", "3"},
	{"1\\\r+2", "3"},
	{"(1\\\n+2)", "3"},
	{"1\n)", "!SyntaxError"},
	{"(\n1)", "1"},
	{"1\n\n\n", "1"},
	{"1\r\r", "1"},
	{"1 \\ \n+2", "!SyntaxError"},
	{"(1\n  +\n 2)", "3"},
	{"1\n\\\n", "!SyntaxError"},
	{"1\\\n\n", "1"},
	{"1\f\n  ", "!IndentationError"},
	{"1\n\f ", "!IndentationError"},
	{"1\n\t\n", "1"},
	{"1\n \t#x", "1"},
	{"\n  ", "!IndentationError"},
	{"\n", "!SyntaxError"},
	{"1\n  2", "!IndentationError"},
	{"1\n2", "!SyntaxError"},
	{"1\n#c\n  2", "!IndentationError"},
	{"(1\n", "!SyntaxError"},
	{"1\\\n   +2", "3"},
	{"(1\n  \\\n+2)", "3"},
	{"1\n \\\n", "!SyntaxError"},
	{"1 #c\\\n+2", "!SyntaxError"},
	{"1\n\f  \f2", "!SyntaxError"},
	{"'a\\\nb'", "ab"},
	{"'a\\\r\nb'", "ab"},
	{"'a\nb'", "!SyntaxError"},
	{"divmod(7,\r\n 2)", "(3, 1)"},
	{"1 +\n", "!SyntaxError"},
	{"1\n\\\n2", "!SyntaxError"},
	{"1\n \\\n2", "!IndentationError"},
	{"\r\n\r\n1\r\n\r\n", "1"},
}

// TestLineEnds checks that pyexpr reads line ends as eval() does: a space
// inside parentheses, the end of the expression outside them (only blank
// lines may follow), a backslash continuation, and the indentation rules;
// with python3 present the answers are asked of it too.
func TestLineEnds(t *testing.T) {
	typeOf := func(s string) string {
		s, _, _ = strings.Cut(s, ":")
		return s
	}
	for _, c := range lineEndCases {
		got := evalResult(c.src)
		if strings.HasPrefix(c.want, "!") {
			got = typeOf(got)
		}
		if got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
	// The oracle's protocol cannot carry a line end, so the sources go to
	// python3 as JSON strings.
	in := make([]string, len(lineEndCases))
	for i, c := range lineEndCases {
		b, err := json.Marshal(c.src)
		if err != nil {
			t.Fatal(err)
		}
		in[i] = string(b)
	}
	out := oracle.Start(t).RunScript(t, `
import sys, json
from decimal import Decimal
for line in sys.stdin:
    try:
        print(eval(json.loads(line)))
    except Exception as e:
        print("!" + type(e).__name__)
`, in)
	for i, c := range lineEndCases {
		want := out[i]
		got := evalResult(c.src)
		if strings.HasPrefix(want, "!") {
			got, want = typeOf(got), typeOf(want)
		}
		if got != want {
			t.Errorf("eval(%q): pyround %q, CPython %q", c.src, got, want)
		}
	}
}
