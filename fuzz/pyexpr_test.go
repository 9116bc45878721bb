package fuzz

import (
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/pyexpr"
)

// exprSeeds are expressions from every corner of the language, including
// the ones that once found bugs.
var exprSeeds = []string{
	"round(2.675, 2)", "-7 // 2", "divmod(-7.5, 2)", "-2**2", "2**-1", "2**3**2",
	"Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
	"1/3", "10**400/10**399", "Decimal(1)/3", "1.1**2.5", "2**10**10", "0.0**-1",
	"math.fmod(5, 0)", "math.remainder(-7, 2)", "int('1_000') + float(' 1e3 ')",
	"round(1.5, 10**30)", "round(Decimal('1.5'), -10**20)", "Decimal('1E+999999') * 10",
	"Decimal('sNaN') + 1", "abs(Decimal('-0'))", "(-8)**(1/3)", "round(x=1)",
	"divmod(Decimal(7), 2)", "math.floor(float('inf'))", "1e400 - 1e400",
	"((((((1))))))", "--+-5", "0x_ff + 0o17 + 0b1", "1_000.5e-3", "'a' + 'b'",
	"Decimal(0.1)", "round(5e-324, 324)", "10**4301", "x", "", "(", "1 +* 2",
	// comparisons, booleans and tuples (issue 18)
	"0.1 + 0.2 == 0.3", "1 < 2.0 <= Decimal('2') < 1/0", "Decimal('NaN') < 1", "Decimal('sNaN') == 1",
	"Decimal('0.1') == 0.1", "2**53+1 > 2.0**53", "10**400 < float('inf')", "0 or 2.5", "0 and 1/0",
	"not -0.0", "True / 2", "-True", "divmod(True, 2)", "Decimal(True)", "(1, 2.5)", "()", "(1,)", "1, 2",
	"((1, 2), 3.5, Decimal('1.0'))", "divmod(7, 2)[0]", "(1, 2, 3)[::-1]", "(1, 2)[::0]", "(1, 2)[1.5]",
	"(1, 2)[10**20]", "len((1, 2))", "len(1)", "(1,) * 10**20", "(1,) * 2**62", "(1, 2) < 3",
	"(1, 2) == (1.0, 2)", "(1,) + 1", "-(1,)", "round((1,))", "Decimal((0, (1, 2), -1))",
	"Decimal((1, 2))", "'abc'[::-1]", "1 in (1.0,)", "1 not in 5", "((1,) * 1000,) * 1000", "1 is 1",
	"(1, 'a') < (1, 2)", "t[1:2, 3]",
}

// evalBounded evaluates src and fails if it panics (the fuzzer reports
// that by itself) or takes longer than a second: every input must end
// quickly, with a value or an error.
func evalBounded(t *testing.T, src string) {
	start := time.Now()
	e, err := pyexpr.Parse(src)
	if err == nil {
		v, err := e.Eval()
		if err == nil {
			v.AppendText(nil)
			_ = v.String()
		} else if err.Error() == "" {
			t.Fatalf("%q: empty error", src)
		}
	} else if !strings.HasPrefix(err.Error(), "SyntaxError: ") && !strings.HasPrefix(err.Error(), "IndentationError: ") {
		// IndentationError is CPython's subclass of SyntaxError.
		t.Fatalf("Parse(%q) error %q is not a SyntaxError", src, err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("%q took %v", src, d)
	}
}

// FuzzParse feeds arbitrary text to Parse and Eval: no panic, no hang,
// parse errors are SyntaxErrors.
func FuzzParse(f *testing.F) {
	for _, s := range exprSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		evalBounded(t, src)
	})
}

// combineOps are the binary operators the combining targets join two
// fuzzed expressions with: arithmetic, comparisons, and/or, a tuple.
var combineOps = []string{"+", "-", "*", "/", "//", "%", "**", "==", "!=", "<", "<=", ">", ">=",
	" and ", " or ", " in ", " not in ", ", "}

// FuzzEvalCombine builds expressions from two seeds and an operator, so
// the fuzzer explores values and operators rather than mostly syntax
// errors.
func FuzzEvalCombine(f *testing.F) {
	for i, s := range exprSeeds {
		f.Add(s, exprSeeds[(i*7+3)%len(exprSeeds)], uint8(i))
	}
	f.Fuzz(func(t *testing.T, a, b string, op uint8) {
		src := "(" + a + ")" + combineOps[int(op)%len(combineOps)] + "(" + b + ")"
		switch {
		case op&8 != 0:
			src = "divmod(" + a + ", " + b + ")"
		case op&16 != 0:
			src = "round(" + a + ", " + b + ")"
		case op&32 != 0:
			src = "(" + a + ")[" + b + "]"
		case op&64 != 0:
			src = "not (" + a + ") or (" + b + ",)"
		}
		evalBounded(t, src)
	})
}
