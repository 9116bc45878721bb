package rounding_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// plainFloat parses texts that Go's ParseFloat and Python's float() read
// alike (no underscores, spaces, hex or Unicode), so these tests exercise
// package rounding without the CLI's Python-literal parser.
func plainFloat(s string) (float64, bool) {
	if s == "" || strings.ContainsAny(s, "_ xXpP\t") {
		return 0, false
	}
	for _, r := range s {
		if r > 0x7f {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return 0, false
	}
	return f, true
}

func isIntText(s string) bool {
	_, err := strconv.ParseInt(strings.TrimPrefix(s, "+"), 10, 64)
	return err == nil
}

// TestGoldenFloat replays the golden round cases on floats through Round,
// RoundFloat and RoundToInt directly.
func TestGoldenFloat(t *testing.T) {
	n, bad := 0, 0
	for _, c := range oracle.Golden(t, "round") {
		as, text, nText, modeText := c.Args[0], c.Args[1], c.Args[2], c.Args[3]
		if as == "decimal" || (as == "auto" && (isIntText(text) || !strings.ContainsAny(text, ".eEnNiI"))) {
			continue
		}
		x, ok := plainFloat(text)
		if !ok {
			continue
		}
		m, err := rounding.ParseMode(modeText)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		if nText == "" {
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
			nd, err := strconv.Atoi(nText)
			if err != nil { // past int: clamp, as the CLI does
				nd = math.MaxInt
				if strings.HasPrefix(nText, "-") {
					nd = math.MinInt
				}
			}
			r, err := rounding.RoundFloat(x, nd, m)
			if m == rounding.HalfEven {
				if rr := rounding.Round(x, nd); !(rr == r && math.Signbit(rr) == math.Signbit(r) || math.IsNaN(rr) && math.IsNaN(r)) {
					t.Errorf("Round(%v, %d) = %v but RoundFloat = %v", x, nd, rr, r)
				}
			}
			got = oracle.Result(pyfmt.Repr(r), err)
		}
		n++
		bad += mismatch(t, c, got)
	}
	if n < 50000 {
		t.Fatalf("only %d float cases in the golden file", n)
	}
	t.Logf("%d float cases, %d mismatches", n, bad)
}

// TestGoldenShopspring replays the golden decimal cases that a shopspring
// decimal can hold (no specials, int32 exponent, no negative zero)
// through RoundDecimal.
func TestGoldenShopspring(t *testing.T) {
	n, bad := 0, 0
	for _, c := range oracle.Golden(t, "round") {
		as, text, nText, modeText := c.Args[0], c.Args[1], c.Args[2], c.Args[3]
		if as != "decimal" || nText == "" || strings.HasPrefix(c.Want, "!") || strings.HasPrefix(c.Want, "-0") ||
			strings.ContainsAny(text, "_ nNiI\t") || len(text) > 60 {
			continue
		}
		d, err := decimal.NewFromString(text)
		if err != nil {
			continue
		}
		nd, err := strconv.Atoi(nText)
		if err != nil || nd > math.MaxInt32 || nd < -math.MaxInt32 {
			continue
		}
		m, _ := rounding.ParseMode(modeText)
		r, err := rounding.RoundDecimal(d, nd, m)
		got := oracle.Result(pyfmt.DecimalString(r), err)
		n++
		bad += mismatch(t, c, got)
	}
	if n < 10000 {
		t.Fatalf("only %d shopspring cases in the golden file", n)
	}
	t.Logf("%d shopspring cases, %d mismatches", n, bad)
}

// mismatch counts got != c.Want, reporting the first one (all with -v).
func mismatch(t *testing.T, c oracle.Case, got string) int {
	if got == c.Want {
		return 0
	}
	if !t.Failed() || testing.Verbose() {
		t.Errorf("%q: got %q, Python %q", c.Args, got, c.Want)
	}
	return 1
}
