package pyexpr

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pyfmt"
)

// Kind is the Python type of a Value.
type Kind uint8

const (
	Invalid Kind = iota // the zero Value
	Int                 // int: Value.Int
	Float               // float: Value.Float
	Decimal             // decimal.Decimal: Value.Decimal
	Tuple               // tuple: Value.Tuple
	Str                 // str (string literals and the ROUND_* names): Value.Str
	Bool                // bool (True, False, comparisons, not): Value.Int is 0 or 1

	kindStr = Str
	// kindFunc is a built-in function, type or module, name in s, or the
	// bound method quantize, its Decimal in t[0].
	kindFunc = Bool + 1
)

// Value is the result of an expression (or of a sub-expression): a Python
// int, bool, float, decimal.Decimal, tuple or str. The zero Value is
// Invalid. Values are immutable: the pointers the accessors return must
// not be modified.
//
// A bool is held as an int (kind Int, i 0 or 1) marked by b, so that
// arithmetic, which treats bools as the ints 0 and 1 as Python does, needs
// no case of its own; Kind reports Bool.
type Value struct {
	kind Kind
	b    bool  // an Int that is a bool
	w    int32 // a Tuple's weight: its items, nested tuples' items counted (see weight)
	f    float64
	i    *big.Int
	d    *apd.Decimal
	t    []Value
	s    string
}

// IntValue returns the Python int x (the Value keeps x: do not modify it).
func IntValue(x *big.Int) Value { return Value{kind: Int, i: x} }

// The two bools share their ints, which nothing modifies.
var (
	bigZero  = big.NewInt(0)
	bigOne   = big.NewInt(1)
	valTrue  = Value{kind: Int, b: true, i: bigOne}
	valFalse = Value{kind: Int, b: true, i: bigZero}
)

// BoolValue returns the Python bool x.
func BoolValue(x bool) Value {
	if x {
		return valTrue
	}
	return valFalse
}

// asInt returns v, a bool turned into the plain int of the same value
// (what int(True), +True and round(True) return).
func (v Value) asInt() Value {
	v.b = false
	return v
}

// FloatValue returns the Python float x.
func FloatValue(x float64) Value { return Value{kind: Float, f: x} }

// DecimalValue returns the Python decimal.Decimal x (kept, as IntValue).
func DecimalValue(x *apd.Decimal) Value { return Value{kind: Decimal, d: x} }

// Kind returns v's Python type.
func (v Value) Kind() Kind {
	if v.b {
		return Bool
	}
	return v.kind
}

// Int returns the value of an Int, or of a Bool (0 or 1), nil for other
// kinds.
func (v Value) Int() *big.Int { return v.i }

// Float returns the value of a Float, 0 for other kinds.
func (v Value) Float() float64 { return v.f }

// Decimal returns the value of a Decimal, nil for other kinds.
func (v Value) Decimal() *apd.Decimal { return v.d }

// Tuple returns the elements of a Tuple, nil for other kinds.
func (v Value) Tuple() []Value { return v.t }

// Str returns the text of a Str, "" for other kinds.
func (v Value) Str() string {
	if v.kind != Str {
		return ""
	}
	return v.s
}

// typeName returns Python's type(v).__name__ as error messages print it.
func (v Value) typeName() string {
	switch v.kind {
	case Int:
		if v.b {
			return "bool"
		}
		return "int"
	case Float:
		return "float"
	case Decimal:
		return "decimal.Decimal"
	case Tuple:
		return "tuple"
	case Str:
		return "str"
	case kindFunc:
		switch v.s {
		case "math":
			return "module"
		case "int", "float", "Decimal":
			return "type"
		}
		return "builtin_function_or_method"
	}
	return "NoneType"
}

