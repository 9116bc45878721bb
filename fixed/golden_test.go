package fixed

import (
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/tsv"
	"github.com/pyround/pyround/rounding"
)

// result formats an outcome as golden.tsv and the oracle write it: the
// text, "!range" for ErrRange, "!Type: message" for another error.
func result(text string, err error) string {
	switch {
	case errors.Is(err, ErrRange):
		return "!range"
	case err != nil:
		return "!" + err.Error()
	}
	return text
}

// matches reports whether got (from result) is the expected want: a
// "!range ..." want (Python's answer, outside fixed's range) is met by
// "!range".
func matches(got, want string) bool {
	if strings.HasPrefix(want, "!range") {
		return got == "!range"
	}
	return got == want
}

func divResult(f func(a, b Decimal) (Decimal, Decimal, error), a, b Decimal) string {
	q, r, err := f(a, b)
	return result(q.String()+" "+r.String(), err)
}

// TestGolden replays testdata/golden.tsv.gz, written by
// testdata/gen_golden.py with CPython 3.11.
func TestGolden(t *testing.T) {
	rows, err := tsv.ReadFile("testdata/golden.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	bad := 0
	for _, r := range rows {
		line, c := r.Line, r.Fields
		want := c[len(c)-1]
		var got string
		switch c[0] {
		case "str":
			d, err := Parse(c[1])
			got = result(d.String(), err)
		case "quantize":
			d, err := Parse(c[1])
			if err != nil {
				t.Fatalf("line %d: %q: %v", line, c[1], err)
			}
			scale, _ := strconv.Atoi(c[2])
			m, err := rounding.ParseMode(c[3])
			if err != nil {
				t.Fatal(err)
			}
			q, err := d.Quantize(scale, m)
			got = result(q.String(), err)
		case "parse":
			b, err := hex.DecodeString(c[1])
			if err != nil {
				t.Fatal(err)
			}
			c[1] = strconv.Quote(string(b))
			d, err := Parse(b)
			got = result(d.String(), err)
		case "divmod", "floordivmod":
			a, err1 := Parse(c[1])
			b, err2 := Parse(c[2])
			if err1 != nil || err2 != nil {
				t.Fatalf("line %d: %v %v", line, err1, err2)
			}
			fn := DivMod
			if c[0] == "floordivmod" {
				fn = FloorDivMod
			}
			got = divResult(fn, a, b)
		default:
			t.Fatalf("line %d: unknown op %q", line, c[0])
		}
		counts[c[0]]++
		if !matches(got, want) {
			bad++
			if bad <= 20 {
				t.Errorf("line %d: %s: got %q, want %q", line, strings.Join(c[:len(c)-1], " "), got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d mismatches", bad)
	}
	t.Logf("golden cases: %v", counts)
}
