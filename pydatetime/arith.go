package pydatetime

import (
	"math/bits"

	"github.com/pyround/pyround/pyerr"
)

// micros returns dt's wall time as microseconds since 0001-01-01T00:00,
// ignoring its offset: at most about 3.2e17.
func (dt DateTime) micros() int64 {
	days := int64(ymdToOrd(int(dt.year), int(dt.month), int(dt.day)) - 1)
	return days*usPerDay + int64(dt.hour)*3600*usPerSec + int64(dt.minute)*usPerMin +
		int64(dt.second)*usPerSec + int64(dt.us)
}

// fromMicros is the DateTime of wall-time microseconds m since
// 0001-01-01T00:00 with off's offset, or ErrRange outside years 1-9999.
func fromMicros(m int64, like DateTime) (DateTime, error) {
	if m < 0 || m >= maxOrdinal*usPerDay {
		return DateTime{}, ErrRange
	}
	days, rest := m/usPerDay, m%usPerDay
	y, mo, d := ordToYMD(int(days) + 1)
	secs := rest / usPerSec
	return DateTime{year: uint16(y), month: uint8(mo), day: uint8(d),
		hour: uint8(secs / 3600), minute: uint8(secs / 60 % 60), second: uint8(secs % 60),
		us: uint32(rest % usPerSec), aware: like.aware, offset: like.offset}, nil
}

// Sub returns a - b in microseconds, as Python's a - b: two aware
// datetimes are compared as instants (each converted to UTC), two naive
// ones by their wall times; an aware and a naive one is Python's
// TypeError (ErrMixed). The result's magnitude is below 3.2e17.
func Sub(a, b DateTime) (int64, error) {
	if a.aware != b.aware {
		return 0, ErrMixed
	}
	return (a.micros() - a.offset) - (b.micros() - b.offset), nil
}

// Add returns dt + timedelta(microseconds=us), keeping dt's offset (the
// sum is on the wall time, as Python adds), or Python's OverflowError
// "date value out of range" (ErrRange) before year 1 or after 9999.
func Add(dt DateTime, us int64) (DateTime, error) {
	m := dt.micros()
	// Any |us| past the whole range of datetimes overflows; the test
	// keeps the sum from wrapping.
	if us >= maxOrdinal*usPerDay || us <= -maxOrdinal*usPerDay {
		return DateTime{}, ErrRange
	}
	return fromMicros(m+us, dt)
}

// FloorDiv returns delta // width for microseconds, as Python's
// timedelta // timedelta: floor division, negative widths included;
// a zero width is ErrZeroWidth (ZeroDivisionError: integer division or
// modulo by zero). delta // -1 of the smallest int64 cannot occur for a
// difference of datetimes; it is reported as ErrRange.
func FloorDiv(delta, width int64) (int64, error) {
	if width == 0 {
		return 0, ErrZeroWidth
	}
	if width == -1 && delta == -1<<63 {
		return 0, ErrRange
	}
	q := delta / width
	if r := delta % width; r != 0 && (r < 0) != (width < 0) {
		q--
	}
	return q, nil
}

// Bin is a value's time bin: Index = (dt - origin) // width, and its
// edges Lower = origin + Index*width and Upper = Lower + width, both in
// origin's offset.
type Bin struct {
	Index        int64
	Lower, Upper DateTime
}

// Bucket returns dt's bin of width microseconds from origin, computed as
// Python computes
//
//	idx = (dt - origin) // timedelta(microseconds=width)
//	lower = origin + idx * timedelta(microseconds=width)
//	upper = lower + timedelta(microseconds=width)
//
// with Python's errors in its order: ErrMixed for an aware dt and a naive
// origin or the reverse, ErrZeroWidth for a zero width, timedelta's
// OverflowError when idx * width leaves its range (only -1 times a width
// longer than 999999999 days: any other product is below twice dt -
// origin or is ±width), ErrRange when lower or upper falls outside years
// 1-9999. A negative width gives an upper edge below the lower one,
// as in Python. Index, Lower and Upper are also available on their own:
// Sub, FloorDiv, Edge.
func Bucket(dt, origin DateTime, width int64) (Bin, error) {
	delta, err := Sub(dt, origin)
	if err != nil {
		return Bin{}, err
	}
	idx, err := FloorDiv(delta, width)
	if err != nil {
		return Bin{}, err
	}
	lower, err := Edge(origin, idx, width)
	if err != nil {
		return Bin{Index: idx}, err
	}
	upper, err := Add(lower, width)
	if err != nil {
		return Bin{Index: idx, Lower: lower}, err
	}
	return Bin{Index: idx, Lower: lower, Upper: upper}, nil
}

// Edge returns origin + idx * timedelta(microseconds=width), the lower
// edge of bin idx, or ErrRange. The product is exact: one that passes
// int64 is far outside the range of datetimes. A width above MaxWidth
// stands for one longer than 999999999 days (see MaxWidth): for idx -1
// the product is Python's OverflowError, days=-1000000000; must have
// magnitude <= 999999999.
func Edge(origin DateTime, idx, width int64) (DateTime, error) {
	if width > MaxWidth && idx == -1 {
		return DateTime{}, errNegWidth
	}
	hi, lo := mul64(idx, width)
	if hi != int64(lo)>>63 { // the product does not fit an int64
		return DateTime{}, ErrRange
	}
	return Add(origin, int64(lo))
}

// mul64 returns the 128-bit product a*b as a high signed word and a low
// word.
func mul64(a, b int64) (hi int64, lo uint64) {
	neg := (a < 0) != (b < 0)
	ua, ub := uabs(a), uabs(b)
	h, l := mulU(ua, ub)
	if neg {
		l = ^l + 1
		h = ^h
		if l == 0 {
			h++
		}
	}
	return int64(h), l
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // -MinInt64 wraps to itself, which is its magnitude as uint64
	}
	return uint64(a)
}

// errNegWidth is timedelta's OverflowError for -1 * width when width is
// longer than 999999999 days (its negation is below -999999999 days).
var errNegWidth = pyerr.OverflowError("days=-1000000000; must have magnitude <= 999999999")

func mulU(a, b uint64) (hi, lo uint64) { return bits.Mul64(a, b) }
