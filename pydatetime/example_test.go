package pydatetime_test

import (
	"fmt"

	"github.com/pyround/pyround/pydatetime"
)

// Parse reads what datetime.fromisoformat reads in Python 3.11, and
// String (AppendISO) prints what isoformat() prints.
func ExampleParse() {
	for _, s := range []string{
		"2024-03-10T12:34:56.789+05:30",
		"2024-W10-7 12:00Z", // an ISO week date, a space, UTC
		"20240310T1234",     // the basic format
		"2024-03-10T24:00",
		"2024-03-10 12:00 ", // no white space is stripped
	} {
		dt, err := pydatetime.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(dt)
	}
	// Output:
	// 2024-03-10T12:34:56.789000+05:30
	// 2024-03-10T12:00:00+00:00
	// 2024-03-10T12:34:00
	// ValueError: hour must be in 0..23
	// ValueError: Invalid isoformat string: '2024-03-10 12:00 '
}

// ParseWidth reads a duration in units or a number of seconds, and
// returns microseconds.
func ExampleParseWidth() {
	for _, s := range []string{"90s", "1h30m", "250ms", "-1h", "1.5", "0.0000025", " 60 ", "5x", "1e20"} {
		us, err := pydatetime.ParseWidth(s)
		if err != nil {
			fmt.Printf("%q %v\n", s, err)
			continue
		}
		fmt.Printf("%q %d\n", s, us)
	}
	// Output:
	// "90s" 90000000
	// "1h30m" 5400000000
	// "250ms" 250000
	// "-1h" -3600000000
	// "1.5" 1500000
	// "0.0000025" 2
	// " 60 " 60000000
	// "5x" ValueError: could not convert string to float: '5x'
	// "1e20" OverflowError: Python int too large to convert to C int
}

// Bucket floors a datetime to its bin, as (dt - origin) // width does in
// Python; the default origin is the epoch in the value's own offset.
func ExampleBucket() {
	width, _ := pydatetime.ParseWidth("15m")
	dt, _ := pydatetime.Parse("2024-03-10T12:34:56.789+05:30")
	b, _ := pydatetime.Bucket(dt, pydatetime.Epoch(dt), width)
	fmt.Println(b.Index, b.Lower, b.Upper)

	hour, _ := pydatetime.ParseWidth("1h")
	dt, _ = pydatetime.Parse("1969-12-31T23:59:59.5")
	b, _ = pydatetime.Bucket(dt, pydatetime.Epoch(dt), hour)
	fmt.Println(b.Index, b.Lower, b.Upper)
	// Output:
	// 1900082 2024-03-10T12:30:00+05:30 2024-03-10T12:45:00+05:30
	// -1 1969-12-31T23:00:00 1970-01-01T00:00:00
}
