package pyexpr_test

import (
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
