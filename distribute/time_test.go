package distribute_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pydatetime"
)

const timeISONano = "2006-01-02T15:04:05.999999999Z07:00"

// TestTimeBucketTable: the expected buckets are python3 3.11.7's
// idx = (dt - o) // w, lower = o + idx*w, upper = lower + w.
func TestTimeBucketTable(t *testing.T) {
	ist := time.FixedZone("IST", 5*3600+1800)
	for _, c := range []struct {
		t, origin    time.Time
		width        time.Duration
		idx          int64
		lower, upper string
	}{
		{time.Date(2024, 3, 10, 12, 34, 56, 789e6, ist), distribute.Epoch(ist), 15 * time.Minute,
			1900082, "2024-03-10T12:30:00+05:30", "2024-03-10T12:45:00+05:30"},
		{time.Date(1, 1, 1, 0, 30, 0, 0, time.UTC), distribute.Epoch(time.UTC), 24 * time.Hour,
			-719162, "0001-01-01T00:00:00Z", "0001-01-02T00:00:00Z"},
		{time.Date(9999, 12, 30, 23, 59, 59, 999999e3, time.UTC), distribute.Epoch(time.UTC), 24 * time.Hour,
			2932895, "9999-12-30T00:00:00Z", "9999-12-31T00:00:00Z"},
		{time.Date(2024, 1, 1, 0, 30, 0, 0, time.UTC), distribute.Epoch(time.UTC), -time.Hour,
			-473353, "2024-01-01T01:00:00Z", "2024-01-01T00:00:00Z"},
		{time.Date(2024, 1, 1, 0, 30, 0, 0, time.UTC), time.Date(2024, 1, 1, 5, 0, 0, 0, time.UTC), 7 * 24 * time.Hour,
			-1, "2023-12-25T05:00:00Z", "2024-01-01T05:00:00Z"},
	} {
		e, err := distribute.TimeBucket(c.t, c.origin, c.width)
		if err != nil || e.Index != c.idx || e.Lower.Format(timeISONano) != c.lower || e.Upper.Format(timeISONano) != c.upper {
			t.Errorf("TimeBucket(%v, %v, %v) = %d %v %v, %v; want %d %s %s", c.t, c.origin, c.width,
				e.Index, e.Lower.Format(timeISONano), e.Upper.Format(timeISONano), err, c.idx, c.lower, c.upper)
		}
	}
}

// timeMaxTime and timeMinTime are the last and first instants of time.Time.
var (
	timeMaxTime = time.Unix(1<<63-1-62135596800, 999999999).UTC()
	timeMinTime = time.Unix(-1<<63, 0).UTC()
)

// TestTimeBucketErrors: a zero width, an index past int64 and an edge
// past time.Time are errors, never a panic or a wrapped value.
func TestTimeBucketErrors(t *testing.T) {
	utc := distribute.Epoch(time.UTC)
	far := time.Date(200_000_000_000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		t, origin time.Time
		width     time.Duration
		want      error
	}{
		{utc, utc, 0, distribute.ErrTimeZeroWidth},
		{time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), 1, distribute.ErrTimeIndexRange},
		{far, utc, math.MaxInt64, nil},
		{timeMaxTime, timeMaxTime, math.MaxInt64, distribute.ErrTimeRange},
		{timeMinTime, timeMinTime, math.MinInt64, distribute.ErrTimeRange},
	} {
		_, err := distribute.TimeBucket(c.t, c.origin, c.width)
		if c.want == nil {
			if err != nil {
				t.Errorf("TimeBucket(%v, %v, %v): %v", c.t, c.origin, c.width, err)
			}
			continue
		}
		if !errors.Is(err, c.want) {
			t.Errorf("TimeBucket(%v, %v, %v) = %v, want %v", c.t, c.origin, c.width, err, c.want)
		}
	}
}

// TestPropertyTimeBucketAgreesWithPython: on times of years 1-9999 with
// fixed offsets and widths of whole microseconds, TimeBucket gives the
// bucket pydatetime.Bucket computes as Python does, and the edges hold
// the time.
func TestPropertyTimeBucketAgreesWithPython(t *testing.T) {
	props := proptest.Properties(t, 20000)
	const span = 3652059 * 86400 * 1e6 // microseconds of years 1-9999
	year1 := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	micros := gen.OneGenOf(gen.Int64Range(0, span-1), gen.Int64Range(62135596800e6-1e13, 62135596800e6+1e13))
	offsets := gen.Int64Range(-86399, 86399)
	widths := gen.OneGenOf(gen.Int64Range(1, 1e7), gen.Int64Range(1, 400*86400e6), gen.Int64Range(-86400e6, -1),
		gen.Int64Range(1, math.MaxInt64/1000))
	props.Property("TimeBucket == pydatetime.Bucket", prop.ForAll(func(m, om, off, ooff, wus int64) bool {
		zone, ozone := time.FixedZone("", int(off)), time.FixedZone("", int(ooff))
		// Wall times m and om in their zones.
		tt := timeWall(year1, m, zone)
		ot := timeWall(year1, om, ozone)
		e, err := distribute.TimeBucket(tt, ot, time.Duration(wus)*time.Microsecond)
		b, perr := pydatetime.Bucket(timeToPy(t, tt), timeToPy(t, ot), wus)
		if perr != nil {
			// Python's edge is past year 9999 or before year 1: Go's
			// edges exist but lie outside that range.
			return errors.Is(perr, pydatetime.ErrRange) && err == nil &&
				(timeOutside(e.Lower) || timeOutside(e.Upper))
		}
		if err != nil || e.Index != b.Index || timeToPy(t, e.Lower) != b.Lower || timeToPy(t, e.Upper) != b.Upper {
			return false
		}
		if wus > 0 {
			return !tt.Before(e.Lower) && tt.Before(e.Upper)
		}
		return !tt.After(e.Lower) && tt.After(e.Upper)
	}, micros, micros, offsets, offsets, widths))
	props.TestingRun(t)
}

// timeWall is the time whose wall clock in zone reads m microseconds
// after 0001-01-01T00:00.
func timeWall(year1 time.Time, m int64, zone *time.Location) time.Time {
	days, rest := m/86400e6, m%86400e6
	d := year1.AddDate(0, 0, int(days))
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, zone).Add(time.Duration(rest) * time.Microsecond)
}

func timeOutside(t time.Time) bool { return t.Year() < 1 || t.Year() > 9999 }

// timeToPy is the aware pydatetime.DateTime of t (whole microseconds, a
// zone of whole seconds).
func timeToPy(t *testing.T, tt time.Time) pydatetime.DateTime {
	_, off := tt.Zone()
	dt, err := pydatetime.New(tt.Year(), int(tt.Month()), tt.Day(), tt.Hour(), tt.Minute(), tt.Second(), tt.Nanosecond()/1000)
	if err == nil {
		dt, err = dt.WithOffset(int64(off) * 1e6)
	}
	if err != nil {
		t.Fatalf("%v: %v", tt, err)
	}
	return dt
}
