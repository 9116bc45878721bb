package convert_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// TestChangeLimits: the searches run up to their documented limits and
// refuse beyond them quickly; huge or tiny decimal amounts fail fast with
// a *pyerr.Error instead of allocating.
func TestChangeLimits(t *testing.T) {
	start := time.Now()
	counts, err := convert.ChangeMinor(convert.MaxOptimalSteps, []int64{1, 3, 4}, nil)
	if err != nil || counts[2] != convert.MaxOptimalSteps/4 || counts[0]+counts[1] != 0 {
		t.Errorf("ChangeMinor(1e7, {1,3,4}) = %v, %v", counts, err)
	}
	counts, err = convert.ChangeMinor(convert.MaxOptimalSteps-1, []int64{1, 3, 4}, nil)
	if err != nil || counts[2] != 2499999 || counts[1] != 1 || counts[0] != 0 {
		t.Errorf("ChangeMinor(1e7-1, {1,3,4}) = %v, %v", counts, err)
	}
	if _, err := convert.ChangeMinor(convert.MaxOptimalSteps+1, []int64{1, 3, 4}, nil); err == nil ||
		!strings.Contains(err.Error(), "pyround's limit") {
		t.Errorf("ChangeMinor(1e7+1, {1,3,4}): %v", err)
	}
	// with a stock: 3 denominations in stock, (a+1)*3 <= 1e7
	a := int64(convert.MaxStockCells/3 - 1)
	counts, err = convert.ChangeMinor(a, []int64{1, 5, 10}, []int64{convert.Unlimited, 3, 3})
	if err != nil || counts[0]+5*counts[1]+10*counts[2] != a || counts[1] != 3 || counts[2] != 3 {
		t.Errorf("ChangeMinor(%d, stock) = %v, %v", a, counts, err)
	}
	if _, err := convert.ChangeMinor(a+1, []int64{1, 5, 10}, []int64{convert.Unlimited, 3, 3}); err == nil ||
		!strings.Contains(err.Error(), "pyround's limit") {
		t.Errorf("ChangeMinor(%d, stock): %v", a+1, err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the limit cases took %v", d)
	}
	usd, _ := convert.CurrencyByCode("USD")
	round := &convert.ChangeOptions{Round: true, Mode: rounding.HalfEven}
	for _, d := range []decimal.Decimal{decimal.New(1, 999_999_999), decimal.New(1, -999_999_999),
		decimal.New(1, 2_000_000), decimal.New(123, -2_000_000), decimal.New(1, -2_147_483_648), decimal.New(1, 2_147_483_647)} {
		s := d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
		start := time.Now()
		res, err := convert.MakeChange(d, usd, round)
		var pe *pyerr.Error
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("MakeChange(%s): %v", s, err)
		}
		if err == nil && d.Exponent() < 0 && res.Amount.Sign() != 0 {
			t.Errorf("MakeChange(%s) = %v", s, res.Amount)
		}
		if _, err := convert.Split(d, 3, 2); err != nil && !errors.As(err, &pe) {
			t.Errorf("Split(%s): %v", s, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s took %v", s, d)
		}
	}
}

// TestChangeErrors pins the messages of the errors.
func TestChangeErrors(t *testing.T) {
	m, _ := convert.NewChangeMaker([]int64{500, 100, 25, 10, 5}, 2)
	tests := []struct {
		amount int64
		stock  []int64
		want   string
	}{
		{-5, nil, "ValueError: amount must not be negative: -5"},
		{3, nil, "ValueError: amount 0.03 is finer than 0.05, the smallest step the denominations can make; give a rounding mode to round it"},
		{30, []int64{0, 0, 1, 0, 0}, "ValueError: cannot make 0.30 from the stock: it holds 0.25 in total"},
		{30, []int64{0, 0, 1, 2, 0}, "ValueError: cannot make 0.30 from the stock: no combination of the pieces in stock sums to it"},
		{30, []int64{1, 2}, "ValueError: stock has 2 entries for 5 denominations"},
		{30, []int64{1, 2, 3, 4, -2}, "ValueError: stock of 0.05 is -2; want a count >= 0 or Unlimited (-1)"},
	}
	for _, tc := range tests {
		got, err := m.Change(tc.amount, tc.stock)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Change(%d, %v) = %v, %v; want %s", tc.amount, tc.stock, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		denoms []int64
		want   string
	}{
		{nil, "ValueError: no denominations"},
		{[]int64{5, 0}, "ValueError: denomination 1 is 0; denominations must be positive"},
		{[]int64{5, 5}, "ValueError: duplicate denomination 5"},
		{[]int64{1_000_000_000_000_000_001}, "ValueError: denomination 1000000000000000001 exceeds 10**18 minor units (pyround's limit)"},
	} {
		if _, err := convert.NewChangeMaker(tc.denoms, 0); err == nil || err.Error() != tc.want {
			t.Errorf("NewChangeMaker(%v): %v; want %s", tc.denoms, err, tc.want)
		}
	}
	if _, err := convert.ChangeMinor(4, []int64{3, 5}, nil); err == nil || err.Error() != "ValueError: cannot make 4 from the denominations 5, 3" {
		t.Errorf("ChangeMinor(4, {3,5}): %v", err)
	}
	if _, err := convert.CurrencyByCode("xyz"); err == nil || err.Error() != "ValueError: unknown currency 'xyz'; want an ISO 4217 code such as USD, EUR or JPY" {
		t.Errorf("CurrencyByCode(xyz): %v", err)
	}
}

// TestAppendChangeAllocs: greedy change into a buffer with room allocates
// nothing.
func TestAppendChangeAllocs(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instruments allocations")
	}
	usd, _ := convert.CurrencyByCode("USD")
	m, _ := convert.NewChangeMaker(usd.Values(), 2)
	buf := make([]int64, 0, 16)
	if n := testing.AllocsPerRun(100, func() { buf, _ = m.AppendChange(buf[:0], 8735, nil) }); n != 0 {
		t.Errorf("AppendChange allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { buf, _ = convert.AppendSplitMinor(buf[:0], 10000, 3) }); n != 0 {
		t.Errorf("AppendSplitMinor allocates %v times", n)
	}
}

func BenchmarkChangeGreedy(b *testing.B) {
	usd, _ := convert.CurrencyByCode("USD")
	m, _ := convert.NewChangeMaker(usd.Values(), 2)
	buf := make([]int64, 0, 16)
	for b.Loop() {
		buf, _ = m.AppendChange(buf[:0], 8735, nil)
	}
}

func BenchmarkMakeChange(b *testing.B) {
	usd, _ := convert.CurrencyByCode("USD")
	d := decimal.RequireFromString("87.35")
	for b.Loop() {
		convert.MakeChange(d, usd, nil)
	}
}

func BenchmarkChangeOptimal(b *testing.B) {
	m, _ := convert.NewChangeMaker([]int64{1, 3, 4}, 0)
	for b.Loop() {
		m.Change(1000, nil)
	}
}

func BenchmarkSplitMinor(b *testing.B) {
	buf := make([]int64, 0, 16)
	for b.Loop() {
		buf, _ = convert.AppendSplitMinor(buf[:0], 10000, 3)
	}
}

func BenchmarkSplit(b *testing.B) {
	d := decimal.RequireFromString("100.00")
	for b.Loop() {
		convert.Split(d, 3, 2)
	}
}
