package distribute

import (
	"math/bits"
	"time"

	"github.com/pyround/pyround/pyerr"
)

// TimeEdges is a time's bucket: Index = floor((t - origin) / width), and
// its edges Lower = origin + Index*width and Upper = Lower + width, in
// origin's location.
type TimeEdges struct {
	Index        int64
	Lower, Upper time.Time
}

// Errors of TimeBucket.
var (
	// ErrTimeZeroWidth is Python's error for timedelta // timedelta(0).
	ErrTimeZeroWidth = pyerr.ZeroDivisionError("integer division or modulo by zero")
	// ErrTimeIndexRange is TimeBucket's error for an index past int64, which
	// takes a span of more than 292 years in buckets of a nanosecond.
	ErrTimeIndexRange = pyerr.OverflowError("bucket index does not fit in int64")
	// ErrTimeRange is TimeBucket's error for an edge outside the range of
	// time.Time (int64 seconds from year 1: some 292 billion years away).
	ErrTimeRange = pyerr.OverflowError("time value out of range")
)

// Epoch returns 1970-01-01 00:00:00 wall time in loc: the origin Python's
// bins use by default for a value with loc's offset,
// datetime(1970, 1, 1, tzinfo=dt.tzinfo).
func Epoch(loc *time.Location) time.Time {
	return time.Date(1970, 1, 1, 0, 0, 0, 0, loc)
}

// TimeBucket returns t's bucket of the given width from origin, to the
// nanosecond, with Python's floor semantics:
//
//	idx = (t - origin) // width
//	lower = origin + idx * width
//	upper = lower + width
//
// The arithmetic is exact on elapsed time (instants, not wall clocks; a
// monotonic clock reading is ignored), in 128 bits, so spans far past the
// 292 years of a time.Duration are fine: TimeBucket(t, Epoch(time.UTC),
// 24*time.Hour) buckets year 1 and year 9999 alike. In a zone with
// daylight saving time a bucket of a day from local midnight therefore
// runs from 23:00 to 23:00 local in summer; bucket in UTC or a
// time.FixedZone for wall-clock days.
//
// A negative width works as Python's does: the bucket runs downward,
// Lower >= t > Upper. A zero width is ErrTimeZeroWidth; an index past int64
// is ErrTimeIndexRange; an edge outside the range of time.Time is
// ErrTimeRange. t and origin themselves must be within that range (any
// time.Date of a year within ±292 billion). TimeBucket never panics.
func TimeBucket(t, origin time.Time, width time.Duration) (TimeEdges, error) {
	if width == 0 {
		return TimeEdges{}, ErrTimeZeroWidth
	}
	d := timeNanos(t).sub(timeNanos(origin))
	idx, ok := d.floorDiv(int64(width))
	if !ok {
		return TimeEdges{}, ErrTimeIndexRange
	}
	lower, ok := timeAddNanos(origin, timeMul(idx, int64(width)))
	if !ok {
		return TimeEdges{Index: idx}, ErrTimeRange
	}
	upper, ok := timeAddNanos(lower, timeMul(1, int64(width)))
	if !ok {
		return TimeEdges{Index: idx, Lower: lower}, ErrTimeRange
	}
	return TimeEdges{Index: idx, Lower: lower, Upper: upper}, nil
}

// timeInt128 is a signed 128-bit integer in two's complement.
type timeInt128 struct {
	hi int64
	lo uint64
}

func (a timeInt128) neg() timeInt128 {
	lo, borrow := bits.Sub64(0, a.lo, 0)
	hi, _ := bits.Sub64(0, uint64(a.hi), borrow)
	return timeInt128{int64(hi), lo}
}

func (a timeInt128) add(b timeInt128) timeInt128 {
	lo, carry := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(uint64(a.hi), uint64(b.hi), carry)
	return timeInt128{int64(hi), lo}
}

func (a timeInt128) sub(b timeInt128) timeInt128 { return a.add(b.neg()) }

// timeMul returns a*b exactly.
func timeMul(a, b int64) timeInt128 {
	hi, lo := bits.Mul64(timeUabs(a), timeUabs(b))
	p := timeInt128{int64(hi), lo}
	if (a < 0) != (b < 0) {
		p = p.neg()
	}
	return p
}

func timeUabs(a int64) uint64 {
	if a < 0 {
		return -uint64(a)
	}
	return uint64(a)
}

// timeNanos returns t's Unix time in nanoseconds.
func timeNanos(t time.Time) timeInt128 {
	return timeMul(t.Unix(), 1e9).add(timeInt128{0, uint64(t.Nanosecond())})
}

// floorDiv returns floor(a / d) for d != 0, and whether it fits an int64.
// |a| < 2**127 here (a difference of two values below 2**126).
func (a timeInt128) floorDiv(d int64) (int64, bool) {
	neg := a.hi < 0
	m := a
	if neg {
		m = m.neg()
	}
	ud := timeUabs(d)
	// Magnitude division: (hi, lo) / ud in two steps.
	qhi := uint64(m.hi) / ud
	r := uint64(m.hi) % ud
	qlo, r := bits.Div64(r, m.lo, ud)
	q := timeInt128{int64(qhi), qlo}
	// Sign and floor: the true quotient is negative when the signs of a
	// and d differ; then round a non-zero remainder away from zero.
	if neg != (d < 0) {
		q = q.neg()
		if r != 0 {
			q = q.add(timeInt128{-1, ^uint64(0)})
		}
	}
	if q.hi != int64(q.lo)>>63 {
		return 0, false
	}
	return int64(q.lo), true
}

// timeAddNanos returns t + n nanoseconds in t's location, or false when the
// result is outside the range of time.Time.
func timeAddNanos(t time.Time, n timeInt128) (time.Time, bool) {
	// Split n into seconds (floor) and nanoseconds in [0, 1e9).
	sec, ok := n.floorDiv(1e9)
	if !ok {
		return time.Time{}, false
	}
	ns := int64(n.sub(timeMul(sec, 1e9)).lo) // in [0, 1e9)
	base := t.Unix()
	s, overflow := timeAddInt64(base, sec)
	if !overflow {
		ns += int64(t.Nanosecond())
		if ns >= 1e9 {
			ns -= 1e9
			s, overflow = timeAddInt64(s, 1)
		}
	}
	if overflow || s > timeMaxUnix {
		return time.Time{}, false
	}
	return time.Unix(s, ns).In(t.Location()), true
}

// timeMaxUnix is the largest Unix second of a time.Time, which counts int64
// seconds from year 1 (time.Unix would wrap past it).
const timeMaxUnix = 1<<63 - 1 - 62135596800

// timeAddInt64 returns a+b and whether it overflowed.
func timeAddInt64(a, b int64) (int64, bool) {
	s := a + b
	return s, (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0)
}
