package pyexpr

import (
	"math"
	"math/big"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
)

func isNumber(v Value) bool { return v.kind == Int || v.kind == Float || v.kind == Decimal }

// opName is the operator as Python's TypeError messages name it.
func opName(op string) string {
	if op == "**" {
		return "** or pow()"
	}
	return op
}

func errOperands(op string, a, b Value) error {
	return pyerr.TypeError("unsupported operand type(s) for " + opName(op) + ": '" + a.typeName() + "' and '" + b.typeName() + "'")
}

// unary evaluates -x and +x.
func unary(op string, x Value) (Value, error) {
	switch x.kind {
	case Int:
		if op == "-" {
			return IntValue(new(big.Int).Neg(x.i)), nil
		}
		return x.asInt(), nil // +True is 1
	case Float:
		if op == "-" {
			return FloatValue(-x.f), nil
		}
		return x, nil
	case Decimal:
		if op == "-" {
			return decNeg(x)
		}
		return decPlus(x)
	}
	return Value{}, pyerr.TypeError("bad operand type for unary " + op + ": '" + x.typeName() + "'")
}

// binary evaluates a op b.
func (ev *evaluator) binary(op string, a, b Value) (Value, error) {
	if !isNumber(a) || !isNumber(b) {
		return ev.seqBinary(op, a, b)
	}
	switch {
	case a.kind == Decimal || b.kind == Decimal:
		if a.kind == Float || b.kind == Float {
			return Value{}, errOperands(op, a, b)
		}
		return decBinary(op, a, b)
	case a.kind == Float || b.kind == Float:
		x, y, err := floatPair(a, b)
		if err != nil {
			return Value{}, err
		}
		return floatBinary(op, x, y)
	}
	return intBinary(op, a.i, b.i)
}

// seqBinary evaluates a op b when an operand is not a number: + of two
// tuples concatenates them, * of a tuple and an int repeats it, and the
// rest raises Python's TypeError, whose text depends on which operand
// is the sequence (CPython tries the number slots, then the sequence's
// concat and repeat). str concatenation, repetition and % formatting are
// outside the language.
func (ev *evaluator) seqBinary(op string, a, b Value) (Value, error) {
	isSeq := func(v Value) bool { return v.kind == Tuple || v.kind == Str }
	switch op {
	case "+":
		if a.kind == Str && b.kind == Str {
			return Value{}, errUnsupported("operators on str values")
		}
		if isSeq(a) {
			if a.kind == Tuple && b.kind == Tuple {
				return ev.concat(a, b)
			}
			return Value{}, pyerr.TypeError("can only concatenate " + a.typeName() + " (not \"" + b.typeName() + "\") to " + a.typeName())
		}
	case "*":
		seq, n := a, b
		if !isSeq(a) {
			seq, n = b, a
		}
		if isSeq(seq) {
			if n.kind != Int {
				return Value{}, pyerr.TypeError("can't multiply sequence by non-int of type '" + n.typeName() + "'")
			}
			if seq.kind == Str {
				return Value{}, errUnsupported("operators on str values")
			}
			return ev.repeat(seq, n)
		}
	case "%":
		if a.kind == Str {
			return Value{}, errUnsupported("operators on str values")
		}
	}
	return Value{}, errOperands(op, a, b)
}

// toFloat converts an int or float operand to float as Python's float
// arithmetic does (OverflowError: int too large to convert to float).
func toFloat(v Value) (float64, error) {
	if v.kind == Float {
		return v.f, nil
	}
	f, err := divmod.IntToFloat(v.i)
	if err != nil {
		return 0, err
	}
	return f, nil
}

// floatPair converts the int or float operands of a float operation.
func floatPair(a, b Value) (x, y float64, err error) {
	if x, err = toFloat(a); err == nil {
		y, err = toFloat(b)
	}
	return x, y, err
}

// maxIntBits is ceil(MaxResultDigits·log2(10)): an int of more bits has
// more than digits.MaxResultDigits digits.
const maxIntBits = digits.MaxResultDigits*3321928095/1_000_000_000 + 1

