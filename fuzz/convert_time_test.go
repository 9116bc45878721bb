package fuzz

import (
	"math"
	"testing"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
)

// isPyErr reports whether err is nil or a *pyerr.Error.
func isPyErr(err error) bool {
	_, ok := err.(*pyerr.Error)
	return err == nil || ok
}

// roundTrips checks that td prints and parses back in every format,
// and that the fields are normalized as timedelta's.
func roundTrips(t *testing.T, td convert.Timedelta) {
	if d := td.Days(); d < -convert.MaxDays || d > convert.MaxDays || td.Seconds() < 0 || td.Seconds() >= 86400 ||
		td.Microseconds() < 0 || td.Microseconds() >= 1e6 {
		t.Fatalf("unnormalized %d %d %d", td.Days(), td.Seconds(), td.Microseconds())
	}
	for f := convert.Python; f <= convert.ISO; f++ {
		s := td.Format(f)
		if back, err := f.Parse(s); err != nil || back != td {
			t.Fatalf("%v: %q parses to %v, %v", f, s, back, err)
		}
		if back, err := convert.ParseHMS(s); err != nil || back != td {
			t.Fatalf("ParseHMS(%q) = %v, %v", s, back, err)
		}
	}
}

// FuzzHMS feeds any text, integer and float to the duration
// constructors and parsers: no panic, only Python-style errors, and every
// duration made round-trips through all three formats.
func FuzzHMS(f *testing.F) {
	f.Add("1 day, 0:00:01", int64(-1), math.Float64bits(0.5))
	f.Add("-PT1H2M3.5S", int64(86400000000000), math.Float64bits(2.5e-6))
	f.Add("1d 0h 0m 1.25s", int64(math.MinInt64), math.Float64bits(math.NaN()))
	f.Add("86399999999999.9999995", int64(-86399999913600), math.Float64bits(-8.64e13))
	f.Add("1E+999999999", int64(185542587187200), math.Float64bits(math.Inf(-1)))
	f.Fuzz(func(t *testing.T, text string, secs int64, xbits uint64) {
		x := math.Float64frombits(xbits)
		for _, mk := range []func() (convert.Timedelta, error){
			func() (convert.Timedelta, error) { return convert.NewTimedeltaSeconds(secs) },
			func() (convert.Timedelta, error) { return convert.NewTimedeltaFloat(x) },
			func() (convert.Timedelta, error) { return convert.NewTimedeltaDecimalText(text) },
			func() (convert.Timedelta, error) { return convert.ParseHMS(text) },
			func() (convert.Timedelta, error) { return convert.Python.Parse(text) },
			func() (convert.Timedelta, error) { return convert.Compact.Parse(text) },
			func() (convert.Timedelta, error) { return convert.ISO.Parse(text) },
		} {
			td, err := mk()
			if !isPyErr(err) {
				t.Fatalf("non-Python error %T %v", err, err)
			}
			if err == nil {
				roundTrips(t, td)
			}
		}
		// int seconds are exact: the duration holds them.
		if td, err := convert.NewTimedeltaSeconds(secs); err == nil {
			if s, us := td.FloorSeconds(); s != secs || us != 0 {
				t.Fatalf("%d seconds became %d s %d us", secs, s, us)
			}
		} else if secs >= -86400*convert.MaxDays && secs < 86400*(convert.MaxDays+1) {
			t.Fatalf("%d seconds: %v", secs, err)
		}
		// float seconds land within half a microsecond (plus the
		// product's rounding) of the value.
		if td, err := convert.NewTimedeltaFloat(x); err == nil {
			s, us := td.FloorSeconds()
			if d := math.Abs((float64(s) - x) + float64(us)*1e-6); d > 5e-7+math.Abs(x)*1e-15 {
				t.Fatalf("%v seconds became %d s %d us", x, s, us)
			}
		}
	})
}

// FuzzAge checks Age on any pair of y/m/d: no panic, errors only for
// dates Python's date() refuses or birth after the reference, and an
// age consistent with the years between the dates.
func FuzzAge(f *testing.F) {
	f.Add(2000, 2, 29, 2001, 2, 28, 42)
	f.Add(1, 1, 1, 9999, 12, 31, -1)
	f.Add(2025, 13, 1, 0, 0, 0, math.MaxInt)
	f.Fuzz(func(t *testing.T, by, bm, bd, oy, om, od, age int) {
		b := convert.Date{Year: by, Month: time.Month(bm), Day: bd}
		o := convert.Date{Year: oy, Month: time.Month(om), Day: od}
		a, err := convert.Age(b, o)
		if !isPyErr(err) {
			t.Fatal(err)
		}
		valid := b.Validate() == nil && o.Validate() == nil
		if err == nil {
			if !valid || a < 0 || a != oy-by && a != oy-by-1 {
				t.Fatalf("Age(%v, %v) = %d", b, o, a)
			}
			if s := b.String(); len(s) == 10 {
				if back, err := convert.ParseDate(s); err != nil || back != b {
					t.Fatalf("ParseDate(%q) = %v, %v", s, back, err)
				}
			}
		} else if valid && (oy > by || (oy == by && (om > bm || om == bm && od >= bd))) {
			t.Fatalf("Age(%v, %v): %v", b, o, err)
		}
		d, y, err := convert.AgeDecades(age)
		if (err != nil) != (age < 0) || (err == nil && (d*10+y != age || y < 0 || y > 9)) {
			t.Fatalf("AgeDecades(%d) = %d, %d, %v", age, d, y, err)
		}
	})
}

// FuzzPages checks pagination on any integers: no panic, the page lies
// in range and holds the right items, and the link window is well formed.
func FuzzPages(f *testing.F) {
	f.Add(int64(95), int64(10), int64(3), 2, int64(94))
	f.Add(int64(0), int64(10), int64(1), 0, int64(0))
	f.Add(int64(math.MaxInt64), int64(1), int64(math.MaxInt64), 3, int64(math.MaxInt64))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), int64(2), math.MaxInt, int64(-1))
	f.Fuzz(func(t *testing.T, total, per, page int64, around int, index int64) {
		for _, mode := range []convert.OutOfRange{convert.Clamp, convert.Reject} {
			p, err := convert.Paginate(total, per, page, mode)
			if !isPyErr(err) {
				t.Fatal(err)
			}
			if err != nil {
				if per > 0 && total >= 0 && mode == convert.Clamp {
					t.Fatalf("clamped page %d of %d/%d: %v", page, total, per, err)
				}
				continue
			}
			if p.Number < 1 || p.Number > p.LastPage() || p.Offset < 0 || p.Limit < 0 || p.Limit > per ||
				p.Offset+p.Limit > total || (p.Limit == 0) != (total == 0) {
				t.Fatalf("Paginate(%d, %d, %d) = %+v", total, per, page, p)
			}
			_ = p.Showing()
			links, err := convert.Window(p.Number, p.Pages, around)
			if !isPyErr(err) {
				t.Fatal(err)
			}
			prev, current := int64(0), 0
			for _, l := range links {
				if l.Ellipsis {
					continue
				}
				if l.Number <= prev || l.Number > p.LastPage() {
					t.Fatalf("window %v", links)
				}
				if l.Current {
					current++
				}
				prev = l.Number
			}
			if err == nil && (current != 1 || prev != p.LastPage()) {
				t.Fatalf("window %v of page %d/%d", links, p.Number, p.Pages)
			}
		}
		if n, err := convert.PageOf(index, per); err == nil && (n < 1 || (n-1) > index/per) {
			t.Fatalf("PageOf(%d, %d) = %d", index, per, n)
		}
	})
}
