package fuzz

import (
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"
	"github.com/shopspring/decimal"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyexpr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// One named test per bug the fuzzers, the golden replays or the hostile
// inputs ever found: each pins the input and the outcome, within a time
// bound (generous: the bugs were hangs of minutes or worse, the fixed code
// answers in micro- to milliseconds; the bound allows a loaded machine).
// The same inputs are in the seed corpora (f.Add in the targets and files
// under testdata/fuzz).

const regressBound = 3 * time.Second

// Window used to loop for ever around page math.MaxInt64 (the loop
// variable overflowed past the last page).
func TestRegressWindowMaxInt64(t *testing.T) {
	for _, c := range []struct {
		current, pages int64
		around         int
		want           string
	}{
		{math.MaxInt64, math.MaxInt64, 2, "1 … 9223372036854775805 9223372036854775806 [9223372036854775807]"},
		{math.MaxInt64 - 1, math.MaxInt64, 1, "1 … 9223372036854775805 [9223372036854775806] 9223372036854775807"},
		{1, math.MaxInt64, 3, "[1] 2 3 4 … 9223372036854775807"},
	} {
		var got string
		var err error
		bounded(t, regressBound, "Window", func() {
			var links []convert.Link
			links, err = convert.Window(c.current, c.pages, c.around)
			got = convert.WindowString(links)
		})
		if err != nil || got != c.want {
			t.Errorf("Window(%d, %d, %d) = %q, %v; want %q", c.current, c.pages, c.around, got, err, c.want)
		}
	}
	if _, err := convert.Window(2, math.MaxInt64, math.MaxInt); err == nil {
		t.Error("Window with around MaxInt: want the 65536-page ValueError")
	}
}

// PageOf(MaxInt64, 1) overflowed to a negative page: index // 1 + 1 is
// past int64, now an OverflowError.
func TestRegressPageOfMaxInt64(t *testing.T) {
	if p, err := convert.PageOf(math.MaxInt64, 1); err == nil || p != 0 ||
		err.Error() != "OverflowError: page of item 9223372036854775807 does not fit in int64 (pyround's limit)" {
		t.Errorf("PageOf(MaxInt64, 1) = %d, %v", p, err)
	}
	if p, err := convert.PageOf(math.MaxInt64-1, 1); err != nil || p != math.MaxInt64 {
		t.Errorf("PageOf(MaxInt64-1, 1) = %d, %v; want MaxInt64", p, err)
	}
}

// MakeChange with rounding hung on 1E-999999999 (the amount was scaled
// to minor units digit by digit); it rounds at once: half-even to 0.00,
// up to one cent.
func TestRegressMakeChangeTinyAmount(t *testing.T) {
	usd, err := convert.CurrencyByCode("USD")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		m    rounding.Mode
		want string
	}{{rounding.HalfEven, "0"}, {rounding.Up, "0.01"}, {rounding.Ceiling, "0.01"}, {rounding.Down, "0"}} {
		var ch *convert.Change
		bounded(t, regressBound, "MakeChange(1E-999999999)", func() {
			ch, err = convert.MakeChange(decimal.New(1, -999999999), usd, &convert.ChangeOptions{Round: true, Mode: c.m})
		})
		if err != nil || ch.Amount.String() != c.want {
			t.Errorf("MakeChange(1E-999999999, %v) = %+v, %v; want amount %s", c.m, ch, err, c.want)
		}
	}
	bounded(t, regressBound, "MakeChange(1E-999999999) without Round", func() {
		if _, err := convert.MakeChange(decimal.New(1, -999999999), usd, nil); err == nil {
			t.Error("MakeChange(1E-999999999) without Round: want a ValueError")
		}
	})
}

// Decimal('1.0') ** Decimal('3E+1270000000') hung (the power was
// computed by repeated squaring with a billion-bit exponent). CPython
// 3.11 prints 1.000000000000000000000000000.
func TestRegressPowHugeExponent(t *testing.T) {
	const want = "1.000000000000000000000000000"
	bounded(t, regressBound, "pow", func() {
		v, err := pyexpr.Eval("Decimal('1.0') ** Decimal('3E+1270000000')")
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := v.AppendText(nil); string(got) != want {
			t.Errorf("pyexpr: %s, want %s", got, want)
		}
		var a, b, z apd.Decimal
		if readAPD("1.0", &a) != nil || readAPD("3E+1270000000", &b) != nil {
			t.Fatal("operands do not parse")
		}
		if err := pydecimal.DefaultContext().Pow(&z, &a, &b); err != nil {
			t.Fatal(err)
		}
		if got := pyfmt.AppendAPD(nil, &z); string(got) != want {
			t.Errorf("pydecimal: %s, want %s", got, want)
		}
	})
}

