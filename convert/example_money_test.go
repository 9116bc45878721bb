package convert_test

import (
	"fmt"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Change for 87.35 US dollars: notes and coins, largest first.
func ExampleMakeChange() {
	usd, _ := convert.CurrencyByCode("USD")
	res, err := convert.MakeChange(decimal.RequireFromString("87.35"), usd, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Pieces {
		if p.Count > 0 {
			fmt.Println(p.Count, "x", usd.Major(p.Value).StringFixed(2))
		}
	}
	fmt.Println("greedy:", res.Greedy)
	// Output:
	// 1 x 50.00
	// 1 x 20.00
	// 1 x 10.00
	// 1 x 5.00
	// 2 x 1.00
	// 1 x 0.25
	// 1 x 0.10
	// greedy: true
}

// {1, 3, 4} is not canonical: greedy would give 6 as 4+1+1, the fewest
// pieces are 3+3.
func ExampleIsCanonical() {
	ok, _ := convert.IsCanonical([]int64{1, 3, 4})
	counts, _ := convert.ChangeMinor(6, []int64{1, 3, 4}, nil)
	fmt.Println(ok, counts)
	ok, _ = convert.IsCanonical([]int64{1, 5, 10, 25})
	fmt.Println(ok)
	// Output:
	// false [0 2 0]
	// true
}

// Swiss cash rounding: the smallest coin is 0.05 francs, so 12.33 must be
// rounded before it can be paid in cash.
func ExampleMakeChange_cashRounding() {
	chf, _ := convert.CurrencyByCode("CHF")
	_, err := convert.MakeChange(decimal.RequireFromString("12.33"), chf, nil)
	fmt.Println(err)
	res, _ := convert.MakeChange(decimal.RequireFromString("12.33"), chf,
		&convert.ChangeOptions{Round: true, Mode: rounding.HalfUp})
	fmt.Println(res.Amount, res.Rounded)
	// Output:
	// ValueError: amount 12.33 is finer than 0.05, the smallest step the denominations can make; give a rounding mode to round it
	// 12.35 true
}

// A cash drawer with one quarter and no nickels must give 0.30 as three
// dimes.
func ExampleChangeMaker_Change() {
	m, _ := convert.NewChangeMaker([]int64{25, 10, 5}, 2)
	fmt.Println(m.Change(30, []int64{1, convert.Unlimited, 0}))
	fmt.Println(m.Change(30, []int64{1, 2, 0}))
	// Output:
	// [0 3 0] <nil>
	// [] ValueError: cannot make 0.30 from the stock: no combination of the pieces in stock sums to it
}

// 100.00 split three ways: the first part gets the extra cent.
func ExampleSplit() {
	parts, _ := convert.Split(decimal.RequireFromString("100.00"), 3, 2)
	fmt.Println(parts)
	neg, _ := convert.SplitMinor(-100, 3)
	fmt.Println(neg)
	// Output:
	// [33.34 33.33 33.33]
	// [-33 -33 -34]
}

// 70/20/10 of 100.00, and a tie broken in favour of the earlier part.
func ExampleAllocate() {
	r := func(s ...string) []decimal.Decimal {
		d := make([]decimal.Decimal, len(s))
		for i := range s {
			d[i] = decimal.RequireFromString(s[i])
		}
		return d
	}
	parts, _ := convert.Allocate(decimal.RequireFromString("100.00"), r("70", "20", "10"), 2)
	fmt.Println(parts[0].StringFixed(2), parts[1].StringFixed(2), parts[2].StringFixed(2))
	parts, _ = convert.Allocate(decimal.RequireFromString("0.05"), r("1", "1"), 2)
	fmt.Println(parts)
	// Output:
	// 70.00 20.00 10.00
	// [0.03 0.02]
}

// Every current ISO 4217 currency has CLDR's digits; 100 Kuwaiti dinars
// split three ways are 33.334, 33.333, 33.333.
func ExampleCurrencyByCode() {
	kwd, _ := convert.CurrencyByCode("KWD")
	parts, _ := convert.Split(decimal.RequireFromString("100"), 3, kwd.Exponent)
	fmt.Println(kwd.Exponent, parts)
	_, err := convert.ChangeCurrency("KWD")
	fmt.Println(err)
	// Output:
	// 3 [33.334 33.333 33.333]
	// ValueError: no notes and coins for KWD; pyround has them for AUD, CAD, CHF, CNY, EUR, GBP, INR, JPY, USD
}

// CLDR's cash rounding: Swiss and Canadian cash rounds to 0.05, Danish to
// 0.50, Swedish to whole kronor.
func ExampleCashIncrement() {
	for _, code := range []string{"CHF", "CAD", "DKK", "SEK", "USD"} {
		inc, _ := convert.CashIncrement(code)
		fmt.Println(code, inc)
	}
	// Output:
	// CHF 0.05
	// CAD 0.05
	// DKK 0.50
	// SEK 1
	// USD 0.01
}
