package pydatetime_test

import (
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pydatetime"
)

// TimedeltaWidth of timedelta(days=D, microseconds=U) is what ParseWidth
// gives for the same width as text, saturations included, and, below
// them, python3 -c 'from datetime import timedelta as t; print(t(days=D, microseconds=U) // t(microseconds=1))'.
func TestTimedeltaWidth(t *testing.T) {
	for _, c := range []struct {
		days, us int64
		text     string
		want     int64 // 0: only compare with ParseWidth
	}{
		{0, 0, "0us", 0},
		{1, 5, "1d5us", 86400000005},
		{-1, 0, "-1d", -86400000000},
		{0, -1, "-1us", -1},
		{0, 90 * 60_000_000, "1h30m", 5400000000},
		{106751, 0, "106751d", 9223286400000000},
		{999999999, 0, "999999999d", 0},
		{999999999, 1, "999999999d1us", 0},
		{-999999999, 0, "-999999999d", 0},
		{53375, 0, "53375d", 4611600000000000},
		{53376, 0, "53376d", 0},
	} {
		td, err := convert.NewTimedelta(c.days, 0, c.us)
		if err != nil {
			t.Fatal(err)
		}
		got := pydatetime.TimedeltaWidth(td)
		want, err := pydatetime.ParseWidth(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if got != want || (c.want != 0 && got != c.want) {
			t.Errorf("TimedeltaWidth(days=%d, us=%d) = %d, ParseWidth(%q) = %d, python3 %d", c.days, c.us, got, c.text, want, c.want)
		}
	}
}
