package pydecimal_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

var pydOps = []string{"floordiv", "mod", "divmod"}

// pydParse reads a Decimal text as the CLI does: pyparse.ParseDecimal,
// then pyparse.APD.
func pydParse(s string, z *apd.Decimal) error {
	d, _, err := pyparse.ParseDecimal(nil, s)
	if err != nil {
		return err
	}
	_, err = pyparse.APD(d, z)
	return err
}

// pydOp returns what `pyround OP --as decimal A B` prints, or
// "!Type: message": A is read (syntax, then apd range), then B, then the
// operation runs. It also returns the text of the result values, which on
// error are those Python gives with the trap disabled.
func pydOp(ctx *pydecimal.Context, op, a, b string) (out, values string) {
	var x, y, q, r apd.Decimal
	if err := pydParse(a, &x); err != nil {
		return oracle.Result("", err), ""
	}
	if err := pydParse(b, &y); err != nil {
		return oracle.Result("", err), ""
	}
	var err error
	var text []byte
	switch op {
	case "floordiv":
		err = ctx.DivInt(&q, &x, &y)
		text = pyfmt.AppendAPD(nil, &q)
	case "mod":
		err = ctx.Rem(&r, &x, &y)
		text = pyfmt.AppendAPD(nil, &r)
	case "divmod":
		err = ctx.DivMod(&q, &r, &x, &y)
		// print() of a tuple shows its items' repr.
		text = pyfmt.AppendAPDRepr([]byte("("), &q)
		text = pyfmt.AppendAPDRepr(append(text, ", "...), &r)
		text = append(text, ')')
	default:
		panic("unknown op " + op)
	}
	return oracle.Result(string(text), err), string(text)
}

