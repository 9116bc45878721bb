package rounding

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Increment is a positive decimal step that values are rounded to a
// multiple of: 0.05 (Swiss and Canadian cash), 0.50, 25, 1E+3. It is read
// once, by ParseIncrement, from exact decimal text and kept as the
// coefficient and exponent written (0.50 is 50·10^-2), so a decimal result
// takes the increment's exponent. The zero value is not a valid
// increment; the functions taking one return a ValueError for it.
//
// For an increment INC and a mode M, every function rounding to it
// computes the Definition:
//
//	q = the integer nearest to x / INC under M, computed on exact values,
//	and the result is q * INC.
//
// Decimals give Decimal(q) * Decimal(INC), with the increment's exponent,
// exact at any size. Floats give the float nearest to the exact decimal
// q * INC, float(Decimal(q) * Decimal(INC)), where q is x's exact binary
// value divided exactly and rounded by M. An int x with an integral INC
// gives an int. A zero result keeps x's sign, as round() and
// Decimal.quantize do (-0.01 to 0.05 is -0.0).
type Increment struct {
	exp  int64 // the exponent as written (-2 for 0.50)
	nexp int64 // the exponent in lowest terms, nc·10^nexp (nc not a multiple of 10)
	// small is nc when it is below 2^32, raw the coefficient as written
	// when it fits a uint64 (0 otherwise).
	small, raw uint64
	// word is an integral increment's value nc·10^nexp when it is below
	// 2^64 (0 otherwise); recip is (2^64-1)/small for a fractional
	// increment and (2^64-1)/word for an integral one, for dividing with
	// a multiplication (see quoRecip).
	word, recip uint64
	b           *incBig // shared, never modified; nil in the zero value
}

// incBig holds an increment's coefficients and text.
type incBig struct {
	coeff big.Int // the coefficient as written (50 for 0.50)
	nc    big.Int // the coefficient in lowest terms (5)
	text  string
}

// maxIncExp bounds an increment's exponent: far beyond any float's range
// and any result pyround builds (MaxResultDigits), and safe from overflow
// in every sum of exponents below.
const maxIncExp = 1 << 40

// ParseIncrement reads text as an exact decimal increment: an optional +,
// digits with an optional point, and an optional exponent (e or E, an
// optional sign, digits), with no spaces: "0.05", "0.50", "25", "1E+3",
// ".25", "1e-7". The increment must be positive; text that is zero,
// negative, NaN, Infinity or not such a number is a ValueError naming it:
// "ValueError: increment must be a positive decimal number, not '0'".
// Exponents beyond ±2^40 are refused the same way.
func ParseIncrement(text string) (Increment, error) {
	inc := Increment{b: &incBig{text: text}}
	if !inc.parse(text) {
		return Increment{}, badIncrement(text)
	}
	return inc, nil
}

// MustParseIncrement is ParseIncrement for increments known to be valid,
// such as constants; it panics on an error.
func MustParseIncrement(text string) Increment {
	inc, err := ParseIncrement(text)
	if err != nil {
		panic(err)
	}
	return inc
}

func (inc *Increment) parse(s string) bool {
	i := 0
	if i < len(s) && s[i] == '+' {
		i++
	}
	var buf [64]byte
	coeff := buf[:0]
	nd, frac := 0, int64(0)
	seenPoint := false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			nd++
			if len(coeff) > 0 || c != '0' {
				coeff = append(coeff, c)
			}
			if seenPoint {
				frac++
			}
			continue
		case c == '.' && !seenPoint:
			seenPoint = true
			continue
		}
		break
	}
	if nd == 0 || len(coeff) == 0 {
		return false // no digits, or zero
	}
	var exp int64
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		neg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			neg = s[i] == '-'
			i++
		}
		start := i
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if exp < maxIncExp {
				exp = exp*10 + int64(s[i]-'0')
			}
		}
		if i == start || exp >= maxIncExp {
			return false
		}
		if neg {
			exp = -exp
		}
	}
	if i != len(s) {
		return false
	}
	// The coefficient written keeps the zeros after the point (0.50 is
	// 50·10^-2); leading zeros never count.
	b := inc.b
	b.coeff.SetString(string(coeff), 10)
	inc.exp = exp - frac
	n := len(coeff)
	for n > 1 && coeff[n-1] == '0' {
		n--
	}
	b.nc.SetString(string(coeff[:n]), 10)
	inc.nexp = inc.exp + int64(len(coeff)-n)
	if b.nc.IsUint64() && b.nc.Uint64() < 1<<32 {
		inc.small = b.nc.Uint64()
		inc.recip = math.MaxUint64 / inc.small
	}
	if inc.nexp >= 0 && inc.nexp <= digits.MaxPow10U64 && b.nc.IsUint64() {
		if hi, lo := bits.Mul64(b.nc.Uint64(), digits.Pow10(int(inc.nexp))); hi == 0 {
			inc.word = lo
			inc.recip = math.MaxUint64 / lo
		}
	}
	if b.coeff.IsUint64() {
		inc.raw = b.coeff.Uint64()
	}
	return true
}

// badIncrement is the ValueError for an increment that is not a positive
// decimal number.
func badIncrement(text string) error {
	return pyerr.ValueError("increment must be a positive decimal number, not " + reprString(text))
}

// errNoIncrement is the error for the zero Increment.
var errNoIncrement = pyerr.ValueError("increment must be a positive decimal number, not the zero Increment")

// reprString quotes s as Python's repr() of a str does for printable text.
func reprString(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	b := []byte{q}
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(q):
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == utf8.RuneError:
			b = append(b, `\ufffd`...)
		case r < 0x20 || r == 0x7f:
			b = append(b, `\x`...)
			b = append(b, "0123456789abcdef"[r>>4], "0123456789abcdef"[r&15])
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(append(b, q))
}

// String returns the increment's text as parsed.
func (inc Increment) String() string {
	if inc.b == nil {
		return ""
	}
	return inc.b.text
}

// valid reports whether inc came from ParseIncrement.
func (inc *Increment) valid() bool { return inc.b != nil }

// Valid reports whether inc is an increment from ParseIncrement, not the
// zero Increment.
func (inc Increment) Valid() bool { return inc.b != nil }

// Integral reports whether the increment's value is an integer (25, 1E+3,
// 1.0); an int rounded to it stays an int.
func (inc Increment) Integral() bool { return inc.valid() && inc.nexp >= 0 }

// Coefficient returns the increment's coefficient as written (50 for
// 0.50), in a new Int.
func (inc Increment) Coefficient() *big.Int {
	if inc.b == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(&inc.b.coeff)
}

// Exponent returns the increment's exponent as written (-2 for 0.50).
func (inc Increment) Exponent() int64 { return inc.exp }

// adjusted returns the exponent of the increment's leading digit in
// lowest terms: 10^adjusted <= INC < 10^(adjusted+1).
func (inc *Increment) adjusted() int64 {
	return inc.nexp + int64(digits.CountBig(&inc.b.nc)) - 1
}

// errIntFractional is the error for an integer type rounded to an
// increment that is not an integer.
func errIntFractional(inc Increment) error {
	return pyerr.ValueError("increment " + inc.b.text + " is not an integer: an int rounded to it is a float")
}

// pow10Exact are the powers of ten a float64 holds exactly.
var pow10Exact = func() (t [23]float64) {
	for i := range t {
		t[i] = math.Pow10(i)
	}
	return
}()

// appendExp appends "e" and exp.
func appendExp(b []byte, exp int64) []byte {
	return strconv.AppendInt(append(b, 'e'), exp, 10)
}
