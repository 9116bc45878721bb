package fuzz

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyexpr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// hostile is one input chosen to break a parser or an algorithm: absurd
// exponents, enormous digit strings and ndigits, NaN payloads, invalid
// UTF-8, empty and CRLF lines, a million-level nested expression,
// 2**10**10. Each must give the right answer or a clear error (want) in
// bounded time and memory, never a panic, a hang or an out-of-memory.
// RELIABILITY.md tabulates them with the measured time and allocation.
type hostile struct {
	name string
	kind string // how input is evaluated: see hostileEval
	in   string
	want string // the outcome, "!Type: message" for an error; "" to print it
	// oracle: CPython's answer must be the same (the oracle op and args);
	// nil where Python cannot be asked (invalid UTF-8) or would itself
	// hang or exhaust memory (2**10**10, a million nested parentheses).
	oracle []string
}

var (
	digits100k = strings.Repeat("9", 100_000)
	nested1M   = strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000)
	neg1M      = strings.Repeat("-", 1_000_000) + "1"
)

const limitMsg = "!OverflowError: result would have more than 1000000 digits (pyround's limit)"

var hostiles = []hostile{
	// exponents of ±1e9 and ±2**63 in decimal text
	{"exp +1e9, Decimal round", "round-decimal", "1e1000000000", limitMsg, []string{"round", "decimal", "1e1000000000", "2", "HALF_EVEN"}},
	{"exp -1e9, Decimal round", "round-decimal", "1e-1000000000", "0.00", []string{"round", "decimal", "1e-1000000000", "2", "HALF_EVEN"}},
	{"exp +2**63, Decimal round", "round-decimal", "1e9223372036854775808", "", []string{"round", "decimal", "1e9223372036854775808", "2", "HALF_EVEN"}},
	{"exp -2**63-1, Decimal round", "round-decimal", "-1e-9223372036854775809", "", []string{"round", "decimal", "-1e-9223372036854775809", "2", "HALF_EVEN"}},
	{"exp +1e9, float", "eval", "float('1e1000000000')", "inf", []string{"eval", "float('1e1000000000')"}},
	{"exp -2**63, float", "eval", "float('-1e-9223372036854775808')", "-0.0", []string{"eval", "float('-1e-9223372036854775808')"}},
	{"exp +2**63, float round", "round-float", "1e9223372036854775808", "inf", []string{"round", "float", "1e9223372036854775808", "2", "HALF_EVEN"}},
	{"exp +1e9, Decimal in eval", "eval", "Decimal('1e1000000000') + 1", "", []string{"eval", "Decimal('1e1000000000') + 1"}},
	{"exp +2**63, Decimal in eval", "eval", "Decimal('1e9223372036854775808') * 2", "", []string{"eval", "Decimal('1e9223372036854775808') * 2"}},
	{"exp +1e9, Decimal //", "floordiv-decimal", "1e1000000000 7", "", []string{"floordiv", "decimal", "1e1000000000", "7"}},
	{"exp -1e9, Decimal %", "mod-decimal", "1e-1000000000 7", "", []string{"mod", "decimal", "1e-1000000000", "7"}},
	{"exp +1e9, hms", "hms-decimal", "1e1000000000", "", []string{"hms", "decimal", "1e1000000000", "python"}},
	{"exp -2**63, hms", "hms-decimal", "1e-9223372036854775808", "", []string{"hms", "decimal", "1e-9223372036854775808", "python"}},
	// 100,000-digit numbers
	{"100,000 digits, int()", "eval", "int('" + digits100k + "')", "", nil}, // the oracle op carries it, but Python's message quotes nothing long
	{"100,000 digits, float()", "round-float", digits100k, "inf", []string{"round", "float", digits100k, "2", "HALF_EVEN"}},
	{"100,000 digits, Decimal round", "round-decimal", digits100k + ".5", "", []string{"round", "decimal", digits100k + ".5", "0", "HALF_EVEN"}},
	{"100,000 digits, Decimal //", "floordiv-decimal", digits100k + " 7", "", []string{"floordiv", "decimal", digits100k, "7"}},
	{"100,000 digits after the point", "round-decimal", "0." + digits100k, "1.00", []string{"round", "decimal", "0." + digits100k, "2", "HALF_EVEN"}},
	// ndigits of ±2**100
	{"ndigits 2**100, float", "eval", "round(2.675, 2**100)", "2.675", []string{"eval", "round(2.675, 2**100)"}},
	{"ndigits -2**100, float", "eval", "round(2.675, -2**100)", "0.0", []string{"eval", "round(2.675, -2**100)"}},
	{"ndigits -2**100, int", "eval", "round(25, -2**100)", "0", nil}, // CPython builds 10**(2**100): never ends
	{"ndigits 2**100, Decimal", "eval", "round(Decimal('2.675'), 2**100)", "", []string{"eval", "round(Decimal('2.675'), 2**100)"}},
	{"ndigits -2**100, Decimal", "eval", "round(Decimal('2.675'), -2**100)", "", []string{"eval", "round(Decimal('2.675'), -2**100)"}},
	// NaN payloads and signed NaNs
	{"-NaN123, Decimal round", "round-decimal", "-NaN123", "-NaN123", []string{"round", "decimal", "-NaN123", "2", "HALF_EVEN"}},
	{"sNaN456, Decimal round", "round-decimal", "sNaN456", "", []string{"round", "decimal", "sNaN456", "2", "HALF_EVEN"}},
	{"NaN with a 100-digit payload", "round-decimal", "NaN" + strings.Repeat("7", 100), "", []string{"round", "decimal", "NaN" + strings.Repeat("7", 100), "2", "HALF_EVEN"}},
	{"-nan, float round", "round-float", "-nan", "nan", []string{"round", "float", "-nan", "2", "HALF_EVEN"}},
	{"nan(123), float", "round-float", "nan(123)", "", []string{"round", "float", "nan(123)", "2", "HALF_EVEN"}},
	{"-sNaN in eval", "eval", "Decimal('-sNaN') + 1", "", []string{"eval", "Decimal('-sNaN') + 1"}},
	{"NaN payload in eval", "eval", "-Decimal('-NaN123')", "", []string{"eval", "-Decimal('-NaN123')"}},
	// invalid UTF-8, empty text, CRLF
	{"invalid UTF-8, float", "round-float", "\xff1.5", "!ValueError: could not convert string to float: '\\xff1.5'", nil},
	{"invalid UTF-8, Decimal", "round-decimal", "1.5\xfe", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]", nil},
	{"invalid UTF-8, eval", "eval", "1 + \xff", "", nil},
	{"empty, float", "round-float", "", "!ValueError: could not convert string to float: ''", []string{"round", "float", "", "2", "HALF_EVEN"}},
	{"empty, Decimal", "round-decimal", "", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]", []string{"round", "decimal", "", "2", "HALF_EVEN"}},
	{"empty, eval", "eval", "", "", nil},
	{"CRLF, float", "round-float", "2.675\r", "2.67", []string{"round", "float", "2.675\r", "2", "HALF_EVEN"}},
	{"CRLF, Decimal", "round-decimal", "2.675\r", "2.68", []string{"round", "decimal", "2.675\r", "2", "HALF_EVEN"}},
	// Python's eval() reads a CR, LF or CR LF as a line end; pyexpr too.
	{"CRLF, eval", "eval", "round(2.675, 2)\r\n", "2.67", []string{"eval", "round(2.675, 2)\r\n"}},
	{"CR inside (), eval", "eval", "round(2.675,\r 2)", "2.67", []string{"eval", "round(2.675,\r 2)"}},
	// deep and explosive expressions
	{"a million nested parentheses", "eval", nested1M, "", nil},
	{"a million unary minuses", "eval", neg1M, "", nil},
	{"4,999 nested parentheses", "eval", strings.Repeat("(", 4999) + "1" + strings.Repeat(")", 4999), "", nil},
	{"int() of 4,301 digits", "eval", "int('" + strings.Repeat("9", 4301) + "')", "", []string{"eval", "int('" + strings.Repeat("9", 4301) + "')"}},
	{"200 nested parentheses", "eval", strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200), "", []string{"eval", strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200)}},
	{"2**10**10", "eval", "2**10**10", "", nil},
	{"10**4301", "eval", "10**4301", "", []string{"eval", "10**4301"}},
	{"Decimal 10**(10**9)", "eval", "Decimal(10) ** 1000000000", "", []string{"eval", "Decimal(10) ** 1000000000"}},
	// package fixed: what its 19 digits cannot hold is ErrRange (pyround's
	// limit, so not Python's answer); what Python's Decimal() refuses is
	// Python's error.
	{"exp +1e9, fixed", "fixed-quantize", "1e1000000000", fixedRange, nil},
	{"exp -1e9, fixed", "fixed-quantize", "1e-1000000000", fixedRange, nil},
	{"exp +2**63, fixed", "fixed-quantize", "1e9223372036854775808", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]", []string{"round", "decimal", "1e9223372036854775808", "2", "HALF_EVEN"}},
	{"100,000 digits, fixed", "fixed-quantize", digits100k, fixedRange, nil},
	{"-sNaN123, fixed", "fixed-quantize", "-sNaN123", fixedRange, nil},
	{"invalid UTF-8, fixed", "fixed-quantize", "\xff1.5", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]", nil},
	{"CRLF, fixed", "fixed-quantize", "2.675\r", "2.68", []string{"round", "decimal", "2.675\r", "2", "HALF_EVEN"}},
	{"scale 2**62, fixed Quantize", "fixed-scale", "4611686018427387904", fixedRange, nil},
}

