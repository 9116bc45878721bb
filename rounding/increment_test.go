package rounding_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// The expected values are python3's, from internal/oracle/incops.py:
// python3 -c "import oracle; print(oracle.outcome(oracle.OPS['roundinc'], [AS, X, INC, MODE]))"
func TestRoundFloatIncrement(t *testing.T) {
	tests := []struct {
		x    float64
		inc  string
		m    rounding.Mode
		want string
	}{
		{1.15, "0.05", rounding.HalfEven, "1.15"},
		{-1.15, "0.05", rounding.Floor, "-1.15"},
		{1.125, "0.25", rounding.HalfEven, "1.0"},
		{1.125, "0.25", rounding.HalfUp, "1.25"},
		{2.675, "0.05", rounding.HalfEven, "2.65"},
		{1.0249999, "0.05", rounding.HalfUp, "1.0"},
		{0.3, "0.1", rounding.ZeroFiveUp, "0.2"},
		{12.34, "0.25", rounding.Ceiling, "12.5"},
		{0.125, "0.05", rounding.HalfEven, "0.1"},
		{-0.01, "0.05", rounding.HalfEven, "-0.0"},
		{math.Copysign(0, -1), "0.05", rounding.Up, "-0.0"},
		{math.Inf(-1), "0.05", rounding.Up, "-inf"},
	}
	for _, tt := range tests {
		inc := rounding.MustParseIncrement(tt.inc)
		got, err := rounding.RoundFloatIncrement(tt.x, inc, tt.m)
		if err != nil || pyfmt.Repr(got) != tt.want {
			t.Errorf("RoundFloatIncrement(%v, %s, %v) = %s, %v; want %s", tt.x, tt.inc, tt.m, pyfmt.Repr(got), err, tt.want)
		}
	}
	_, err := rounding.RoundFloatIncrement(1.7e308, rounding.MustParseIncrement("1E+308"), rounding.Up)
	if !errors.Is(err, pyerr.ErrRoundOverflow) {
		t.Errorf("1.7e308 to 1E+308 Up: err %v, want %v", err, pyerr.ErrRoundOverflow)
	}
}

func TestParseIncrement(t *testing.T) {
	for _, s := range []string{"0", "-0.05", "0.00", "NaN", "Infinity", "abc", "", " 0.05", "1e", "1_000", "1E+1099511627776"} {
		_, err := rounding.ParseIncrement(s)
		var pe *pyerr.Error
		if !errors.As(err, &pe) || pe.Type != "ValueError" {
			t.Errorf("ParseIncrement(%q): err %v, want a ValueError", s, err)
		}
	}
	_, err := rounding.ParseIncrement("-1")
	if want := "ValueError: increment must be a positive decimal number, not '-1'"; err == nil || err.Error() != want {
		t.Errorf("ParseIncrement(-1): %v, want %s", err, want)
	}
	for _, tt := range []struct {
		s        string
		coeff    int64
		exp      int64
		integral bool
	}{{"0.05", 5, -2, false}, {"0.50", 50, -2, false}, {"25", 25, 0, true}, {"1E+3", 1, 3, true}, {"1.0", 10, -1, true}, {".25", 25, -2, false}, {"+1e-7", 1, -7, false}} {
		inc, err := rounding.ParseIncrement(tt.s)
		if err != nil || inc.Coefficient().Int64() != tt.coeff || inc.Exponent() != tt.exp || inc.Integral() != tt.integral {
			t.Errorf("ParseIncrement(%q) = %v·10^%d integral %v, %v; want %d·10^%d %v", tt.s, inc.Coefficient(), inc.Exponent(), inc.Integral(), err, tt.coeff, tt.exp, tt.integral)
		}
	}
}

func TestRoundIntIncrement(t *testing.T) {
	tests := []struct {
		x    int64
		inc  string
		m    rounding.Mode
		want int64
	}{
		{137, "25", rounding.HalfEven, 125},
		{150, "100", rounding.HalfEven, 200},
		{150, "100", rounding.HalfDown, 100},
		{-137, "25", rounding.Down, -125},
		{-250, "100", rounding.HalfEven, -200},
		{1234, "1E+3", rounding.Ceiling, 2000},
	}
	for _, tt := range tests {
		got, err := rounding.RoundIntIncrement(tt.x, rounding.MustParseIncrement(tt.inc), tt.m)
		if err != nil || got != tt.want {
			t.Errorf("RoundIntIncrement(%d, %s, %v) = %d, %v; want %d", tt.x, tt.inc, tt.m, got, err, tt.want)
		}
	}
	// No wrap-around: 127 to 25 is 125, 127 Up to 50 would be 150.
	if v, err := rounding.RoundIntIncrement(int8(127), rounding.MustParseIncrement("50"), rounding.Up); err == nil {
		t.Errorf("int8 127 Up to 50 = %d, want an OverflowError", v)
	}
	if v, err := rounding.RoundIntIncrement(uint8(7), rounding.MustParseIncrement("1E+30"), rounding.Up); err == nil {
		t.Errorf("uint8 7 Up to 1E+30 = %d, want an OverflowError", v)
	}
	if v, err := rounding.RoundIntIncrement(uint8(7), rounding.MustParseIncrement("1E+30"), rounding.HalfUp); err != nil || v != 0 {
		t.Errorf("uint8 7 HalfUp to 1E+30 = %d, %v, want 0", v, err)
	}
	if _, err := rounding.RoundIntIncrement(7, rounding.MustParseIncrement("0.05"), rounding.Up); err == nil {
		t.Error("int to a fractional increment: no error")
	}
	if _, err := rounding.RoundIntIncrement(7, rounding.Increment{}, rounding.Up); err == nil {
		t.Error("the zero Increment: no error")
	}
	b, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	z, err := rounding.RoundBigIntIncrement(nil, b, rounding.MustParseIncrement("25"), rounding.HalfEven)
	if want := "123456789012345678901234567900"; err != nil || z.String() != want {
		t.Errorf("RoundBigIntIncrement = %v, %v; want %s", z, err, want)
	}
}