// AppendText appends what Python's print(v) shows: str(v); a tuple shows
// its items' repr, a bool True or False. An int of more than 4300 digits
// fails with Python's ValueError (the limit of int to str conversion),
// also inside a tuple; a tuple whose text would pass MaxText bytes fails
// with a MemoryError naming pyround's limit, and a bound method (whose
// text in Python holds a memory address) with a NotImplementedError. On
// error dst is returned unchanged.
func (v Value) AppendText(dst []byte) ([]byte, error) {
	if v.kind == Str {
		return append(dst, v.s...), nil
	}
	return v.appendRepr(dst)
}

// String returns str(v), or the error text "!Type: message" when
// AppendText fails (an int past 4300 digits).
func (v Value) String() string {
	b, err := v.AppendText(nil)
	if err != nil {
		return "!" + err.Error()
	}
	return string(b)
}

// appendRepr appends repr(v), except that a top-level Decimal or str
// appends str(v) (the caller handles those).
func (v Value) appendRepr(dst []byte) ([]byte, error) {
	switch v.kind {
	case Int:
		if v.b {
			if v.i.Sign() != 0 {
				return append(dst, "True"...), nil
			}
			return append(dst, "False"...), nil
		}
		if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(v.i)); err != nil {
			return dst, err
		}
		return pyfmt.AppendBigInt(dst, v.i), nil
	case Float:
		return pyfmt.AppendRepr(dst, v.f), nil
	case Decimal:
		return pyfmt.AppendAPD(dst, v.d), nil
	case Tuple:
		var memo map[any][2]int
		start := len(dst)
		dst, err := appendTuple(dst, v.t, start, &memo)
		if err != nil {
			return dst[:start], err
		}
		return dst, nil
	case kindFunc:
		switch v.s {
		case "math":
			return append(dst, "<module 'math' (built-in)>"...), nil
		case "int", "float":
			return append(dst, "<class '"+v.s+"'>"...), nil
		case "Decimal":
			return append(dst, "<class 'decimal.Decimal'>"...), nil
		case "quantize":
			// Python prints the Decimal's address.
			return dst, errUnsupported("printing a bound method (Python's text holds a memory address)")
		}
		return append(dst, "<built-in function "+shortName(v.s)+">"...), nil
	}
	return append(dst, "None"...), nil
}

// memoBits is the size past which appendTuple formats an int or Decimal
// item once and copies its text where it recurs.
const memoBits = 1 << 11

// appendTuple appends repr of a tuple of items t. The text of a long int
// or Decimal item is made once and copied where the same value recurs
// ((x,) * 1000 holds one x a thousand times; converting a million-digit
// int to decimal takes a tenth of a second), and the text, counted from
// base, may not pass MaxText. On error the caller truncates dst.
func appendTuple(dst []byte, t []Value, base int, memo *map[any][2]int) ([]byte, error) {
	dst = append(dst, '(')
	for i, e := range t {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		var key any
		switch {
		case e.kind == Int && !e.b && e.i.BitLen() > memoBits:
			key = e.i
		case e.kind == Decimal && e.d.Coeff.BitLen() > memoBits:
			key = e.d
		}
		if r, ok := (*memo)[key]; ok && key != nil {
			dst = append(dst, dst[r[0]:r[1]]...)
		} else {
			at := len(dst)
			var err error
			switch e.kind {
			case Tuple:
				dst, err = appendTuple(dst, e.t, base, memo)
			case Decimal:
				dst = pyfmt.AppendAPDRepr(dst, e.d)
			case Str:
				dst = pyfmt.AppendQuote(dst, e.s)
			default:
				dst, err = e.appendRepr(dst)
			}
			if err != nil {
				return dst, err
			}
			if key != nil {
				if *memo == nil {
					*memo = make(map[any][2]int)
				}
				(*memo)[key] = [2]int{at, len(dst)}
			}
		}
		if len(dst)-base > MaxText {
			return dst, errTextLimit
		}
	}
	if len(t) == 1 {
		dst = append(dst, ',')
	}
	return append(dst, ')'), nil
}

// shortName is the __name__ of a built-in: math.floor's is floor.
func shortName(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}
