package pydatetime

import (
	"unicode/utf8"
	"unsafe"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// Parse returns datetime.fromisoformat(text) as CPython 3.11.7's C
// implementation (Modules/_datetimemodule.c, datetime_fromisoformat)
// computes it. It accepts exactly what 3.11 accepts:
//
//   - a date: YYYY-MM-DD, YYYYMMDD, or an ISO week date YYYY-Www,
//     YYYYWww, YYYY-Www-D, YYYYWwwD (week 53 only in years that have it);
//     a date alone is midnight;
//   - then any one character as the separator (T, a space, a letter, a
//     digit, any non-ASCII character) and a time: HH, HH:MM, HHMM,
//     HH:MM:SS, HHMMSS, each optionally followed by '.' or ',' and one or
//     more digits of a fraction (the first six are kept, the rest
//     truncated);
//   - then optionally Z or an offset +HH, -HHMM, +HH:MM, +HH:MM:SS or
//     +HHMMSS with its own fraction: "+00:00" and "Z" are UTC, and an
//     offset of zero seconds with a fraction ("+00:00:00.5") is UTC too,
//     as 3.11 drops the fraction then.
//
// White space is not stripped, digits are ASCII only, and, as in C, a NUL
// character where the end of a time or an offset is expected ends it
// ("2024-01-01T12\x00" is noon). Texts 3.11 rejects give its ValueError:
// "Invalid isoformat string: '...'" with the text quoted as repr() quotes
// it (bounded as pyfmt.AppendQuoteBounded bounds a long value), or the
// message of the field out of range, in CPython's order: the offset
// ("offset must be a timedelta strictly between -timedelta(hours=24) and
// timedelta(hours=24), not datetime.timedelta(days=1)."), then year,
// month, day, hour, minute, second ("month must be in 1..12"). A byte of
// invalid UTF-8 is one character, as Python's surrogateescape decoding
// reads it: accepted as the separator (CPython replaces a lone surrogate
// there with T), rejected anywhere else.
//
// Parse allocates nothing unless it fails or its separator is a byte of
// invalid UTF-8.
func Parse[S ~string | ~[]byte](text S) (DateTime, error) {
	// The bytes are only read, and copied into any error message, so a
	// []byte is viewed as a string without a copy.
	return parseString(*(*string)(unsafe.Pointer(&text)))
}

func parseString(s string) (DateTime, error) {
	dt, err := parse(s)
	if err == errInvalid {
		return DateTime{}, invalidError(s)
	}
	return dt, err
}

// errInvalid marks a text fromisoformat calls invalid; parseString turns
// it into the message quoting the text.
var errInvalid = pyerr.ValueError("Invalid isoformat string")

func invalidError(s string) error {
	var buf [64]byte
	return pyerr.ValueError(string(pyfmt.AppendQuoteBounded(append(buf[:0], "Invalid isoformat string: "...), s)))
}

// cstr reads a string as C reads a NUL-terminated buffer: 0 past the end.
type cstr string

func (s cstr) at(i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

func isDigit(c byte) bool { return c-'0' < 10 }

// digits is CPython's parse_digits: n digits from i, or ok false.
func (s cstr) digits(i, n int) (v, next int, ok bool) {
	for k := 0; k < n; k++ {
		c := s.at(i)
		i++
		if !isDigit(c) {
			return 0, i, false
		}
		v = v*10 + int(c-'0')
	}
	return v, i, true
}

func parse(text string) (DateTime, error) {
	s, ok := sanitize(text)
	if !ok {
		return DateTime{}, errInvalid
	}
	sep := findSeparator(s)
	y, mo, d, rv := parseDate(s, sep)
	var h, mi, sec, us, tzoff, tzus int
	if rv == 0 && sep >= 0 && len(s) > sep {
		p := sep + 1
		if c := s[sep]; c&0x80 != 0 {
			switch c & 0xf0 {
			case 0xe0:
				p = sep + 3
			case 0xf0:
				p = sep + 4
			default:
				p = sep + 2
			}
		}
		h, mi, sec, us, tzoff, tzus, rv = parseTime(s, p, len(s))
	}
	if rv < 0 {
		return DateTime{}, errInvalid
	}
	var dt DateTime
	if rv == 1 && tzoff != 0 {
		off := int64(tzoff)*usPerSec + int64(tzus)
		if off <= -usPerDay || off >= usPerDay {
			return DateTime{}, offsetError(off)
		}
		dt.offset = off
	}
	if rv == 1 {
		dt.aware = 1
	}
	if err := checkDate(y, mo, d); err != nil {
		return DateTime{}, err
	}
	if err := checkTime(h, mi, sec, us); err != nil {
		return DateTime{}, err
	}
	dt.year, dt.month, dt.day = uint16(y), uint8(mo), uint8(d)
	dt.hour, dt.minute, dt.second, dt.us = uint8(h), uint8(mi), uint8(sec), uint32(us)
	return dt, nil
}

// sanitize returns the bytes CPython parses: text itself when it is valid
// UTF-8 of at least 7 characters; with a byte of invalid UTF-8 (a lone
// surrogate for Python) at character 7, 8 or 10 replaced by 'T' when
// that is the only invalid byte; ok false otherwise.
func sanitize(text string) (cstr, bool) {
	if utf8.ValidString(text) {
		if len(text) < 7 || (len(text) < 28 && utf8.RuneCountInString(text) < 7) {
			return "", false
		}
		return cstr(text), true
	}
	n := 0 // characters, an invalid byte counting as one
	bad := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 && bad < 0 && (n == 7 || n == 8 || n == 10) {
			bad = i
		}
		i += size
		n++
	}
	if n < 7 || bad < 0 {
		return "", false
	}
	// CPython replaces the first surrogate among characters 7, 8, 10 (in
	// that order, which is string order).
	b := []byte(text)
	b[bad] = 'T'
	if !utf8.Valid(b) {
		return "", false
	}
	return cstr(b), true
}

// findSeparator is CPython's _find_isoformat_datetime_separator on the
// UTF-8 bytes: the index where the date ends.
func findSeparator(s cstr) int {
	n := len(s)
	if n == 7 {
		return 7
	}
	if s.at(4) == '-' {
		if s.at(5) == 'W' {
			if n < 8 {
				return -1
			}
			if n > 8 && s.at(8) == '-' {
				if n == 9 {
					return -1
				}
				if n > 10 && isDigit(s.at(10)) {
					return 8
				}
				return 10
			}
			return 8
		}
		return 10
	}
	if s.at(4) == 'W' {
		idx := 7
		for ; idx < n; idx++ {
			if !isDigit(s[idx]) {
				break
			}
		}
		if idx < 9 {
			return idx
		}
		if idx%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

// parseDate is CPython's parse_isoformat_date: rv 0 on success. A
// negative sep (CPython passes it on as a huge size_t) means no limit.
func parseDate(s cstr, sep int) (y, m, d, rv int) {
	y, p, ok := s.digits(0, 4)
	if !ok {
		return 0, 0, 0, -1
	}
	usesSep := s.at(p) == '-'
	if usesSep {
		p++
	}
	if s.at(p) == 'W' {
		p++
		week, q, ok := s.digits(p, 2)
		if !ok {
			return 0, 0, 0, -3
		}
		p = q
		day := 1
		if sep < 0 || p < sep {
			if usesSep {
				c := s.at(p)
				p++
				if c != '-' {
					return 0, 0, 0, -2
				}
			}
			if day, _, ok = s.digits(p, 1); !ok {
				return 0, 0, 0, -4
			}
		}
		y, m, d, ok := isoToYMD(y, week, day)
		if !ok {
			return 0, 0, 0, -5
		}
		return y, m, d, 0
	}
	m, p, ok = s.digits(p, 2)
	if !ok {
		return 0, 0, 0, -1
	}
	if usesSep {
		c := s.at(p)
		p++
		if c != '-' {
			return 0, 0, 0, -2
		}
	}
	if d, _, ok = s.digits(p, 2); !ok {
		return 0, 0, 0, -1
	}
	return y, m, d, 0
}

// parseHMSF is CPython's parse_hh_mm_ss_ff on s[p:end] (reading on past
// end as C does, up to the terminating NUL): rv 0 at the end of the
// string, 1 if something follows, negative on failure.
func parseHMSF(s cstr, p, end int) (h, m, sec, us, rv int) {
	var vals [3]int
	hasSep := true
	i := 0
	for ; i < 3; i++ {
		v, q, ok := s.digits(p, 2)
		if !ok {
			return 0, 0, 0, 0, -3
		}
		vals[i] = v
		c := s.at(q)
		p = q + 1
		if i == 0 {
			hasSep = c == ':'
		}
		if p >= end {
			rv = 0
			if c != 0 {
				rv = 1
			}
			return vals[0], vals[1], vals[2], 0, rv
		} else if hasSep && c == ':' {
			continue
		} else if c == '.' || c == ',' {
			break
		} else if !hasSep {
			p--
		} else {
			return 0, 0, 0, 0, -4
		}
	}
	// Here p < end: at least one digit of fraction is required.
	toParse := min(end-p, 6)
	v, q, ok := s.digits(p, toParse)
	if !ok {
		return 0, 0, 0, 0, -3
	}
	for k := toParse; k < 6; k++ {
		v *= 10 // .5 is 500000 microseconds
	}
	p = q
	for isDigit(s.at(p)) {
		p++
	}
	rv = 0
	if s.at(p) != 0 {
		rv = 1
	}
	return vals[0], vals[1], vals[2], v, rv
}

// parseTime is CPython's parse_isoformat_time on s[p:end]: rv 0 for a
// naive time, 1 with an offset (tzoff seconds and tzus microseconds, both
// signed), negative on failure.
func parseTime(s cstr, p, end int) (h, m, sec, us, tzoff, tzus, rv int) {
	tz := p
	for {
		if c := s.at(tz); c == 'Z' || c == '+' || c == '-' {
			break
		}
		tz++
		if tz >= end {
			break
		}
	}
	h, m, sec, us, rv = parseHMSF(s, p, tz)
	if rv < 0 {
		return 0, 0, 0, 0, 0, 0, rv
	}
	if tz == end {
		if rv == 1 {
			return 0, 0, 0, 0, 0, 0, -5
		}
		return h, m, sec, us, 0, 0, 0
	}
	if s.at(tz) == 'Z' {
		if s.at(tz+1) != 0 {
			return 0, 0, 0, 0, 0, 0, -5
		}
		return h, m, sec, us, 0, 0, 1
	}
	sign := 1
	if s.at(tz) == '-' {
		sign = -1
	}
	th, tm, ts, tus, trv := parseHMSF(s, tz+1, end)
	if trv != 0 {
		return 0, 0, 0, 0, 0, 0, -5
	}
	return h, m, sec, us, sign * (th*3600 + tm*60 + ts), sign * tus, 1
}
