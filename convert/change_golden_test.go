package convert_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// moneyCase is one line of testdata/money.jsonl (see gen_money.py): the
// case and Python's answer.
type moneyCase struct {
	Op     string   `json:"op"`
	Code   string   `json:"code,omitempty"`
	Amount string   `json:"amount,omitempty"`
	Exp    int      `json:"exp"`
	Denoms []int64  `json:"denoms,omitempty"`
	Stock  []int64  `json:"stock"`
	Mode   *string  `json:"mode"`
	K      int      `json:"k"`
	Ratios []string `json:"ratios,omitempty"`
	Inc    string   `json:"inc,omitempty"` // split and allocate: the parts' increment
}

// moneyAnswer holds the answer fields.
type moneyAnswer struct {
	Err       string   `json:"err,omitempty"`
	Total     string   `json:"total,omitempty"`
	Counts    []int64  `json:"counts,omitempty"`
	Greedy    bool     `json:"greedy,omitempty"`
	Parts     []string `json:"parts,omitempty"`
	Canonical bool     `json:"canonical,omitempty"`
	Values    []int64  `json:"values,omitempty"`
	Notes     []bool   `json:"notes,omitempty"`
}

// moneyErrKind maps an error to the kind gen_money.py names.
func moneyErrKind(t testing.TB, err error) string {
	var pe *pyerr.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *pyerr.Error", err)
	}
	m := pe.Msg
	kinds := []struct{ typ, substr, kind string }{
		{"ValueError", "minor-unit exponent", "exp"},
		{"ValueError", "is not a multiple of the increment", "multiple"},
		{"ValueError", "increment", "increment"},
		{"ValueError", "stock has", "stock"},
		{"ValueError", "stock of", "stock"},
		{"ValueError", "amount must not be negative", "negative"},
		{"ValueError", "is finer than", "finer"},
		{"ValueError", "cannot make", "cannot"},
		{"ValueError", "too large for the fewest-pieces search", "limit"},
		{"ValueError", "number of parts", "parts"},
		{"ValueError", "decimal places", "places"},
		{"ValueError", "ratios span", "span"},
		{"ValueError", "all ratios are zero", "zero"},
		{"ValueError", "ratio", "ratios"},
		{"ValueError", "denomination", "denoms"},
		{"OverflowError", "int64 count", "overflow"},
	}
	for _, k := range kinds {
		if pe.Type == k.typ && strings.Contains(m, k.substr) {
			return k.kind
		}
	}
	return "unknown: " + err.Error()
}

func moneyDec(t testing.TB, s string) decimal.Decimal {
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("bad decimal %q in test data: %v", s, err)
	}
	return d
}

// moneyGoAnswer computes the case with package convert.
func moneyGoAnswer(t testing.TB, c *moneyCase) moneyAnswer {
	var a moneyAnswer
	switch c.Op {
	case "currency":
		cur, err := convert.CurrencyByCode(strings.ToLower(c.Code))
		if err != nil {
			t.Fatal(err)
		}
		a.Values = cur.Values()
		for _, d := range cur.Denominations {
			a.Notes = append(a.Notes, d.Note)
		}
		var err2 error
		a.Canonical, err2 = convert.IsCanonical(a.Values)
		if err2 != nil {
			t.Fatal(err2)
		}
		if cur.Exponent != c.Exp {
			a.Err = "exponent differs"
		}
	case "canonical":
		ok, err := convert.IsCanonical(c.Denoms)
		if err != nil {
			a.Err = moneyErrKind(t, err)
		}
		a.Canonical = ok
	case "change":
		cur := convert.Currency{Exponent: c.Exp}
		for _, v := range c.Denoms {
			cur.Denominations = append(cur.Denominations, convert.Denomination{Value: v})
		}
		opt := &convert.ChangeOptions{Stock: c.Stock}
		if c.Mode != nil {
			m, err := rounding.ParseMode(*c.Mode)
			if err != nil {
				t.Fatal(err)
			}
			opt.Round, opt.Mode = true, m
		}
		res, err := convert.MakeChange(moneyDec(t, c.Amount), cur, opt)
		if err != nil {
			a.Err = moneyErrKind(t, err)
			break
		}
		a.Total = pyfmt.DecimalString(res.Amount)
		for _, p := range res.Pieces {
			a.Counts = append(a.Counts, p.Count)
		}
		a.Greedy = res.Greedy
	case "split":
		exp := c.Exp
		if c.Code != "" { // the currency's digits from CLDR, as `split --currency` takes them
			cur, err := convert.CurrencyByCode(c.Code)
			if err != nil {
				t.Fatal(err)
			}
			if exp = cur.Exponent; exp != c.Exp {
				a.Err = "exponent differs"
				break
			}
		}
		var parts []decimal.Decimal
		var err error
		if c.Inc != "" {
			parts, err = convert.SplitIncrement(moneyDec(t, c.Amount), c.K, moneyDec(t, c.Inc))
		} else {
			parts, err = convert.Split(moneyDec(t, c.Amount), c.K, exp)
		}
		if err != nil {
			a.Err = moneyErrKind(t, err)
			break
		}
		for _, p := range parts {
			a.Parts = append(a.Parts, pyfmt.DecimalString(p))
		}
	case "allocate":
		ratios := make([]decimal.Decimal, len(c.Ratios))
		for i, r := range c.Ratios {
			ratios[i] = moneyDec(t, r)
		}
		var parts []decimal.Decimal
		var err error
		if c.Inc != "" {
			parts, err = convert.AllocateIncrement(moneyDec(t, c.Amount), ratios, moneyDec(t, c.Inc))
		} else {
			parts, err = convert.Allocate(moneyDec(t, c.Amount), ratios, c.Exp)
		}
		if err != nil {
			a.Err = moneyErrKind(t, err)
			break
		}
		for _, p := range parts {
			a.Parts = append(a.Parts, pyfmt.DecimalString(p))
		}
	default:
		t.Fatalf("unknown op %q", c.Op)
	}
	return a
}

// checkMoneyLine compares one answered line with package convert and
// reports whether they agree.
func checkMoneyLine(t *testing.T, line string) bool {
	t.Helper()
	var c moneyCase
	var want moneyAnswer
	if err := json.Unmarshal([]byte(line), &c); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	if err := json.Unmarshal([]byte(line), &want); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	got := moneyGoAnswer(t, &c)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s\n  Go: %+v\n  Py: %+v", line, got, want)
		return false
	}
	return true
}

// TestMoneyGolden replays every case of testdata/money.jsonl.
func TestMoneyGolden(t *testing.T) {
	f, err := os.Open("testdata/money.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, bad := 0, 0
	for sc.Scan() {
		n++
		if !checkMoneyLine(t, sc.Text()) {
			if bad++; bad > 20 {
				t.FailNow()
			}
		}
	}
	if n < 5000 {
		t.Fatalf("only %d cases", n)
	}
	t.Logf("%d cases", n)
}
