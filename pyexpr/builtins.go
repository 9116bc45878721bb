package pyexpr

import (
	"math"
	"math/big"
	"strconv"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// call evaluates fn(args..., kw...).
func call(fn Value, args []Value, kw []kwValue) (Value, error) {
	if fn.kind != kindFunc || fn.s == "math" {
		return Value{}, pyerr.TypeError("'" + fn.typeName() + "' object is not callable")
	}
	switch fn.s {
	case "round":
		return callRound(args, kw)
	case "quantize":
		return callQuantize(fn.t[0], args, kw)
	case "Decimal":
		if len(kw) == 1 && kw[0].name == "value" && len(args) == 0 {
			args, kw = []Value{kw[0].val}, nil
		}
		if err := noKeywords("Decimal", kw, true); err != nil {
			return Value{}, err
		}
		switch len(args) {
		case 0:
			return decFromInt(new(big.Int))
		case 1:
			return toDecimal(args[0])
		}
		if len(args) == 2 {
			return Value{}, pyerr.TypeError("optional argument must be a context")
		}
		return Value{}, pyerr.TypeError("Decimal() takes at most 2 arguments (" + strconv.Itoa(len(args)) + " given)")
	case "int":
		for _, k := range kw {
			if k.name != "base" {
				return Value{}, pyerr.TypeError("'" + k.name + "' is an invalid keyword argument for int()")
			}
			return Value{}, errUnsupported("int() with a base")
		}
		switch len(args) {
		case 0:
			return IntValue(new(big.Int)), nil
		case 1:
			return toInt(args[0])
		case 2:
			return Value{}, errUnsupported("int() with a base")
		}
		return Value{}, pyerr.TypeError("int() takes at most 2 arguments (" + strconv.Itoa(len(args)) + " given)")
	}
	if err := noKeywords(fn.s, kw, false); err != nil {
		return Value{}, err
	}
	switch fn.s {
	case "float":
		switch len(args) {
		case 0:
			return FloatValue(0), nil
		case 1:
			return toFloatValue(args[0])
		}
		return Value{}, pyerr.TypeError("float expected at most 1 argument, got " + strconv.Itoa(len(args)))
	case "len":
		if len(args) != 1 {
			return Value{}, pyerr.TypeError("len() takes exactly one argument (" + strconv.Itoa(len(args)) + " given)")
		}
		return length(args[0])
	case "abs":
		if len(args) != 1 {
			return Value{}, pyerr.TypeError("abs() takes exactly one argument (" + strconv.Itoa(len(args)) + " given)")
		}
		return absValue(args[0])
	case "divmod":
		if len(args) != 2 {
			return Value{}, pyerr.TypeError("divmod expected 2 arguments, got " + strconv.Itoa(len(args)))
		}
		return divmodValue(args[0], args[1])
	case "math.floor", "math.ceil", "math.trunc":
		if len(args) != 1 {
			return Value{}, pyerr.TypeError(fn.s + "() takes exactly one argument (" + strconv.Itoa(len(args)) + " given)")
		}
		m := map[string]rounding.Mode{"math.floor": rounding.Floor, "math.ceil": rounding.Ceiling, "math.trunc": rounding.Down}[fn.s]
		return toIntegral(args[0], m, fn.s)
	case "math.fmod", "math.remainder":
		name := shortName(fn.s)
		if len(args) != 2 {
			return Value{}, pyerr.TypeError(name + " expected 2 arguments, got " + strconv.Itoa(len(args)))
		}
		return mathFloat2(name, args[0], args[1])
	}
	return Value{}, errUnsupported("calling " + fn.s)
}

// noKeywords is the TypeError of a built-in that takes no keyword
// arguments; allowContext lets Decimal's context= through to refuse it.
func noKeywords(name string, kw []kwValue, allowContext bool) error {
	if len(kw) == 0 {
		return nil
	}
	if allowContext && kw[0].name == "context" {
		return errUnsupported("the context argument")
	}
	switch name {
	case "math.floor", "math.ceil", "math.trunc":
		return pyerr.TypeError(name + "() takes no keyword arguments")
	case "math.fmod", "math.remainder":
		return pyerr.TypeError(shortName(name) + "() takes no keyword arguments")
	case "Decimal":
		return pyerr.TypeError("'" + kw[0].name + "' is an invalid keyword argument for this function")
	}
	return pyerr.TypeError(name + "() takes no keyword arguments")
}

// callRound is round(number, ndigits=None).
func callRound(args []Value, kw []kwValue) (Value, error) {
	var number, nd Value
	haveNumber, haveNd := false, false
	if len(args) > 2 {
		return Value{}, pyerr.TypeError("round() takes at most 2 arguments (" + strconv.Itoa(len(args)+len(kw)) + " given)")
	}
	if len(args) > 0 {
		number, haveNumber = args[0], true
	}
	if len(args) > 1 {
		nd, haveNd = args[1], true
	}
	for _, k := range kw {
		switch {
		case k.name == "number" && !haveNumber:
			number, haveNumber = k.val, true
		case k.name == "ndigits" && !haveNd:
			nd, haveNd = k.val, true
		case k.name == "number" || k.name == "ndigits":
			pos := 1
			if k.name == "ndigits" {
				pos = 2
			}
			return Value{}, pyerr.TypeError("argument for round() given by name ('" + k.name + "') and position (" + strconv.Itoa(pos) + ")")
		default:
			return Value{}, pyerr.TypeError("'" + k.name + "' is an invalid keyword argument for round()")
		}
	}
	if !haveNumber {
		return Value{}, pyerr.TypeError("round() missing required argument 'number' (pos 1)")
	}
	if !haveNd {
		return roundToInt(number)
	}
	switch number.kind {
	case Int, Float, Decimal:
	default:
		return Value{}, pyerr.TypeError("type " + number.typeName() + " doesn't define __round__ method")
	}
	if nd.kind != Int {
		if number.kind == Decimal {
			return Value{}, pyerr.TypeError("optional arg must be an integer")
		}
		return Value{}, pyerr.TypeError("'" + nd.typeName() + "' object cannot be interpreted as an integer")
	}
	switch number.kind {
	case Int:
		n := clampInt(nd.i)
		z, err := rounding.RoundBigInt(new(big.Int), number.i, n, rounding.HalfEven)
		if err != nil {
			return Value{}, err
		}
		return IntValue(z), nil
	case Float:
		// CPython clips ndigits to the Py_ssize_t range (no error).
		f, err := rounding.RoundFloat(number.f, clampInt(nd.i), rounding.HalfEven)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	}
	return decRound(number, nd.i)
}

// clampInt clips x to the int range, as PyNumber_AsSsize_t(x, NULL) does
// (every ndigits beyond it rounds alike).
func clampInt(x *big.Int) int {
	if x.IsInt64() {
		v := x.Int64()
		if int64(int(v)) == v {
			return int(v)
		}
	}
	if x.Sign() < 0 {
		return math.MinInt
	}
	return math.MaxInt
}

// roundToInt is round(x) with one argument.
func roundToInt(x Value) (Value, error) {
	switch x.kind {
	case Int:
		return x.asInt(), nil
	case Float:
		small, b, err := rounding.RoundToInt(x.f, rounding.HalfEven)
		if err != nil {
			return Value{}, err
		}
		if b == nil {
			b = big.NewInt(small)
		}
		return IntValue(b), nil
	case Decimal:
		return decToInt(x, rounding.HalfEven)
	}
	return Value{}, pyerr.TypeError("type " + x.typeName() + " doesn't define __round__ method")
}

// toIntegral is math.floor, math.ceil and math.trunc.
func toIntegral(x Value, m rounding.Mode, name string) (Value, error) {
	switch x.kind {
	case Int:
		return x.asInt(), nil
	case Float:
		if math.IsNaN(x.f) {
			return Value{}, pyerr.ErrFloatNaNToInt
		}
		if math.IsInf(x.f, 0) {
			return Value{}, pyerr.OverflowError("cannot convert float infinity to integer")
		}
		var f float64
		switch m {
		case rounding.Floor:
			f = math.Floor(x.f)
		case rounding.Ceiling:
			f = math.Ceil(x.f)
		default:
			f = math.Trunc(x.f)
		}
		z, _ := new(big.Float).SetFloat64(f).Int(nil)
		return IntValue(z), nil
	case Decimal:
		return decToInt(x, m)
	}
	if name == "math.trunc" {
		return Value{}, pyerr.TypeError("type " + x.typeName() + " doesn't define __trunc__ method")
	}
	return Value{}, pyerr.TypeError("must be real number, not " + x.typeName())
}

// toInt is int(x).
func toInt(x Value) (Value, error) {
	switch x.kind {
	case Int:
		return x.asInt(), nil
	case Float:
		return toIntegral(x, rounding.Down, "int")
	case Decimal:
		return decToInt(x, rounding.Down)
	case Str:
		small, b, err := pyparse.Int(x.s, nil)
		if err != nil {
			return Value{}, err
		}
		if b == nil {
			b = big.NewInt(small)
		}
		return IntValue(b), nil
	}
	return Value{}, pyerr.TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + x.typeName() + "'")
}

