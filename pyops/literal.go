package pyops

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
)

// As says how an operand's text is read.
type As uint8

const (
	// Auto reads text as Python source reads a literal: a Python int if
	// int(text) accepts it, else float(text). "2" is an int, "2.0" and
	// "1e3" are floats.
	Auto As = iota
	// Float reads float(text).
	Float
	// Decimal reads decimal.Decimal(text), exactly as written.
	Decimal
)

var asNames = [...]string{"auto", "float", "decimal"}

// String returns "auto", "float" or "decimal".
func (a As) String() string {
	if int(a) < len(asNames) {
		return asNames[a]
	}
	return "As(" + strconv.Itoa(int(a)) + ")"
}

// ParseAs returns the reading named s: "auto", "float" or "decimal", in
// any case. Another name is a ValueError.
func ParseAs(s string) (As, error) {
	for i, n := range asNames {
		if strings.EqualFold(s, n) {
			return As(i), nil
		}
	}
	return 0, pyerr.ValueError("unknown reading '" + s + "'; want auto, float or decimal")
}

// Number is a Python int or float, as the Auto rule reads a literal.
type Number struct {
	IsFloat bool
	Int     int64    // the int, when !IsFloat and Big is nil
	Big     *big.Int // the int, when it does not fit in an int64
	Float   float64  // the float, when IsFloat
}

// ReadNumber reads text as a Python int or float: under Auto by the
// literal rule, int(text) if Python's int() accepts it, else float(text),
// with float()'s ValueError when neither does; under Float with float().
// It is the one place pyround picks between int and float. (Decimal is
// not a Number: under it ReadNumber reads float() too, and callers handle
// Decimal first.) An int past int64 is set into scratch (which may be nil:
// then a new big.Int is allocated) and returned as Big.
//
// A text with a byte that int() never accepts goes straight to float(),
// so a float literal costs no int() error message: ReadNumber allocates
// nothing for a float or an int64.
func ReadNumber(text []byte, as As, scratch *big.Int) (Number, error) {
	if as == Auto && !cannotBeInt(text) {
		if small, b, err := pyparse.Int(text, scratch); err == nil {
			return Number{Int: small, Big: b}, nil
		}
	}
	f, err := pyparse.Float(text)
	return Number{IsFloat: true, Float: f}, err
}

// ToFloat converts n as Python converts an int operand before mixed
// arithmetic: exactly rounded, and an OverflowError ("int too large to
// convert to float") past the largest float.
func (n Number) ToFloat() (float64, error) {
	switch {
	case n.IsFloat:
		return n.Float, nil
	case n.Big != nil:
		return divmod.IntToFloat(n.Big)
	}
	return float64(n.Int), nil // correctly rounded, like PyLong_AsDouble
}

// notIntByte marks the ASCII bytes that int(text) never accepts anywhere
// in text: everything but digits, '_', signs and the white space int()
// may strip (conservatively including U+001C..U+001F). Non-ASCII bytes may
// be Unicode digits or spaces, so they are not marked.
var notIntByte = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = true
	}
	for _, c := range []byte("0123456789_+- \t\n\v\f\r\x1c\x1d\x1e\x1f") {
		t[c] = false
	}
	return
}()

// cannotBeInt reports whether int(text) is certain to fail.
func cannotBeInt(text []byte) bool {
	for i := 0; i < len(text); i++ {
		if notIntByte[text[i]] {
			return true
		}
	}
	return false
}

// ParseNDigits reads an ndigits argument: any Python int, however large.
// Values past int's range are clamped, which changes no result (a float
// rounds the same for every ndigits > 323, an int for every ndigits >= 0,
// and every rounding to a very negative ndigits gives 0 or fails alike).
// Text int() rejects is int()'s ValueError.
func ParseNDigits[S ~string | ~[]byte](s S) (int, error) {
	small, b, err := pyparse.Int(s, nil)
	if err != nil {
		return 0, err
	}
	if b == nil {
		if small > math.MaxInt || small < math.MinInt {
			return int(min(max(small, math.MinInt), math.MaxInt)), nil
		}
		return int(small), nil
	}
	if b.Sign() > 0 {
		return math.MaxInt, nil
	}
	return math.MinInt, nil
}
