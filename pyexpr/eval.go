package pyexpr

import (
	"github.com/pyround/pyround/pyerr"
)

// Eval parses and evaluates src: Parse then (*Expr).Eval.
func Eval(src string) (Value, error) {
	e, err := Parse(src)
	if err != nil {
		return Value{}, err
	}
	return e.Eval()
}

// Eval evaluates the expression as Python 3.11 does and returns its value,
// or the exception Python raises as a *pyerr.Error ("ZeroDivisionError:
// division by zero"). Operands are evaluated left to right, so the first
// exception Python would meet is the one returned. An int result of more
// than rounding.MaxResultDigits digits fails with rounding.ErrTooManyDigits
// before it is built, and syntax Python accepts but pyround does not
// (math.pi, str operations, complex results) with a NotImplementedError
// that says so.
func (e *Expr) Eval() (Value, error) {
	return eval(e.root)
}

// errUnsupported is the error for Python that pyround does not evaluate:
// its answer would differ from Python's, so it refuses.
func errUnsupported(what string) error {
	return pyerr.New("NotImplementedError", "pyround does not support "+what)
}

// names is the namespace of the language: the built-ins, the math module
// and the rounding constants, which Python defines as strings.
var names = map[string]Value{
	"round":   {kind: kindFunc, s: "round"},
	"divmod":  {kind: kindFunc, s: "divmod"},
	"abs":     {kind: kindFunc, s: "abs"},
	"int":     {kind: kindFunc, s: "int"},
	"float":   {kind: kindFunc, s: "float"},
	"Decimal": {kind: kindFunc, s: "Decimal"},
	"math":    {kind: kindFunc, s: "math"},

	"ROUND_HALF_EVEN": {kind: Str, s: "ROUND_HALF_EVEN"},
	"ROUND_HALF_UP":   {kind: Str, s: "ROUND_HALF_UP"},
	"ROUND_HALF_DOWN": {kind: Str, s: "ROUND_HALF_DOWN"},
	"ROUND_UP":        {kind: Str, s: "ROUND_UP"},
	"ROUND_DOWN":      {kind: Str, s: "ROUND_DOWN"},
	"ROUND_CEILING":   {kind: Str, s: "ROUND_CEILING"},
	"ROUND_FLOOR":     {kind: Str, s: "ROUND_FLOOR"},
	"ROUND_05UP":      {kind: Str, s: "ROUND_05UP"},
}

var mathFuncs = map[string]bool{"floor": true, "ceil": true, "trunc": true, "fmod": true, "remainder": true}

func eval(n *node) (Value, error) {
	switch n.kind {
	case nLiteral:
		return n.val, nil
	case nName:
		if v, ok := names[n.text]; ok {
			return v, nil
		}
		return Value{}, pyerr.New("NameError", "name '"+n.text+"' is not defined")
	case nUnary:
		x, err := eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		return unary(n.op, x)
	case nBinary:
		a, err := eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		b, err := eval(n.args[1])
		if err != nil {
			return Value{}, err
		}
		return binary(n.op, a, b)
	case nAttr:
		x, err := eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		return attr(x, n.text)
	case nCall:
		fn, err := eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		args := make([]Value, 0, len(n.args)-1)
		for _, a := range n.args[1:] {
			v, err := eval(a)
			if err != nil {
				return Value{}, err
			}
			args = append(args, v)
		}
		var kw []kwValue
		for _, k := range n.kw {
			v, err := eval(k.val)
			if err != nil {
				return Value{}, err
			}
			kw = append(kw, kwValue{k.name, v})
		}
		return call(fn, args, kw)
	}
	return Value{}, errUnsupported("this expression")
}

// kwValue is an evaluated keyword argument.
type kwValue struct {
	name string
	val  Value
}

// attr evaluates x.name.
func attr(x Value, name string) (Value, error) {
	switch {
	case x.kind == kindFunc && x.s == "math":
		if mathFuncs[name] {
			return Value{kind: kindFunc, s: "math." + name}, nil
		}
		return Value{}, errUnsupported("math." + name)
	case name == "quantize":
		if x.kind == Decimal {
			return Value{kind: kindFunc, s: "quantize", t: []Value{x}}, nil
		}
		if x.kind == Int || x.kind == Float || x.kind == Tuple || x.kind == Str {
			return Value{}, pyerr.New("AttributeError", "'"+x.typeName()+"' object has no attribute 'quantize'")
		}
	}
	return Value{}, errUnsupported("the attribute ." + name + " of " + x.typeName())
}
