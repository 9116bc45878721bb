package pyexpr

import (
	"math"
	"math/big"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyerr"
)

// truthy is bool(x): zero numbers (0, 0.0, -0.0, Decimal('-0.00'), False)
// and empty tuples and strs are false; NaNs, infinities, functions and
// everything else are true.
func truthy(x Value) bool {
	switch x.kind {
	case Int:
		return x.i.Sign() != 0
	case Float:
		return x.f != 0 // NaN != 0
	case Decimal:
		return x.d.Form != apd.Finite || x.d.Coeff.Sign() != 0
	case Tuple:
		return len(x.t) > 0
	case Str:
		return x.s != ""
	}
	return true
}

// errDecInvalid is what comparing a Decimal NaN raises (any comparison
// with a signaling NaN, an ordering with a quiet one).
var errDecInvalid = pyerr.Decimal("InvalidOperation", "InvalidOperation")

// cmpOp is a comparison operator of a chain.
type cmpOp uint8

const (
	opEq cmpOp = iota
	opNe
	opLt
	opLe
	opGt
	opGe
	opIn
	opNotIn
	opIs
	opIsNot
)

var cmpOpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not"}

// holds reports whether the three-way result c (-1, 0, 1) satisfies op
// (one of == != < <= > >=).
func (op cmpOp) holds(c int) bool {
	switch op {
	case opEq:
		return c == 0
	case opNe:
		return c != 0
	case opLt:
		return c < 0
	case opLe:
		return c <= 0
	case opGt:
		return c > 0
	}
	return c >= 0
}

// compareLink evaluates one link a OP b of a comparison chain.
func compareLink(op cmpOp, a, b Value) (Value, error) {
	switch op {
	case opIn, opNotIn:
		in, err := contains(b, a)
		if err != nil {
			return Value{}, err
		}
		return BoolValue(in == (op == opIn)), nil
	case opIs, opIsNot:
		// Identity depends on CPython's object caches and constant
		// folding (1 is 1, 1.5 is 1.5): no answer would be Python's.
		return Value{}, errUnsupported("the operators is and is not")
	}
	r, err := richCompare(op, a, b)
	if err != nil {
		return Value{}, err
	}
	return BoolValue(r), nil
}

// richCompare is PyObject_RichCompare(a, b, op) for == != < <= > >=,
// whose results are all bools for the values of the language.
func richCompare(op cmpOp, a, b Value) (bool, error) {
	switch {
	case isNumber(a) && isNumber(b):
		return numCompare(op, a, b)
	case a.kind == Tuple && b.kind == Tuple:
		return tupleCompare(op, a.t, b.t)
	case a.kind == Str && b.kind == Str:
		// Go compares UTF-8 bytes, which orders as the code points do.
		return op.holds(strings.Compare(a.s, b.s)), nil
	}
	switch op {
	case opEq, opNe:
		// Different types are unequal (Decimal('sNaN') == 'a' too); a
		// function or type equals only itself, and no bound method is
		// the same object as another.
		same := a.kind == kindFunc && b.kind == kindFunc && a.s == b.s && a.s != "quantize"
		return same == (op == opEq), nil
	}
	return false, pyerr.TypeError("'" + cmpOpText[op] + "' not supported between instances of '" + a.typeName() + "' and '" + b.typeName() + "'")
}