// toFloatValue is float(x).
func toFloatValue(x Value) (Value, error) {
	switch x.kind {
	case Float:
		return x, nil
	case Int:
		f, err := divmod.IntToFloat(x.i)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	case Decimal:
		f, err := decToFloat(x)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	case Str:
		f, err := pyparse.Float(x.s)
		if err != nil {
			return Value{}, err
		}
		return FloatValue(f), nil
	}
	return Value{}, pyerr.TypeError("float() argument must be a string or a real number, not '" + x.typeName() + "'")
}

// absValue is abs(x).
func absValue(x Value) (Value, error) {
	switch x.kind {
	case Int:
		return IntValue(new(big.Int).Abs(x.i)), nil
	case Float:
		return FloatValue(math.Abs(x.f)), nil
	case Decimal:
		return decAbs(x)
	}
	return Value{}, pyerr.TypeError("bad operand type for abs(): '" + x.typeName() + "'")
}

// divmodValue is divmod(a, b).
func divmodValue(a, b Value) (Value, error) {
	if !isNumber(a) || !isNumber(b) || (a.kind == Decimal || b.kind == Decimal) && (a.kind == Float || b.kind == Float) {
		return Value{}, pyerr.TypeError("unsupported operand type(s) for divmod(): '" + a.typeName() + "' and '" + b.typeName() + "'")
	}
	switch {
	case a.kind == Decimal || b.kind == Decimal:
		return decDivMod(a, b)
	case a.kind == Float || b.kind == Float:
		x, y, err := floatPair(a, b)
		if err != nil {
			return Value{}, err
		}
		q, r, err := divmod.DivModFloat(x, y)
		if err != nil {
			return Value{}, err
		}
		return pair(FloatValue(q), FloatValue(r)), nil
	}
	q, r, err := divmod.DivModBig(new(big.Int), new(big.Int), a.i, b.i)
	if err != nil {
		return Value{}, err
	}
	return pair(IntValue(q), IntValue(r)), nil
}

