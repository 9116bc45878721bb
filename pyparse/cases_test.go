package pyparse_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// pyCase is one line of testdata/cases.jsonl (see gen_cases.py) or one
// answer of the live python3 process.
type pyCase struct {
	S      string          `json:"s"`
	Float  string          `json:"float"`
	Int    string          `json:"int"`
	Dec    json.RawMessage `json:"dec"`
	DecStr *string         `json:"decstr"`
}

func readCases(tb testing.TB) []pyCase {
	f, err := os.Open("testdata/cases.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var cases []pyCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c pyCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// gotFloat formats Float's result like the test data: bits or "!error".
func gotFloat[S ~string | ~[]byte](s S) string {
	f, err := pyparse.Float(s)
	if err != nil {
		return "!" + err.Error()
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func gotInt[S ~string | ~[]byte](s S, z *big.Int) string {
	small, b, err := pyparse.Int(s, z)
	switch {
	case err != nil:
		return "!" + err.Error()
	case b != nil:
		if b.IsInt64() {
			return "big but fits int64: " + b.String()
		}
		if b != z && z != nil {
			return "big is not z"
		}
		return b.String()
	}
	return strconv.FormatInt(small, 10)
}

// gotDec formats ParseDecimal's result like the test data.
func gotDec[S ~string | ~[]byte](s S, buf []byte) (dec, str string) {
	var d pyparse.Decimal
	_, err := parseInto(&d, buf, s)
	if err != nil {
		return fmt.Sprintf("%q", "!"+err.Error()), ""
	}
	sign := 0
	if d.Neg {
		sign = 1
	}
	switch d.Kind {
	case pyparse.Finite:
		return fmt.Sprintf("[%d,%q,%d]", sign, d.Coeff, d.Exp), string(pyfmt.AppendDecimal(nil, d.Neg, d.Coeff, d.Exp))
	case pyparse.Infinite:
		return fmt.Sprintf("[%d,\"\",\"F\"]", sign), string(pyfmt.AppendDecimalSpecial(nil, d.Neg, pyfmt.Infinity, nil))
	case pyparse.NaN:
		return fmt.Sprintf("[%d,%q,\"n\"]", sign, d.Payload), string(pyfmt.AppendDecimalSpecial(nil, d.Neg, pyfmt.NaN, d.Payload))
	default:
		return fmt.Sprintf("[%d,%q,\"N\"]", sign, d.Payload), string(pyfmt.AppendDecimalSpecial(nil, d.Neg, pyfmt.SNaN, d.Payload))
	}
}

// wantDec normalizes Python's [sign, digits, exp] or "!error" JSON.
func wantDec(tb testing.TB, raw json.RawMessage) string {
	var e string
	if json.Unmarshal(raw, &e) == nil {
		return fmt.Sprintf("%q", e)
	}
	var t []any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber() // exponents up to 2e18 do not survive float64
	if err := d.Decode(&t); err != nil || len(t) != 3 {
		tb.Fatalf("bad dec %s", raw)
	}
	if x, ok := t[2].(string); ok {
		return fmt.Sprintf("[%v,%q,%q]", t[0], t[1], x)
	}
	return fmt.Sprintf("[%v,%q,%v]", t[0], t[1], t[2])
}

// checkCase compares all three parsers with Python's answers for c.
func checkCase(t *testing.T, c pyCase, buf []byte) bool {
	t.Helper()
	ok := true
	// Float quotes at most 200 characters of a bad value (unlike Python).
	wantFloat := oracle.BoundQuote(c.Float)
	if got := gotFloat(c.S); got != wantFloat {
		t.Errorf("Float(%+.80q) = %.300s, Python %.300s", c.S, got, wantFloat)
		ok = false
	}
	if got := gotFloat([]byte(c.S)); got != wantFloat {
		t.Errorf("Float([]byte(%+.80q)) = %.300s, Python %.300s", c.S, got, wantFloat)
		ok = false
	}
	if got := gotInt(c.S, nil); got != c.Int {
		t.Errorf("Int(%+.80q) = %.300s, Python %.300s", c.S, got, c.Int)
		ok = false
	}
	if got := gotInt([]byte(c.S), new(big.Int)); got != c.Int {
		t.Errorf("Int([]byte(%+.80q), z) = %.300s, Python %.300s", c.S, got, c.Int)
		ok = false
	}
	gd, gs := gotDec(c.S, buf)
	if want := wantDec(t, c.Dec); gd != want {
		t.Errorf("ParseDecimal(%+.80q) = %.300s, Python %.300s", c.S, gd, want)
		ok = false
	} else if c.DecStr != nil && gs != *c.DecStr {
		t.Errorf("str(ParseDecimal(%+.80q)) = %.300s, Python %.300s", c.S, gs, *c.DecStr)
		ok = false
	}
	if gd2, _ := gotDec([]byte(c.S), nil); gd2 != gd {
		t.Errorf("ParseDecimal([]byte(%+.80q)) = %s, string input %s", c.S, gd2, gd)
		ok = false
	}
	return ok
}

func TestPythonCases(t *testing.T) {
	cases := readCases(t)
	buf := make([]byte, 0, 16)
	bad := 0
	for _, c := range cases {
		if !checkCase(t, c, buf[:0]) {
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
	if len(cases) < 4000 {
		t.Fatalf("only %d cases", len(cases))
	}
}
