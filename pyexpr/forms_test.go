package pyexpr_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyexpr"
)

// outsideOracleCases are comparisons, tuples and bools the oracle's
// generator and walker leave out (functions, types and the math module as
// values, the ROUND_* strs), with the answers python3 3.11.7 gives
// (eval, then print; "!Type: message" when it raises).
var outsideOracleCases = []struct{ src, want string }{
	{`round == round`, `True`},
	{`round == abs`, `False`},
	{`round != abs`, `True`},
	{`int == int`, `True`},
	{`int == float`, `False`},
	{`Decimal == Decimal`, `True`},
	{`math == math`, `True`},
	{`math.floor == math.floor`, `True`},
	{`math.floor == math.ceil`, `False`},
	{`Decimal(1).quantize == Decimal(1).quantize`, `False`},
	{`round < round`, `!TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'builtin_function_or_method'`},
	{`int < float`, `!TypeError: '<' not supported between instances of 'type' and 'type'`},
	{`math <= math`, `!TypeError: '<=' not supported between instances of 'module' and 'module'`},
	{`round > 1`, `!TypeError: '>' not supported between instances of 'builtin_function_or_method' and 'int'`},
	{`1 >= round`, `!TypeError: '>=' not supported between instances of 'int' and 'builtin_function_or_method'`},
	{`(round,)`, `(<built-in function round>,)`},
	{`(int, float, Decimal)`, `(<class 'int'>, <class 'float'>, <class 'decimal.Decimal'>)`},
	{`round and 1`, `1`},
	{`not round`, `False`},
	{`1 in round`, `!TypeError: argument of type 'builtin_function_or_method' is not iterable`},
	{`1 in int`, `!TypeError: argument of type 'type' is not iterable`},
	{`1 in math`, `!TypeError: argument of type 'module' is not iterable`},
	{`round in (abs, round)`, `True`},
	{`int in (1, 2)`, `False`},
	{`round[0]`, `!TypeError: 'builtin_function_or_method' object is not subscriptable`},
	{`int[0]`, `!TypeError: type 'int' is not subscriptable`},
	{`float[0]`, `!TypeError: type 'float' is not subscriptable`},
	{`Decimal[0]`, `!TypeError: type 'decimal.Decimal' is not subscriptable`},
	{`math[0]`, `!TypeError: 'module' object is not subscriptable`},
	{`len(round)`, `!TypeError: object of type 'builtin_function_or_method' has no len()`},
	{`len(int)`, `!TypeError: object of type 'type' has no len()`},
	{`'a' + 1`, `!TypeError: can only concatenate str (not "int") to str`},
	{`1 + 'a'`, `!TypeError: unsupported operand type(s) for +: 'int' and 'str'`},
	{`'a' * 1.5`, `!TypeError: can't multiply sequence by non-int of type 'float'`},
	{`1.5 * 'a'`, `!TypeError: can't multiply sequence by non-int of type 'float'`},
	{`(1,) * 'a'`, `!TypeError: can't multiply sequence by non-int of type 'str'`},
	{`'a' * (1,)`, `!TypeError: can't multiply sequence by non-int of type 'tuple'`},
	{`ROUND_UP == 'ROUND_UP'`, `True`},
	{`ROUND_UP < ROUND_DOWN`, `False`},
	{`(ROUND_UP,)`, `('ROUND_UP',)`},
	{`len(ROUND_HALF_EVEN)`, `15`},
	{`ROUND_UP[0]`, `R`},
}

// TestOutsideOracle checks the cases above; with python3 present the
// answers are asked of it too.
func TestOutsideOracle(t *testing.T) {
	for _, c := range outsideOracleCases {
		if got := evalResult(c.src); got != c.want {
			t.Errorf("eval(%q) = %q, want %q", c.src, got, c.want)
		}
	}
	in := make([]string, len(outsideOracleCases))
	for i, c := range outsideOracleCases {
		b, err := json.Marshal(c.src)
		if err != nil {
			t.Fatal(err)
		}
		in[i] = string(b)
	}
	out := oracle.Start(t).RunScript(t, `
import sys, json, math
from decimal import *
ns = {"round": round, "divmod": divmod, "abs": abs, "len": len, "int": int, "float": float,
      "Decimal": Decimal, "math": math, "ROUND_UP": ROUND_UP, "ROUND_DOWN": ROUND_DOWN,
      "ROUND_HALF_EVEN": ROUND_HALF_EVEN}
for line in sys.stdin:
    try:
        print(eval(json.loads(line), {"__builtins__": {}}, ns))
    except Exception as e:
        print("!%s: %s" % (type(e).__name__, e))
`, in)
	for i, c := range outsideOracleCases {
		if out[i] != c.want {
			t.Errorf("eval(%q): CPython now %q, the table says %q", c.src, out[i], c.want)
		}
	}
}

// TestRefused checks the Python pyround refuses with a NotImplementedError
// that names it, rather than answer differently: identity (1 is 1 depends
// on CPython's caches), str operators, the text of a bound method (Python's
// holds a memory address), complex results.
func TestRefused(t *testing.T) {
	for _, c := range []struct{ src, frag string }{
		{"1 is 1", "is and is not"},
		{"(1,) is not ()", "is and is not"},
		{"'a' + 'b'", "operators on str values"},
		{"'a' * 2", "operators on str values"},
		{"2 * 'a'", "operators on str values"},
		{"'%s' % 1", "operators on str values"},
		{"Decimal(1).quantize", "bound method"},
		{"(Decimal(1).quantize,)", "bound method"},
		{"(-8) ** (1/3)", "complex"},
		{"(1, (-8) ** 0.5)", "complex"},
	} {
		got := evalResult(c.src)
		if !strings.HasPrefix(got, "!NotImplementedError: ") || !strings.Contains(got, c.frag) {
			t.Errorf("eval(%q) = %q, want a NotImplementedError naming %q", c.src, got, c.frag)
		}
	}
}

// TestBoolKind checks the Go view of a bool: Kind is Bool, Int is 0 or
// 1, and arithmetic results are plain ints.
func TestBoolKind(t *testing.T) {
	for _, c := range []struct {
		src  string
		kind pyexpr.Kind
		i    int64
	}{
		{"True", pyexpr.Bool, 1},
		{"1 < 2 < 0", pyexpr.Bool, 0},
		{"not ()", pyexpr.Bool, 1},
		{"True + 0", pyexpr.Int, 1},
		{"+True", pyexpr.Int, 1},
		{"round(True)", pyexpr.Int, 1},
		{"int(False)", pyexpr.Int, 0},
		{"abs(True)", pyexpr.Int, 1},
		{"0 or False", pyexpr.Bool, 0},
		{"(True,)[0]", pyexpr.Bool, 1},
	} {
		v, err := pyexpr.Eval(c.src)
		if err != nil || v.Kind() != c.kind || v.Int() == nil || v.Int().Int64() != c.i {
			t.Errorf("Eval(%q) = kind %v int %v err %v, want kind %v int %d", c.src, v.Kind(), v.Int(), err, c.kind, c.i)
		}
	}
	if b := pyexpr.BoolValue(true); b.String() != "True" || pyexpr.BoolValue(false).String() != "False" {
		t.Errorf("BoolValue prints %q", b.String())
	}
}