// pydCheckCases replays the AS decimal cases of op with ExactContext
// and returns how many there were.
func pydCheckCases(t *testing.T, op string, cases []oracle.Case) int {
	t.Helper()
	ctx := pydecimal.ExactContext()
	n, bad := 0, 0
	for _, c := range cases {
		if len(c.Args) != 3 {
			t.Fatalf("%s case with %d args: %q", op, len(c.Args), c.Args)
		}
		if c.Args[0] != "decimal" {
			continue
		}
		n++
		if got, _ := pydOp(ctx, op, c.Args[1], c.Args[2]); got != c.Want {
			if bad++; bad <= 20 {
				t.Errorf("%s --as decimal %q %q = %q, want %q", op, pydTrunc(c.Args[1]), pydTrunc(c.Args[2]), pydTrunc(got), pydTrunc(c.Want))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d decimal cases differ", op, bad, n)
	}
	return n
}

func pydTrunc(s string) string {
	if len(s) > 200 {
		return s[:200] + fmt.Sprintf("...(%d bytes)", len(s))
	}
	return s
}

// TestContextGolden replays the decimal cases of pyops/testdata/golden/{floordiv,
// mod,divmod}.tsv.gz through pyparse.APD, ExactContext and pyfmt.
func TestContextGolden(t *testing.T) {
	for _, op := range pydOps {
		t.Run(op, func(t *testing.T) {
			if n := pydCheckCases(t, op, oracle.Golden(t, op)); n < 10000 {
				t.Errorf("golden %s has only %d decimal cases", op, n)
			}
		})
	}
}

// TestContextLive runs fresh generated cases against the live oracle.
func TestContextLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	n := oracle.CaseCount(t, 20000)
	if testing.Short() {
		n /= 10
	}
	for i, op := range pydOps {
		cases, err := o.Gen(op, seed+int64(i), n)
		if err != nil {
			t.Fatal(err)
		}
		pydCheckCases(t, op, cases)
	}
}

// pydExactCases were computed by python3 3.11.7 with
// localcontext(Context(prec=10**6, Emax=MAX_EMAX, Emin=MIN_EMIN)): print(a // b),
// print(a % b), print(divmod(a, b)), except the pyround limit errors.
var pydExactCases = []struct {
	a, b                string
	floordiv, mod, pair string
}{
	{"7", "2", "3", "1", "(Decimal('3'), Decimal('1'))"},
	{"-7", "2", "-3", "-1", "(Decimal('-3'), Decimal('-1'))"},
	{"7", "-2", "-3", "1", "(Decimal('-3'), Decimal('1'))"},
	{"-7.5", "2", "-3", "-1.5", "(Decimal('-3'), Decimal('-1.5'))"},
	{"10", "3.0", "3", "1.0", "(Decimal('3'), Decimal('1.0'))"},
	{"-7", "0.5", "-14", "-0.0", "(Decimal('-14'), Decimal('-0.0'))"},
	{"7.5", "0.20", "37", "0.10", "(Decimal('37'), Decimal('0.10'))"},
	{"-0", "1", "-0", "-0", "(Decimal('-0'), Decimal('-0'))"},
	{"0", "-1", "-0", "0", "(Decimal('-0'), Decimal('0'))"},
	{"-4", "2", "-2", "-0", "(Decimal('-2'), Decimal('-0'))"},
	{"0E+5", "1E-3", "0", "0.000", "(Decimal('0'), Decimal('0.000'))"},
	{"5E+5", "3E+7", "0", "5E+5", "(Decimal('0'), Decimal('5E+5'))"},
	{"5E+5", "30E+6", "0", "5E+5", "(Decimal('0'), Decimal('5E+5'))"},
	{"5E+5", "3000E+3", "0", "5.00E+5", "(Decimal('0'), Decimal('5.00E+5'))"},
	{"5E+5", "3E+3", "166", "2E+3", "(Decimal('166'), Decimal('2E+3'))"},
	{"1E+5", "3E-3", "33333333", "0.001", "(Decimal('33333333'), Decimal('0.001'))"},
	{"1E+27", "1", "1000000000000000000000000000", "0", "(Decimal('1000000000000000000000000000'), Decimal('0'))"},
	{"1E+30", "7", "142857142857142857142857142857", "1", "(Decimal('142857142857142857142857142857'), Decimal('1'))"},
	{"12E+2147483647", "5E+2147483647", "2", "2E+2147483647", "(Decimal('2'), Decimal('2E+2147483647'))"},
	{"1E+999999", "7", strings.Repeat("142857", 166666) + "142", "6", ""},
	{"1", "0", "!DivisionByZero: [<class 'decimal.DivisionByZero'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]",
		"!InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]"},
	{"-1", "-0.00", "!DivisionByZero: [<class 'decimal.DivisionByZero'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]",
		"!InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]"},
	{"0", "0", "!InvalidOperation: [<class 'decimal.DivisionUndefined'>]", "!InvalidOperation: [<class 'decimal.DivisionUndefined'>]",
		"!InvalidOperation: [<class 'decimal.DivisionUndefined'>]"},
	{"Infinity", "1", "Infinity", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{"-Infinity", "0", "-Infinity", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{"Infinity", "-Infinity", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]",
		"!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{"-1", "Infinity", "-0", "-1", "(Decimal('-0'), Decimal('-1'))"},
	{"-0", "Infinity", "-0", "-0", "(Decimal('-0'), Decimal('-0'))"},
	{"NaN5", "NaN7", "NaN5", "NaN5", "(Decimal('NaN5'), Decimal('NaN5'))"},
	{"1", "-NaN7", "-NaN7", "-NaN7", "(Decimal('-NaN7'), Decimal('-NaN7'))"},
	{"NaN5", "sNaN7", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]",
		"!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{"sNaN", "0", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]",
		"!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
	{"NaN" + strings.Repeat("1", 30), "1", "NaN" + strings.Repeat("1", 30), "NaN" + strings.Repeat("1", 30), ""},
	// pyround's limit where Python (prec 10**6) raises DivisionImpossible.
	{"1E+1000000", "1", "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error()},
	{"1E+999999", "0.1", "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error()},
	{"1E+999999", "0.3", strings.Repeat("3", 1000000), "0.1", ""},
	{"1E+2000000000", "3E-2000000000", "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error(), "!" + digits.ErrTooManyDigits.Error()},
	// apd's int32 exponents, A before B.
	{"1E+2147483648", "x", "!" + pyparse.ErrAPDExponent.Error(), "!" + pyparse.ErrAPDExponent.Error(), "!" + pyparse.ErrAPDExponent.Error()},
	{"x", "1E+2147483648", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]",
		"!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
}

func TestExactContextTable(t *testing.T) {
	ctx := pydecimal.ExactContext()
	for _, c := range pydExactCases {
		for i, want := range []string{c.floordiv, c.mod, c.pair} {
			if want == "" {
				continue
			}
			if got, _ := pydOp(ctx, pydOps[i], c.a, c.b); got != want {
				t.Errorf("%s(%q, %q) = %q, want %q", pydOps[i], c.a, c.b, pydTrunc(got), pydTrunc(want))
			}
		}
	}
}

// TestExactContextTableOracle checks the table itself against the oracle.
func TestExactContextTableOracle(t *testing.T) {
	o := oracle.Start(t)
	for i, op := range pydOps {
		var args [][]string
		var want []string
		for _, c := range pydExactCases {
			if w := []string{c.floordiv, c.mod, c.pair}[i]; w != "" {
				args = append(args, []string{"decimal", c.a, c.b})
				want = append(want, w)
			}
		}
		got, err := o.EvalBatch(op, args)
		if err != nil {
			t.Fatal(err)
		}
		for j := range args {
			if got[j] != want[j] {
				t.Errorf("table %s %q: %q, oracle %q", op, args[j][1:], pydTrunc(want[j]), pydTrunc(got[j]))
			}
		}
	}
}

// TestExactLimitLongOperands: a remainder of more than 1000000 digits
// (Python with prec 10**6 rounds it) is the pyround limit; a NaN payload
// of more than 1000000 digits keeps its last 1000000 digits, as Python's
// context with that precision does.
func TestExactLimitLongOperands(t *testing.T) {
	if testing.Short() {
		t.Skip("million-digit operands")
	}
	ctx := pydecimal.ExactContext()
	a := strings.Repeat("1", 1000005)
	b := strings.Repeat("3", 1000005)
	for i, op := range pydOps {
		got, values := pydOp(ctx, op, a, b)
		want := "!" + digits.ErrTooManyDigits.Error()
		if i == 0 {
			want = "0" // the quotient is fine; the remainder is not computed
		}
		if got != want {
			t.Errorf("%s of two 1000005-digit operands = %q, want %q", op, pydTrunc(got), want)
		}
		if i == 2 && values != "(Decimal('NaN'), Decimal('NaN'))" {
			t.Errorf("divmod values after the limit error = %q, want NaNs", pydTrunc(values))
		}
	}
	if got, _ := pydOp(ctx, "mod", strings.Repeat("1", 1000000), b); got != strings.Repeat("1", 1000000) {
		t.Errorf("a remainder of exactly 1000000 digits = %q", pydTrunc(got))
	}
	payload := "12" + strings.Repeat("0", 5) + strings.Repeat("7", 999995)
	want := "NaN" + strings.Repeat("7", 999995)
	for _, op := range pydOps[:2] {
		if got, _ := pydOp(ctx, op, "NaN"+payload, "1"); got != want {
			t.Errorf("%s of a NaN with a 1000002-digit payload = %q, want %q", op, pydTrunc(got), pydTrunc(want))
		}
	}
}

// pydDefaultTexts are the operands of TestDefaultContextPython: every kind of
// special, the 28-digit DivisionImpossible boundary, remainders that round,
// overflow (also by a carry), subnormal and clamped results.
var pydDefaultTexts = []string{
	"7", "-7", "2", "-0.5", "0", "-0", "0E-3", "-0E+5", "10", "3.0", "-7.5", "1E+2", "0.1",
	"1E+27", "1E+28", "-1E+28", strings.Repeat("9", 28), strings.Repeat("9", 29), "1E+30", "1.5E+27",
	"12345678901234567890123456789", "2.5E+27", "0.3",
	"1." + strings.Repeat("0", 32) + "1", "-9." + strings.Repeat("9", 31), "123456789012345678901234567890.5",
	strings.Repeat("9", 30) + "5E-31",
	"5E+1000000", "7E+1000000", "-9." + strings.Repeat("9", 29) + "E+999999", "0E+1000000", "3E+999999", "1E+1000005",
	"5E-2000000", "12345E-1000030", "1E-1000026", "15E-1000027", "25E-1000027", "-35E-1000027", "0E-2000000",
	"9.5E-1000026", "7E-1000026",
	"NaN", "-NaN5", "sNaN", "-sNaN3", "Infinity", "-Infinity", "NaN" + strings.Repeat("1", 30), "NaN1" + strings.Repeat("0", 28),
	"-NaN" + strings.Repeat("0", 5) + strings.Repeat("4", 25) + "00000",
	"1E+2147483647", "-3E+2147483646", "1E-2147483648",
}

// TestDefaultContextPython checks DefaultContext against python3 under
// decimal.DefaultContext for every pair of pydDefaultTexts and random pairs:
// the printed result or exception, and the result values with the traps
// disabled (which the methods leave in their outputs on error).
func TestDefaultContextPython(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 3))
	var pairs []string
	for _, a := range pydDefaultTexts {
		for _, b := range pydDefaultTexts {
			pairs = append(pairs, a+"\t"+b)
		}
	}
	digits := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteByte(byte('0' + r.IntN(10)))
		}
		return sb.String()
	}
	for range 2000 {
		a := digits(1+r.IntN(40)) + fmt.Sprintf("E%d", r.IntN(60)-30)
		b := digits(1+r.IntN(20)) + fmt.Sprintf("E%d", r.IntN(60)-30)
		if r.IntN(2) == 0 {
			a = "-" + a
		}
		pairs = append(pairs, a+"\t"+b)
	}
	want := o.RunScript(t, `
import sys
from decimal import Decimal, DefaultContext, localcontext

def show(f, a, b, ctx):
    try:
        with localcontext(ctx):
            return str(f(a, b))
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)

ops = (lambda x, y: x // y, lambda x, y: x % y, divmod)
for line in sys.stdin:
    a, b = (Decimal(s) for s in line.rstrip("\n").split("\t"))
    out = []
    for traps in (True, False):
        for f in ops:
            ctx = DefaultContext.copy()
            if not traps:
                ctx.clear_traps()
            out.append(show(f, a, b, ctx))
    print("\t".join(out))
`, pairs)
	ctx := pydecimal.DefaultContext()
	bad := 0
	for i, p := range pairs {
		a, b, _ := strings.Cut(p, "\t")
		w := strings.Split(want[i], "\t")
		for j, op := range pydOps {
			got, values := pydOp(ctx, op, a, b)
			if got != w[j] || values != w[3+j] {
				if bad++; bad <= 20 {
					t.Errorf("DefaultContext %s(%q, %q) = %q, values %q; python3 %q, untrapped %q",
						op, a, b, pydTrunc(got), pydTrunc(values), pydTrunc(w[j]), pydTrunc(w[3+j]))
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d DefaultContext cases differ", bad, 3*len(pairs))
	}
}

// TestZeroContext: the zero Context is DefaultContext.
func TestZeroContext(t *testing.T) {
	var zero pydecimal.Context
	for _, a := range pydDefaultTexts {
		for _, b := range []string{"1", "0.3", "-7E-1000026", "0", "NaN", "Infinity"} {
			for _, op := range pydOps {
				g1, v1 := pydOp(&zero, op, a, b)
				g2, v2 := pydOp(pydecimal.DefaultContext(), op, a, b)
				if g1 != g2 || v1 != v2 {
					t.Errorf("zero Context %s(%q, %q) = %q %q, DefaultContext %q %q", op, a, b, g1, v1, g2, v2)
				}
			}
		}
	}
}

// TestContextAliasing: results may be written over the operands.
func TestContextAliasing(t *testing.T) {
	ctx := pydecimal.ExactContext()
	texts := []string{"-7.5", "2", "1E+40", "3.000000000000000000000000000001", "0", "NaN12", "-Infinity", "-0.00"}
	show := func(x *apd.Decimal) string { return string(pyfmt.AppendAPDRepr(nil, x)) }
	for _, as := range texts {
		for _, bs := range texts {
			var a, b apd.Decimal
			if err := pydParse(as, &a); err != nil {
				t.Fatal(err)
			}
			if err := pydParse(bs, &b); err != nil {
				t.Fatal(err)
			}
			var q, r apd.Decimal
			errQ := ctx.DivInt(&q, &a, &b)
			errR := ctx.Rem(&r, &a, &b)
			var dq, dr apd.Decimal
			errD := ctx.DivMod(&dq, &dr, &a, &b)
			want := []string{show(&q), show(&r), show(&dq), show(&dr)}
			for k, f := range []func(a, b *apd.Decimal) ([]string, []error){
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.DivInt(a, a, b)
					return []string{show(a)}, []error{e}
				},
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.DivInt(b, a, b)
					return []string{show(b)}, []error{e}
				},
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.Rem(a, a, b)
					return []string{show(a)}, []error{e}
				},
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.Rem(b, a, b)
					return []string{show(b)}, []error{e}
				},
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.DivMod(a, b, a, b)
					return []string{show(a), show(b)}, []error{e}
				},
				func(a, b *apd.Decimal) ([]string, []error) {
					e := ctx.DivMod(b, a, a, b)
					return []string{show(b), show(a)}, []error{e}
				},
			} {
				var x, y apd.Decimal
				x.Set(&a)
				y.Set(&b)
				got, errs := f(&x, &y)
				var w []string
				var we error
				switch k {
				case 0, 1:
					w, we = want[:1], errQ
				case 2, 3:
					w, we = want[1:2], errR
				default:
					w, we = want[2:], errD
				}
				if strings.Join(got, " ") != strings.Join(w, " ") || !errors.Is(errs[0], we) && errs[0] != we {
					t.Errorf("aliased form %d of (%q, %q) = %v %v, want %v %v", k, as, bs, got, errs[0], w, we)
				}
			}
		}
	}
}

func TestContextAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage changes allocation counts")
	}
	var a, b, q, r apd.Decimal
	for _, ctx := range []*pydecimal.Context{pydecimal.ExactContext(), pydecimal.DefaultContext()} {
		for _, p := range [][2]string{{"-7.5", "2"}, {"1234567890123.45678", "0.0007"}, {"9999999999999999999", "1E-0"}, {"NaN3", "1"}, {"1", "Infinity"}, {"-0", "5E-7"}} {
			if err := pydParse(p[0], &a); err != nil {
				t.Fatal(err)
			}
			if err := pydParse(p[1], &b); err != nil {
				t.Fatal(err)
			}
			allocs := testing.AllocsPerRun(100, func() {
				_ = ctx.DivInt(&q, &a, &b)
				_ = ctx.Rem(&r, &a, &b)
				_ = ctx.DivMod(&q, &r, &a, &b)
			})
			if allocs != 0 {
				t.Errorf("%q, %q: %v allocations", p[0], p[1], allocs)
			}
		}
	}
}

func BenchmarkContextDivMod(b *testing.B) {
	ctx := pydecimal.ExactContext()
	var x, y, q, r apd.Decimal
	if err := pydParse("-12345.678", &x); err != nil {
		b.Fatal(err)
	}
	if err := pydParse("0.25", &y); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = ctx.DivMod(&q, &r, &x, &y)
	}
}

