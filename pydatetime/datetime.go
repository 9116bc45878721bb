package pydatetime

import (
	"strconv"

	"github.com/pyround/pyround/pyerr"
)

// Python's datetime limits: MINYEAR, MAXYEAR, and the ordinal of
// 9999-12-31 (date.max.toordinal()).
const (
	MinYear    = 1
	MaxYear    = 9999
	maxOrdinal = 3652059

	usPerSec = 1_000_000
	usPerMin = 60 * usPerSec
	usPerDay = 86400 * usPerSec
)

// DateTime is a Python datetime.datetime with a fixed offset or none: a
// date in [0001-01-01, 9999-12-31], a time of day to the microsecond, and,
// when Aware, a UTC offset strictly between -24h and +24h (to the
// microsecond, as datetime.timezone allows). A naive DateTime has no
// offset. Its fields are always in range: the only ways to make one are
// Parse, New, WithOffset and the arithmetic, which check them as Python
// does. The zero value is not a valid datetime (its year is 0); use New.
// DateTimes are comparable with ==, which compares fields (wall time and
// offset), not instants.
type DateTime struct {
	year          uint16
	month, day    uint8
	hour, minute  uint8
	second, aware uint8
	us            uint32
	offset        int64 // microseconds east of UTC, when aware
}

// Year returns the year, in [1, 9999].
func (d DateTime) Year() int { return int(d.year) }

// Month returns the month, in [1, 12].
func (d DateTime) Month() int { return int(d.month) }

// Day returns the day of the month.
func (d DateTime) Day() int { return int(d.day) }

// Hour returns the hour, in [0, 23].
func (d DateTime) Hour() int { return int(d.hour) }

// Minute returns the minute, in [0, 59].
func (d DateTime) Minute() int { return int(d.minute) }

// Second returns the second, in [0, 59].
func (d DateTime) Second() int { return int(d.second) }

// Microsecond returns the microsecond, in [0, 999999].
func (d DateTime) Microsecond() int { return int(d.us) }

// Offset returns the UTC offset in microseconds and whether d is aware;
// a naive d returns (0, false), as its utcoffset() is None.
func (d DateTime) Offset() (us int64, aware bool) { return d.offset, d.aware != 0 }

// New returns the naive datetime(year, month, day, hour, minute, second,
// microsecond), or Python's ValueError for the first field out of range,
// checked in Python's order: "year 0 is out of range", "month must be in
// 1..12", "day is out of range for month", "hour must be in 0..23",
// "minute must be in 0..59", "second must be in 0..59", "microsecond must
// be in 0..999999".
func New(year, month, day, hour, minute, second, microsecond int) (DateTime, error) {
	if err := checkDate(year, month, day); err != nil {
		return DateTime{}, err
	}
	if err := checkTime(hour, minute, second, microsecond); err != nil {
		return DateTime{}, err
	}
	return DateTime{year: uint16(year), month: uint8(month), day: uint8(day),
		hour: uint8(hour), minute: uint8(minute), second: uint8(second), us: uint32(microsecond)}, nil
}

// WithOffset returns d with the fixed UTC offset of us microseconds, as
// d.replace(tzinfo=timezone(timedelta(microseconds=us))) does, or
// timezone()'s ValueError when |us| is a day or more.
func (d DateTime) WithOffset(us int64) (DateTime, error) {
	if us <= -usPerDay || us >= usPerDay {
		return DateTime{}, offsetError(us)
	}
	d.aware, d.offset = 1, us
	return d, nil
}

// Naive returns d without its offset, as d.replace(tzinfo=None).
func (d DateTime) Naive() DateTime {
	d.aware, d.offset = 0, 0
	return d
}

// Epoch returns datetime(1970, 1, 1, tzinfo=like.tzinfo): midnight of
// 1970-01-01 with like's offset, or naive when like is naive. It is the
// default origin of a time bin.
func Epoch(like DateTime) DateTime {
	return DateTime{year: 1970, month: 1, day: 1, aware: like.aware, offset: like.offset}
}

// offsetError is datetime.timezone's ValueError for an offset of us
// microseconds, quoting the offset's repr().
func offsetError(us int64) error {
	return pyerr.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " +
		deltaRepr(us) + ".")
}

// deltaRepr is repr(timedelta(microseconds=us)) for |us| far inside
// timedelta's range: datetime.timedelta(days=-1, seconds=3), fields that
// are zero left out, datetime.timedelta(0) for zero.
func deltaRepr(us int64) string {
	days, rest := floorDivMod(us, usPerDay)
	secs, micro := rest/usPerSec, rest%usPerSec
	b := []byte("datetime.timedelta(")
	sep := ""
	if days != 0 {
		b = append(append(b, "days="...), strconv.FormatInt(days, 10)...)
		sep = ", "
	}
	if secs != 0 {
		b = append(append(append(b, sep...), "seconds="...), strconv.FormatInt(secs, 10)...)
		sep = ", "
	}
	if micro != 0 {
		b = append(append(append(b, sep...), "microseconds="...), strconv.FormatInt(micro, 10)...)
	}
	if days == 0 && secs == 0 && micro == 0 {
		b = append(b, '0')
	}
	return string(append(b, ')'))
}

// floorDivMod returns floor(a/b) and a - b*floor(a/b) for b > 0.
func floorDivMod(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return
}

var (
	errMonth  = pyerr.ValueError("month must be in 1..12")
	errDay    = pyerr.ValueError("day is out of range for month")
	errHour   = pyerr.ValueError("hour must be in 0..23")
	errMinute = pyerr.ValueError("minute must be in 0..59")
	errSecond = pyerr.ValueError("second must be in 0..59")
	errMicro  = pyerr.ValueError("microsecond must be in 0..999999")

	// ErrRange is Python's error for a datetime result before year 1 or
	// after year 9999.
	ErrRange = pyerr.OverflowError("date value out of range")
	// ErrMixed is Python's error for the difference of an aware and a
	// naive datetime.
	ErrMixed = pyerr.TypeError("can't subtract offset-naive and offset-aware datetimes")
	// ErrZeroWidth is Python's error for timedelta // timedelta(0).
	ErrZeroWidth = pyerr.ZeroDivisionError("integer division or modulo by zero")
)

// checkDate is CPython's check_date_args.
func checkDate(y, m, d int) error {
	if y < MinYear || y > MaxYear {
		return pyerr.ValueError("year " + strconv.Itoa(y) + " is out of range")
	}
	if m < 1 || m > 12 {
		return errMonth
	}
	if d < 1 || d > daysInMonth(y, m) {
		return errDay
	}
	return nil
}

// checkTime is CPython's check_time_args.
func checkTime(h, m, s, us int) error {
	switch {
	case h < 0 || h > 23:
		return errHour
	case m < 0 || m > 59:
		return errMinute
	case s < 0 || s > 59:
		return errSecond
	case us < 0 || us > 999999:
		return errMicro
	}
	return nil
}
