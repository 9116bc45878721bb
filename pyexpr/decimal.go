package pyexpr

import (
	"math/big"
	"strconv"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// ctx is Python's default decimal context, fresh for every expression in
// Python's oracle and immutable here.
var ctx = pydecimal.DefaultContext()

// asDecimal converts an int or Decimal operand of a Decimal operation
// exactly, as Decimal's arithmetic converts ints.
func asDecimal(v Value) *apd.Decimal {
	if v.kind == Decimal {
		return v.d
	}
	return pydecimal.FromBigInt(new(apd.Decimal), v.i)
}

func decFromInt(x *big.Int) (Value, error) {
	return DecimalValue(pydecimal.FromBigInt(new(apd.Decimal), x)), nil
}

// toDecimal is Decimal(x): exact for int, float and Decimal, Python's
// grammar for strings (whose conversion is exact too: the context's
// precision does not apply).
func toDecimal(x Value) (Value, error) {
	switch x.kind {
	case Decimal:
		return x, nil
	case Int:
		return decFromInt(x.i)
	case Float:
		return DecimalValue(pydecimal.FromFloat(new(apd.Decimal), x.f)), nil
	case Str:
		d, _, err := pyparse.ParseDecimal(nil, x.s)
		if err != nil {
			return Value{}, err
		}
		z, err := pyparse.APD(d, new(apd.Decimal))
		if err != nil {
			return Value{}, err
		}
		return DecimalValue(z), nil
	case Tuple:
		return decFromTuple(x.t)
	}
	return Value{}, pyerr.TypeError("conversion from " + x.typeName() + " to Decimal is not supported")
}

// decFromTuple is Decimal((sign, digits, exponent)) as _decimal's
// dectuple_as_str reads the tuple: sign 0 or 1, digits a tuple of ints
// 0 to 9, exponent an int or 'F' (Infinity, digits ignored), 'n' (NaN)
// or 'N' (sNaN) with the digits as payload; checked in that order, with
// its messages. The tuple becomes the text "+123E-5" ("-Inf", "+NaN12"),
// converted exactly as Decimal(str) converts it.
func decFromTuple(t []Value) (Value, error) {
	if len(t) != 3 {
		return Value{}, pyerr.ValueError("argument must be a sequence of length 3")
	}
	errSign := pyerr.ValueError("sign must be an integer with the value 0 or 1")
	errDigits := pyerr.ValueError("coefficient must be a tuple of digits")
	errLong := pyerr.OverflowError("Python int too large to convert to C long")
	sign, digits, exp := t[0], t[1], t[2]
	if sign.kind != Int {
		return Value{}, errSign
	}
	if !sign.i.IsInt64() {
		return Value{}, errLong
	}
	b := []byte{'+'}
	switch sign.i.Int64() {
	case 0:
	case 1:
		b[0] = '-'
	default:
		return Value{}, errSign
	}
	special := ""
	switch exp.kind {
	case Str:
		special = map[string]string{"F": "Inf", "n": "NaN", "N": "sNaN"}[exp.s]
		if special == "" {
			return Value{}, pyerr.ValueError("string argument in the third position must be 'F', 'n' or 'N'")
		}
	case Int:
		if !exp.i.IsInt64() {
			return Value{}, pyerr.OverflowError("Python int too large to convert to C ssize_t")
		}
	default:
		return Value{}, pyerr.ValueError("exponent must be an integer")
	}
	if digits.kind != Tuple {
		return Value{}, errDigits
	}
	b = append(b, special...)
	if len(digits.t) == 0 && special == "" {
		b = append(b, '0')
	}
	for _, d := range digits.t {
		if d.kind != Int {
			return Value{}, errDigits
		}
		if !d.i.IsInt64() {
			return Value{}, errLong
		}
		if n := d.i.Int64(); n < 0 || n > 9 {
			return Value{}, errDigits
		}
		if special != "Inf" {
			b = append(b, byte('0'+d.i.Int64()))
		}
	}
	if special == "" {
		b = append(b, 'E')
		b = strconv.AppendInt(b, exp.i.Int64(), 10)
	}
	return toDecimal(Value{kind: Str, s: string(b)})
}

func decNeg(x Value) (Value, error)  { return decUnary(ctx.Neg, x) }
func decPlus(x Value) (Value, error) { return decUnary(ctx.Plus, x) }
func decAbs(x Value) (Value, error)  { return decUnary(ctx.Abs, x) }

// decUnary applies a context operation of one operand (-, +, abs(), which
// round to the context in Python).
func decUnary(op func(z, a *apd.Decimal) error, x Value) (Value, error) {
	z := new(apd.Decimal)
	if err := op(z, x.d); err != nil {
		return Value{}, err
	}
	return DecimalValue(z), nil
}

// decBinary is a op b with a Decimal operand and an int or Decimal other.
func decBinary(op string, a, b Value) (Value, error) {
	x, y := asDecimal(a), asDecimal(b)
	z := new(apd.Decimal)
	var err error
	switch op {
	case "+":
		err = ctx.Add(z, x, y)
	case "-":
		err = ctx.Sub(z, x, y)
	case "*":
		err = ctx.Mul(z, x, y)
	case "/":
		err = ctx.Quo(z, x, y)
	case "//":
		err = ctx.DivInt(z, x, y)
	case "%":
		err = ctx.Rem(z, x, y)
	case "**":
		err = ctx.Pow(z, x, y)
	default:
		return Value{}, errUnsupported("the operator " + op)
	}
	if err != nil {
		return Value{}, err
	}
	return DecimalValue(z), nil
}

func decDivMod(a, b Value) (Value, error) {
	q, r := new(apd.Decimal), new(apd.Decimal)
	if err := ctx.DivMod(q, r, asDecimal(a), asDecimal(b)); err != nil {
		return Value{}, err
	}
	return pair(DecimalValue(q), DecimalValue(r)), nil
}

// decToInt converts a Decimal to int rounding with m (round, int, floor,
// ceil, trunc), with the errors of int(Decimal), which round() and the
// math functions share.
func decToInt(x Value, m rounding.Mode) (Value, error) {
	z, err := ctx.ToInt(new(big.Int), x.d, m)
	if err != nil {
		return Value{}, err
	}
	return IntValue(z), nil
}

func decToFloat(x Value) (float64, error) {
	return pydecimal.Float(x.d)
}

// decRound is round(d, n).
func decRound(d Value, n *big.Int) (Value, error) {
	z := new(apd.Decimal)
	if err := ctx.Round(z, d.d, n); err != nil {
		return Value{}, err
	}
	return DecimalValue(z), nil
}

// decQuantize is d.quantize(exp, rounding=m).
func decQuantize(d, exp Value, m rounding.Mode) (Value, error) {
	z := new(apd.Decimal)
	if err := ctx.Quantize(z, d.d, asDecimal(exp), m); err != nil {
		return Value{}, err
	}
	return DecimalValue(z), nil
}
