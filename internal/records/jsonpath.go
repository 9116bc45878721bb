package records

import (
	"strings"
)

// pathSeg is one step of a JSONL field's path: an object member's name,
// which addresses an array element too when it is a canonical index.
type pathSeg struct {
	key   string
	index int // the index key spells ("0", "17"), or -1 ("01", "-", "x")
}

// jsonProbe is one way of finding selection sel's value: the path segs
// from the top-level object. A selection has one probe, or two for a
// dotted path with dots: the whole name as one top-level member first,
// then the path split at the dots.
type jsonProbe struct {
	sel  int
	segs []pathSeg
}

// CheckField reports whether name can be a JSONL field: a JSON Pointer
// ("/a/b", with ~0 and ~1 the only escapes) or a dotted path without an
// empty segment ("a.b", not "a..b", ".a" or "a."; a pointer addresses
// empty names and names with dots).
func CheckField(name string) error {
	_, err := fieldProbes(0, name)
	return err
}

// fieldProbes returns the probes of field name, selection sel, in the
// order they are tried.
func fieldProbes(sel int, name string) ([]jsonProbe, error) {
	if name == "" {
		return nil, errorText("empty field")
	}
	if name[0] == '/' {
		var segs []pathSeg
		for _, tok := range strings.Split(name[1:], "/") {
			key, ok := unescapePointer(tok)
			if !ok {
				return nil, errorText("in a JSON Pointer '~' must be followed by 0 (for ~) or 1 (for /)")
			}
			segs = append(segs, newSeg(key))
		}
		return []jsonProbe{{sel, segs}}, nil
	}
	parts := strings.Split(name, ".")
	whole := jsonProbe{sel, []pathSeg{newSeg(name)}}
	if len(parts) == 1 {
		return []jsonProbe{whole}, nil
	}
	var segs []pathSeg
	for _, p := range parts {
		if p == "" {
			return nil, errorText("empty name in a dotted path (a JSON Pointer such as /a//b addresses empty names and names with dots)")
		}
		segs = append(segs, newSeg(p))
	}
	return []jsonProbe{whole, {sel, segs}}, nil
}

// unescapePointer decodes a JSON Pointer reference token (RFC 6901):
// "~1" is '/', "~0" is '~', any other '~' is an error.
func unescapePointer(tok string) (string, bool) {
	if strings.IndexByte(tok, '~') < 0 {
		return tok, true
	}
	var b strings.Builder
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c != '~' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(tok) || tok[i+1] != '0' && tok[i+1] != '1' {
			return "", false
		}
		if tok[i+1] == '0' {
			b.WriteByte('~')
		} else {
			b.WriteByte('/')
		}
		i++
	}
	return b.String(), true
}

// newSeg makes the segment of key: an array index when key is 0 or a
// decimal number without a leading zero (small enough for an int).
func newSeg(key string) pathSeg {
	s := pathSeg{key: key, index: -1}
	if key == "" || len(key) > 18 || key[0] == '0' && len(key) > 1 {
		return s
	}
	n := 0
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return s
		}
		n = n*10 + int(key[i]-'0')
	}
	s.index = n
	return s
}
