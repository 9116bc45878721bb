package oracle_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyerr"
)

func TestPing(t *testing.T) {
	o := oracle.Start(t)
	if err := o.Ping(); err != nil {
		t.Fatal(err)
	}
	if v := o.Version(); !strings.HasPrefix(v, oracle.PythonVersion+".") {
		t.Errorf("Version() = %q, want %s.x", v, oracle.PythonVersion)
	}
}

// roundCases were computed by running python3 (3.11.7) directly with the
// builtins named by the contract, not through oracle.py:
// round(2.675, 2), Decimal('2.675').quantize(Decimal('0.01')),
// float(Decimal(2.675).quantize(Decimal('0.01'), ROUND_HALF_UP)), ...
var roundCases = []oracle.Case{
	{[]string{"auto", "2.675", "2", "HALF_EVEN"}, "2.67"},
	{[]string{"decimal", "2.675", "2", "HALF_EVEN"}, "2.68"},
	{[]string{"auto", "2.5", "", "HALF_EVEN"}, "2"},
	{[]string{"auto", "25", "-1", "HALF_EVEN"}, "20"},
	{[]string{"auto", "0.125", "2", "HALF_EVEN"}, "0.12"},
	{[]string{"float", "1e300", "", "HALF_EVEN"}, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
	{[]string{"auto", "nan", "", "HALF_EVEN"}, "!ValueError: cannot convert float NaN to integer"},
	{[]string{"auto", "abc", "", "HALF_EVEN"}, "!ValueError: could not convert string to float: 'abc'"},
	{[]string{"decimal", "abc", "", "HALF_EVEN"}, "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
	{[]string{"float", "1.7976931348623157e308", "-308", "HALF_EVEN"}, "!OverflowError: rounded value too large to represent"},
	{[]string{"auto", "2.675", "2", "HALF_UP"}, "2.67"},
	{[]string{"auto", "-0.5", "0", "CEILING"}, "-0.0"},
	{[]string{"decimal", "-0.005", "2", "05UP"}, "-0.01"},
	{[]string{"auto", "3", "-1", "05UP"}, "10"},
	{[]string{"auto", "1.5", "1000000000000000000000000000000", "HALF_EVEN"}, "1.5"},
	{[]string{"auto", " 1_000 ", "-3", "HALF_EVEN"}, "1000"},
	{[]string{"auto", "9007199254740993", "", "HALF_EVEN"}, "9007199254740993"},
	{[]string{"float", "9007199254740993", "", "HALF_EVEN"}, "9007199254740992"},
	{[]string{"decimal", "1.2345E+30", "", "HALF_EVEN"}, "1234500000000000000000000000000"},
	{[]string{"decimal", "1E+4300", "", "HALF_EVEN"}, "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
	{[]string{"decimal", "sNaN", "2", "HALF_EVEN"}, "!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{[]string{"decimal", "NaN", "", "HALF_EVEN"}, "!ValueError: cannot convert NaN to integer"},
	{[]string{"float", "inf", "", "FLOOR"}, "!OverflowError: cannot convert float infinity to integer"},
	{[]string{"float", "-inf", "3", "FLOOR"}, "-inf"},
	// Defined by the contract, not computable by Python in reasonable time.
	{[]string{"auto", "3", "-1000000", "UP"}, "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
	{[]string{"auto", "3", "-1000000000000000000000000000000", "DOWN"}, "0"},
	{[]string{"auto", "3", "-1000000000000000000000000000000", "HALF_EVEN"}, "0"},
	{[]string{"decimal", "1.5", "1000000", "HALF_EVEN"}, "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
}

func TestEvalRound(t *testing.T) {
	o := oracle.Start(t)
	for _, c := range roundCases {
		got, err := o.Eval("round", c.Args...)
		if err != nil {
			t.Errorf("Eval(round, %q): %v", c.Args, err)
			continue
		}
		if got != c.Want {
			t.Errorf("Eval(round, %q) = %q, want %q", c.Args, got, c.Want)
		}
	}
	args := make([][]string, len(roundCases))
	for i, c := range roundCases {
		args[i] = c.Args
	}
	got, err := o.EvalBatch("round", args)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range roundCases {
		if got[i] != c.Want {
			t.Errorf("EvalBatch: case %d %q = %q, want %q", i, c.Args, got[i], c.Want)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	o := oracle.Start(t)
	bad := []struct {
		op   string
		args []string
		want string // substring of the error
	}{
		{"round", []string{"auto", "1"}, "ProtocolError"},
		{"round", []string{"hex", "1", "", "HALF_EVEN"}, "ProtocolError"},
		{"round", []string{"auto", "1", "", "HALF_ODD"}, "ProtocolError"},
		{"round", []string{"auto", "1", "1.5", "HALF_EVEN"}, "ProtocolError"},
		{"nosuchop", []string{"1"}, "unknown op"},
		{"round", []string{"auto", "1\t2", "", "HALF_EVEN"}, "TAB or newline"},
		{"round", []string{"auto", "1\n", "", "HALF_EVEN"}, "TAB or newline"},
	}
	for _, c := range bad {
		if got, err := o.Eval(c.op, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Eval(%q, %q) = %q, %v; want an error containing %q", c.op, c.args, got, err, c.want)
		}
	}
	// The oracle keeps serving after bad requests.
	if got, err := o.Eval("round", "auto", "2.5", "", "HALF_EVEN"); err != nil || got != "2" {
		t.Errorf("after errors: Eval = %q, %v; want 2", got, err)
	}
	if _, err := o.Gen("nosuchop", 1, 3); err == nil {
		t.Error("Gen(nosuchop) succeeded")
	}
	if cs, err := o.Gen("round", 1, 0); err != nil || len(cs) != 0 {
		t.Errorf("Gen(round, 1, 0) = %v, %v", cs, err)
	}
	if err := o.Ping(); err != nil {
		t.Fatal(err)
	}
}

func TestResult(t *testing.T) {
	if got := oracle.Result("2.67", nil); got != "2.67" {
		t.Errorf("Result(2.67, nil) = %q", got)
	}
	err := pyerr.ValueError("cannot convert float NaN to integer")
	if got, want := oracle.Result("", err), "!ValueError: cannot convert float NaN to integer"; got != want {
		t.Errorf("Result(_, err) = %q, want %q", got, want)
	}
}

func TestGen(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	a, err := o.Gen("round", seed, 2000)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 2000 {
		t.Fatalf("Gen returned %d cases, want 2000", len(a))
	}
	b, err := o.Gen("round", seed, 2000)
	if err != nil {
		t.Fatal(err)
	}
	c, err := o.Gen("round", seed+1, 2000)
	if err != nil {
		t.Fatal(err)
	}
	same := func(x, y []oracle.Case) bool {
		return slices.EqualFunc(x, y, func(p, q oracle.Case) bool {
			return p.Want == q.Want && slices.Equal(p.Args, q.Args)
		})
	}
	if !same(a, b) {
		t.Error("Gen is not deterministic for a seed")
	}
	if same(a, c) {
		t.Error("Gen gives the same cases for two seeds")
	}
	for _, k := range a {
		if len(k.Args) != 4 {
			t.Fatalf("round case with %d args: %q", len(k.Args), k.Args)
		}
	}
}

// TestEvalBatchLarge pipelines 20000 generated cases through EvalBatch and
// checks that eval agrees with the generator's expected answers (which
// also proves the texts survive the trip through the protocol).
func TestEvalBatchLarge(t *testing.T) {
	o := oracle.Start(t)
	n := oracle.CaseCount(t, 20000)
	cases, err := o.Gen("round", oracle.Seed(t), n)
	if err != nil {
		t.Fatal(err)
	}
	args := make([][]string, len(cases))
	for i, c := range cases {
		args[i] = c.Args
	}
	start := time.Now()
	got, err := o.EvalBatch("round", args)
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	t.Logf("EvalBatch of %d round cases: %v (%.1f µs/case)", n, d, float64(d.Microseconds())/float64(max(n, 1)))
	bad := 0
	for i, c := range cases {
		if got[i] != c.Want {
			if bad++; bad <= 10 {
				t.Errorf("case %q: eval %q, gen %q", c.Args, got[i], c.Want)
			}
		}
	}
	if d > time.Minute {
		t.Errorf("EvalBatch of %d cases took %v", n, d)
	}
}

func TestRestart(t *testing.T) {
	oracle.Start(t) // skips without python3
	o, err := oracle.New()
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()

	oracle.KillNow(o)
	if got, err := o.Eval("round", "auto", "2.675", "2", "HALF_EVEN"); err != nil || got != "2.67" {
		t.Fatalf("after kill: Eval = %q, %v", got, err)
	}
	if r := oracle.Restarts(o); r != 1 {
		t.Errorf("Restarts = %d after one kill, want 1", r)
	}

	cases, err := o.Gen("round", 7, 5000)
	if err != nil {
		t.Fatal(err)
	}
	args := make([][]string, len(cases))
	for i, c := range cases {
		args[i] = c.Args
	}
	oracle.KillDuringNextBatch(o)
	got, err := o.EvalBatch("round", args)
	if err != nil {
		t.Fatalf("EvalBatch with the process killed mid-batch: %v", err)
	}
	for i, c := range cases {
		if got[i] != c.Want {
			t.Fatalf("after restart: case %q = %q, want %q", c.Args, got[i], c.Want)
		}
	}
	if r := oracle.Restarts(o); r != 2 {
		t.Errorf("Restarts = %d after two kills, want 2", r)
	}

	o.Close()
	if _, err := o.Eval("round", "auto", "1", "", "HALF_EVEN"); err == nil {
		t.Error("Eval after Close succeeded")
	}
}

func TestNoPython(t *testing.T) {
	t.Setenv("PYROUND_PYTHON", "pyround-no-such-python")
	_, err := oracle.New()
	if !errors.Is(err, oracle.ErrNoPython) {
		t.Errorf("New() with a missing interpreter: %v, want ErrNoPython", err)
	}
}

// Answers containing TAB, newline or backslash come back exactly: the
// protocol escapes them unambiguously (format(9, 'c') is a TAB; the
// message for float('a\\tb') quotes a backslash, doubled by repr).
func TestAnswersWithEscapes(t *testing.T) {
	o := oracle.Start(t)
	for _, c := range []struct {
		op, want string
		args     []string
	}{
		{"format", "\t", []string{"auto", "c", "9"}},
		{"format", "\n", []string{"auto", "c", "10"}},
		{"round", `!ValueError: could not convert string to float: 'a\\tb'`, []string{"auto", `a\tb`, "", "HALF_EVEN"}},
	} {
		got, err := o.Eval(c.op, c.args...)
		if err != nil || got != c.want {
			t.Errorf("Eval(%s %q) = %q, %v; want %q", c.op, c.args, got, err, c.want)
		}
	}
}
