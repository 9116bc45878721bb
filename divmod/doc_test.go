package divmod_test

import (
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/tsv"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// The tests compare pyround with CPython through one text form: the line
// print() shows for A // B, A % B or divmod(A, B), or "!Type: message" when
// Python raises. testdata/gen_divmod.py defines the expectation for each
// KIND of operands (see its docstring); the committed table
// testdata/divmod.tsv and the live differential test both use it.

// tableCase is one line of testdata/divmod.tsv.
type tableCase struct {
	line                 int
	kind, op, a, b, want string
}

var (
	tableOnce  sync.Once
	tableCases []tableCase
	tableErr   error
)

func loadTable(t *testing.T) []tableCase {
	t.Helper()
	tableOnce.Do(func() {
		rows, err := tsv.ReadFile("testdata/divmod.tsv")
		if err != nil {
			tableErr = err
			return
		}
		for _, r := range rows {
			fs := r.Fields
			if len(fs) != 5 {
				tableErr = r.Errorf("%d fields, want 5", len(fs))
				return
			}
			tableCases = append(tableCases, tableCase{r.Line, fs[0], fs[1], fs[2], fs[3], fs[4]})
		}
	})
	if tableErr != nil {
		t.Fatal(tableErr)
	}
	return tableCases
}

// eval computes a case with package divmod and formats it as Python
// prints it; kind and op are as in gen_divmod.py.
func eval(t testing.TB, kind, op, a, b string) string {
	switch kind {
	case "int8":
		return evalInt[int8](t, op, a, b, 8)
	case "int16":
		return evalInt[int16](t, op, a, b, 16)
	case "int32":
		return evalInt[int32](t, op, a, b, 32)
	case "int64":
		return evalInt[int64](t, op, a, b, 64)
	case "int":
		return evalInt[int](t, op, a, b, 64)
	case "uint8":
		return evalUint[uint8](t, op, a, b, 8)
	case "uint16":
		return evalUint[uint16](t, op, a, b, 16)
	case "uint32":
		return evalUint[uint32](t, op, a, b, 32)
	case "uint64":
		return evalUint[uint64](t, op, a, b, 64)
	case "uint":
		return evalUint[uint](t, op, a, b, 64)
	case "uintptr":
		return evalUint[uintptr](t, op, a, b, 64)
	case "big":
		return evalBig(t, op, mustBig(t, a), mustBig(t, b))
	case "float":
		return evalFloat(op, mustFloat(t, a), mustFloat(t, b))
	case "mixed":
		x, err := operandFloat(t, a)
		if err != nil {
			return oracle.Result("", err)
		}
		y, err := operandFloat(t, b)
		if err != nil {
			return oracle.Result("", err)
		}
		return evalFloat(op, x, y)
	case "i2f":
		f, err := divmod.IntToFloat(mustBig(t, a))
		return oracle.Result(pyfmt.Repr(f), err)
	case "dec":
		return evalDec(op, mustDec(t, a), mustDec(t, b), false)
	case "decfloor":
		return evalDec(op, mustDec(t, a), mustDec(t, b), true)
	}
	t.Fatalf("unknown kind %q", kind)
	return ""
}

func evalInt[T int8 | int16 | int32 | int64 | int](t testing.TB, op, a, b string, bits int) string {
	x, err1 := strconv.ParseInt(a, 10, bits)
	y, err2 := strconv.ParseInt(b, 10, bits)
	if err1 != nil || err2 != nil {
		t.Fatalf("bad int%d operands %q %q", bits, a, b)
	}
	return evalInteger(op, T(x), T(y))
}

func evalUint[T uint8 | uint16 | uint32 | uint64 | uint | uintptr](t testing.TB, op, a, b string, bits int) string {
	x, err1 := strconv.ParseUint(a, 10, bits)
	y, err2 := strconv.ParseUint(b, 10, bits)
	if err1 != nil || err2 != nil {
		t.Fatalf("bad uint%d operands %q %q", bits, a, b)
	}
	return evalInteger(op, T(x), T(y))
}

func evalInteger[T divmod.Integer](op string, a, b T) string {
	switch op {
	case "floordiv":
		q, err := divmod.FloorDiv(a, b)
		return oracle.Result(intText(q), err)
	case "mod":
		r, err := divmod.Mod(a, b)
		return oracle.Result(intText(r), err)
	}
	q, r, err := divmod.DivMod(a, b)
	return oracle.Result(pair(intText(q), intText(r)), err)
}

func evalBig(t testing.TB, op string, a, b *big.Int) string {
	switch op {
	case "floordiv":
		q, err := divmod.FloorDivBig(nil, a, b)
		return oracle.Result(bigText(q), err)
	case "mod":
		r, err := divmod.ModBig(nil, a, b)
		return oracle.Result(bigText(r), err)
	}
	q, r, err := divmod.DivModBig(nil, nil, a, b)
	if err == nil {
		checkBigIdentity(t, a, b, q, r)
	}
	return oracle.Result(pair(bigText(q), bigText(r)), err)
}

func evalFloat(op string, a, b float64) string {
	switch op {
	case "floordiv":
		q, err := divmod.FloorDivFloat(a, b)
		return oracle.Result(pyfmt.Repr(q), err)
	case "mod":
		r, err := divmod.ModFloat(a, b)
		return oracle.Result(pyfmt.Repr(r), err)
	}
	q, r, err := divmod.DivModFloat(a, b)
	return oracle.Result(pair(pyfmt.Repr(q), pyfmt.Repr(r)), err)
}

func evalDec(op string, a, b decimal.Decimal, floor bool) string {
	div, mod, dm := divmod.TruncDivDecimal, divmod.TruncModDecimal, divmod.TruncDivModDecimal
	if floor {
		div, mod, dm = divmod.FloorDivDecimal, divmod.ModDecimal, divmod.DivModDecimal
	}
	switch op {
	case "floordiv":
		q, err := div(a, b)
		return oracle.Result(pyfmt.DecimalString(q), err)
	case "mod":
		r, err := mod(a, b)
		return oracle.Result(pyfmt.DecimalString(r), err)
	}
	q, r, err := dm(a, b)
	return oracle.Result(pair(decRepr(q), decRepr(r)), err)
}

func pair(q, r string) string { return "(" + q + ", " + r + ")" }

func bigText(x *big.Int) string {
	if x == nil {
		return "<nil>"
	}
	return string(pyfmt.AppendBigInt(nil, x))
}

func decRepr(d decimal.Decimal) string { return "Decimal('" + pyfmt.DecimalString(d) + "')" }

// checkBigIdentity fails unless q*b + r == a, |r| < |b| and r is 0 or has
// b's sign.
func checkBigIdentity(t testing.TB, a, b, q, r *big.Int) {
	t.Helper()
	v := new(big.Int).Mul(q, b)
	v.Add(v, r)
	if v.Cmp(a) != 0 || r.CmpAbs(b) >= 0 || r.Sign()*b.Sign() < 0 {
		t.Errorf("DivModBig(%v, %v) = (%v, %v): breaks q*b + r == a, |r| < |b|, sign(r) == sign(b)", a, b, q, r)
	}
}

func mustBig(t testing.TB, s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return x
}

func mustFloat(t testing.TB, s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

// operandFloat converts an operand of a mixed case as Python does: an int
// text through IntToFloat, else a float text.
func operandFloat(t testing.TB, s string) (float64, error) {
	if x, ok := new(big.Int).SetString(s, 10); ok {
		return divmod.IntToFloat(x)
	}
	return mustFloat(t, s), nil
}

// mustDec parses the decimal texts gen_divmod.py and the live test use:
// [-]digits[.digits][E[+|-]digits], with any int32 exponent (shopspring's
// NewFromString refuses exponents beyond ±10000).
func mustDec(t testing.TB, s string) decimal.Decimal {
	mant, exp := s, int64(0)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.ParseInt(s[i+1:], 10, 64)
		if err != nil {
			t.Fatalf("bad decimal %q", s)
		}
		mant, exp = s[:i], e
	}
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		exp -= int64(len(mant) - i - 1)
		mant = mant[:i] + mant[i+1:]
	}
	c, ok := new(big.Int).SetString(mant, 10)
	if !ok || exp < math.MinInt32 || exp > math.MaxInt32 {
		t.Fatalf("bad decimal %q", s)
	}
	return decimal.NewFromBigInt(c, int32(exp))
}

