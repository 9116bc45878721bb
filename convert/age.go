package convert

import (
	"strconv"
	"time"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// AgeDecades splits an age in whole years into decades and years,
// divmod(age, 10): 42 is (4, 2). A negative age is a ValueError.
func AgeDecades(age int) (decades, years int, err error) {
	if age < 0 {
		return 0, 0, pyerr.ValueError("age " + strconv.Itoa(age) + " is negative")
	}
	return age / 10, age % 10, nil
}

// Date is a calendar date of the proleptic Gregorian calendar, as
// Python's datetime.date holds it: Year in 1..9999.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// String returns the date as YYYY-MM-DD (date.isoformat()).
func (d Date) String() string {
	b := make([]byte, 0, 10)
	b = appendPadded(b, d.Year, 4)
	b = appendPadded(append(b, '-'), int(d.Month), 2)
	return string(appendPadded(append(b, '-'), d.Day, 2))
}

func appendPadded(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Validate reports whether d is a date Python's datetime.date accepts,
// with date()'s ValueError messages: "year 0 is out of range", "month
// must be in 1..12", "day is out of range for month".
func (d Date) Validate() error {
	if d.Year < 1 || d.Year > 9999 {
		return pyerr.ValueError("year " + strconv.Itoa(d.Year) + " is out of range")
	}
	if d.Month < 1 || d.Month > 12 {
		return pyerr.ValueError("month must be in 1..12")
	}
	if d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
		return pyerr.ValueError("day is out of range for month")
	}
	return nil
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// before reports whether d is before e.
func (d Date) before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ParseDate reads a date written YYYY-MM-DD (four, two and two ASCII
// digits). Other text is a ValueError "invalid date 'x': want
// YYYY-MM-DD"; a date that does not exist is Validate's error.
func ParseDate(s string) (Date, error) {
	ok := len(s) == 10 && s[4] == '-' && s[7] == '-'
	var v [3]int
	for i, f := range [3][2]int{{0, 4}, {5, 7}, {8, 10}} {
		if !ok {
			break
		}
		for _, c := range []byte(s[f[0]:f[1]]) {
			if c < '0' || c > '9' {
				ok = false
				break
			}
			v[i] = v[i]*10 + int(c-'0')
		}
	}
	if !ok {
		return Date{}, pyerr.ValueError("invalid date " + pyfmt.QuoteBounded(s) + ": want YYYY-MM-DD")
	}
	d := Date{v[0], time.Month(v[1]), v[2]}
	return d, d.Validate()
}

// Age returns the age in whole years on the date on of someone born on
// birth: the years between them, less one if the birthday has not been
// reached yet in on's year. A 29 February birthday is reached on
// 1 March in years without a 29 February (the rule of, e.g., the UK's
// Family Law Reform Act 1969): born 2000-02-29, the age on 2001-02-28 is
// 0 and on 2001-03-01 is 1. Python's reference is
//
//	on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
//
// Dates that do not exist are Validate's ValueError; birth after on is
// a ValueError.
func Age(birth, on Date) (int, error) {
	if err := birth.Validate(); err != nil {
		return 0, err
	}
	if err := on.Validate(); err != nil {
		return 0, err
	}
	if on.before(birth) {
		return 0, pyerr.ValueError("birth date " + birth.String() + " is after the reference date " + on.String())
	}
	a := on.Year - birth.Year
	if on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day) {
		a--
	}
	return a, nil
}

// AgeAt is Age for the calendar dates of two times, each taken in its
// own location (time.Time.Date): the clock time does not matter.
func AgeAt(birth, on time.Time) (int, error) {
	return Age(DateOf(birth), DateOf(on))
}
