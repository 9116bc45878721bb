package fixed

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/rounding"
)

// randDecimal returns a random Decimal with adversarial shapes: every
// digit count and scale, ties and near-ties at random positions, nines
// (carries), zeros of both signs.
func randDecimal(r *rand.Rand) Decimal {
	n := 1 + r.IntN(MaxSigDigits)
	var c uint64
	switch r.IntN(8) {
	case 0: // a tie: digits, 5, zeros
		k := r.IntN(n)
		c = (r.Uint64N(digits.Pow10(int(n-k-1)))*10 + 5) * digits.Pow10(int(k))
		if n == MaxSigDigits {
			c = c % (maxCoef + 1)
		}
	case 1: // a hair off a tie
		k := 1 + r.IntN(max(n-1, 1))
		c = (r.Uint64N(digits.Pow10(int(max(n-k-1, 0))))*10+5)*digits.Pow10(int(k)) + uint64(r.IntN(3)) - 1
	case 2: // nines
		c = digits.Pow10(int(n)) - 1 - uint64(r.IntN(2))*digits.Pow10(int(r.IntN(n)))
	case 3:
		c = 0
	default:
		c = r.Uint64N(digits.Pow10(int(n)))
	}
	if c > maxCoef {
		c = maxCoef
	}
	d := Decimal{coef: c, scale: uint8(r.IntN(MaxScale + 1)), neg: r.IntN(2) == 0}
	if r.IntN(10) == 0 { // a coefficient of 20 to 28 digits ending in zeros
		d.coef, d.zeros = norm(c, uint(1+r.IntN(MaxDigits-int(uint(digits.Count(c))))))
	}
	return d
}

// checkRange checks that fixed's ErrRange (or its error for Python's
// 28-digit precision, which the oracle's context does not have) is right:
// Python's answer (text, or a pyround limit / decimal exception) is one
// fixed cannot hold.
func checkRange(t *testing.T, what, py string) {
	t.Helper()
	if strings.HasPrefix(py, "!") {
		return // Python raises (precision, pyround limit): no representable answer
	}
	for _, f := range strings.Fields(py) {
		if _, err := Parse(f); errors.Is(err, ErrRange) {
			return
		}
	}
	t.Errorf("%s: fixed says ErrRange, Python answers %q, which fits", what, py)
}

// TestLiveQuantize compares Quantize with CPython's
// str(Decimal(TEXT).quantize(Decimal('1E-N'), rounding=MODE)) on fresh
// random cases.
func TestLiveQuantize(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 1))
	n := oracle.CaseCount(t, 20000)
	type tc struct {
		d     Decimal
		scale int
		m     rounding.Mode
	}
	cases := make([]tc, n)
	args := make([][]string, n)
	for i := range cases {
		c := tc{randDecimal(r), r.IntN(MaxScale + 1), rounding.Modes[r.IntN(8)]}
		if r.IntN(2) == 0 {
			c.scale = min(int(c.d.scale), r.IntN(3)) // mostly dropping digits
		}
		cases[i] = c
		args[i] = []string{"decimal", c.d.String(), strconv.Itoa(c.scale), c.m.String()}
	}
	want, err := o.EvalBatch("round", args)
	if err != nil {
		t.Fatal(err)
	}
	rangeCount := 0
	for i, c := range cases {
		q, err := c.d.Quantize(c.scale, c.m)
		what := strings.Join(args[i][1:], " ")
		if errors.Is(err, ErrRange) || errors.Is(err, errQuantizePrec) {
			rangeCount++
			checkRange(t, what, want[i])
			continue
		}
		if got := oracle.Result(q.String(), err); got != want[i] {
			t.Errorf("quantize %s: got %q, want %q", what, got, want[i])
		}
	}
	t.Logf("%d live cases (%d out of fixed's range)", n, rangeCount)
}

// TestLiveDivMod compares DivMod with CPython's divmod() on Decimals.
func TestLiveDivMod(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 2))
	n := oracle.CaseCount(t, 20000)
	pairs := make([][2]Decimal, n)
	args := make([][]string, n)
	for i := range pairs {
		a, b := randDecimal(r), randDecimal(r)
		if r.IntN(4) == 0 { // small divisors, quotients that fit
			b.coef %= 1000
			b.scale = uint8(r.IntN(4))
		}
		pairs[i] = [2]Decimal{a, b}
		args[i] = []string{"decimal", a.String(), b.String()}
	}
	want, err := o.EvalBatch("divmod", args)
	if err != nil {
		t.Fatal(err)
	}
	rangeCount := 0
	for i, p := range pairs {
		q, rem, err := DivMod(p[0], p[1])
		what := args[i][1] + " " + args[i][2]
		if errors.Is(err, ErrRange) || errors.Is(err, errDivImpossible) {
			rangeCount++
			w := strings.NewReplacer("(Decimal('", "", "'), Decimal('", " ", "'))", "").Replace(want[i])
			checkRange(t, what, w)
			continue
		}
		got := oracle.Result("(Decimal('"+q.String()+"'), Decimal('"+rem.String()+"'))", err)
		if got != want[i] {
			t.Errorf("divmod %s: got %q, want %q", what, got, want[i])
		}
	}
	t.Logf("%d live cases (%d out of fixed's range)", n, rangeCount)
}
