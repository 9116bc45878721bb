package pydatetime_test

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pydatetime"
)

// spanMicros is the microseconds from 0001-01-01T00:00 to 10000-01-01.
const spanMicros = 3652059 * 86400 * 1_000_000

var year1, _ = pydatetime.New(1, 1, 1, 0, 0, 0, 0)

// fromMicros is the naive datetime m microseconds after 0001-01-01.
func fromMicros(t *testing.T, m int64) pydatetime.DateTime {
	dt, err := pydatetime.Add(year1, m)
	if err != nil {
		t.Fatalf("Add(year 1, %d): %v", m, err)
	}
	return dt
}

// genMicros draws instants over the whole range, near its ends and near
// 1970.
func genMicros() gopter.Gen {
	return gen.OneGenOf(
		gen.Int64Range(0, spanMicros-1),
		gen.Int64Range(0, 1e12),
		gen.Int64Range(spanMicros-1e12, spanMicros-1),
		gen.Int64Range(62135596800000000-1e13, 62135596800000000+1e13),
	)
}

// genOffset draws a UTC offset in microseconds, or -1<<63 for naive.
func genOffset() gopter.Gen {
	return gen.OneGenOf(
		gen.Const(int64(-1<<63)),
		gen.Int64Range(-86400e6+1, 86400e6-1),
		gen.Int64Range(-24, 24).Map(func(h int64) int64 { return h * 1800e6 }),
	)
}

func withOffset(dt pydatetime.DateTime, off int64) pydatetime.DateTime {
	if off == -1<<63 {
		return dt
	}
	dt, _ = dt.WithOffset(off) // in range by construction
	return dt
}

// TestPropertyISORoundTrip: fromisoformat(dt.isoformat()) == dt, for
// every datetime and offset, except that 3.11 reads an offset of less
// than a second ("-00:00:00.000001") as UTC: it keeps an offset's
// fraction only when its whole seconds are not zero.
func TestPropertyISORoundTrip(t *testing.T) {
	props := proptest.Properties(t, 100000)
	props.Property("Parse(AppendISO(dt)) == dt", prop.ForAll(func(m, off int64) bool {
		dt := withOffset(fromMicros(t, m), off)
		want := dt
		if off != -1<<63 && off > -1e6 && off < 1e6 {
			want = withOffset(dt, 0)
		}
		back, err := pydatetime.Parse(pydatetime.AppendISO(nil, dt))
		return err == nil && back == want
	}, genMicros(), genOffset()))
	props.TestingRun(t)
}

// TestPropertyBucket: for a positive width, lower <= dt < upper, upper -
// lower is the width and lower - origin is idx * width; for a negative
// one, lower >= dt > upper; the only failure is an edge out of range.
func TestPropertyBucket(t *testing.T) {
	props := proptest.Properties(t, 100000)
	widths := gen.OneGenOf(
		gen.Int64Range(1, 1e6),
		gen.Int64Range(1, 400*86400e6),
		gen.Int64Range(1, spanMicros),
		gen.Int64Range(-400*86400e6, -1),
	)
	props.Property("bins hold their values", prop.ForAll(func(m, om, off, ooff, w int64) bool {
		dt := withOffset(fromMicros(t, m), off)
		if (ooff == -1<<63) != (off == -1<<63) {
			ooff = off // same awareness; mixtures are checked below
		}
		origin := withOffset(fromMicros(t, om), ooff)
		b, err := pydatetime.Bucket(dt, origin, w)
		if err != nil {
			return errors.Is(err, pydatetime.ErrRange)
		}
		lo, _ := pydatetime.Sub(dt, b.Lower)
		hi, _ := pydatetime.Sub(b.Upper, dt)
		span, _ := pydatetime.Sub(b.Upper, b.Lower)
		fromOrigin, _ := pydatetime.Sub(b.Lower, origin)
		if w > 0 && (lo < 0 || hi <= 0) || w < 0 && (lo > 0 || hi >= 0) {
			return false
		}
		return span == w && fromOrigin == b.Index*w
	}, genMicros(), genMicros(), genOffset(), genOffset(), widths))
	props.Property("aware and naive do not mix", prop.ForAll(func(m, om, off int64) bool {
		if off == -1<<63 {
			off = 0
		}
		aware := withOffset(fromMicros(t, m), off)
		naive := fromMicros(t, om)
		_, err1 := pydatetime.Bucket(aware, naive, 1)
		_, err2 := pydatetime.Bucket(naive, aware, 1)
		return errors.Is(err1, pydatetime.ErrMixed) && errors.Is(err2, pydatetime.ErrMixed)
	}, genMicros(), genMicros(), genOffset()))
	props.TestingRun(t)
}
