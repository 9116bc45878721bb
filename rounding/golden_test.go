package rounding_test

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/tsv"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// goldenRows returns the rows of testdata/round.tsv.gz, written by
// testdata/gen_golden.py with python3: every row is one call of this
// package's API, so nothing is filtered here.
func goldenRows(t *testing.T) []tsv.Row {
	t.Helper()
	rows, err := tsv.ReadFile("testdata/round.tsv.gz")
	if err != nil {
		t.Fatalf("%v (write it with: python3 rounding/testdata/gen_golden.py)", err)
	}
	return rows
}

// goldenArgs checks a row's field count and parses its N (column n) and
// MODE (column n+1).
func goldenArgs(t *testing.T, r tsv.Row, fields, n int) (nd int, none bool, m rounding.Mode) {
	t.Helper()
	if len(r.Fields) != fields {
		t.Fatalf("%s: %d fields, want %d", r.Pos(), len(r.Fields), fields)
	}
	m, err := rounding.ParseMode(r.Fields[n+1])
	if err != nil {
		t.Fatalf("%s: %v", r.Pos(), err)
	}
	if r.Fields[n] == "" {
		return 0, true, m
	}
	nd, err = strconv.Atoi(r.Fields[n])
	if err != nil {
		t.Fatalf("%s: N: %v", r.Pos(), err)
	}
	return nd, false, m
}

// TestGoldenFloat replays the float rows through RoundFloat, Round (for
// HALF_EVEN) and, without N, RoundToInt.
func TestGoldenFloat(t *testing.T) {
	n, bad := 0, 0
	for _, r := range goldenRows(t) {
		if r.Fields[0] != "float" {
			continue
		}
		nd, none, m := goldenArgs(t, r, 6, 3)
		u, err := strconv.ParseUint(r.Fields[1], 0, 64)
		if err != nil {
			t.Fatalf("%s: bits: %v", r.Pos(), err)
		}
		x := math.Float64frombits(u)
		if rx := pyfmt.Repr(x); rx != r.Fields[2] {
			t.Fatalf("%s: bits %s are %s, the REPR column says %s", r.Pos(), r.Fields[1], rx, r.Fields[2])
		}
		var got string
		if none {
			small, big, err := rounding.RoundToInt(x, m)
			switch {
			case err != nil:
				got = "!" + err.Error()
			case big != nil:
				got = big.String()
			default:
				got = strconv.FormatInt(small, 10)
			}
		} else {
			f, err := rounding.RoundFloat(x, nd, m)
			if m == rounding.HalfEven {
				if rr := rounding.Round(x, nd); !(rr == f && math.Signbit(rr) == math.Signbit(f) || math.IsNaN(rr) && math.IsNaN(f)) {
					t.Errorf("%s: Round(%v, %d) = %v but RoundFloat = %v", r.Pos(), x, nd, rr, f)
				}
			}
			got = oracle.Result(pyfmt.Repr(f), err)
		}
		n++
		bad += mismatch(t, r, got)
	}
	if n < 110393 { // the float cases the CLI-shaped round file held
		t.Fatalf("only %d float cases in the golden file", n)
	}
	t.Logf("%d float cases, %d mismatches", n, bad)
}

// TestGoldenInt replays the int rows through RoundBigInt and, for an X
// that fits, RoundInt[int64], which must give Python's answer when that is
// an int64, else x and an OverflowError (its documented contract).
func TestGoldenInt(t *testing.T) {
	n, n64, bad := 0, 0, 0
	for _, r := range goldenRows(t) {
		if r.Fields[0] != "int" {
			continue
		}
		nd, _, m := goldenArgs(t, r, 5, 2)
		x, ok := new(big.Int).SetString(r.Fields[1], 10)
		if !ok {
			t.Fatalf("%s: bad int %q", r.Pos(), r.Fields[1])
		}
		z, err := rounding.RoundBigInt(nil, x, nd, m)
		got := "!"
		if err == nil {
			got = z.String()
		}
		n++
		bad += mismatch(t, r, oracle.Result(got, err))
		if !x.IsInt64() {
			continue
		}
		v, err := rounding.RoundInt(x.Int64(), nd, m)
		n64++
		want := r.Fields[4]
		if w, ok := new(big.Int).SetString(want, 10); ok && w.IsInt64() {
			bad += mismatch(t, r, oracle.Result(strconv.FormatInt(v, 10), err))
			continue
		}
		// pyround's digit limit is the same error for every width.
		if want == oracle.Result("", rounding.ErrTooManyDigits) {
			bad += mismatch(t, r, oracle.Result("", err))
			continue
		}
		// Python's answer is past int64: RoundInt's documented answer is x
		// unchanged and an OverflowError.
		if err == nil || !strings.HasPrefix(err.Error(), "OverflowError: ") || v != x.Int64() {
			bad++
			t.Errorf("%s: RoundInt(%d, %d, %v) = %d, %.200v; Python %.200s, so want x and an OverflowError",
				r.Pos(), x.Int64(), nd, m, v, err, want)
		}
	}
	if n < 10000 || n64 < 5000 {
		t.Fatalf("only %d int cases (%d int64) in the golden file", n, n64)
	}
	t.Logf("%d int cases (%d also as int64), %d mismatches", n, n64, bad)
}

// TestGoldenShopspring replays the decimal rows through RoundDecimal.
func TestGoldenShopspring(t *testing.T) {
	n, bad := 0, 0
	for _, r := range goldenRows(t) {
		if r.Fields[0] != "decimal" {
			continue
		}
		nd, _, m := goldenArgs(t, r, 5, 2)
		d, err := decimal.NewFromString(r.Fields[1])
		if err != nil {
			t.Fatalf("%s: %v", r.Pos(), err)
		}
		q, err := rounding.RoundDecimal(d, nd, m)
		n++
		bad += mismatch(t, r, oracle.Result(pyfmt.DecimalString(q), err))
	}
	if n < 28426 { // the shopspring cases the CLI-shaped round file held
		t.Fatalf("only %d shopspring cases in the golden file", n)
	}
	t.Logf("%d shopspring cases, %d mismatches", n, bad)
}

// mismatch counts got != the row's last field (Python's answer),
// reporting the first one (all with -v).
func mismatch(t *testing.T, r tsv.Row, got string) int {
	want := r.Fields[len(r.Fields)-1]
	if got == want {
		return 0
	}
	if !t.Failed() || testing.Verbose() {
		t.Errorf("%s: %q: got %q, Python %q", r.Pos(), r.Fields[:len(r.Fields)-1], got, want)
	}
	return 1
}
