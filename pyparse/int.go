package pyparse

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// Int returns int(s) (base 10) as CPython 3.11 computes it for a str s:
//
//   - Leading and trailing white space is ignored (as for Float: ASCII
//     " \t\n\v\f\r" and the Unicode spaces, not U+001C..U+001F).
//   - Then an optional sign and decimal digits, ASCII or any Unicode decimal
//     digit (category Nd), with single underscores between digits (PEP 515:
//     "1_000" is valid, "1__0", "_1" and "1_" are not). Leading zeros are
//     allowed ("007" is 7, "-0" is 0). Nothing else: no '.', no exponent, no
//     base prefix.
//
// A value that fits in an int64 is returned in small, with big == nil and no
// allocation. A larger one is stored in z (a new big.Int if z is nil), which
// is returned as big; small is then 0. Out of range for int64 means below
// -2^63 or above 2^63-1.
//
// Errors are *pyerr.Error values with CPython's messages:
//
//	ValueError: invalid literal for int() with base 10: '1.5'
//	ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
//
// The first quotes the original input, white space included, and as CPython
// (%.200R) cuts that quotation after 200 characters. The second is reported
// when the run of digits after the sign has more than pyfmt.MaxIntStrDigits
// digits, counting leading zeros but not underscores, and takes precedence
// over junk after the digits ("1"*4301 + "x" reports the limit), but not
// over a doubled or trailing underscore inside or at the end of the run,
// which CPython detects while counting.
func Int[S ~string | ~[]byte](s S, z *big.Int) (small int64, big *big.Int, err error) {
	return parseInt(asString(s), z)
}

func intError(s string) error {
	const prefix = "invalid literal for int() with base 10: "
	var stack [256]byte
	// %.200R: at most 200 code points of the repr.
	return pyerr.ValueError(prefix + string(pyfmt.AppendQuotePrefix(stack[:0], s, 200)))
}

func intLimitError(digits int) error {
	return pyerr.ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
		strconv.Itoa(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit")
}

// parseInt follows CPython's PyLong_FromString (base 10) on the output of
// _PyUnicode_TransformDecimalAndSpaceToASCII.
func parseInt(s string, z *big.Int) (int64, *big.Int, error) {
	n := len(s)
	i := 0
	for i < n {
		c, size := transformed(s, i)
		if !isASCIISpace(c) {
			break
		}
		i += size
	}
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i < n && s[i] == '_' {
		return 0, nil, intError(s)
	}
	start := i
	digits := 0
	var acc uint64    // value, while it is below 1e19
	overflow := false // value >= 1e19
	prevUnderscore := false
	for i < n {
		c, size := byte(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = transformed(s, i)
		}
		if c == '_' {
			if prevUnderscore {
				return 0, nil, intError(s)
			}
			prevUnderscore = true
			i++
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		prevUnderscore = false
		digits++
		if acc < 1e18 {
			acc = acc*10 + uint64(c-'0')
		} else {
			overflow = true
		}
		i += size
	}
	end := i
	if prevUnderscore {
		return 0, nil, intError(s)
	}
	if digits > pyfmt.MaxIntStrDigits {
		return 0, nil, intLimitError(digits)
	}
	if digits == 0 {
		return 0, nil, intError(s)
	}
	for i < n {
		c, size := transformed(s, i)
		if !isASCIISpace(c) {
			return 0, nil, intError(s)
		}
		i += size
	}
	if !overflow {
		if !neg && acc <= math.MaxInt64 {
			return int64(acc), nil, nil
		}
		if neg && acc <= 1<<63 {
			return int64(-acc), nil, nil // -2^63 wraps to itself
		}
		if z == nil {
			z = new(big.Int)
		}
		z.SetUint64(acc)
	} else {
		if z == nil {
			z = new(big.Int)
		}
		setDigits(z, s[start:end], digits)
	}
	if neg {
		z.Neg(z)
	}
	return 0, z, nil
}

const chunkDigits = 9 + 10*(bits.UintSize/64) // decimal digits per big.Word chunk

// setDigits sets z to the value of the digit run s (digits, underscores and
// Unicode digits, already validated) of ndigits digits, reusing z's storage.
func setDigits(z *big.Int, s string, ndigits int) {
	need := (ndigits*3322/1000)/bits.UintSize + 2
	ws := z.Bits()[:0]
	if cap(ws) < need {
		ws = make([]big.Word, 0, need)
	}
	var chunk uint
	k := 0
	for i := 0; i < len(s); {
		c, size := byte(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = transformed(s, i)
		}
		i += size
		if c == '_' {
			continue
		}
		chunk = chunk*10 + uint(c-'0')
		if k++; k == chunkDigits {
			ws = mulAddWords(ws, uint(digits.Pow10(chunkDigits)), chunk)
			chunk, k = 0, 0
		}
	}
	if k > 0 {
		ws = mulAddWords(ws, uint(digits.Pow10(k)), chunk)
	}
	z.SetBits(ws)
}

// mulAddWords returns ws*m + a for the little-endian magnitude ws.
func mulAddWords(ws []big.Word, m, a uint) []big.Word {
	carry := a
	for i, w := range ws {
		hi, lo := bits.Mul(uint(w), m)
		var c uint
		lo, c = bits.Add(lo, carry, 0)
		ws[i] = big.Word(lo)
		carry = hi + c
	}
	if carry != 0 {
		ws = append(ws, big.Word(carry))
	}
	return ws
}