// fixedRange is package fixed's answer for a value it cannot hold.
var fixedRange = oracle.Result("", fixed.ErrRange)

// hostileEval runs one hostile input the way pyround's entry points see it.
func hostileEval(kind, in string) string {
	switch kind {
	case "eval":
		v, err := pyexpr.Eval(in)
		if err != nil {
			return oracle.Result("", err)
		}
		out, err := v.AppendText(nil)
		return oracle.Result(string(out), err)
	case "round-decimal":
		out, err := pyops.AppendRoundText(nil, in, 2, rounding.HalfEven)
		if strings.HasSuffix(in, ".5") {
			out, err = pyops.AppendRoundText(nil, in, 0, rounding.HalfEven)
		}
		return oracle.Result(string(out), err)
	case "round-float":
		x, err := pyparse.Float(in)
		if err != nil {
			return oracle.Result("", err)
		}
		y, err := rounding.RoundFloat(x, 2, rounding.HalfEven)
		return oracle.Result(pyfmt.Repr(y), err)
	case "floordiv-decimal", "mod-decimal":
		f := strings.Fields(in)
		op := 0
		if kind == "mod-decimal" {
			op = 1
		}
		got, err := opcheck.Eval(divOpNames[op], []string{"decimal", f[0], f[1]})
		if err != nil {
			return oracle.Result("", err)
		}
		return got
	case "fixed-quantize":
		d, err := fixed.Parse(in)
		if err != nil {
			return oracle.Result("", err)
		}
		q, err := d.Quantize(2, rounding.HalfEven)
		return oracle.Result(q.String(), err)
	case "fixed-scale":
		scale, _ := strconv.Atoi(in)
		d, _ := fixed.New(15, 1)
		q, err := d.Quantize(scale, rounding.HalfEven)
		return oracle.Result(q.String(), err)
	case "hms-decimal":
		td, err := convert.NewTimedeltaDecimalText(in)
		if err != nil {
			return oracle.Result("", err)
		}
		return td.String()
	}
	panic("unknown kind " + kind)
}