var errMathDomain = pyerr.ValueError("math domain error")

// mathFloat2 is math.fmod and math.remainder: both operands converted to
// float, Python's domain errors.
func mathFloat2(name string, a, b Value) (Value, error) {
	x, err := realToFloat(a)
	var y float64
	if err == nil {
		y, err = realToFloat(b)
	}
	if err != nil {
		return Value{}, err
	}
	var r float64
	if name == "fmod" {
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return FloatValue(x), nil
		}
		r = math.Mod(x, y)
	} else {
		r = math.Remainder(x, y)
	}
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Value{}, errMathDomain
	}
	return FloatValue(r), nil
}

// realToFloat converts an argument of a math function to float, as
// PyFloat_AsDouble does.
func realToFloat(v Value) (float64, error) {
	switch v.kind {
	case Float, Int:
		return toFloat(v)
	case Decimal:
		return decToFloat(v)
	}
	return 0, pyerr.TypeError("must be real number, not " + v.typeName())
}

// callQuantize is d.quantize(exp, rounding=None).
func callQuantize(d Value, args []Value, kw []kwValue) (Value, error) {
	var exp, mode Value
	haveExp, haveMode := false, false
	if len(args) > 0 {
		exp, haveExp = args[0], true
	}
	if len(args) > 1 {
		mode, haveMode = args[1], true
	}
	if len(args) > 2 {
		return Value{}, errUnsupported("the context argument")
	}
	for _, k := range kw {
		switch {
		case k.name == "exp" && !haveExp:
			exp, haveExp = k.val, true
		case k.name == "rounding" && !haveMode:
			mode, haveMode = k.val, true
		case k.name == "context":
			return Value{}, errUnsupported("the context argument")
		case k.name == "exp" || k.name == "rounding":
			return Value{}, pyerr.TypeError("argument for function given by name ('" + k.name + "') and position")
		default:
			return Value{}, pyerr.TypeError("'" + k.name + "' is an invalid keyword argument for this function")
		}
	}
	if !haveExp {
		return Value{}, pyerr.TypeError("function missing required argument 'exp' (pos 1)")
	}
	m := rounding.HalfEven
	if haveMode {
		var err error
		if m, err = roundingName(mode); err != nil {
			return Value{}, err
		}
	}
	switch exp.kind {
	case Int, Decimal:
	case Float:
		return Value{}, pyerr.TypeError("conversion from float to Decimal is not supported")
	default:
		return Value{}, pyerr.TypeError("conversion from " + exp.typeName() + " to Decimal is not supported")
	}
	return decQuantize(d, exp, m)
}

var errRoundingName = pyerr.TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")

// roundingName reads the rounding= argument: one of the eight names.
func roundingName(v Value) (rounding.Mode, error) {
	if v.kind != Str || len(v.s) < 6 || v.s[:6] != "ROUND_" {
		return 0, errRoundingName
	}
	for _, m := range rounding.Modes {
		if m.PythonName() == v.s {
			return m, nil
		}
	}
	return 0, errRoundingName
}
