package pydatetime

// The proleptic Gregorian calendar as CPython's _datetimemodule.c
// computes it, with C's truncating division (Go's / and % truncate too),
// so that the ISO week dates of year 0, which CPython 3.11 does not
// reject before converting them, land where CPython's do.

var daysInMonthTab = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonthTab = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// monthTab reads t[m], or 0 where C would read outside the table (only
// for a year-0 week date, whose month is then out of range whatever the
// read gives: the error is "month must be in 1..12" either way).
func monthTab(t *[13]int, m int) int {
	if m < 0 || m > 12 {
		return 0
	}
	return t[m]
}

func isLeap(y int) bool {
	u := uint(y)
	return u%4 == 0 && (u%100 != 0 || u%400 == 0)
}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return monthTab(&daysInMonthTab, m)
}

func daysBeforeMonth(y, m int) int {
	d := monthTab(&daysBeforeMonthTab, m)
	if m > 2 && isLeap(y) {
		d++
	}
	return d
}

func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

// ymdToOrd is the ordinal of a date, 0001-01-01 being 1.
func ymdToOrd(y, m, d int) int {
	return daysBeforeYear(y) + daysBeforeMonth(y, m) + d
}

const (
	di4y   = 1461
	di100y = 36524
	di400y = 146097
)

// ordToYMD is CPython's ord_to_ymd, including what it does for an
// ordinal below 1 (a year-0 week date).
func ordToYMD(ord int) (year, month, day int) {
	ord--
	n400 := ord / di400y
	n := ord % di400y
	year = n400*400 + 1
	n100 := n / di100y
	n %= di100y
	n4 := n / di4y
	n %= di4y
	n1 := n / 365
	n %= 365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	month = (n + 50) >> 5
	preceding := monthTab(&daysBeforeMonthTab, month)
	if month > 2 && leap {
		preceding++
	}
	if preceding > n {
		month--
		preceding -= daysInMonth(year, month)
	}
	return year, month, n - preceding + 1
}

// isoToYMD is CPython 3.11's iso_to_ymd: ok is false for a week or day
// out of range (an invalid isoformat string).
func isoToYMD(isoYear, week, day int) (y, m, d int, ok bool) {
	if week <= 0 || week >= 53 {
		if week != 53 {
			return 0, 0, 0, false
		}
		first := (ymdToOrd(isoYear, 1, 1) + 6) % 7
		if !(first == 3 || (first == 2 && isLeap(isoYear))) {
			return 0, 0, 0, false
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, false
	}
	firstDay := ymdToOrd(isoYear, 1, 1)
	firstWeekday := (firstDay + 6) % 7
	monday := firstDay - firstWeekday
	if firstWeekday > 3 {
		monday += 7
	}
	y, m, d = ordToYMD(monday + (week-1)*7 + day - 1)
	return y, m, d, true
}
