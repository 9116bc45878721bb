package records

import (
	"bytes"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxJSONDepth bounds the nesting of arrays and objects in a JSONL line.
const maxJSONDepth = 10000

// jsonMember is the value a probe addresses in a JSON line.
type jsonMember struct {
	start, end int  // the value's bytes in the line
	found      bool // the value is there
}

// jsonError is a syntax error at a byte offset of the line.
type jsonError struct {
	off int
	msg string
}

func (e *jsonError) Error() string {
	return "invalid JSON: " + e.msg + " at byte " + strconv.Itoa(e.off+1)
}

// jsonScanner validates JSON text and finds the values of paths in it,
// without decoding anything but the keys on those paths.
type jsonScanner struct {
	b       []byte
	i       int
	key     []byte // scratch for decoded keys
	probes  []jsonProbe
	members []jsonMember
	act     []int // a stack of probe indexes, one run per open container on a path
}

// scanObject validates line as one JSON object (surrounded by optional
// white space) and fills members[k] with the value probes[k] addresses:
// the last occurrence where a key repeats, at every level, as json.loads
// keeps it; found is false when the path leads nowhere.
func (s *jsonScanner) scanObject(line []byte, probes []jsonProbe, members []jsonMember) error {
	s.b, s.i = line, 0
	s.probes, s.members = probes, members
	for k := range members {
		members[k] = jsonMember{}
	}
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != '{' {
		return s.fail("want an object")
	}
	s.act = s.act[:0]
	for k := range probes {
		s.act = append(s.act, k)
	}
	if err := s.container(0, 0, s.act); err != nil {
		return err
	}
	s.ws()
	if s.i != len(s.b) {
		return s.fail("extra data after the object")
	}
	return nil
}

func (s *jsonScanner) fail(msg string) error {
	if s.i >= len(s.b) {
		msg = "unexpected end of line: " + msg
	}
	return &jsonError{s.i, msg}
}

func (s *jsonScanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// value skips one JSON value.
func (s *jsonScanner) value(depth int) error {
	if s.i >= len(s.b) {
		return s.fail("want a value")
	}
	switch c := s.b[s.i]; {
	case c == '"':
		return s.str()
	case c == '-' || c >= '0' && c <= '9':
		n := jsonNumberLen(s.b[s.i:])
		if n == 0 {
			return s.fail("bad number")
		}
		s.i += n
		return nil
	case c == 't':
		return s.lit("true")
	case c == 'f':
		return s.lit("false")
	case c == 'n':
		return s.lit("null")
	case c == '[' || c == '{':
		return s.container(depth, 0, nil)
	}
	return s.fail("want a value")
}

// container scans the object or array at s.i, nested depth deep (the
// top-level object is 0). act lists the probes whose paths lead into it,
// which it has consumed pd segments of: a member or element their next
// segment names is where they end (its span is recorded) or go on.
func (s *jsonScanner) container(depth, pd int, act []int) error {
	if depth >= maxJSONDepth {
		return s.fail("nesting too deep")
	}
	c := s.b[s.i]
	s.i++
	s.ws()
	closer := byte(']')
	if c == '{' {
		closer = '}'
	}
	if s.i < len(s.b) && s.b[s.i] == closer {
		s.i++
		return nil
	}
	for idx := 0; ; idx++ {
		s.ws()
		var key []byte
		if c == '{' {
			ks := s.i
			if err := s.str(); err != nil {
				return err
			}
			if len(act) > 0 {
				key = s.b[ks+1 : s.i-1]
				if bytes.IndexByte(key, '\\') >= 0 {
					s.key = appendJSONString(s.key[:0], key)
					key = s.key
				}
			}
			s.ws()
			if s.i >= len(s.b) || s.b[s.i] != ':' {
				return s.fail("want ':'")
			}
			s.i++
			s.ws()
		}
		// The probes that address this member or element: a later
		// occurrence of a key replaces what an earlier one held.
		base := len(s.act)
		ends, goes := false, false
		for _, k := range act {
			seg := s.probes[k].segs[pd]
			if c == '{' && string(key) == seg.key || c == '[' && seg.index == idx {
				s.members[k] = jsonMember{}
				s.act = append(s.act, k)
				if len(s.probes[k].segs) == pd+1 {
					ends = true
				} else {
					goes = true
				}
			}
		}
		vs := s.i
		var err error
		if goes && s.i < len(s.b) && (s.b[s.i] == '{' || s.b[s.i] == '[') {
			deeper := len(s.act)
			for _, k := range s.act[base:deeper] {
				if len(s.probes[k].segs) > pd+1 {
					s.act = append(s.act, k)
				}
			}
			err = s.container(depth+1, pd+1, s.act[deeper:])
		} else {
			err = s.value(depth + 1)
		}
		if err != nil {
			return err
		}
		if ends {
			for _, k := range s.act[base:] {
				if len(s.probes[k].segs) == pd+1 {
					s.members[k] = jsonMember{vs, s.i, true}
				}
			}
		}
		s.act = s.act[:base]
		s.ws()
		if s.i < len(s.b) && s.b[s.i] == ',' {
			s.i++
			continue
		}
		if s.i < len(s.b) && s.b[s.i] == closer {
			s.i++
			return nil
		}
		return s.fail("want ',' or '" + string(closer) + "'")
	}
}

func (s *jsonScanner) lit(word string) error {
	if !bytes.HasPrefix(s.b[s.i:], []byte(word)) {
		return s.fail("want a value")
	}
	s.i += len(word)
	return nil
}

// str skips a JSON string, validating its escapes.
func (s *jsonScanner) str() error {
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return s.fail("want a string")
	}
	s.i++
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			return nil
		case c < 0x20:
			return s.fail("control character in a string")
		case c == '\\':
			if s.i+1 >= len(s.b) {
				s.i++
				return s.fail("bad escape")
			}
			switch s.b[s.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i += 2
			case 'u':
				if s.i+6 > len(s.b) || !isHex4(s.b[s.i+2:s.i+6]) {
					return s.fail("bad \\u escape")
				}
				s.i += 6
			default:
				return s.fail("bad escape")
			}
		default:
			s.i++
		}
	}
	return s.fail("unterminated string")
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c <= '9':
			r |= rune(c - '0')
		case c >= 'a':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// jsonNumberLen returns the length of the JSON number at the start of b,
