package convert

import (
	"math/big"
	"strings"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// HMSFormat selects the text form of a duration.
type HMSFormat uint8

const (
	// Python is str(datetime.timedelta): "1:02:03", "1 day, 0:00:01",
	// "-1 day, 23:59:59" for -1 second, "0:00:00.500000". Hours are not
	// padded; microseconds appear (6 digits) only when nonzero.
	Python HMSFormat = iota
	// Compact is "1h 2m 3s": the units d, h, m and s from the largest
	// nonzero one down to seconds ("1d 0h 0m 1s", "2m 0s"), each an
	// integer except seconds, which carry the microseconds as a fraction
	// without trailing zeros ("0.5s", "1m 1.25s"). A negative duration is
	// "-" and the form of its absolute value ("-1s"); zero is "0s".
	Compact
	// ISO is an ISO 8601 duration with days as the largest unit (a day
	// is 86400 seconds): "PT1H2M3S", "P1DT1S", "P2D", "PT0.5S"; zero is
	// "PT0S". Zero components are left out. A negative duration is "-"
	// and the form of its absolute value ("-PT1S"), as ISO 8601-2 and
	// XML Schema write it.
	ISO
)

var hmsFormatNames = [...]string{Python: "python", Compact: "compact", ISO: "iso"}

// String returns "python", "compact" or "iso".
func (f HMSFormat) String() string {
	if int(f) < len(hmsFormatNames) {
		return hmsFormatNames[f]
	}
	return "HMSFormat(" + itoa(int64(f)) + ")"
}

// ParseHMSFormat returns the format named s ("python", "compact" or
// "iso", in any case), or a ValueError naming the valid ones.
func ParseHMSFormat(s string) (HMSFormat, error) {
	for i, n := range hmsFormatNames {
		if strings.EqualFold(s, n) {
			return HMSFormat(i), nil
		}
	}
	return 0, pyerr.ValueError("unknown duration format " + pyfmt.QuoteBounded(s) + "; valid formats: python, compact, iso")
}

func itoa(x int64) string { return string(pyfmt.AppendInt(nil, x)) }

// abs returns the magnitude of t as days, h, m, s, us and whether t is
// negative.
func (t Timedelta) abs() (neg bool, d, h, m, s, us int64) {
	sec, u := t.FloorSeconds()
	us = int64(u)
	if sec < 0 {
		neg = true
		if us > 0 {
			sec, us = -(sec + 1), microsPerSec-us
		} else {
			sec = -sec
		}
	}
	d, sec = sec/secondsPerDay, sec%secondsPerDay
	return neg, d, sec / 3600, sec / 60 % 60, sec % 60, us
}

func append2(dst []byte, v int64) []byte {
	return append(dst, byte('0'+v/10), byte('0'+v%10))
}

// appendFrac appends "." and the microseconds without trailing zeros,
// nothing for 0.
func appendFrac(dst []byte, us int64) []byte {
	if us == 0 {
		return dst
	}
	var b [6]byte
	for i := 5; i >= 0; i-- {
		b[i] = byte('0' + us%10)
		us /= 10
	}
	n := 6
	for b[n-1] == '0' {
		n--
	}
	return append(append(dst, '.'), b[:n]...)
}

// AppendFormat appends the text of t in format f (an unknown f is
// Python) and returns the extended buffer; it allocates nothing when dst
// has room (at most 40 bytes).
func (t Timedelta) AppendFormat(dst []byte, f HMSFormat) []byte {
	switch f {
	case Compact:
		neg, d, h, m, s, us := t.abs()
		if neg {
			dst = append(dst, '-')
		}
		switch {
		case d > 0:
			dst = append(pyfmt.AppendInt(dst, d), "d "...)
			fallthrough
		case h > 0:
			dst = append(pyfmt.AppendInt(dst, h), "h "...)
			fallthrough
		case m > 0:
			dst = append(pyfmt.AppendInt(dst, m), "m "...)
		}
		return append(appendFrac(pyfmt.AppendInt(dst, s), us), 's')
	case ISO:
		neg, d, h, m, s, us := t.abs()
		if neg {
			dst = append(dst, '-')
		}
		dst = append(dst, 'P')
		if d > 0 {
			dst = append(pyfmt.AppendInt(dst, d), 'D')
		}
		if h|m|s|us == 0 {
			if d == 0 {
				dst = append(dst, "T0S"...)
			}
			return dst
		}
		dst = append(dst, 'T')
		if h > 0 {
			dst = append(pyfmt.AppendInt(dst, h), 'H')
		}
		if m > 0 {
			dst = append(pyfmt.AppendInt(dst, m), 'M')
		}
		if s|us != 0 {
			dst = append(appendFrac(pyfmt.AppendInt(dst, s), us), 'S')
		}
		return dst
	}
	// Python: timedelta.__str__
	if t.days != 0 {
		dst = append(pyfmt.AppendInt(dst, t.days), " day"...)
		if t.days != 1 && t.days != -1 {
			dst = append(dst, 's')
		}
		dst = append(dst, ", "...)
	}
	s := int64(t.secs)
	dst = pyfmt.AppendInt(dst, s/3600)
	dst = append2(append(dst, ':'), s/60%60)
	dst = append2(append(dst, ':'), s%60)
	if t.us != 0 {
		u := int64(t.us)
		dst = append(dst, '.')
		dst = append2(dst, u/10000)
		dst = append2(dst, u/100%100)
		dst = append2(dst, u%100)
	}
	return dst
}

// Format returns the text of t in format f.
func (t Timedelta) Format(f HMSFormat) string {
	var buf [48]byte
	return string(t.AppendFormat(buf[:0], f))
}

// String returns str(timedelta) as Python prints it ("-1 day, 23:59:59").
func (t Timedelta) String() string { return t.Format(Python) }

// AppendHMS appends the text of timedelta(seconds=seconds) in format f:
// AppendHMS(dst, -1, Python) appends "-1 day, 23:59:59". It allocates
// nothing when dst has room. Errors are NewTimedeltaSeconds's, and dst is
// then returned unchanged.
func AppendHMS(dst []byte, seconds int64, f HMSFormat) ([]byte, error) {
	t, err := NewTimedeltaSeconds(seconds)
	if err != nil {
		return dst, err
	}
	return t.AppendFormat(dst, f), nil
}

// AppendHMSFloat is AppendHMS for float seconds, rounded to microseconds
// as NewTimedeltaFloat rounds them; it allocates nothing when dst has
// room.
func AppendHMSFloat(dst []byte, seconds float64, f HMSFormat) ([]byte, error) {
	t, err := NewTimedeltaFloat(seconds)
	if err != nil {
		return dst, err
	}
	return t.AppendFormat(dst, f), nil
}

// HMS returns the text of timedelta(seconds=seconds) in format f: HMS(3723,
// Python) is "1:02:03", HMS(3723, Compact) "1h 2m 3s", HMS(3723, ISO)
// "PT1H2M3S". Errors are NewTimedeltaSeconds's.
func HMS(seconds int64, f HMSFormat) (string, error) {
	t, err := NewTimedeltaSeconds(seconds)
	if err != nil {
		return "", err
	}
	return t.Format(f), nil
}

// HMSFloat is HMS for float seconds (see NewTimedeltaFloat): HMSFloat(0.5,
// Python) is "0:00:00.500000".
func HMSFloat(seconds float64, f HMSFormat) (string, error) {
	t, err := NewTimedeltaFloat(seconds)
	if err != nil {
		return "", err
	}
	return t.Format(f), nil
}

// HMSBig is HMS for integer seconds of any size.
func HMSBig(seconds *big.Int, f HMSFormat) (string, error) {
	t, err := NewTimedeltaBig(seconds)
	if err != nil {
		return "", err
	}
	return t.Format(f), nil
}

// HMSDecimal is HMS for decimal seconds, rounded half-even to
// microseconds (see NewTimedeltaDecimal).
func HMSDecimal(seconds decimal.Decimal, f HMSFormat) (string, error) {
	t, err := NewTimedeltaDecimal(seconds)
	if err != nil {
		return "", err
	}
	return t.Format(f), nil
}