func ExampleContext_DivMod() {
	ctx := pydecimal.ExactContext()
	var q, r apd.Decimal
	for _, p := range [][2]*apd.Decimal{
		{apd.New(-7, 0), apd.New(2, 0)},   // divmod(Decimal(-7), Decimal(2))
		{apd.New(10, 0), apd.New(30, -1)}, // divmod(Decimal('10'), Decimal('3.0'))
		{apd.New(1, 0), apd.New(0, 0)},
	} {
		if err := ctx.DivMod(&q, &r, p[0], p[1]); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("(%s, %s)\n", pyfmt.AppendAPDRepr(nil, &q), pyfmt.AppendAPDRepr(nil, &r))
	}
	// Output:
	// (Decimal('-3'), Decimal('-1'))
	// (Decimal('3'), Decimal('1.0'))
	// InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
}

func ExampleContext_DivInt() {
	// Decimal('1E+28') // 1 has 29 digits: too many for Python's default
	// context, not for ExactContext, which stops at 1000000 digits.
	var q apd.Decimal
	one := apd.New(1, 0)
	if err := pydecimal.DefaultContext().DivInt(&q, apd.New(1, 28), one); err != nil {
		fmt.Println(err)
	}
	if err := pydecimal.ExactContext().DivInt(&q, apd.New(1, 28), one); err == nil {
		fmt.Println(string(pyfmt.AppendAPD(nil, &q)))
	}
	if err := pydecimal.ExactContext().DivInt(&q, apd.New(1, 1000000), one); err != nil {
		fmt.Println(err)
	}
	// Output:
	// InvalidOperation: [<class 'decimal.DivisionImpossible'>]
	// 10000000000000000000000000000
	// OverflowError: result would have more than 1000000 digits (pyround's limit)
}

