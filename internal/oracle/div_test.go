package oracle_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

var divOps = []string{"floordiv", "mod", "divmod"}

// divCases were computed by running python3 (3.11.7) directly on the
// expressions (divmod(-7, 2), 1 // 0.0, divmod(Decimal(1), Decimal(0)), ...),
// not through oracle.py; the last ones are pyround's limits, defined by
// the contract.
var divCases = []struct {
	op   string
	args []string
	want string
}{
	{"divmod", []string{"auto", "-7", "2"}, "(-4, 1)"},
	{"divmod", []string{"auto", "-7.5", "2"}, "(-4.0, 0.5)"},
	{"floordiv", []string{"auto", "1", "0.0"}, "!ZeroDivisionError: float floor division by zero"},
	{"floordiv", []string{"auto", "1", "0"}, "!ZeroDivisionError: integer division or modulo by zero"},
	{"mod", []string{"auto", "1", "0"}, "!ZeroDivisionError: integer modulo by zero"},
	{"divmod", []string{"auto", "1", "0"}, "!ZeroDivisionError: integer division or modulo by zero"},
	{"mod", []string{"auto", "1.0", "0"}, "!ZeroDivisionError: float modulo"},
	{"divmod", []string{"auto", "1", "-0.0"}, "!ZeroDivisionError: float divmod()"},
	{"floordiv", []string{"auto", "10", "0.1"}, "99.0"},
	{"mod", []string{"auto", "-1e-20", "1"}, "1.0"},
	{"floordiv", []string{"auto", "-383.03635179613127", "6.322527182400627"}, "-61.0"},
	{"floordiv", []string{"auto", "inf", "1"}, "nan"},
	{"mod", []string{"auto", "-5", "inf"}, "inf"},
	{"divmod", []string{"auto", "0", "-1.0"}, "(-0.0, -0.0)"},
	{"floordiv", []string{"auto", "1" + strings.Repeat("0", 400), "1.0"}, "!OverflowError: int too large to convert to float"},
	{"floordiv", []string{"auto", "-9223372036854775808", "-1"}, "9223372036854775808"},
	{"mod", []string{"auto", "1", "-" + strings.Repeat("1", 100)}, "-" + strings.Repeat("1", 99) + "0"},
	{"floordiv", []string{"auto", "1_000", " 7 "}, "142"},
	{"floordiv", []string{"auto", "abc", "1"}, "!ValueError: could not convert string to float: 'abc'"},
	{"floordiv", []string{"auto", strings.Repeat("1", 4301), "2"}, "nan"}, // int() refuses 4301 digits: float('1'*4301) is inf
	{"divmod", []string{"decimal", "-7", "2"}, "(Decimal('-3'), Decimal('-1'))"},
	{"mod", []string{"decimal", "10", "3.0"}, "1.0"},
	{"floordiv", []string{"decimal", "1", "0"}, "!DivisionByZero: [<class 'decimal.DivisionByZero'>]"},
	{"floordiv", []string{"decimal", "0", "0"}, "!InvalidOperation: [<class 'decimal.DivisionUndefined'>]"},
	{"divmod", []string{"decimal", "1", "0"}, "!InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]"},
	{"floordiv", []string{"decimal", "1E+28", "1"}, "10000000000000000000000000000"},
	{"floordiv", []string{"decimal", "abc", "1"}, "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
	// pyround's limits.
	{"mod", []string{"decimal", "1E+1000000", "1"}, "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
	{"divmod", []string{"decimal", "1E+999999", "0.1"}, "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
	{"mod", []string{"decimal", "1E+999999", "7"}, "6"},
	{"mod", []string{"decimal", "1E+1000000", "7"}, "4"}, // the quotient has 1000000 digits
	{"floordiv", []string{"decimal", "1", "1E+2147483648"}, "!OverflowError: decimal exponent out of the int32 range of apd (pyround's limit)"},
	{"floordiv", []string{"decimal", "1E+2147483648", "abc"}, "!OverflowError: decimal exponent out of the int32 range of apd (pyround's limit)"},
	{"mod", []string{"decimal", "12E+2147483647", "5E+2147483647"}, "2E+2147483647"},
}

func TestEvalDiv(t *testing.T) {
	o := oracle.Start(t)
	for _, c := range divCases {
		got, err := o.Eval(c.op, c.args...)
		if err != nil {
			t.Errorf("Eval(%s, %.80q): %v", c.op, c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("Eval(%s, %.80q) = %q, want %q", c.op, c.args, got, c.want)
		}
	}
	for _, bad := range [][]string{{"auto", "1"}, {"float", "1", "2"}, {"decimal", "1", "2", "3"}} {
		if got, err := o.Eval("divmod", bad...); err == nil || !strings.Contains(err.Error(), "ProtocolError") {
			t.Errorf("Eval(divmod, %q) = %q, %v; want a ProtocolError", bad, got, err)
		}
	}
}

func TestGoldenDiv(t *testing.T) {
	total := 0
	for _, op := range divOps {
		cases := oracle.Golden(t, op)
		total += len(cases)
		kinds := map[string]int{}
		for i, c := range cases {
			if len(c.Args) != 3 || !slices.Contains([]string{"auto", "decimal"}, c.Args[0]) {
				t.Fatalf("golden %s case %d is malformed: %q -> %q", op, i, c.Args, c.Want)
			}
			kinds[c.Args[0]]++
		}
		if kinds["auto"] < 10000 || kinds["decimal"] < 10000 {
			t.Errorf("golden %s: %v, want at least 10000 of each", op, kinds)
		}
	}
	if total < 100000 {
		t.Errorf("golden floordiv+mod+divmod have %d cases, want at least 100000", total)
	}
}

// TestGoldenDivMatchesOracle re-evaluates a sample of the golden cases.
func TestGoldenDivMatchesOracle(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 0))
	for _, op := range divOps {
		cases := oracle.Golden(t, op)
		n := min(1000, len(cases))
		var args [][]string
		var want []string
		for _, j := range r.Perm(len(cases))[:n] {
			args = append(args, cases[j].Args)
			want = append(want, cases[j].Want)
		}
		got, err := o.EvalBatch(op, args)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for i := range args {
			if got[i] != want[i] {
				if bad++; bad <= 10 {
					t.Errorf("golden %s %.80q: file %q, oracle now %q", op, args[i], trunc(want[i]), trunc(got[i]))
				}
			}
		}
		if bad > 0 {
			t.Errorf("%d of %d golden %s cases differ: regenerate with python3 internal/oracle/gen_golden.py %s, after checking why", bad, n, op, op)
		}
	}
}

func TestGenDiv(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	for _, op := range divOps {
		a, err := o.Gen(op, seed, 500)
		if err != nil {
			t.Fatal(err)
		}
		b, err := o.Gen(op, seed, 500)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(a, b, func(p, q oracle.Case) bool { return p.Want == q.Want && slices.Equal(p.Args, q.Args) }) {
			t.Errorf("Gen(%s) is not deterministic for a seed", op)
		}
	}
}
