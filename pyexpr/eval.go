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
// division by zero"). Operands are evaluated left to right, and and, or
// and comparison chains stop where Python's do, so the first exception
// Python would meet is the one returned. An int result of more than
// rounding.MaxResultDigits digits fails with rounding.ErrTooManyDigits
// before it is built, a tuple past MaxTupleItems with a MemoryError that
// names pyround's limit, and syntax Python accepts but pyround does not
// (math.pi, is, str operations, complex results) with a NotImplementedError
// that says so.
func (e *Expr) Eval() (Value, error) {
	var ev evaluator
	return ev.eval(e.root)
}

// evaluator is the state of one evaluation: the tuple items it has built
// (see MaxTupleItems).
type evaluator struct {
	built int64
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
	"len":     {kind: kindFunc, s: "len"},
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

func (ev *evaluator) eval(n *node) (Value, error) {
	switch n.kind {
	case nLiteral:
		return n.val, nil
	case nName:
		if v, ok := names[n.text]; ok {
			return v, nil
		}
		return Value{}, pyerr.New("NameError", "name '"+n.text+"' is not defined")
	case nUnary:
		x, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		return unary(n.op, x)
	case nBinary:
		a, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		b, err := ev.eval(n.args[1])
		if err != nil {
			return Value{}, err
		}
		return ev.binary(n.op, a, b)
	case nCompare:
		// a < b < c is a < b and b < c with b evaluated once; the first
		// false link ends the chain, and its operands to the right are
		// not evaluated.
		a, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		var r Value
		for i := range len(n.op) {
			b, err := ev.eval(n.args[i+1])
			if err != nil {
				return Value{}, err
			}
			if r, err = compareLink(cmpOp(n.op[i]), a, b); err != nil {
				return Value{}, err
			}
			if !truthy(r) {
				break
			}
			a = b
		}
		return r, nil
	case nNot:
		x, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		return BoolValue(!truthy(x)), nil
	case nBoolOp:
		// and, or: the first operand that decides, not a bool.
		var x Value
		for _, a := range n.args {
			var err error
			if x, err = ev.eval(a); err != nil {
				return Value{}, err
			}
			if truthy(x) == (n.op == "or") {
				break
			}
		}
		return x, nil
	case nTuple:
		items := make([]Value, 0, len(n.args))
		w := int64(0)
		for _, a := range n.args {
			v, err := ev.eval(a)
			if err != nil {
				return Value{}, err
			}
			if w += 1 + weight(v); w > MaxTupleItems {
				return Value{}, errTupleLimit
			}
			items = append(items, v)
		}
		return Value{kind: Tuple, t: items, w: int32(w)}, nil
	case nSubscript:
		x, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		ix := n.args[1]
		if ix.kind == nSlice {
			var s sliceSpec
			if err := ev.sliceBounds(ix, &s); err != nil {
				return Value{}, err
			}
			return ev.slice(x, &s)
		}
		var index Value
		if ix.kind == nTuple {
			// x[a, b:c]: the index is a tuple (of values and slices),
			// which no value of the language accepts.
			for _, a := range ix.args {
				if a.kind == nSlice {
					var s sliceSpec
					err = ev.sliceBounds(a, &s)
				} else {
					_, err = ev.eval(a)
				}
				if err != nil {
					return Value{}, err
				}
			}
			index = Value{kind: Tuple}
		} else if index, err = ev.eval(ix); err != nil {
			return Value{}, err
		}
		return subscript(x, index)
	case nAttr:
		x, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		return attr(x, n.text)
	case nCall:
		fn, err := ev.eval(n.args[0])
		if err != nil {
			return Value{}, err
		}
		args := make([]Value, 0, len(n.args)-1)
		for _, a := range n.args[1:] {
			v, err := ev.eval(a)
			if err != nil {
				return Value{}, err
			}
			args = append(args, v)
		}
		var kw []kwValue
		for _, k := range n.kw {
			v, err := ev.eval(k.val)
			if err != nil {
				return Value{}, err
			}
			kw = append(kw, kwValue{k.name, v})
		}
		return call(fn, args, kw)
	}
	return Value{}, errUnsupported("this expression")
}

// sliceBounds evaluates the bounds of x[start:stop:step], left to right.
func (ev *evaluator) sliceBounds(n *node, s *sliceSpec) error {
	var err error
	if a := n.args[0]; a != nil {
		if s.start, err = ev.eval(a); err != nil {
			return err
		}
		s.hasStart = true
	}
	if a := n.args[1]; a != nil {
		if s.stop, err = ev.eval(a); err != nil {
			return err
		}
		s.hasStop = true
	}
	if a := n.args[2]; a != nil {
		if s.step, err = ev.eval(a); err != nil {
			return err
		}
		s.hasStep = true
	}
	return nil
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