func TestRoundDecimalIncrement(t *testing.T) {
	tests := []struct{ x, inc, want string }{
		{"1.03", "0.05", "1.05"},
		{"1.30", "0.50", "1.5"}, // shopspring's String drops the trailing zero: 150·10^-2
		{"1.075", "0.05", "1.1"},
		{"1.025", "0.05", "1"},
		{"1234", "1E+3", "1000"},
	}
	for _, tt := range tests {
		got, err := rounding.RoundDecimalIncrement(decimal.RequireFromString(tt.x), rounding.MustParseIncrement(tt.inc), rounding.HalfEven)
		if err != nil || got.String() != tt.want {
			t.Errorf("RoundDecimalIncrement(%s, %s) = %s, %v; want %s", tt.x, tt.inc, got, err, tt.want)
		}
	}
	got, _ := rounding.RoundDecimalIncrement(decimal.RequireFromString("1.30"), rounding.MustParseIncrement("0.50"), rounding.HalfEven)
	if got.Exponent() != -2 || got.Coefficient().Int64() != 150 {
		t.Errorf("1.30 to 0.50: %v·10^%d, want 150·10^-2", got.Coefficient(), got.Exponent())
	}
	if _, err := rounding.RoundDecimalIncrement(decimal.New(1, 0), rounding.MustParseIncrement("1E+3000000000"), rounding.Up); err == nil {
		t.Error("an increment exponent past int32: no error")
	}
}

func TestIncrementHotPathsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	cash := rounding.MustParseIncrement("0.05")
	lot := rounding.MustParseIncrement("25")
	cases := map[string]func(){
		"RoundFloatIncrement 0.05": func() { sinkF, _ = rounding.RoundFloatIncrement(1.15, cash, rounding.HalfEven) },
		"RoundFloatIncrement 25":   func() { sinkF, _ = rounding.RoundFloatIncrement(-137.5, lot, rounding.HalfUp) },
		"RoundIntIncrement":        func() { v, _ := rounding.RoundIntIncrement(int64(137), lot, rounding.HalfEven); sinkF = float64(v) },
		"RoundUint64DecimalIncrement": func() {
			v, _ := rounding.RoundUint64DecimalIncrement(103, -2, false, cash, rounding.HalfEven)
			sinkF = float64(v)
		},
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}

// An integral increment whose value passes 2^64 (4294967295E+15; and
// 18446745E+12, whose product wraps to 926290448384 in uint64) takes the
// exact path, not a wrapped product; the answers are python3's.
func TestRoundFloatIncrementLargeIntegral(t *testing.T) {
	inc := rounding.MustParseIncrement("4294967295E+15")
	for _, tt := range []struct {
		x    float64
		m    rounding.Mode
		want string
	}{{1e20, rounding.HalfEven, "0.0"}, {3e24, rounding.HalfUp, "4.294967295e+24"}, {1e25, rounding.Up, "1.2884901885e+25"}} {
		got, err := rounding.RoundFloatIncrement(tt.x, inc, tt.m)
		if err != nil || pyfmt.Repr(got) != tt.want {
			t.Errorf("RoundFloatIncrement(%v, %s, %v) = %s, %v; want %s", tt.x, inc, tt.m, pyfmt.Repr(got), err, tt.want)
		}
	}
	wrap := rounding.MustParseIncrement("18446745E+12")
	for _, tt := range []struct {
		x    float64
		m    rounding.Mode
		want string
	}{{1e20, rounding.HalfEven, "9.2233725e+19"}, {3e19, rounding.HalfUp, "3.689349e+19"}, {1e19, rounding.Up, "1.8446745e+19"}} {
		got, err := rounding.RoundFloatIncrement(tt.x, wrap, tt.m)
		if err != nil || pyfmt.Repr(got) != tt.want {
			t.Errorf("RoundFloatIncrement(%v, %s, %v) = %s, %v; want %s", tt.x, wrap, tt.m, pyfmt.Repr(got), err, tt.want)
		}
	}
}