// numCompare compares two numbers exactly, as CPython does: an int with a
// float by their exact values (2**53 + 1 > 2.0**53), a Decimal with a
// float by the float's exact value (Decimal('0.1') != 0.1). A float NaN
// is unordered; a Decimal NaN is too for == and !=, but any ordering with
// one, and any comparison with a signaling NaN, is InvalidOperation.
func numCompare(op cmpOp, a, b Value) (bool, error) {
	switch {
	case a.kind == Decimal || b.kind == Decimal:
		x, y := decOperand(a), decOperand(b)
		if x.Form == apd.NaNSignaling || y.Form == apd.NaNSignaling {
			return false, errDecInvalid
		}
		if x.Form == apd.NaN || y.Form == apd.NaN {
			if op == opEq || op == opNe {
				return op == opNe, nil
			}
			return false, errDecInvalid
		}
		return op.holds(x.Cmp(y)), nil
	case a.kind == Float && b.kind == Float:
		x, y := a.f, b.f
		switch op {
		case opEq:
			return x == y, nil
		case opNe:
			return x != y, nil
		case opLt:
			return x < y, nil
		case opLe:
			return x <= y, nil
		case opGt:
			return x > y, nil
		}
		return x >= y, nil
	case a.kind == Float:
		if math.IsNaN(a.f) {
			return op == opNe, nil
		}
		return op.holds(-cmpIntFloat(b.i, a.f)), nil
	case b.kind == Float:
		if math.IsNaN(b.f) {
			return op == opNe, nil
		}
		return op.holds(cmpIntFloat(a.i, b.f)), nil
	}
	return op.holds(a.i.Cmp(b.i)), nil
}

// decOperand converts a number to Decimal exactly for a comparison: an
// int, or a float (NaN becomes Decimal NaN).
func decOperand(v Value) *apd.Decimal {
	if v.kind == Float {
		return pydecimal.FromFloat(new(apd.Decimal), v.f)
	}
	return asDecimal(v)
}

// cmpIntFloat compares the int x with the float f (not NaN) exactly.
func cmpIntFloat(x *big.Int, f float64) int {
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	if x.IsInt64() {
		if n := x.Int64(); n >= -1<<53 && n <= 1<<53 {
			// n converts exactly.
			switch g := float64(n); {
			case g < f:
				return -1
			case g > f:
				return 1
			}
			return 0
		}
	}
	return new(big.Float).SetInt(x).Cmp(big.NewFloat(f))
}

// tupleCompare is tuplerichcompare: the first items that differ decide,
// compared with op; if there are none, the lengths.
func tupleCompare(op cmpOp, v, w []Value) (bool, error) {
	i := 0
	for ; i < len(v) && i < len(w); i++ {
		if i > 0 && sameRef(v[i], v[i-1]) && sameRef(w[i], w[i-1]) {
			continue // the pair just found equal, repeated ((x,) * 1000)
		}
		eq, err := richCompare(opEq, v[i], w[i])
		if err != nil {
			return false, err
		}
		if !eq {
			break
		}
	}
	if i >= len(v) || i >= len(w) {
		return op.holds(cmpLen(len(v), len(w))), nil
	}
	switch op {
	case opEq:
		return false, nil
	case opNe:
		return true, nil
	}
	return richCompare(op, v[i], w[i])
}

// sameRef reports whether a and b are the same big value: an int or
// Decimal by pointer, a tuple by its items' storage. Comparisons are
// deterministic, so an item that repeats the previous one (as tuple *
// n makes them) compares as it did; the check keeps comparing a tuple
// of a million repeated million-digit ints to the cost of one.
func sameRef(a, b Value) bool {
	if a.kind != b.kind || a.b != b.b {
		return false
	}
	switch a.kind {
	case Int:
		return a.i == b.i
	case Decimal:
		return a.d == b.d
	case Tuple:
		return len(a.t) == len(b.t) && len(a.t) > 0 && &a.t[0] == &b.t[0]
	}
	return false
}

func cmpLen(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// contains is x in c: a tuple holds x when an item equals it (item == x,
// which raises for a Decimal sNaN); a str holds a substring.
func contains(c, x Value) (bool, error) {
	switch c.kind {
	case Tuple:
		for i, e := range c.t {
			if i > 0 && sameRef(e, c.t[i-1]) {
				continue // the item just found unequal, repeated
			}
			eq, err := richCompare(opEq, e, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Str:
		if x.kind != Str {
			return false, pyerr.TypeError("'in <string>' requires string as left operand, not " + x.typeName())
		}
		return strings.Contains(c.s, x.s), nil
	}
	return false, pyerr.TypeError("argument of type '" + c.typeName() + "' is not iterable")
}
