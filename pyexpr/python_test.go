package pyexpr_test

import (
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

// checkEvalCases compares every case with CPython's answer.
func checkEvalCases(t *testing.T, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, "eval", cases, func(args []string) string { return evalResult(args[0]) })
}

// TestEvalGolden replays the expressions internal/oracle/exprgen.py
// generated, with CPython's answers (testdata/golden/eval.tsv.gz).
func TestEvalGolden(t *testing.T) {
	checkEvalCases(t, oracle.Golden(t, "eval"))
}

// TestEvalLive asks python3 for fresh random expressions, well-typed and
// ill-typed, with a new seed every run.
func TestEvalLive(t *testing.T) {
	o := oracle.Start(t)
	cases, err := o.Gen("eval", oracle.Seed(t), oracle.CaseCount(t, 20000))
	if err != nil {
		t.Fatal(err)
	}
	checkEvalCases(t, cases)
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