// or 0 if there is none: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonNumberLen(b []byte) int {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return 0
	}
	if i < len(b) && b[i] == '.' {
		if i = skipDigits(b, i+1); i == 0 {
			return 0
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i = skipDigits(b, i); i == 0 {
			return 0
		}
	}
	return i
}

// isJSONNumber reports whether text is exactly one JSON number.
func isJSONNumber(text []byte) bool {
	return len(text) > 0 && jsonNumberLen(text) == len(text)
}

// appendJSONString appends the decoded text of a valid JSON string's body
// (the bytes between its quotes). A lone surrogate escape becomes U+FFFD.
func appendJSONString(dst, body []byte) []byte {
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			j := bytes.IndexByte(body[i:], '\\')
			if j < 0 {
				return append(dst, body[i:]...)
			}
			dst = append(dst, body[i:i+j]...)
			i += j
			continue
		}
		e := body[i+1]
		i += 2
		switch e {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := hex4(body[i:])
			i += 4
			if utf16.IsSurrogate(r) {
				if i+6 <= len(body) && body[i] == '\\' && body[i+1] == 'u' {
					if r2 := utf16.DecodeRune(r, hex4(body[i+2:])); r2 != utf8.RuneError {
						r = r2
						i += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			dst = utf8.AppendRune(dst, r)
		default: // " \ /
			dst = append(dst, e)
		}
	}
	return dst
}

// appendJSONQuote appends text as a JSON string: quotes, with " \ and
// control characters escaped; other bytes as they are.
func appendJSONQuote(dst, text []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for _, c := range text {
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}

// skipDigits returns the index after the run of ASCII digits at b[i:], or
// 0 when there is none (a JSON fraction or exponent needs one).
func skipDigits(b []byte, i int) int {
	d := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == d {
		return 0
	}
	return i
}
