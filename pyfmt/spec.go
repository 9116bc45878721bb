package pyfmt

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/pyround/pyround/pyerr"
)

// Spec is a parsed format specification of Python's format-spec
// mini-language, [[fill]align][sign][z][#][0][width][grouping][.precision][type],
// as CPython 3.11's parse_internal_render_format_spec leaves it. A Spec
// holds no references and can be reused for any number of values. Build
// Specs with ParseSpec: the zero Spec is not the empty spec "" (its
// Precision is 0, not -1, and its Fill is NUL).
type Spec struct {
	Fill      rune // fill character; ' ' unless given (or '0' from the 0 flag)
	Align     byte // '<', '>', '^', '=' or 0 for the default (right for numbers)
	Sign      byte // '+', '-', ' ' or 0 for the default ('-')
	NoNegZero bool // 'z': negative zero becomes positive after rounding
	Alt       bool // '#': alternate form
	Width     int  // minimum width, -1 if not given
	Grouping  byte // ',', '_' or 0
	Precision int  // -1 if not given
	Type      rune // presentation type, 0 for none

	spec string   // the original text, for error messages
	dec  *decSpec // the text parsed by C _decimal's rules (ParseSpecFor "decimal.Decimal")
}

// ParseSpec parses a format specification. Its errors are CPython's
// ValueErrors; the one naming the object's type ("Invalid format specifier
// 'ab' for object of type 'float'") names float: use ParseSpecFor for
// another type.
func ParseSpec(s string) (Spec, error) {
	return ParseSpecFor(s, "float")
}

// ParseSpecFor is ParseSpec with the Python type name used in the "Invalid
// format specifier" message ("float", "int").
//
// The type name "decimal.Decimal" selects the rules of CPython's C
// _decimal module, which parses specs with libmpdec instead of Python's
// generic parser and accepts a different language with its own errors
// (see AppendFormatAPD): the Spec is then parsed once and reused by
// AppendFormatAPD without further parsing.
func ParseSpecFor(s string, typeName string) (Spec, error) {
	if typeName == decimalTypeName {
		return parseDecimalSpec(s)
	}
	sp := Spec{Fill: ' ', Width: -1, Precision: -1, spec: s}
	pos := 0
	fillSpecified, alignSpecified := false, false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		sp.Fill, sp.Align = r, s[n]
		fillSpecified, alignSpecified = true, true
		pos = n + 1
	} else if len(s) > 0 && isAlign(s[0]) {
		sp.Align = s[0]
		alignSpecified = true
		pos = 1
	}
	if pos < len(s) && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ') {
		sp.Sign = s[pos]
		pos++
	}
	if pos < len(s) && s[pos] == 'z' {
		sp.NoNegZero = true
		pos++
	}
	if pos < len(s) && s[pos] == '#' {
		sp.Alt = true
		pos++
	}
	if !fillSpecified && pos < len(s) && s[pos] == '0' {
		sp.Fill = '0'
		if !alignSpecified {
			sp.Align = '='
		}
		pos++
	}
	var err error
	var n int
	if sp.Width, n, err = parseDigits(s[pos:]); err != nil {
		return Spec{}, err
	}
	if n == 0 {
		sp.Width = -1
	}
	pos += n
	if pos < len(s) && s[pos] == ',' {
		sp.Grouping = ','
		pos++
	}
	if pos < len(s) && s[pos] == '_' {
		if sp.Grouping != 0 {
			return Spec{}, errCommaUnderscore
		}
		sp.Grouping = '_'
		pos++
	}
	if pos < len(s) && s[pos] == ',' && sp.Grouping == '_' {
		return Spec{}, errCommaUnderscore
	}
	if pos < len(s) && s[pos] == '.' {
		pos++
		if sp.Precision, n, err = parseDigits(s[pos:]); err != nil {
			return Spec{}, err
		}
		if n == 0 {
			return Spec{}, pyerr.ValueError("Format specifier missing precision")
		}
		pos += n
	}
	if rest := s[pos:]; rest != "" {
		r, n := utf8.DecodeRuneInString(rest)
		if n != len(rest) {
			return Spec{}, pyerr.ValueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'")
		}
		sp.Type = r
	}
	if sp.Grouping != 0 {
		switch sp.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if sp.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return Spec{}, pyerr.ValueError("Cannot specify '" + string(rune(sp.Grouping)) + "' with " + quoteCode(sp.Type) + ".")
		}
	}
	return sp, nil
}

// MaxWidth is the largest field width the Append functions accept. CPython
// accepts any width that fits in a Py_ssize_t and raises MemoryError when
// the result cannot be allocated; pyfmt returns that MemoryError for every
// width beyond MaxWidth (1 GiB of padding) instead of attempting it.
const MaxWidth = 1 << 30

var errWidth = pyerr.New("MemoryError", "")

var errCommaUnderscore = pyerr.ValueError("Cannot specify both ',' and '_'.")

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }

// parseDigits reads a run of ASCII digits as CPython's get_integer does.
func parseDigits(s string) (v, n int, err error) {
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		d := int(s[n] - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, 0, pyerr.ValueError("Too many decimal digits in format string")
		}
		v = v*10 + d
		n++
	}
	return v, n, nil
}

// quoteCode renders a presentation type as CPython's messages do: 'c' for
// printable ASCII, '\xN…' (hexadecimal, no padding) otherwise.
func quoteCode(r rune) string {
	if r > 32 && r < 128 {
		return "'" + string(r) + "'"
	}
	return "'\\x" + strconv.FormatInt(int64(r), 16) + "'"
}

func unknownCode(r rune, typeName string) error {
	return pyerr.ValueError("Unknown format code " + quoteCode(r) + " for object of type '" + typeName + "'")
}