// TestHostileInputs runs the table: each input within 10 s and 1 GiB of
// allocation (most take microseconds and kilobytes), with the pinned
// outcome, and CPython's where the oracle can be asked. With -v it logs
// the time and allocation of each, the numbers in RELIABILITY.md.
func TestHostileInputs(t *testing.T) {
	for _, h := range hostiles {
		var ms0, ms1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms0)
		start := time.Now()
		got := hostileEval(h.kind, h.in)
		el := time.Since(start)
		runtime.ReadMemStats(&ms1)
		alloc := ms1.TotalAlloc - ms0.TotalAlloc
		t.Logf("%-34s %10v %12d B  %.90q", h.name, el.Round(time.Microsecond), alloc, got)
		if el > 10*time.Second {
			t.Errorf("%s: took %v", h.name, el)
		}
		if alloc > 1<<30 {
			t.Errorf("%s: allocated %d bytes", h.name, alloc)
		}
		if h.want != "" && got != h.want {
			t.Errorf("%s: got %.200q, want %.200q", h.name, got, h.want)
		}
		if len(got) == 0 && h.want == "" && !strings.HasPrefix(h.kind, "eval") {
			t.Errorf("%s: empty answer", h.name)
		}
		if h.oracle != nil {
			if want, ok := pyAnswer(t, h.oracle[0], h.oracle[1:]...); ok && got != want {
				t.Errorf("%s: pyround %.200q, Python %.200q", h.name, got, want)
			}
		}
	}
	if os.Getenv("PYROUND_HOSTILE_TABLE") != "" {
		// A markdown table for RELIABILITY.md.
		for _, h := range hostiles {
			start := time.Now()
			got := hostileEval(h.kind, h.in)
			el := time.Since(start)
			if len(got) > 70 {
				got = got[:70] + "…"
			}
			t.Logf("| %s | %s | %v |", h.name, strings.ReplaceAll(got, "|", "\\|"), el.Round(time.Microsecond))
		}
	}
}
