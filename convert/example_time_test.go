package convert_test

import (
	"fmt"

	"github.com/pyround/pyround/convert"
	"github.com/shopspring/decimal"
)

func ExampleBreakdown() {
	// 1000000 seconds in weeks, days, hours, minutes and seconds.
	counts, rem, _ := convert.Breakdown(1000000, []int64{604800, 86400, 3600, 60})
	fmt.Println(counts, rem)
	// Negative values floor, as Python's divmod does.
	counts, rem, _ = convert.Breakdown(-1, []int64{3600, 60})
	fmt.Println(counts, rem)
	_, _, err := convert.Breakdown(100, []int64{12, 0})
	fmt.Println(err)
	// Output:
	// [1 4 13 46] 40
	// [-1 59] 59
	// ValueError: unit 1 is 0; unit sizes must be positive
}

func ExampleBreakdownDecimal() {
	// 3725.5 seconds into hours and minutes; and 0.85 into 0.2 and 0.05 coins.
	counts, rem, _ := convert.BreakdownDecimal(decimal.RequireFromString("3725.5"), []decimal.Decimal{decimal.NewFromInt(3600), decimal.NewFromInt(60)})
	fmt.Println(counts, rem)
	counts, rem, _ = convert.BreakdownDecimal(decimal.RequireFromString("0.85"), []decimal.Decimal{decimal.RequireFromString("0.2"), decimal.RequireFromString("0.05")})
	fmt.Println(counts, rem)
	// Output:
	// [1 2] 5.5
	// [4 1] 0
}

func ExampleHMS() {
	for _, s := range []int64{3723, 86401, -1, 0} {
		py, _ := convert.HMS(s, convert.Python)
		compact, _ := convert.HMS(s, convert.Compact)
		iso, _ := convert.HMS(s, convert.ISO)
		fmt.Printf("%d: %s | %s | %s\n", s, py, compact, iso)
	}
	_, err := convert.HMS(86400*1_000_000_000, convert.Python)
	fmt.Println(err)
	// Output:
	// 3723: 1:02:03 | 1h 2m 3s | PT1H2M3S
	// 86401: 1 day, 0:00:01 | 1d 0h 0m 1s | P1DT1S
	// -1: -1 day, 23:59:59 | -1s | -PT1S
	// 0: 0:00:00 | 0s | PT0S
	// OverflowError: days=1000000000; must have magnitude <= 999999999
}

func ExampleHMSFloat() {
	// timedelta rounds float seconds to microseconds, half-even.
	for _, x := range []float64{0.5, -1.5, 2.5e-6, 5e-7} {
		s, _ := convert.HMSFloat(x, convert.Python)
		fmt.Println(s)
	}
	// Output:
	// 0:00:00.500000
	// -1 day, 23:59:58.500000
	// 0:00:00.000002
	// 0:00:00
}

func ExampleHMSDecimal() {
	s, _ := convert.HMSDecimal(decimal.RequireFromString("3723.0000015"), convert.Compact)
	fmt.Println(s)
	// Output:
	// 1h 2m 3.000002s
}

func ExampleAppendHMS() {
	buf := make([]byte, 0, 64) // reused: no allocation per value
	for _, s := range []int64{59, 3600, -86401} {
		buf, _ = convert.AppendHMS(buf[:0], s, convert.Python)
		fmt.Println(string(buf))
	}
	// Output:
	// 0:00:59
	// 1:00:00
	// -2 days, 23:59:59
}

func ExampleParseHMS() {
	for _, s := range []string{"-1 day, 23:59:59", "1h 30m", "PT1H2M3.5S", "1:60:00"} {
		td, err := convert.ParseHMS(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(td.Decimal(), td)
	}
	// Output:
	// -1 -1 day, 23:59:59
	// 5400 1:30:00
	// 3723.5 1:02:03.500000
	// ValueError: invalid python duration '1:60:00': want [D day[s], ]H:MM:SS[.ffffff] or -H:MM:SS[.ffffff]
}

func ExampleAge() {
	birth := convert.Date{Year: 2000, Month: 2, Day: 29}
	for _, on := range []convert.Date{{Year: 2001, Month: 2, Day: 28}, {Year: 2001, Month: 3, Day: 1}, {Year: 2042, Month: 6, Day: 1}} {
		age, _ := convert.Age(birth, on)
		decades, years, _ := convert.AgeDecades(age)
		fmt.Println(on, age, decades, years)
	}
	_, err := convert.Age(convert.Date{Year: 2030, Month: 1, Day: 1}, convert.Date{Year: 2025, Month: 1, Day: 1})
	fmt.Println(err)
	// Output:
	// 2001-02-28 0 0 0
	// 2001-03-01 1 0 1
	// 2042-06-01 42 4 2
	// ValueError: birth date 2030-01-01 is after the reference date 2025-01-01
}

func ExamplePaginate() {
	n, _ := convert.Pages(95, 10)
	p, _ := convert.Paginate(95, 10, 3, convert.Reject)
	fmt.Println(n, p.Offset, p.Limit, p.Showing())
	p, _ = convert.Paginate(95, 10, 99, convert.Clamp)
	fmt.Println(p.Number, p.Showing())
	_, err := convert.Paginate(95, 10, 99, convert.Reject)
	fmt.Println(err)
	p, _ = convert.Paginate(0, 10, 1, convert.Reject)
	fmt.Println(p.Pages, p.Showing())
	page, _ := convert.PageOf(94, 10)
	fmt.Println(page)
	// Output:
	// 10 20 10 Showing 21–30 of 95
	// 10 Showing 91–95 of 95
	// ValueError: page 99 is out of range 1..10
	// 0 Showing 0 of 0
	// 10
}

func ExampleWindow() {
	links, _ := convert.Window(6, 20, 2)
	fmt.Println(convert.WindowString(links))
	links, _ = convert.Window(5, 20, 2) // a gap of one page shows the page
	fmt.Println(convert.WindowString(links))
	// Output:
	// 1 … 4 5 [6] 7 8 … 20
	// 1 2 3 4 [5] 6 7 … 20
}