// ExactContext stripped a quotient's trailing zeros one division at a
// time, quadratic in the digits: 10**100000 / 1 took minutes. The strip
// is now a binary search on divisibility by 10**k (about a second of CPU
// for 100,000 zeros; pinned here at 20,000).
func TestRegressExactTrailingZeros(t *testing.T) {
	var a, b, z apd.Decimal
	a.SetString("1" + strings.Repeat("0", 20000))
	b.SetString("1")
	bounded(t, 10*time.Second, "ExactContext().Quo(1E+20000 written out, 1)", func() {
		if err := pydecimal.ExactContext().Quo(&z, &a, &b); err != nil {
			t.Fatal(err)
		}
	})
	// Python: Decimal('1' + '0'*20000) / 1 keeps the ideal exponent 0.
	if z.Exponent != 0 || z.NumDigits() != 20001 {
		t.Errorf("quotient has %d digits, exponent %d; want 20001, 0", z.NumDigits(), z.Exponent)
	}
}

// format(9, 'c') is a TAB, which the oracle's protocol once wrote raw,
// splitting the answer field; the answer is escaped now
// (internal/oracle TestAnswersWithEscapes checks the protocol side).
func TestRegressFormatTabChar(t *testing.T) {
	for _, c := range []struct {
		v    int64
		want string
	}{{9, "\t"}, {10, "\n"}, {92, `\`}} {
		if got, err := pyfmt.Format(c.v, "c"); err != nil || got != c.want {
			t.Errorf("Format(%d, c) = %q, %v; want %q", c.v, got, err, c.want)
		}
		differ(t, "format", []string{"auto", "c", pyfmt.Repr(float64(c.v))[:len(pyfmt.Repr(float64(c.v)))-2]}, c.want)
	}
}

// FuzzFormatOracle found: a float precision above INT_MAX is CPython's
// ValueError "precision too big" (pyfmt built a 2 GB string for 34 s), a
// precision of MaxWidth or more with e, f or % is MemoryError like a
// width, and g or none with a huge precision prints at once (it took
// 2-13 s for .1000000000g: the precision was honoured digit by digit).
func TestRegressFloatHugePrecision(t *testing.T) {
	for _, c := range []struct {
		v          any
		spec, want string
	}{
		{1.0, ".2147483648f", "!ValueError: precision too big"},
		{int64(1), ".2147483648e", "!ValueError: precision too big"},
		{0.5, ".9223372036854775807%", "!ValueError: precision too big"},
		{0.5, ".2147483648", "!ValueError: precision too big"},
		{0.5, ".9223372036854775808f", "!ValueError: Too many decimal digits in format string"},
		{int64(1), ".2147483648", "!ValueError: Precision not allowed in integer format specifier"},
		{0.5, ".2147483648d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
		{1.0, ".2147483647f", "!MemoryError"},
		{0.1, ".1000000000g", "0.1000000000000000055511151231257827021181583404541015625"},
		{0.1, ".2000000000", "0.1000000000000000055511151231257827021181583404541015625"},
		{-1.5e-7, ".1000000000G", "-1.4999999999999999321221677388293880284209080855362117290496826171875E-07"},
		{1e22, ".1000000000n", "10000000000000000000000"},
	} {
		var got string
		bounded(t, regressBound, "Format "+c.spec, func() {
			s, err := pyfmt.Format(c.v, c.spec)
			got = resultText(s, err)
		})
		if got != c.want {
			t.Errorf("Format(%v, %q) = %.100q, want %q", c.v, c.spec, got, c.want)
		}
	}
}

func resultText(s string, err error) string {
	if err != nil {
		return "!" + err.Error()
	}
	return s
}

// The golden replay of rounding found two absurd-size paths: ndigits =
// math.MinInt overflowed k+digits, and a zero coefficient was shifted a
// billion places digit by digit. Both answer at once.
func TestRegressRoundAbsurdNdigits(t *testing.T) {
	bounded(t, regressBound, "absurd ndigits", func() {
		if _, err := rounding.RoundInt(int64(7), math.MinInt, rounding.Up); err == nil {
			t.Error("RoundInt(7, MinInt, UP): want the digit-limit OverflowError")
		}
		if r, err := rounding.RoundInt(int64(7), math.MinInt, rounding.HalfEven); err != nil || r != 0 {
			t.Errorf("RoundInt(7, MinInt, HALF_EVEN) = %d, %v; want 0", r, err)
		}
		if r, err := rounding.RoundDecimal(decimal.New(0, 0), -1000000000, rounding.HalfEven); err != nil || !r.IsZero() {
			t.Errorf("RoundDecimal(0, -1e9) = %v, %v", r, err)
		}
		out, err := pyops.AppendRoundText(nil, "1E+999999999", 2, rounding.HalfEven)
		if err == nil || !strings.Contains(err.Error(), "1000000 digits") {
			t.Errorf("round(Decimal('1E+999999999'), 2) = %.40q, %v; want the digit limit", out, err)
		}
	})
}

// FuzzEvalOracle found: a NUL inside a string literal ('\x00' written
// with a raw NUL byte) evaluated to that string, where CPython 3.11.7's
// eval() refuses any NUL in the source with a SyntaxError.
func TestRegressEvalNulByte(t *testing.T) {
	for _, src := range []string{"'\x00'", "int('1\x00')", "1\x00", "\x00"} {
		_, err := pyexpr.Eval(src)
		if err == nil || !strings.Contains(err.Error(), "SyntaxError: source code string cannot contain null bytes") {
			t.Errorf("Eval(%q): %v; want the null-bytes SyntaxError", src, err)
		}
	}
}

// The soak (eval, seed 20261141) found: a negative float to a fractional
// power whose modulus overflows is CPython's OverflowError "complex
// exponentiation" (complex_pow), not pyround's NotImplementedError for
// complex results, which stays for the results that exist.
func TestRegressComplexPowOverflow(t *testing.T) {
	for _, c := range [][2]string{
		{"abs(3-1_000.5) % (9.49778 - float(' 3.472820943677853e+241 ')) ** 1.5 // 7.013373369222177e-221", "!OverflowError: complex exponentiation"},
		{"(-1e-300)**-1.5", "!OverflowError: complex exponentiation"},
		{"(-10.0)**400.5", "!OverflowError: complex exponentiation"},
		{"(-2.0)**0.5", "!NotImplementedError: pyround does not support complex results (a negative float to a fractional power)"},
	} {
		v, err := pyexpr.Eval(c[0])
		got := resultText(v.String(), err)
		if got != c[1] {
			t.Errorf("Eval(%s) = %q, want %q", c[0], got, c[1])
		}
		if !strings.HasPrefix(c[1], "!NotImplementedError") {
			differ(t, "eval", []string{c[0]}, got)
		}
	}
}

// FuzzEvalOracle found: a raw CR or LF inside a string literal was part
// of the string; Python ends the line there (unterminated string literal).
func TestRegressEvalCRInString(t *testing.T) {
	for _, src := range []string{"divmod(\"\r\", 0)", "int('1\n')", "float('\r1')"} {
		_, err := pyexpr.Eval(src)
		if err == nil || !strings.Contains(err.Error(), "SyntaxError: unterminated string literal") {
			t.Errorf("Eval(%q): %v; want unterminated string literal", src, err)
		}
	}
}

// FuzzFormatOracle found: a NUL presentation type is "none" for floats
// but CPython's "Unknown format code '\x0'" for ints (their default type
// is 'd'), and C _decimal reads a Decimal spec as a C string: a leading
// NUL is the fill, and the spec ends at any other NUL ('>5\x00' is '>5').
func TestRegressFormatNulType(t *testing.T) {
	d := new(apd.Decimal)
	if err := readAPD("-1.5", d); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		v          any
		spec, want string
	}{
		{int64(0), "\x00", "!ValueError: Unknown format code '\\x0' for object of type 'int'"},
		{int64(5), ".2\x00", "!ValueError: Unknown format code '\\x0' for object of type 'int'"},
		{1.5, ">5\x00", "  1.5"},
		{d, ">5\x00", " -1.5"},
		{d, "\x00>6", "\x00\x00-1.5"},
		{d, "\x00", "!ValueError: invalid format string"},
	} {
		s, err := pyfmt.Format(c.v, c.spec)
		if got := resultText(s, err); got != c.want {
			t.Errorf("Format(%v, %q) = %q, want %q", c.v, c.spec, got, c.want)
		}
	}
}

// pyexpr read 0X__0 as 0: after the prefix's one optional underscore a
// digit must follow, and Python says "invalid hexadecimal literal"
// (FuzzEvalOracle, the long run of 2026-11-26). The answers are python3
// 3.11.7's.
func TestRegressHexDoubleUnderscore(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"0X__0", "!SyntaxError"},
		{"0o__7", "!SyntaxError"},
		{"0x_", "!SyntaxError"},
		{"0x_0", "0"},
		{"0b_1", "1"},
		{"0x_f_f", "255"},
	} {
		if got := evalOutcome(c.src); got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// pyexpr read "\f 0" as 0; CPython's eval() strips leading spaces and
// tabs only, and its tokenizer then counts a form feed as column 0 and
// what follows as indentation: IndentationError: unexpected indent
// (FuzzEvalOracle, 2026-11-26). The answers are python3 3.11.7's.
func TestRegressFormFeedIndent(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"\f 0", "!IndentationError"},
		{" \f 0", "!IndentationError"},
		{"\t\f 0", "!IndentationError"},
		{"\f\t0", "!IndentationError"},
		{"\f ", "!IndentationError"},
		{"\f", "!SyntaxError"},
		{"\f #c", "!SyntaxError"},
		{"\f0", "0"},
		{" \f0", "0"},
		{"\f \f0", "0"},
		{" \t 0", "0"},
		{"1+\f 2", "3"},
	} {
		if got := evalOutcome(c.src); got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// pyexpr took round(in=1): a keyword as a keyword argument's name, or
// as an attribute's (A.or); for
// CPython that is a SyntaxError (FuzzEvalOracle, 5-minute run of
// 2026-11-26). Soft keywords (match) are names. Answers from python3
// 3.11.7.
func TestRegressKeywordAsArgumentName(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"round(in=(''),  )", "!SyntaxError"},
		{"round(None=1)", "!SyntaxError"},
		{"round(True=2)", "!SyntaxError"},
		{"round(ndigits=1, if=2)", "!SyntaxError"},
		{"round(2.5, lambda=1)", "!SyntaxError"},
		{"round(2.5, async=1)", "!SyntaxError"},
		{"round(2.5, match=1)", "!TypeError"},
		{"round(x=1)", "!TypeError"},
		// and as an attribute name (A.or; FuzzEvalOracle, the same day)
		{"A.or", "!SyntaxError"},
		{"A.None", "!SyntaxError"},
		{"Decimal.if", "!SyntaxError"},
		{"A.match", "!NameError"},
	} {
		if got := evalOutcome(c.src); got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}

// evalOutcome is what pyexpr.Eval gives for src: the printed value, or
// "!" and the exception's type alone (the messages are pyround's own).
func evalOutcome(src string) string {
	v, err := pyexpr.Eval(src)
	if err != nil {
		typ, _, _ := strings.Cut("!"+err.Error(), ":")
		return typ
	}
	b, err := v.AppendText(nil)
	if err != nil {
		typ, _, _ := strings.Cut("!"+err.Error(), ":")
		return typ
	}
	return string(b)
}

// FuzzCSVDelimiter: --delimiter with a NUL byte was accepted, but 0 is
// records.Config's "the default delimiter", so the file was read as
// comma-separated. NUL is refused now (a shell cannot pass it anyway).
func TestRegressDelimiterNUL(t *testing.T) {
	if d, err := records.ParseDelimiter("\x00"); err == nil {
		t.Errorf("ParseDelimiter(NUL) = %q, nil; want an error", d)
	}
	var out bytes.Buffer
	cfg := records.Config{Format: records.CSV, Delimiter: ';', Columns: []records.Column{{Index: 1}}}
	tr := records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) {
		return func(dst, v []byte) ([]byte, error) { return append(dst, '<'), nil }
	}}
	if err := records.Run(cfg, tr, strings.NewReader("00000,0\x000\n"), &out, io.Discard); err != nil || out.String() != "<\n" {
		t.Errorf("a ';' CSV with a comma and a NUL in its one cell: %q, %v", out.String(), err)
	}
}