// checkInt refuses an int result of more than MaxResultDigits digits.
func checkInt(z *big.Int) (Value, error) {
	if digits.TooMany(z) {
		return Value{}, digits.ErrTooManyDigits
	}
	return IntValue(z), nil
}

func intBinary(op string, a, b *big.Int) (Value, error) {
	switch op {
	case "+":
		return checkInt(new(big.Int).Add(a, b))
	case "-":
		return checkInt(new(big.Int).Sub(a, b))
	case "*":
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen()-1 > maxIntBits {
			return Value{}, digits.ErrTooManyDigits
		}
		return checkInt(new(big.Int).Mul(a, b))
	case "/":
		f, err := intTrueDiv(a, b)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	case "//":
		q, err := divmod.FloorDivBig(new(big.Int), a, b)
		if err != nil {
			return Value{}, err
		}
		return IntValue(q), nil
	case "%":
		r, err := divmod.ModBig(new(big.Int), a, b)
		if err != nil {
			return Value{}, err
		}
		return IntValue(r), nil
	case "**":
		return intPow(a, b)
	}
	return Value{}, errUnsupported("the operator " + op)
}

// intTrueDiv is Python's int / int: the exact quotient correctly rounded
// to a float (not float(a) / float(b)).
func intTrueDiv(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, pyerr.ZeroDivisionError("division by zero")
	}
	if a.BitLen() <= 53 && b.BitLen() <= 53 {
		// Both convert exactly; IEEE division rounds the exact quotient
		// once, as CPython's fast path does (and gives 0 / -5 == -0.0).
		return float64(a.Int64()) / float64(b.Int64()), nil
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, pyerr.OverflowError("integer division result too large for a float")
	}
	if (a.Sign() < 0) != (b.Sign() < 0) {
		f = -math.Abs(f) // a tiny negative quotient is -0.0
	}
	return f, nil
}

// intPow is Python's int ** int: an int for a nonnegative exponent, else
// float(a) ** float(b).
func intPow(a, b *big.Int) (Value, error) {
	if b.Sign() < 0 {
		x, err := divmod.IntToFloat(a)
		if err != nil {
			return Value{}, err
		}
		y, err := divmod.IntToFloat(b)
		if err != nil {
			return Value{}, err
		}
		f, err := floatPow(x, y)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	}
	switch {
	case b.Sign() == 0:
		return IntValue(big.NewInt(1)), nil
	case a.Sign() == 0 || a.CmpAbs(bigOne) == 0:
		z := new(big.Int).Set(a)
		if a.Sign() < 0 && b.Bit(0) == 0 {
			z.Neg(z)
		}
		return IntValue(z), nil
	}
	// |a| >= 2: the result has about b·log2|a| bits; refuse it before
	// computing when that is beyond the limit (2**10**10 fails at once).
	if !b.IsInt64() {
		return Value{}, digits.ErrTooManyDigits
	}
	log2a := float64(a.BitLen() - 1)
	if a.BitLen() <= 64 {
		log2a = math.Log2(math.Abs(float64(new(big.Int).Abs(a).Uint64())))
	}
	if float64(b.Int64())*log2a > maxIntBits+64 {
		return Value{}, digits.ErrTooManyDigits
	}
	return checkInt(new(big.Int).Exp(a, b, nil))
}

func floatBinary(op string, x, y float64) (Value, error) {
	var f float64
	var err error
	switch op {
	case "+":
		f = x + y
	case "-":
		f = x - y
	case "*":
		f = x * y
	case "/":
		if y == 0 {
			return Value{}, pyerr.ZeroDivisionError("float division by zero")
		}
		f = x / y
	case "//":
		f, err = divmod.FloorDivFloat(x, y)
	case "%":
		f, err = divmod.ModFloat(x, y)
	case "**":
		f, err = floatPow(x, y)
	default:
		return Value{}, errUnsupported("the operator " + op)
	}
	if err != nil {
		return Value{}, err
	}
	return FloatValue(f), nil
}