func ExampleContext_Rem() {
	ctx := pydecimal.ExactContext()
	var r apd.Decimal
	for _, p := range [][2]*apd.Decimal{
		{apd.New(-7, 0), apd.New(5, -1)}, // Decimal(-7) % Decimal('0.5')
		{apd.New(75, -1), apd.New(-2, 0)},
		{apd.New(1, 0), apd.New(0, 0)},
	} {
		if err := ctx.Rem(&r, p[0], p[1]); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(string(pyfmt.AppendAPD(nil, &r)))
	}
	// Output:
	// -0.0
	// 1.5
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
}

// FuzzContext checks that the methods never panic and that DivMod agrees
// with DivInt and Rem whenever all three succeed.
func FuzzContext(f *testing.F) {
	for _, s := range [][2]string{{"-7", "2"}, {"1E+28", "1"}, {"NaN12", "sNaN"}, {"-0", "Infinity"},
		{"1.000000000000000000000000000000001", "7"}, {"5E-2000000", "3"}, {"12E+2147483647", "5E+2147483646"}} {
		f.Add(s[0], s[1])
	}
	ctxs := []*pydecimal.Context{pydecimal.DefaultContext(), pydecimal.ExactContext()}
	f.Fuzz(func(t *testing.T, as, bs string) {
		var a, b apd.Decimal
		if pydParse(as, &a) != nil || pydParse(bs, &b) != nil {
			return
		}
		// Keep quotients short: the fuzzer would otherwise spend its time
		// building million-digit numbers.
		if a.Form == apd.Finite && b.Form == apd.Finite &&
			int64(a.Exponent)+a.NumDigits()-int64(b.Exponent)-b.NumDigits() > 5000 {
			return
		}
		for _, ctx := range ctxs {
			var q, r, dq, dr apd.Decimal
			eq := ctx.DivInt(&q, &a, &b)
			er := ctx.Rem(&r, &a, &b)
			ed := ctx.DivMod(&dq, &dr, &a, &b)
			if eq == nil && er == nil && ed == nil {
				if q.CmpTotal(&dq) != 0 || r.CmpTotal(&dr) != 0 || q.Negative != dq.Negative || r.Negative != dr.Negative {
					t.Errorf("%q, %q: DivMod = (%s, %s), DivInt and Rem %s %s", as, bs,
						pyfmt.AppendAPD(nil, &dq), pyfmt.AppendAPD(nil, &dr), pyfmt.AppendAPD(nil, &q), pyfmt.AppendAPD(nil, &r))
				}
			}
		}
	})
}
