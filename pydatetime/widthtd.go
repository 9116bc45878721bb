package pydatetime

import "github.com/pyround/pyround/convert"

// TimedeltaWidth returns td as a bin width in microseconds, saturated at
// ±MaxWidth as ParseWidth saturates the widths it reads (a width longer
// than 999999999 days is MaxWidth+1), so that a width from a typed
// timedelta bins exactly as the same width read from text.
func TimedeltaWidth(td convert.Timedelta) int64 {
	sec, us := td.FloorSeconds()
	if sec >= MaxWidth/usPerSec || sec < -MaxWidth/usPerSec {
		switch {
		case sec < 0:
			return -MaxWidth
		case sec > maxDeltaDays*86400 || (sec == maxDeltaDays*86400 && us > 0):
			return MaxWidth + 1
		}
		return MaxWidth
	}
	return sec*usPerSec + int64(us)
}