// TestTable checks every case of testdata/divmod.tsv, CPython's answers
// written by testdata/gen_divmod.py.
func TestTable(t *testing.T) {
	counts := map[string]int{}
	for _, c := range loadTable(t) {
		got := eval(t, c.kind, c.op, c.a, c.b)
		if got != c.want {
			t.Errorf("line %d: %s %s(%s, %s) = %.200s, Python: %.200s", c.line, c.kind, c.op, c.a, c.b, got, c.want)
		}
		counts[c.kind]++
	}
	t.Logf("%d cases: %v", len(loadTable(t)), counts)
}

func intText[T divmod.Integer](x T) string { return string(pyfmt.AppendInt(nil, x)) }

// runLive sends cases (KIND, OP, A, B) to python3 running
// testdata/gen_divmod.py --serve and checks eval against every answer.
func runLive(t *testing.T, o *oracle.Oracle, cases [][4]string) {
	t.Helper()
	src, err := os.ReadFile("testdata/gen_divmod.py")
	if err != nil {
		t.Fatal(err)
	}
	script := "import sys\nsys.argv[1:] = ['--serve']\n" + string(src)
	lines := make([]string, len(cases))
	for i, c := range cases {
		lines[i] = strings.Join(c[:], "\t")
	}
	want := o.RunScript(t, script, lines)
	bad := 0
	for i, c := range cases {
		if got := eval(t, c[0], c[1], c[2], c[3]); got != want[i] {
			if bad++; bad <= 20 {
				t.Errorf("%s %s(%s, %s) = %.200s, Python: %.200s", c[0], c[1], c[2], c[3], got, want[i])
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d mismatches in all", bad)
	}
	t.Logf("%d cases checked against python3", len(cases))
}
