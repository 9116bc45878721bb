package fuzz

import (
	"errors"
	"testing"
	"time"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pydatetime"
)

// FuzzTimeBinOracle checks pydatetime.Parse (datetime.fromisoformat) and
// pyops.TimeBin (`pyround bin` on timestamps) against CPython on fuzzed
// texts, widths and origins: never a panic, only Python errors, an
// isoformat() that reads back, and Python's answer for every input that
// can travel to the oracle, so Parse never accepts what 3.11 rejects.
func FuzzTimeBinOracle(f *testing.F) {
	for _, c := range [][3]string{
		{"2024-03-10T12:34:56.789+05:30", "15m", ""},
		{"2024-W10-7 12:00Z", "1h30m", "2024-01-01T00:00Z"},
		{"20240310T1234", "90", "1970-01-01"},
		{"2024-01-01T12:30:45.1234567891+01", "-1h", ""},
		{"0000-W52-7", "0.0000025", ""},
		{"9999-12-31T23:59:59.999999-23:59:59.999999", "999999999d1us", ""},
		{"2024-01-01T12\x00", "0s", ""},
		{"2020W5371230", "1e-7", "0001-01-01"},
		{"2024-01-01T12+24:00", "nan", ""},
		{"1234567", "5x", "bad"},
	} {
		for sel := uint8(0); sel < 3; sel++ {
			f.Add(c[0], c[1], c[2], sel)
		}
	}
	labels := [3]string{"lower", "index", "range"}
	f.Fuzz(func(t *testing.T, text, width, origin string, sel uint8) {
		if len(text) > 400 || len(width) > 400 || len(origin) > 400 {
			return
		}
		var iso, got string
		args := []string{width, origin, labels[int(sel)%3], text}
		bounded(t, 2*time.Second, "bintime", func() {
			dt, err := pydatetime.Parse(text)
			if !isPyErr(err) {
				t.Fatalf("Parse(%q): non-Python error %T %v", text, err, err)
			}
			if err == nil {
				b := pydatetime.AppendISO(nil, dt)
				if len(b) > 42 {
					t.Fatalf("isoformat %q longer than 42 bytes", b)
				}
				back, err := pydatetime.Parse(b)
				if off, aware := dt.Offset(); err != nil || (back != dt && !(aware && off > -1e6 && off < 1e6)) {
					t.Fatalf("Parse(%q) = %v, %v; want %v", b, back, err, dt)
				}
				iso = string(b)
			} else {
				iso = "!" + err.Error()
			}
			if _, err := pydatetime.ParseWidth(width); !isPyErr(err) {
				t.Fatalf("ParseWidth(%q): non-Python error %T %v", width, err, err)
			}
			got = evalOp(t, "bintime", args)
		})
		differ(t, "fromisoformat", []string{text}, iso)
		differ(t, "bintime", args, got)
	})
}

// FuzzTimeBucket feeds any instants and widths to distribute.TimeBucket:
// no panic, only its documented errors, and every bucket holds its time.
func FuzzTimeBucket(f *testing.F) {
	f.Add(int64(1710054296), int64(0), int64(0), int64(0), int64(15*time.Minute))
	f.Add(int64(-62135596800), int64(0), int64(0), int64(0), int64(24*time.Hour))
	f.Add(int64(1<<63-1-62135596800), int64(999999999), int64(1<<63-1-62135596800), int64(0), int64(1<<63-1))
	f.Add(int64(-1<<63), int64(0), int64(0), int64(1), int64(-1<<63))
	f.Add(int64(0), int64(0), int64(0), int64(0), int64(0))
	f.Fuzz(func(t *testing.T, sec, nsec, osec, onsec, width int64) {
		if sec > 1<<63-1-62135596800 || osec > 1<<63-1-62135596800 {
			return // past time.Time: time.Unix itself wraps
		}
		tt := time.Unix(sec, nsec%1e9).UTC()
		ot := time.Unix(osec, onsec%1e9).UTC()
		e, err := distribute.TimeBucket(tt, ot, time.Duration(width))
		switch {
		case err == nil:
		case errors.Is(err, distribute.ErrTimeZeroWidth) && width == 0,
			errors.Is(err, distribute.ErrTimeIndexRange), errors.Is(err, distribute.ErrTimeRange):
			return
		default:
			t.Fatalf("TimeBucket: %v", err)
		}
		if width > 0 && (tt.Before(e.Lower) || !tt.Before(e.Upper)) || width < 0 && (tt.After(e.Lower) || !tt.After(e.Upper)) {
			t.Fatalf("TimeBucket(%v, %v, %d) = %d [%v, %v)", tt, ot, width, e.Index, e.Lower, e.Upper)
		}
	})
}
