"""The "eval" op of pyround's oracle: Python numeric expressions (issues 6, 18).

This module holds both halves of the op, imported by oracle.py:

  evaluate(EXPR)         the text print(EXPR) shows under CPython 3.11, or the
                         exception Python raises (oracle.outcome turns it into
                         "!Type: message")
  generate_eval(rng)     [EXPR]: one random expression of the pyexpr language
  generate_evalcmp(rng)  [EXPR]: one whose root is a comparison, and/or/not, a
                         tuple, an index, len() or bools in arithmetic (the
                         "evalcmp" op: the same evaluate, a generator of its own)
  FIXED_CASES            hand-picked expressions gen_golden.py writes before
                         the random ones

The language (pyexpr's, a subset of Python 3 expressions)
---------------------------------------------------------
  top      := test (',' test)* [',']           # 1, 2 is the tuple (1, 2)
  test     := test 'or' and_t | and_t
  and_t    := and_t 'and' not_t | not_t
  not_t    := 'not' not_t | cmp
  cmp      := expr (CMPOP expr)*               # a chain: a < b < c
  CMPOP    := '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in'
  expr     := expr ('+'|'-') term | term
  term     := term ('*'|'/'|'//'|'%') factor | factor
  factor   := ('+'|'-') factor | power
  power    := primary ['**' factor]            # right-assoc; -2**2 == -4
  primary  := INT | FLOAT | STRING | 'True' | 'False' | '(' test ')' | tuple | call
            | primary '[' index ']' | primary '.quantize(' test [',' 'rounding' '=' MODE] ')'
  tuple    := '(' ')' | '(' test ',' ')' | '(' test (',' test)+ [','] ')'
  index    := slice (',' slice)* [',']         # several: the index is a tuple
  slice    := test | [test] ':' [test] [':' [test]]
  call     := ('round' '(' test [',' test] ')') | 'divmod(' test ',' test ')'
            | ('abs'|'len'|'int'|'float'|'Decimal'|'math.floor'|'math.ceil'|'math.trunc') '(' test ')'
            | ('math.fmod'|'math.remainder') '(' test ',' test ')'
  MODE     := ROUND_HALF_EVEN | ROUND_HALF_UP | ROUND_HALF_DOWN | ROUND_UP
            | ROUND_DOWN | ROUND_CEILING | ROUND_FLOOR | ROUND_05UP
  INT      := decimal integer literal, '_' allowed between digits (1_000, 00)
  FLOAT    := Python float literal (1.5 .5 5. 1e-3 1_000.5 1E+400 007.5)
  STRING   := a str literal
Not in the language (Unsupported): 'is' / 'is not' (identity depends on
CPython's caches; pyexpr raises NotImplementedError), str concatenation,
repetition and % formatting (pyexpr: NotImplementedError), names other than
the functions' callees, keyword arguments other than quantize's rounding=.

Evaluation (the specification)
------------------------------
  decimal.setcontext(decimal.Context())      # fresh default context per expression:
                                             # prec 28, ROUND_HALF_EVEN, Emax 999999,
                                             # Emin -999999, traps InvalidOperation,
                                             # DivisionByZero, Overflow; no flags
  value = eval(EXPR, {"__builtins__": {}}, NAMESPACE)
  text  = str(value)                         # = what print(value) shows; a tuple shows
                                             # repr() of its items: (Decimal('-3'), Decimal('-1'))
with NAMESPACE = {round, divmod, abs, len, int, float, Decimal (the builtins/decimal
objects), math (a module object holding only floor, ceil, trunc, fmod,
remainder), ROUND_* (decimal's constants)} and the oracle's int<->str limit
of 4300 digits (sys.set_int_max_str_digits(4300)). Like eval(), leading
spaces and TABs of EXPR are ignored.

Before eval() runs, evaluate() parses EXPR and walks the tree applying the
same Python operations, to
  * reject expressions outside the language (Unsupported: the oracle answers
    "!ProtocolError: ..."; Python's own SyntaxError is an ordinary answer), and
  * refuse expressions whose evaluation would be costly in Python (TooCostly,
    also a ProtocolError answer): an int of more than PIPE_MAX_DIGITS digits,
    round(int, -k) with k > PIPE_MAX_DIGITS, int()/round()/math.floor/ceil/
    trunc of a Decimal with more than PIPE_MAX_DIGITS integer digits, a
    Decimal ** non-integral Decimal with a base of more than 1000 digits
    (mpdecimal takes ~0.75 s for 3000 digits), a complex intermediate result
    (Python 3 returns complex for (-8)**(1/3); pyexpr has no complex
    numbers), a tuple of more than PIPE_MAX_TUPLE items, nested tuples'
    items counted (pyexpr.MaxTupleItems: pyround answers with its own
    MemoryError), and tuple * n of a size Python would try to allocate
    (past TUPLE_ALLOC_MAX, or with n past Py_ssize_t, Python fails at once
    and the oracle asks it).
The generator keeps far below those limits (GEN_MAX_DIGITS, tuples of at
most 2,000 items, results of at most MAX_RESULT_CHARS characters) and never
produces a complex number.

The generator (generate_eval)
-----------------------------
Typed random trees, built bottom-up with every node's Python value (or
exception) computed on the way, so exponents, round() digits etc. are chosen
knowing their operands; a tree that would be costly or complex is redrawn.
  * depth: 0 (a bare literal, 4%) or 1-6 levels of operations; divmod at
    the root (12%) or as a tuple anywhere; nodes typed int / float /
    Decimal / bool / tuple / str.
  * issue 18's forms: NEW_FORMS_FRACTION (30%) of the roots of the eval op,
    every root of the evalcmp op: comparison chains of 1-3 links across int,
    float and Decimal (often values near each other across types: 2**53 + 1
    and 9007199254740993.0, Decimal('0.1') and 0.1, 1e22 and 10**22), with
    float and Decimal NaNs; comparisons of tuples (near copies, so that a
    later item decides) and of strs; in / not in; not; and / or of any
    kinds; tuple displays ((), (x,), trailing commas, nested, with strs and
    bools), a bare 1, 2 at the root, divmod(), tuple + tuple, tuple * n and
    n * tuple (n small, negative or a bool), slices and indexes (negative,
    out of range, bools, past Py_ssize_t, steps 0, -1, 10**20); len();
    bools in int, float and Decimal arithmetic; items of tuples as numbers;
    Decimal((sign, digits, exp)). Raising ones: every operator and builtin
    with a tuple operand, bad indexes and slice bounds, unorderable
    comparisons, Decimal NaN orderings and sNaN comparisons, (1,) * 10**20
    and MemoryError repeats, malformed Decimal tuples, len() of a number,
    x in a number, a number subscripted.
  * int: + - * // % ** (exponent chosen so the result stays below ~4000
    digits, sometimes 4300-5600 digits to hit str()'s limit; 0/1/-1 to the
    power 10**30; negative exponents -> float), unary chains (--x, -+-x),
    abs, int(x|'str'), round(x) / round(int, n), math.floor/ceil/trunc.
  * float: mixed int/float arithmetic, int / int, int ** -k, float ** float
    (integer exponents for negative bases), float(x|'str'), round(x, n) with
    n small, near +-323 and +-10**30, math.fmod / math.remainder (any args).
  * Decimal: Decimal('str'|int|float|Decimal), Decimal/int arithmetic,
    Decimal ** int | Decimal, round(x, n), x.quantize(q[, rounding=MODE]).
  * literals: ties (2.675 0.125 1.005 2.5, random x.xx5), -0.0 (unary minus),
    subnormals, 1.7976931348623157e308, 1e400 / 1E+400 (inf), ints past 2**53
    and 2**64, 10**30, with '_' separators, 00, 007.5, 1e1_0; strings with
    spaces, signs, '_', nan/inf spellings, huge/tiny Decimal exponents
    ('1E+999999', '1E-1000000', '1e999999999'), and bad strings.
  * spacing: operators with or without spaces, ( x ), f(a,b), rarely f (a).
  * about RAISE_FRACTION (30%) of the expressions raise: per expression a
    target is drawn, the raising ones get error-prone nodes (Decimal mixed
    with float, zero divisors, bad strings, math domain, inf/nan to int,
    float overflow, 0.0 ** -k, Decimal traps, type errors, quantize on a
    non-Decimal, ints past 4300 digits), and trees are redrawn until the
    outcome matches the target.
Expressions contain no TAB or newline, strings are quoted without
backslashes; the same seed gives the same expressions.
`python3 internal/oracle/exprgen.py SEED COUNT` prints speed and outcome
distribution and cross-checks the generator's values against eval().
"""

import ast
import decimal
import math
import operator
import re
import struct
import types
import warnings
from decimal import Decimal

# 5[0] and (1, 2)(3) compile with a SyntaxWarning ("perhaps you missed a
# comma?") before raising TypeError; the answer is the TypeError.
warnings.filterwarnings("ignore", category=SyntaxWarning)

ROUND_NAMES = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP",
               "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"]
MATH_FUNCS = ["floor", "ceil", "trunc", "fmod", "remainder"]

_MATH = types.ModuleType("math")
for _f in MATH_FUNCS:
    setattr(_MATH, _f, getattr(math, _f))

NAMESPACE = {"round": round, "divmod": divmod, "abs": abs, "int": int, "float": float,
             "Decimal": Decimal, "math": _MATH, "len": len}
NAMESPACE.update((n, getattr(decimal, n)) for n in ROUND_NAMES)

# Arity of the callables: name -> (min positional, max positional).
_ARITY = {"round": (1, 2), "divmod": (2, 2), "abs": (1, 1), "int": (1, 1), "float": (1, 1),
          "Decimal": (1, 1), "floor": (1, 1), "ceil": (1, 1), "trunc": (1, 1),
          "fmod": (2, 2), "remainder": (2, 2), "quantize": (1, 1), "len": (1, 1)}
_STRING_FUNCS = ("int", "float", "Decimal")

PIPE_MAX_DIGITS = 50_000   # expressions sent over the pipe
GEN_MAX_DIGITS = 6_000     # generated expressions
MAX_RESULT_CHARS = 5_000   # generated expressions: length of the printed result
MAX_EXPR_CHARS = 10_000    # pyexpr rejects longer expressions
NEW_FORMS_FRACTION = 0.30  # eval op: share of roots with issue 18's forms (evalcmp: all)


class Unsupported(Exception):
    """The expression is valid Python but outside pyexpr's language."""


class TooCostly(Exception):
    """Evaluating the expression would be costly for Python (see module doc)."""


class _Limits:
    def __init__(self, max_digits, max_pow_digits, max_tuple):
        self.max_digits = max_digits
        self.max_bits = int(max_digits * 3.321928094887362) + 1
        self.max_pow_digits = max_pow_digits
        self.max_tuple = max_tuple  # items of a tuple, nested tuples' items counted


# pyexpr.MaxTupleItems: pyround refuses heavier tuples with its own
# MemoryError, so the pipe refuses them too (Python would build them).
PIPE_MAX_TUPLE = 1_000_000
PIPE_LIMITS = _Limits(PIPE_MAX_DIGITS, 1000, PIPE_MAX_TUPLE)
GEN_LIMITS = _Limits(GEN_MAX_DIGITS, 200, 2_000)

# CPython's tuple_alloc refuses (MemoryError, at once) a tuple of more items
# than (PY_SSIZE_T_MAX - (sizeof(PyTupleObject) - sizeof(PyObject *))) /
# sizeof(PyObject *); up to that it asks malloc, which may take gigabytes.
SSIZE_MAX = 2 ** 63 - 1
TUPLE_ALLOC_MAX = (SSIZE_MAX - (32 - 8)) // 8


def fresh_context():
    decimal.setcontext(decimal.Context())


# ---------------------------------------------------------------------------
# guarded operations (shared by the tree walker and the generator)

_BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
           "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
_UNOPS = {"-": operator.neg, "+": operator.pos}


def _weight(t, memo=None):
    """Items of the tuple t, the items of nested tuples counted (pyexpr's
    weight: ((1,) * 1000,) * 1000 weighs 1,001,000)."""
    if memo is None:
        memo = {}
    k = id(t)
    if k in memo:
        return memo[k][1]
    w = len(t)
    for x in t:
        if type(x) is tuple:
            w += _weight(x, memo)
    memo[k] = (t, w)  # t kept: its id stays unique while memo lives
    return w


def _check(v, lim):
    t = type(v)
    if t is int:
        if v.bit_length() > lim.max_bits:
            raise TooCostly("an intermediate int has more than %d digits" % lim.max_digits)
    elif t is complex:
        raise Unsupported("complex result (pyexpr has no complex numbers)")
    elif t is tuple:
        if _weight(v) > lim.max_tuple:
            raise TooCostly("a tuple of more than %d items" % lim.max_tuple)
        _check_items(v, lim, set())
    return v


def _check_items(t, lim, seen):
    for x in t:
        if type(x) is tuple:
            if id(x) not in seen:  # (x,) * 1000 holds x 1000 times
                seen.add(id(x))
                _check_items(x, lim, seen)
        else:
            _check(x, lim)


def _str_op(op, a, b):
    """pyexpr refuses str concatenation, repetition and % formatting
    (NotImplementedError), deciding as its seqBinary does."""
    ta, tb = type(a), type(b)
    if op == "+" and ta is str and tb is str:
        raise Unsupported("str concatenation")
    if op == "*":
        seq, n = (a, b) if ta in (str, tuple) else (b, a)
        if type(seq) is str and type(n) in (int, bool):
            raise Unsupported("str repetition")
    if op == "%" and ta is str:
        raise Unsupported("str formatting")


def _repeat_guard(a, b, lim):
    """Refuse tuple * n when Python would allocate more than the limit (a
    count past Py_ssize_t, or a size past tuple_alloc's, fails at once)."""
    seq, n = (a, b) if type(a) is tuple else (b, a)
    if type(seq) is not tuple or type(n) not in (int, bool) or not -SSIZE_MAX - 1 <= n <= SSIZE_MAX:
        return
    size = len(seq) * n
    if len(seq) and n > 1 and lim.max_tuple < size <= TUPLE_ALLOC_MAX and n <= SSIZE_MAX // len(seq):
        raise TooCostly("a tuple of %d items" % size)


def _coef_digits(x):
    if type(x) is int:
        return x.bit_length() * 0.30103  # not str(): it raises past 4300 digits
    if type(x) is Decimal and x.is_finite():
        return len(x.as_tuple().digits)
    return 0


def apply_bin(op, a, b, lim):
    _str_op(op, a, b)
    if op == "*":
        _repeat_guard(a, b, lim)
    if op == "**":
        if type(a) is int and type(b) is int and b > 0:
            n = abs(a)
            if n > 1 and (n.bit_length() - 1) * b > lim.max_bits:
                raise TooCostly("int ** int with more than %d digits" % lim.max_digits)
        elif (type(b) is Decimal and b.is_finite() and b != b.to_integral_value()
              and type(a) in (int, Decimal) and _coef_digits(a) > lim.max_pow_digits):
            # mpdecimal's non-integral power costs ~cubic time in the base's
            # length: 1152 digits ~25 ms, 3000 digits ~0.75 s
            raise TooCostly("Decimal ** non-integral exponent with a base of more than %d digits"
                            % lim.max_pow_digits)
    return _check(_BINOPS[op](a, b), lim)


def apply_unary(op, a, lim):
    return _check(_UNOPS[op](a), lim)


_CMPOPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
           ">": operator.gt, ">=": operator.ge,
           "in": lambda a, b: a in b, "not in": lambda a, b: a not in b}


def apply_cmp(op, a, b, lim):
    """One link a OP b of a comparison chain."""
    return _CMPOPS[op](a, b)


def apply_subscript(x, index, lim):
    return _check(x[index], lim)


def _dec_int_guard(x, lim):
    if type(x) is Decimal and x.is_finite() and x.adjusted() >= lim.max_digits:
        raise TooCostly("Decimal to int with more than %d digits" % lim.max_digits)


def apply_call(name, args, lim, rounding=None):
    """name: a key of _ARITY; for "quantize" args = [receiver, q] (the
    receiver's attribute is looked up before q is evaluated: see the walker)."""
    if name in ("int", "floor", "ceil", "trunc") or (name == "round" and len(args) == 1):
        _dec_int_guard(args[0], lim)
    if name == "round" and len(args) == 2:
        x, n = args
        # isinstance: round(True, -10**30) builds 10**(10**30) as round(1, ...) does
        if isinstance(x, int) and isinstance(n, int) and n < -lim.max_digits:
            raise TooCostly("round(int, n) with n < -%d" % lim.max_digits)
    if name in _MATH_FN:
        return _check(_MATH_FN[name](*args), lim)
    if name == "quantize":
        meth = getattr(args[0], "quantize")
        if rounding is None:
            return _check(meth(args[1]), lim)
        return _check(meth(args[1], rounding=getattr(decimal, rounding)), lim)
    return _check(NAMESPACE[name](*args), lim)


_MATH_FN = {f: getattr(math, f) for f in MATH_FUNCS}


# ---------------------------------------------------------------------------
# evaluation of an arbitrary expression (the oracle's eval op)

_INT_LIT_RE = re.compile(r"(?:[1-9](?:_?[0-9])*|0(?:_?0)*)\Z")
_BIN_AST = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
            ast.Mod: "%", ast.Pow: "**"}
_UN_AST = {ast.UAdd: "+", ast.USub: "-"}
_CMP_AST = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
            ast.In: "in", ast.NotIn: "not in"}  # not is / is not: pyexpr refuses identity


class _Walker:
    def __init__(self, src, lim):
        self.src = src.encode("utf-8")
        self.lim = lim

    # -- syntax: is the tree in the language?
    def check(self, node):
        t = type(node)
        if t is ast.Constant:
            v = node.value
            if type(v) is int:
                seg = self.src[node.col_offset:node.end_col_offset].decode("utf-8")
                if not _INT_LIT_RE.match(seg):
                    raise Unsupported("integer literal %r: only decimal integers" % seg)
                return
            if type(v) in (float, bool, str):
                return
            raise Unsupported("literal %r" % (v,))
        if t is ast.UnaryOp:
            if type(node.op) not in _UN_AST and type(node.op) is not ast.Not:
                raise Unsupported("unary operator %s" % type(node.op).__name__)
            return self.check(node.operand)
        if t is ast.Tuple:
            for e in node.elts:
                self.check(e)
            return
        if t is ast.BoolOp:
            for e in node.values:
                self.check(e)
            return
        if t is ast.Compare:
            for op in node.ops:
                if type(op) not in _CMP_AST:
                    raise Unsupported("comparison operator %s" % type(op).__name__)
            self.check(node.left)
            for e in node.comparators:
                self.check(e)
            return
        if t is ast.Subscript:
            self.check(node.value)
            return self.check_index(node.slice)
        if t is ast.BinOp:
            if type(node.op) not in _BIN_AST:
                raise Unsupported("binary operator %s" % type(node.op).__name__)
            self.check(node.left)
            return self.check(node.right)
        if t is ast.Call:
            name = self.callee(node)
            lo, hi = _ARITY[name]
            if any(type(a) is ast.Starred for a in node.args) or not lo <= len(node.args) <= hi:
                raise Unsupported("%s() with %d arguments" % (name, len(node.args)))
            if node.keywords:
                kw = node.keywords
                if (name != "quantize" or len(kw) != 1 or kw[0].arg != "rounding"
                        or type(kw[0].value) is not ast.Name or kw[0].value.id not in ROUND_NAMES):
                    raise Unsupported("keyword arguments other than quantize's rounding=ROUND_...")
            if name == "quantize":
                self.check(node.func.value)
            for a in node.args:
                self.check(a)
            return
        if t is ast.Name:
            raise Unsupported("name %r (only a function or a quantize rounding mode)" % node.id)
        raise Unsupported("%s" % t.__name__)

    def check_index(self, node):
        if type(node) is ast.Slice:
            for e in (node.lower, node.upper, node.step):
                if e is not None:
                    self.check(e)
        elif type(node) is ast.Tuple:
            for e in node.elts:
                self.check_index(e)
        else:
            self.check(node)

    @staticmethod
    def callee(node):
        f = node.func
        if type(f) is ast.Name and f.id in NAMESPACE and f.id not in ROUND_NAMES and f.id != "math":
            return f.id
        if type(f) is ast.Attribute:
            if type(f.value) is ast.Name and f.value.id == "math" and f.attr in MATH_FUNCS:
                return f.attr
            if f.attr == "quantize":
                return "quantize"
        raise Unsupported("call of %s" % ast.unparse(f)[:60])

    # -- value, with Python's evaluation order
    def value(self, node):
        t = type(node)
        lim = self.lim
        if t is ast.Constant:
            return node.value
        if t is ast.UnaryOp:
            if type(node.op) is ast.Not:
                return not self.value(node.operand)
            return apply_unary(_UN_AST[type(node.op)], self.value(node.operand), lim)
        if t is ast.BinOp:
            a = self.value(node.left)
            b = self.value(node.right)
            return apply_bin(_BIN_AST[type(node.op)], a, b, lim)
        if t is ast.Tuple:
            return _check(tuple(self.value(e) for e in node.elts), lim)
        if t is ast.BoolOp:
            is_or = type(node.op) is ast.Or
            for e in node.values:
                v = self.value(e)
                if bool(v) == is_or:
                    break
            return v
        if t is ast.Compare:
            a = self.value(node.left)
            for op, e in zip(node.ops, node.comparators):
                b = self.value(e)
                r = apply_cmp(_CMP_AST[type(op)], a, b, lim)
                if not r:
                    break
                a = b
            return r
        if t is ast.Subscript:
            x = self.value(node.value)
            return apply_subscript(x, self.index_value(node.slice), lim)
        # ast.Call
        name = self.callee(node)
        rounding = node.keywords[0].value.id if node.keywords else None
        if name == "quantize":
            recv = self.value(node.func.value)
            getattr(recv, "quantize")  # AttributeError before the argument is evaluated
            return apply_call(name, [recv, self.value(node.args[0])], lim, rounding)
        return apply_call(name, [self.value(a) for a in node.args], lim)

    def index_value(self, node):
        if type(node) is ast.Slice:
            return slice(*(None if e is None else self.value(e) for e in (node.lower, node.upper, node.step)))
        if type(node) is ast.Tuple:
            return tuple(self.index_value(e) for e in node.elts)
        return self.value(node)


def evaluate(expr, lim=PIPE_LIMITS):
    """print()'s text for EXPR, or raise what Python raises; Unsupported or
    TooCostly when the expression is outside the language or too costly."""
    if len(expr) > MAX_EXPR_CHARS:
        raise Unsupported("expression longer than %d characters" % MAX_EXPR_CHARS)
    src = expr.lstrip(" \t")  # as eval() does
    try:
        tree = compile(src, "<string>", "eval", ast.PyCF_ONLY_AST)  # SyntaxError is Python's answer
    except RecursionError:  # eval() says "... during compilation", compile() "... during ast construction"
        raise Unsupported("expression nested too deeply for Python's compiler")
    w = _Walker(src, lim)
    try:
        w.check(tree.body)
    except RecursionError:
        raise Unsupported("expression nested too deeply")
    fresh_context()
    try:
        w.value(tree.body)
    except (Unsupported, TooCostly):
        raise
    except RecursionError:
        raise Unsupported("expression nested too deeply")
    except Exception:
        pass  # Python raises at the same point; eval() below reproduces it
    fresh_context()
    value = eval(compile(src, "<string>", "eval"), {"__builtins__": {}}, dict(NAMESPACE))
    return str(value)


def evaluate_eval(args, protocol_error=ValueError):
    if len(args) != 1:
        raise protocol_error("eval takes 1 argument (EXPR), got %d" % len(args))
    try:
        return evaluate(args[0])
    except (Unsupported, TooCostly) as e:
        raise protocol_error("eval: %s: %s" % (type(e).__name__, e))


# ---------------------------------------------------------------------------
# generator

# Precedence levels, loosest first: a bare tuple (1, 2 at the top), or,
# and, not, comparisons, then the arithmetic.
BARE, OR, AND, NOT, CMP, ADD, MUL, UNARY, POW, ATOM = range(10)


class Node:
    __slots__ = ("text", "prec", "val", "exc", "lit")

    def __init__(self, text, prec, val=None, exc=None, lit=False):
        self.text, self.prec, self.val, self.exc, self.lit = text, prec, val, exc, lit


class _Regen(Exception):
    """Start the expression over."""


class _Raised(Exception):
    """A sub-expression's exception, carried out of a value computation."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc


def _kind_of(v):
    """The generator kind of a value (for a leaf like it)."""
    return {int: "int", float: "float", Decimal: "dec", bool: "bool", tuple: "tuple", str: "str"}[type(v)]


def _compute(fn, *a, **kw):
    """(value, exception) of fn(*a): Python exceptions are results,
    Unsupported/TooCostly restart the expression."""
    try:
        return fn(*a, **kw), None
    except (Unsupported, TooCostly):
        raise _Regen()
    except Exception as e:
        return None, e


class _Gen:
    def __init__(self, rng, errp, formp=NEW_FORMS_FRACTION):
        self.rng = rng
        self.errp = errp
        self.formp = formp  # how often a root is one of issue 18's forms
        self.lim = GEN_LIMITS

    # -- text helpers
    def paren(self, text):
        return "( %s )" % text if self.rng.random() < 0.1 else "(%s)" % text

    def fit(self, node, prec):
        """node's text usable where precedence prec is required."""
        if node.prec < prec:
            return self.paren(node.text)
        if self.rng.random() < 0.03:
            return self.paren(node.text)
        return node.text

    def sep(self):
        return ", " if self.rng.random() < 0.8 else self.rng.choice([",", " , ", ",  "])

    def call_text(self, fname, argtexts, kw=None):
        rng = self.rng
        parts = list(argtexts)
        if kw is not None:
            parts.append(kw)
        s = self.sep()
        inner = s.join(parts)
        if rng.random() < 0.05:
            inner = " %s " % inner
        space = " " if rng.random() < 0.01 else ""
        return "%s%s(%s)" % (fname, space, inner)

    # -- node builders
    def binop(self, op, l, r):
        rng = self.rng
        if op in ("+", "-"):
            lp, rp, prec = ADD, MUL, ADD
        elif op == "**":
            lp, rp, prec = ATOM, UNARY, POW
        else:
            lp, rp, prec = MUL, UNARY, MUL
        lt = self.fit(l, lp)
        rt = self.fit(r, rp)
        x = rng.random()
        if x < 0.45:
            s1 = s2 = ""
        elif x < 0.9:
            s1 = s2 = " "
        else:
            s1, s2 = rng.choice(["", " "]), rng.choice(["", " "])
        text = lt + s1 + op + s2 + rt
        if l.exc is not None:
            return Node(text, prec, exc=l.exc)
        if r.exc is not None:
            return Node(text, prec, exc=r.exc)
        v, e = _compute(apply_bin, op, l.val, r.val, self.lim)
        return Node(text, prec, v, e)

    def unary(self, ops, x):
        """ops: a string of '-' and '+', outermost first."""
        rng = self.rng
        text = self.fit(x, UNARY)
        val, exc = x.val, x.exc
        for op in reversed(ops):
            text = op + (" " if rng.random() < 0.08 else "") + text
            if exc is None:
                val, exc = _compute(apply_unary, op, val, self.lim)
        return Node(text, UNARY, val, exc)

    def call(self, fname, name, args, rounding=None):
        """fname: the text ("math.floor"); name: the _ARITY key; args: Nodes
        or str (a string literal, already quoted)."""
        texts = [a if isinstance(a, str) else self.fit(a, OR) for a in args]
        kw = None
        if rounding is not None:
            kw = "rounding=%s" % rounding if self.rng.random() < 0.9 else "rounding = %s" % rounding
        text = self.call_text(fname, texts, kw)
        vals = []
        for a in args:
            if isinstance(a, str):
                vals.append(ast.literal_eval(a))
            elif a.exc is not None:
                return Node(text, ATOM, exc=a.exc)
            else:
                vals.append(a.val)
        v, e = _compute(apply_call, name, vals, self.lim)
        return Node(text, ATOM, v, e)

    def quantize(self, recv, q, rounding):
        rt = recv.text if (recv.prec == ATOM and not recv.lit) else self.paren(recv.text)
        kw = None
        if rounding is not None:
            kw = "rounding=%s" % rounding if self.rng.random() < 0.9 else "rounding = %s" % rounding
        text = rt + "." + self.call_text("quantize", [self.fit(q, OR)], kw)
        if recv.exc is not None:
            return Node(text, ATOM, exc=recv.exc)
        if not hasattr(recv.val, "quantize"):
            _, e = _compute(getattr, recv.val, "quantize")
            return Node(text, ATOM, exc=e)
        if q.exc is not None:
            return Node(text, ATOM, exc=q.exc)
        v, e = _compute(apply_call, "quantize", [recv.val, q.val], self.lim, rounding)
        return Node(text, ATOM, v, e)

    # -- literals
    def int_lit(self, v=None):
        rng = self.rng
        if v is None:
            v = self.int_value()
        s = str(v)
        x = rng.random()
        if x < 0.12 and len(s) > 3:
            # thousands separators
            head = len(s) % 3 or 3
            s = s[:head] + "".join("_" + s[i:i + 3] for i in range(head, len(s), 3))
        elif x < 0.16 and len(s) > 1:
            i = rng.randrange(1, len(s))
            s = s[:i] + "_" + s[i:]
        elif x < 0.17 and v == 0:
            s = rng.choice(["00", "0_0", "000"])
        return Node(s, ATOM, v, lit=True)

    def int_value(self):
        rng = self.rng
        x = rng.random()
        if x < 0.45:
            return rng.randint(0, 12)
        if x < 0.65:
            return rng.randint(0, 1000)
        if x < 0.8:
            return rng.choice(_SPECIAL_INTS)
        return rng.randint(0, 10 ** rng.randint(2, 40))

    def float_lit(self, text=None):
        rng = self.rng
        if text is None:
            text = self.float_text()
        if not any(c in text for c in ".eE"):
            text += "."  # "%.0f" % x has no point: it would be an int literal
        return Node(text, ATOM, float(text), lit=True)

    def float_text(self):
        rng = self.rng
        x = rng.random()
        if x < 0.35:
            return rng.choice(_FLOAT_LITS)
        if x < 0.5:  # decimal ties and near-ties
            k = rng.randint(0, 4)
            ip = rng.choice([0, 1, 2, rng.randint(0, 100), rng.randint(0, 10 ** 6)])
            frac = "".join(rng.choice("0123456789") for _ in range(k)) + "5"
            return "%d.%s" % (ip, frac)
        if x < 0.7:
            v = rng.uniform(0, 10 ** rng.randint(0, 6))
            return "%.*f" % (rng.randint(0, 6), v)
        if x < 0.85:
            return repr(rng.uniform(0, 10.0 ** rng.randint(-10, 20)))
        while True:  # any finite positive double
            b = rng.getrandbits(63)
            f = struct.unpack("<d", struct.pack("<Q", b))[0]
            if math.isfinite(f):
                return repr(f)

    def str_arg(self, fname):
        rng = self.rng
        pool = {"int": _INT_STRS, "float": _FLOAT_STRS, "Decimal": _DEC_STRS}[fname]
        x = rng.random()
        if x < 0.6:
            s = rng.choice(pool)
        elif fname == "int":
            s = str(rng.randint(-10 ** 25, 10 ** 25))
        elif fname == "float":
            s = self.float_text()
            if rng.random() < 0.3:
                s = "-" + s
        else:
            s = self.dec_text()
        if rng.random() < 0.05:
            s = " " + s + " "
        assert "'" not in s and "\\" not in s
        return "'%s'" % s

    def dec_text(self):
        rng = self.rng
        x = rng.random()
        if x < 0.4:
            return rng.choice(_DEC_STRS)
        n = rng.randint(1, 35)
        coef = str(rng.randint(10 ** (n - 1), 10 ** n - 1)) if n > 1 else str(rng.randint(0, 9))
        sign = rng.choice(["", "", "", "-"])
        if x < 0.7:
            p = rng.randint(0, len(coef))
            if p == len(coef):
                return sign + coef
            return sign + coef[:p] + "." + coef[p:] if p else sign + "0." + coef
        return "%s%sE%+d" % (sign, coef, rng.randint(-40, 40))

    def leaf(self, kind):
        rng = self.rng
        x = rng.random()
        if kind == "bool":
            v = rng.random() < 0.5
            return Node(str(v), ATOM, v, lit=True)
        if kind == "str":
            t = rng.choice(_STR_LITS)
            return Node(t, ATOM, ast.literal_eval(t), lit=True)
        if kind == "tuple":
            n = rng.choice([0, 1, 1, 2, 2, 3])
            return self.display([self.leaf(rng.choice(["int", "float", "dec", "int", "bool"])) for _ in range(n)])
        if kind == "int":
            if x < 0.93:
                return self.int_lit()
            return self.call("int", "int", [self.str_arg("int")])
        if kind == "float":
            if x < 0.85:
                return self.float_lit()
            return self.call("float", "float", [self.str_arg("float")])
        # Decimal
        if x < 0.75:
            return self.call("Decimal", "Decimal", [self.str_arg("Decimal")])
        if x < 0.88:
            return self.call("Decimal", "Decimal", [self.int_lit()])
        return self.call("Decimal", "Decimal", [self.float_lit()])

    # -- expressions
    def gen(self, d, kind):
        rng = self.rng
        if d <= 0 or rng.random() < 0.12:
            return self.leaf(kind)
        if self.errp and rng.random() < self.errp:
            return self.error(d)
        return {"int": self.gen_int, "float": self.gen_float, "dec": self.gen_dec,
                "bool": self.gen_bool, "tuple": self.gen_tuple, "str": self.gen_str}[kind](d)

    def any_kind(self):
        return self.rng.choice(["int", "float", "dec"])

    def unary_ops(self):
        rng = self.rng
        n = 1 if rng.random() < 0.8 else rng.randint(2, 3)
        return "".join(rng.choice("--+") for _ in range(n))

    def pick(self, table):
        r = self.rng.random() * sum(w for w, _ in table)
        for w, f in table:
            r -= w
            if r < 0:
                return f
        return table[-1][1]

    def gen_int(self, d):
        rng = self.rng
        p = self.pick([(30, "bin"), (8, "un"), (4, "abs"), (9, "int"), (10, "round"), (8, "floor"),
                       (self.formp * 12, "form")])
        if p == "form":
            return self.num_form(d, "int")
        if p == "bin":
            op = self.pick([(3, "+"), (3, "-"), (3, "*"), (2, "//"), (2, "%"), (2, "**")])
            if op == "**":
                return self.int_pow(d)
            return self.binop(op, self.gen(d - 1, "int"), self.gen(d - 1, "int"))
        if p == "un":
            return self.unary(self.unary_ops(), self.gen(d - 1, "int"))
        if p == "abs":
            return self.call("abs", "abs", [self.gen(d - 1, "int")])
        if p == "int":
            if rng.random() < 0.2:
                return self.call("int", "int", [self.str_arg("int")])
            return self.call("int", "int", [self.gen(d - 1, rng.choice(["float", "float", "dec", "int"]))])
        if p == "round":
            k = rng.choice(["float", "float", "dec", "int"])
            x = self.gen(d - 1, k)
            if k == "int" and rng.random() < 0.7:
                return self.call("round", "round", [x, self.nd("int")])
            return self.call("round", "round", [x])
        f = rng.choice(["floor", "ceil", "trunc"])
        return self.call("math." + f, f, [self.gen(d - 1, rng.choice(["float", "float", "dec", "int"]))])

    def int_pow(self, d):
        rng = self.rng
        base = self.gen(d - 1, "int")
        if base.exc is not None or type(base.val) is not int:
            return self.binop("**", base, self.int_lit(rng.randint(0, 5)))
        a = abs(base.val)
        x = rng.random()
        if a <= 1:
            if x < 0.2:
                e = self.unary("-", self.int_lit(rng.randint(1, 3)))
            elif x < 0.35:
                e = self.int_lit(rng.choice([10 ** 30, 10 ** 6 + 1, 2 ** 64]))
            else:
                e = self.int_lit(rng.randint(0, 50))
            return self.binop("**", base, e)
        maxe = max(1, int(4000 / math.log10(a)))
        if x < 0.12:
            e = self.unary("-", self.int_lit(rng.randint(1, 30)))
        elif x < 0.16:  # past str()'s 4300-digit limit, below GEN_MAX_DIGITS
            e = self.int_lit(int(rng.uniform(4300, 5500) / math.log10(a)) + 1)
        elif x < 0.22:
            e = self.int_lit(rng.randint(0, maxe))
        elif x < 0.27 and d > 1:
            e = self.gen(1, "int")
        else:
            e = self.int_lit(rng.randint(0, min(maxe, 200 if x < 0.5 else 12)))
        return self.binop("**", base, e)

    def nd(self, kind):
        """A second argument for round()."""
        rng = self.rng
        x = rng.random()
        if x < 0.6:
            v = rng.randint(-3, 8)
        elif x < 0.75:
            v = rng.randint(-40, 40)
        elif x < 0.85:
            v = rng.choice([-1, 1]) * rng.randint(300, 420)
        elif x < 0.9:
            v = rng.choice([-1, 1]) * rng.choice([10 ** 30, 2 ** 63, 2 ** 63 - 1, 4301, 5000])
        else:
            return self.gen(1, "int")
        if kind == "int" and v < -GEN_MAX_DIGITS:
            v = -rng.randint(1, 60)
        n = self.int_lit(abs(v))
        return self.unary("-", n) if v < 0 else n

    def gen_float(self, d):
        rng = self.rng
        p = self.pick([(30, "bin"), (6, "truediv"), (3, "negpow"), (8, "un"), (4, "abs"), (9, "float"),
                       (9, "round"), (6, "fmod"), (self.formp * 10, "form")])
        if p == "form":
            return self.num_form(d, "float")
        if p == "bin":
            op = self.pick([(3, "+"), (3, "-"), (3, "*"), (3, "/"), (2, "//"), (2, "%"), (2, "**")])
            kl, kr = rng.choice([("float", "float"), ("float", "float"), ("float", "int"), ("int", "float")])
            if op == "**":
                return self.float_pow(d, kl, kr)
            return self.binop(op, self.gen(d - 1, kl), self.gen(d - 1, kr))
        if p == "truediv":
            return self.binop("/", self.gen(d - 1, "int"), self.gen(d - 1, "int"))
        if p == "negpow":
            return self.binop("**", self.gen(d - 1, "int"), self.unary("-", self.int_lit(rng.randint(1, 40))))
        if p == "un":
            return self.unary(self.unary_ops(), self.gen(d - 1, "float"))
        if p == "abs":
            return self.call("abs", "abs", [self.gen(d - 1, "float")])
        if p == "float":
            if rng.random() < 0.3:
                return self.call("float", "float", [self.str_arg("float")])
            return self.call("float", "float", [self.gen(d - 1, rng.choice(["int", "dec", "float"]))])
        if p == "round":
            return self.call("round", "round", [self.gen(d - 1, "float"), self.nd("float")])
        f = rng.choice(["fmod", "remainder"])
        a = self.gen(d - 1, rng.choice(["float", "float", "int", "dec"]))
        b = self.gen(d - 1, rng.choice(["float", "float", "int", "dec"]))
        return self.call("math." + f, f, [a, b])

    def float_pow(self, d, kl, kr):
        rng = self.rng
        base = self.gen(d - 1, kl)
        neg = base.exc is None and type(base.val) in (int, float) and base.val < 0
        x = rng.random()
        if kr == "int" or (neg and x < 0.8):
            e = self.int_lit(rng.randint(0, 12)) if x < 0.85 else self.int_lit(rng.randint(100, 1100))
            if rng.random() < 0.25:
                e = self.unary("-", e)
        else:
            e = self.float_lit(rng.choice(["0.5", "1.5", "2.0", "3.0", "0.1", ".5", "2.5", "1e-3", "10.0",
                                           "%.3f" % rng.uniform(0, 5)]))
            if rng.random() < 0.25:
                e = self.unary("-", e)
        if kr == "float" and type(e.val) is int and e.val >= 0 and rng.random() < 0.5:
            e = self.float_lit(repr(float(e.val)))
        return self.binop("**", base, e)

    def gen_dec(self, d):
        rng = self.rng
        p = self.pick([(30, "bin"), (8, "un"), (4, "abs"), (8, "Decimal"), (8, "round"), (12, "quantize"),
                       (self.formp * 10, "form")])
        if p == "form":
            return self.num_form(d, "dec")
        if p == "bin":
            op = self.pick([(3, "+"), (3, "-"), (3, "*"), (3, "/"), (2, "//"), (2, "%"), (2, "**")])
            if op == "**":
                return self.dec_pow(d)
            kl, kr = rng.choice([("dec", "dec"), ("dec", "dec"), ("dec", "int"), ("int", "dec")])
            return self.binop(op, self.gen(d - 1, kl), self.gen(d - 1, kr))
        if p == "un":
            return self.unary(self.unary_ops(), self.gen(d - 1, "dec"))
        if p == "abs":
            return self.call("abs", "abs", [self.gen(d - 1, "dec")])
        if p == "Decimal":
            return self.call("Decimal", "Decimal", [self.gen(d - 1, rng.choice(["int", "float", "dec"]))])
        if p == "round":
            return self.call("round", "round", [self.gen(d - 1, "dec"), self.nd("dec")])
        return self.quantize(self.gen(d - 1, "dec"), self.quant_arg(d), self.rounding())

    def rounding(self):
        rng = self.rng
        return rng.choice(ROUND_NAMES) if rng.random() < 0.6 else None

    def quant_arg(self, d):
        rng = self.rng
        x = rng.random()
        if x < 0.7:
            return self.call("Decimal", "Decimal", ["'%s'" % rng.choice(_QUANTS)])
        if x < 0.8:
            return self.int_lit(rng.choice([0, 1, 10, 100]))
        return self.gen(min(d - 1, 2), "dec")

    def dec_pow(self, d):
        rng = self.rng
        x = rng.random()
        if x < 0.75:
            base = self.gen(d - 1, "dec")
            y = rng.random()
            if y < 0.7:
                e = self.int_lit(rng.randint(0, 30))
            elif y < 0.8:
                e = self.int_lit(rng.choice([10 ** 6, 999999, 10 ** 18, 10 ** 30]))
            else:
                e = self.call("Decimal", "Decimal", ["'%s'" % rng.choice(_DEC_EXPS)])
            if rng.random() < 0.2:
                e = self.unary("-", e)
            return self.binop("**", base, e)
        if x < 0.9:
            return self.binop("**", self.gen(d - 1, "int"), self.call("Decimal", "Decimal", ["'%s'" % rng.choice(_DEC_EXPS)]))
        return self.binop("**", self.gen(d - 1, "dec"), self.gen(min(d - 1, 1), "dec"))

    def zero(self, kind):
        rng = self.rng
        if kind == "int":
            x = rng.random()
            if x < 0.7:
                return self.int_lit(0)
            if x < 0.85:
                return self.call("int", "int", ["'%s'" % rng.choice(["0", "-0", " 0 ", "0_0"])])
            n = rng.randint(1, 9)
            return self.binop("-", self.int_lit(n), self.int_lit(n))
        if kind == "float":
            x = rng.random()
            if x < 0.6:
                return self.float_lit(rng.choice(["0.0", "0.", ".0", "0e0", "1e-400"]))
            if x < 0.8:
                return self.unary("-", self.float_lit("0.0"))
            return self.call("float", "float", ["'%s'" % rng.choice(["0", "-0", "-0.0", "0e5"])])
        return self.call("Decimal", "Decimal", ["'%s'" % rng.choice(["0", "-0", "0.00", "-0.00", "0E+5", "0E-1000"])])

    def error(self, d):
        """A node that (most likely) raises."""
        rng = self.rng
        p = self.pick([(10, "mix"), (10, "zero"), (6, "badstr"), (5, "domain"), (6, "nonfinite"),
                       (7, "fover"), (3, "zeropow"), (12, "dec"), (6, "type"), (3, "bigstr"),
                       (self.formp * 40, "form")])
        if p == "form":
            return self.form_error(d)
        if p == "mix":
            a, b = self.gen(d - 1, "dec"), self.gen(d - 1, "float")
            if rng.random() < 0.5:
                a, b = b, a
            return self.binop(rng.choice(["+", "-", "*", "/", "//", "%", "**"]), a, b)
        if p == "zero":
            k = rng.choice(["int", "float", "dec"])
            kz = k if k == "dec" or rng.random() < 0.6 else rng.choice(["int", "float"])
            return self.binop(rng.choice(["/", "//", "%"]), self.gen(d - 1, k), self.zero(kz))
        if p == "badstr":
            f = rng.choice(_STRING_FUNCS)
            return self.call(f, f, ["'%s'" % rng.choice(_BAD_STRS)])
        if p == "domain":
            f = rng.choice(["fmod", "remainder"])
            if rng.random() < 0.6:
                args = [self.gen(d - 1, rng.choice(["float", "int"])), self.zero(rng.choice(["float", "int"]))]
            else:
                args = [self.call("float", "float", ["'%s'" % rng.choice(["inf", "-inf", "nan"])]),
                        self.gen(d - 1, "float")]
            return self.call("math." + f, f, args)
        if p == "nonfinite":
            if rng.random() < 0.6:
                x = self.call("float", "float", ["'%s'" % rng.choice(["inf", "-inf", "nan", "-nan", "Infinity"])])
                if rng.random() < 0.2:
                    x = self.float_lit(rng.choice(["1e400", "1E+400", "1e999"]))
            else:
                x = self.call("Decimal", "Decimal", ["'%s'" % rng.choice(["NaN", "-Infinity", "Inf", "sNaN", "-nan"])])
            f = rng.choice(["int", "round", "floor", "ceil", "trunc", "float"])
            if f in ("int", "round", "float"):
                return self.call(f, f, [x])
            return self.call("math." + f, f, [x])
        if p == "fover":
            c = rng.random()
            if c < 0.12:  # "rounded value too large to represent"
                x = self.float_lit(rng.choice(["1.7976931348623157e308", "1.5e308", "9.5e307", "1e308"]))
                if rng.random() < 0.3:
                    x = self.unary("-", x)
                return self.call("round", "round", [x, self.unary("-", self.int_lit(rng.choice([307, 308])))])
            if c < 0.5:
                base = self.float_lit(rng.choice(["1e300", "10.0", "2.0", "1.5", "1.7976931348623157e308", "9.5"]))
                if rng.random() < 0.3:
                    base = self.unary("-", base)
                return self.binop("**", base, self.int_lit(rng.choice([2, 400, 1024, 2000, 310])))
            big = self.binop("**", self.int_lit(10), self.int_lit(rng.randint(309, 400)))
            if c < 0.7:
                return self.call("float", "float", [big])
            if c < 0.9:
                return self.binop(rng.choice(["*", "+", "/", "-"]), big, self.gen(d - 1, "float"))
            return self.binop("/", big, self.int_lit(rng.randint(1, 9)))
        if p == "zeropow":
            b = self.zero(rng.choice(["int", "float"]))
            return self.binop("**", b, self.unary("-", self.gen(0, rng.choice(["int", "float"]))))
        if p == "dec":
            return self.dec_error(d)
        if p == "type":
            c = rng.random()
            if c < 0.35:
                x = self.gen(d - 1, rng.choice(["int", "float", "dec"]))
                n = self.float_lit() if rng.random() < 0.6 else self.leaf("dec")
                return self.call("round", "round", [x, n])
            if c < 0.6:
                return self.quantize(self.gen(d - 1, "dec"), self.float_lit(), self.rounding())
            if c < 0.8:
                return self.quantize(self.gen(d - 1, rng.choice(["int", "float"])), self.quant_arg(d), self.rounding())
            # divmod-free mixing through abs/round of a mix
            a, b = self.gen(d - 1, "dec"), self.gen(d - 1, "float")
            return self.call("round", "round", [self.binop(rng.choice(["+", "*"]), a, b)])
        # bigstr: an int past the 4300-digit str() limit, or int() of a
        # string past it (a different message)
        e = rng.randint(4301, 5600)
        c = rng.random()
        if c < 0.15:
            n = rng.randint(4290, 4400)
            return self.call("int", "int", ["'%d%s'" % (rng.randint(1, 9), "0" * (n - 1))])
        if c < 0.55:
            return self.binop("**", self.int_lit(10), self.int_lit(e))
        return self.binop("**", self.int_lit(7), self.int_lit(int(e / math.log10(7)) + 1))

    def dec_error(self, d):
        rng = self.rng
        c = rng.randrange(10)
        D = lambda s: self.call("Decimal", "Decimal", ["'%s'" % s])  # noqa: E731
        if c == 0:  # quantize result exceeds precision
            return self.quantize(D(rng.choice(["1e30", "123456789012345678901234567.5", "1E+27"])),
                                 D(rng.choice(["0.01", "1", "1e-5"])), self.rounding())
        if c == 1:  # overflow
            return self.binop(rng.choice(["*", "**", "+"]), D(rng.choice(["9.9E+999999", "1E+999999", "5e999998"])),
                              self.int_lit(rng.choice([10, 2, 1000])))
        if c == 2:  # DivisionImpossible
            return self.binop(rng.choice(["//", "%"]), D(rng.choice(["1e28", "1E+40", "5"])),
                              D(rng.choice(["0.1", "1e-40", "3"])))
        if c == 3:  # invalid
            return rng.choice([
                lambda: self.binop("**", D(rng.choice(["-1", "-2.5"])), D("0.5")),
                lambda: self.binop("-", D("Infinity"), D("Infinity")),
                lambda: self.binop("**", D(rng.choice(["0", "-0.0"])), self.int_lit(0)),
                lambda: self.binop("+", D("sNaN"), self.int_lit(1)),
                lambda: self.binop("%", D("Infinity"), self.int_lit(rng.randint(1, 9))),
                lambda: self.binop("*", D("Infinity"), self.zero("dec")),
            ])()
        if c == 4:
            return self.quantize(self.gen(d - 1, "dec"), D(rng.choice(["Infinity", "NaN", "1E+999999", "1E-999999"])),
                                 self.rounding())
        if c == 5:  # round(Decimal, n) beyond precision / C ssize_t
            n = self.int_lit(rng.choice([30, 40, 1000000, 10 ** 30, 2 ** 63]))
            if rng.random() < 0.4:
                n = self.unary("-", n)
            return self.call("round", "round", [self.gen(d - 1, "dec"), n])
        if c == 6:
            return self.binop(rng.choice(["/", "//", "%"]), self.gen(d - 1, "dec"), self.zero("dec"))
        if c == 7:
            return self.binop(rng.choice(["/", "//", "%"]), self.zero("dec"), self.zero(rng.choice(["dec", "int"])))
        if c == 8:
            return self.binop(rng.choice(["+", "*"]), D(rng.choice(["1e999999999", "-1E+1000000"])),
                              self.int_lit(rng.randint(0, 3)))
        return self.call("Decimal", "Decimal", ["'%s'" % rng.choice(_BAD_STRS)])

    # -- issue 18: comparisons, and/or/not, bools, tuples, indexing, len

    def spaced(self, op):
        """op with the spacing of a binary operator (keywords always spaced)."""
        rng = self.rng
        if op[0].isalpha() or rng.random() < 0.75:
            return " %s " % op
        return rng.choice(["", " "]) + op + rng.choice(["", " "])

    def compare(self, operands, ops):
        """A chain operands[0] ops[0] operands[1] ...: evaluated left to right,
        each middle operand once, stopping at the first false link."""
        text = self.fit(operands[0], ADD)
        for op, x in zip(ops, operands[1:]):
            text += self.spaced(op) + self.fit(x, ADD)
        if operands[0].exc is not None:
            return Node(text, CMP, exc=operands[0].exc)
        a, r = operands[0].val, None
        for op, x in zip(ops, operands[1:]):
            if x.exc is not None:
                return Node(text, CMP, exc=x.exc)
            r, e = _compute(apply_cmp, op, a, x.val, self.lim)
            if e is not None:
                return Node(text, CMP, exc=e)
            if not r:
                break
            a = x.val
        return Node(text, CMP, r)

    def boolop(self, op, operands):
        """a and b and ... / a or b or ...: the operand that decides."""
        lp, rp, prec = (AND, NOT, AND) if op == "and" else (OR, AND, OR)
        text = self.fit(operands[0], lp)
        for x in operands[1:]:
            text += " %s " % op + self.fit(x, rp)
        v = None
        for x in operands:
            if x.exc is not None:
                return Node(text, prec, exc=x.exc)
            v = x.val
            if bool(v) == (op == "or"):
                break
        return Node(text, prec, v)

    def not_(self, x):
        text = "not " + self.fit(x, NOT)
        if x.exc is not None:
            return Node(text, NOT, exc=x.exc)
        return Node(text, NOT, not x.val)

    def display(self, items, bare=False):
        """A tuple display (a, b), (a,), (); bare: a, b without parentheses
        (only at the root)."""
        rng = self.rng
        texts = [self.fit(x, OR) for x in items]
        if not items:
            text = "()" if rng.random() < 0.9 else "( )"
        else:
            text = self.sep().join(texts)
            if len(items) == 1 or rng.random() < 0.08:
                text += ","
            if not bare:
                text = "(" + text + ")"
        prec = BARE if bare and items else ATOM
        for x in items:
            if x.exc is not None:
                return Node(text, prec, exc=x.exc)
        v, e = _compute(_check, tuple(x.val for x in items), self.lim)
        return Node(text, prec, v, e)

    def subscript(self, obj, index):
        """obj[index]; index: a Node, a slice (lo, hi, step) of Nodes or None
        (step False: a[lo:hi] without the second colon), or a list of those
        (an index that is a tuple)."""
        def itext(ix):
            if isinstance(ix, Node):
                return self.fit(ix, OR)
            lo, hi, st = ix
            t = (self.fit(lo, OR) if lo else "") + ":" + (self.fit(hi, OR) if hi else "")
            if st is not False:
                t += ":" + (self.fit(st, OR) if st else "")
            return t

        def ival(ix):  # raises the bound's exception, Python's evaluation order
            if isinstance(ix, Node):
                if ix.exc is not None:
                    raise _Raised(ix.exc)
                return ix.val
            if isinstance(ix, list):
                return tuple(ival(y) for y in ix)
            return slice(*(None if y is None or y is False else ival(y) for y in ix))

        if isinstance(index, list):
            it = self.sep().join(itext(y) for y in index) + ("," if len(index) == 1 else "")
        else:
            it = itext(index)
        ot = obj.text if obj.prec == ATOM else self.paren(obj.text)
        text = ot + "[" + it + "]"
        if obj.exc is not None:
            return Node(text, ATOM, exc=obj.exc)
        try:
            iv = ival(index)
        except _Raised as r:
            return Node(text, ATOM, exc=r.exc)
        v, e = _compute(apply_subscript, obj.val, iv, self.lim)
        return Node(text, ATOM, v, e)

    def index_for(self, n):
        """An index Node for a sequence of n items: mostly in range, some
        negative, some out of range, sometimes a bool."""
        rng = self.rng
        x = rng.random()
        if x < 0.1:
            return self.leaf("bool")
        if x < 0.75 and n:
            i = rng.randrange(n)
        elif x < 0.92 and n:
            i = -rng.randint(1, n)
        else:
            i = rng.choice([n, -n - 1, n + 3, 2 ** 63 - 1, -2 ** 63])
        return self.unary("-", self.int_lit(-i)) if i < 0 else self.int_lit(i)

    def slice_for(self, n):
        rng = self.rng

        def bound():
            x = rng.random()
            if x < 0.35:
                return None
            if x < 0.9:
                i = rng.randint(-n - 2, n + 2)
            elif x < 0.95:
                return self.leaf("bool")
            else:
                i = rng.choice([2 ** 63, -2 ** 63 - 1, 10 ** 20, -10 ** 20])
            return self.unary("-", self.int_lit(-i)) if i < 0 else self.int_lit(i)

        lo, hi = bound(), bound()
        x = rng.random()
        if x < 0.4:
            st = False
        elif x < 0.5:
            st = None
        else:
            k = rng.choice([1, 2, 3, -1, -1, -2, -3, 10 ** 20, -10 ** 20, 2 ** 63])
            st = self.unary("-", self.int_lit(-k)) if k < 0 else self.int_lit(k)
        return (lo, hi, st)

    def tuple_of(self, d, kind=None, n=None):
        """A tuple-valued node; kind: the kind of (most of) its items."""
        rng = self.rng
        if n is None:
            n = rng.choice([0, 1, 2, 2, 3, 3, 4])
        kinds = [kind or rng.choice(["int", "float", "dec", "int", "bool", "tuple", "str"]) for _ in range(n)]
        return self.display([self.gen(d - 1, k) if k != "tuple" or d > 1 else self.leaf("tuple") for k in kinds])

    def small_int(self):
        rng = self.rng
        x = rng.random()
        if x < 0.1:
            return self.leaf("bool")
        k = rng.choice([0, 1, 2, 2, 3, 5, -1, -3])
        return self.unary("-", self.int_lit(-k)) if k < 0 else self.int_lit(k)

    def gen_tuple(self, d):
        rng = self.rng
        p = self.pick([(30, "display"), (10, "divmod"), (8, "concat"), (10, "repeat"), (10, "slice"),
                       (4, "nested"), (4, "andor")])
        if p == "display" or d <= 1:
            return self.tuple_of(d)
        if p == "divmod":
            return self.divmod_root(d)
        if p == "concat":
            return self.binop("+", self.gen_tuple(d - 1), self.gen_tuple(d - 1))
        if p == "repeat":
            t, n = self.gen_tuple(d - 1), self.small_int()
            return self.binop("*", t, n) if rng.random() < 0.7 else self.binop("*", n, t)
        if p == "slice":
            t = self.gen_tuple(d - 1)
            n = len(t.val) if t.exc is None and type(t.val) is tuple else 3
            return self.subscript(t, self.slice_for(n))
        if p == "nested":  # an item that is a tuple
            inner = self.gen_tuple(d - 1)
            t = self.display([inner, self.gen(d - 1, self.any_kind())])
            return self.subscript(t, self.int_lit(0))
        return self.boolop(rng.choice(["and", "or"]), [self.gen_tuple(d - 1), self.gen_tuple(d - 1)])

    def gen_str(self, d):
        rng = self.rng
        if d > 1 and rng.random() < 0.3:
            s = self.leaf("str")
            n = len(s.val)
            if rng.random() < 0.5:
                return self.subscript(s, self.slice_for(n))
            return self.subscript(s, self.index_for(n))
        return self.leaf("str")

    def operand(self, d, kind):
        """A comparison operand of kind; numbers sometimes close to each
        other across types (1 == 1.0, Decimal('0.1') == 0.1, 2**53 + 1)."""
        rng = self.rng
        if kind in ("int", "float", "dec") and rng.random() < 0.35:
            v = rng.choice(_CMP_VALUES)
            x = rng.random()
            if x < 0.33:
                return self.int_lit(int(v)) if v == int(v) and abs(v) < 1e30 else self.float_lit(repr(float(v)))
            if x < 0.66:
                return self.float_lit(repr(float(v))) if float(v) >= 0 else self.unary("-", self.float_lit(repr(-float(v))))
            return self.call("Decimal", "Decimal", ["'%s'" % rng.choice([str(v), repr(float(v))])])
        return self.gen(d - 1, kind)

    def gen_bool(self, d):
        rng = self.rng
        p = self.pick([(35, "cmp"), (10, "cmpseq"), (10, "in"), (10, "not"), (8, "andor"), (6, "lit"),
                       (5, "nan")])
        if p == "lit" or d <= 0:
            return self.leaf("bool")
        if p == "cmp":
            n = rng.choice([1, 1, 1, 2, 2, 3])
            kinds = [rng.choice(["int", "float", "dec"]) for _ in range(n + 1)]
            if rng.random() < 0.5:  # Decimal and float never meet in arithmetic, but compare
                kinds = [rng.choice(["int", "float"]) if k == "dec" and rng.random() < 0.3 else k for k in kinds]
            ops = [rng.choice(["==", "!=", "<", "<=", ">", ">="]) for _ in range(n)]
            return self.compare([self.operand(d, k) for k in kinds], ops)
        if p == "cmpseq":
            kind = rng.choice(["tuple", "tuple", "str"])
            ops = [rng.choice(["==", "!=", "<", "<=", ">", ">="]) for _ in range(rng.choice([1, 1, 2]))]
            if kind == "str":
                return self.compare([self.gen_str(d - 1) for _ in range(len(ops) + 1)], ops)
            a = self.gen_tuple(d - 1)
            operands = [a]
            for _ in ops:
                if rng.random() < 0.4 and a.exc is None and type(a.val) is tuple:
                    # a near copy: the same prefix, then a difference
                    operands.append(self.display([self.leaf(_kind_of(x)) for x in a.val[:rng.randint(0, 3)]]))
                else:
                    operands.append(self.gen_tuple(d - 1))
            return self.compare(operands, ops)
        if p == "in":
            t = self.gen_tuple(d - 1)
            if rng.random() < 0.5 and t.exc is None and type(t.val) is tuple and t.val:
                x = self.leaf(_kind_of(rng.choice(t.val)))
            else:
                x = self.gen(d - 1, rng.choice(["int", "float", "dec", "bool"]))
            return self.compare([x, t], [rng.choice(["in", "not in"])])
        if p == "not":
            return self.not_(self.gen(d - 1, rng.choice(["bool", "bool", "int", "float", "dec", "tuple", "str"])))
        if p == "nan":
            nan = rng.choice(["float('nan')", "Decimal('NaN')", "1e400 - 1e400", "-Decimal('-NaN')"])
            x = self.parse_node(nan)
            y = self.gen(d - 1, rng.choice(["int", "float", "float"]))
            ops = [rng.choice(["==", "!="] if "Decimal" in nan else ["==", "!=", "<", "<=", ">", ">="])]
            return self.compare([x, y] if rng.random() < 0.5 else [y, x], ops)
        return self.boolop(rng.choice(["and", "or"]),
                           [self.gen(d - 1, rng.choice(["bool", "int", "float", "dec", "tuple", "str"]))
                            for _ in range(rng.choice([2, 2, 3]))])

    def parse_node(self, text):
        """A Node for a fixed text of the language (the generator's value
        computed by the walker)."""
        prec = ATOM if text.endswith(")") and "-" not in text else ADD if " - " in text else UNARY
        try:
            v = _Walker(text, self.lim).value(ast.parse(text, mode="eval").body)
            return Node(text, prec, v)
        except (Unsupported, TooCostly):
            raise _Regen()
        except Exception as e:
            return Node(text, prec, exc=e)

    def num_form(self, d, kind):
        """A value of a numeric kind built with issue 18's forms: a bool in
        arithmetic, an item of a tuple, len(), and/or of two numbers."""
        rng = self.rng
        p = self.pick([(10, "index"), (6, "andor"), (8 if kind == "int" else 3, "bool"), (3 if kind == "int" else 0, "len")])
        if p == "bool":
            b = self.gen_bool(d - 1)
            if kind == "int":
                return b
            if kind == "float":
                return self.binop(rng.choice(["+", "*", "/", "-"]), b, self.gen(d - 1, "float"))
            return self.call("Decimal", "Decimal", [b]) if rng.random() < 0.5 else self.binop("+", self.gen(d - 1, "dec"), b)
        if p == "len":
            return self.call("len", "len", [self.gen(d - 1, rng.choice(["tuple", "tuple", "str"]))])
        if p == "andor":
            return self.boolop(rng.choice(["and", "or"]), [self.gen(d - 1, kind), self.gen(d - 1, kind)])
        if rng.random() < 0.4 and kind != "dec" or kind == "dec" and rng.random() < 0.2:
            kl = kind if kind != "dec" else "dec"
            t = self.call("divmod", "divmod", [self.gen(d - 1, kl), self.gen(d - 1, rng.choice([kl, "int"]))])
        else:
            t = self.tuple_of(d, kind, rng.randint(1, 3))
        n = len(t.val) if t.exc is None and type(t.val) is tuple else 2
        return self.subscript(t, self.index_for(n) if rng.random() < 0.95 else self.int_lit(0))

    def form_root(self, d):
        rng = self.rng
        if self.errp and rng.random() < 0.3:
            return self.form_error(d)
        p = self.pick([(30, "bool"), (18, "tuple"), (5, "bare"), (12, "index"), (5, "len"), (8, "num"),
                       (5, "andor"), (4, "str"), (4, "dectuple")])
        if p == "bool":
            return self.gen_bool(d)
        if p == "tuple":
            return self.gen_tuple(d)
        if p == "bare":
            return self.display([self.gen(d - 1, self.any_form_kind()) for _ in range(rng.randint(1, 3))], bare=True)
        if p == "index":
            t = self.gen_tuple(d - 1)
            n = len(t.val) if t.exc is None and type(t.val) is tuple else 2
            x = rng.random()
            if x < 0.5:
                return self.subscript(t, self.index_for(n))
            if x < 0.95:
                return self.subscript(t, self.slice_for(n))
            return self.subscript(t, [self.index_for(n), self.slice_for(n)])
        if p == "len":
            return self.call("len", "len", [self.gen(d - 1, rng.choice(["tuple", "tuple", "str", "int"]))])
        if p == "num":
            return self.num_form(d, rng.choice(["int", "float", "dec"]))
        if p == "str":
            return self.gen_str(d)
        if p == "dectuple":
            return self.call("Decimal", "Decimal", [self.dec_tuple()])
        return self.boolop(rng.choice(["and", "or"]),
                           [self.gen(d - 1, self.any_form_kind()) for _ in range(rng.choice([2, 2, 3]))])

    def any_form_kind(self):
        return self.rng.choice(["int", "float", "dec", "bool", "tuple", "str"])

    def dec_tuple(self, bad=False):
        """A tuple for Decimal((sign, digits, exponent)), valid or not."""
        rng = self.rng
        sign = self.int_lit(rng.choice([0, 1])) if rng.random() < 0.9 else self.leaf("bool")
        digits = [self.int_lit(rng.randint(0, 9)) for _ in range(rng.choice([0, 1, 2, 3, 5, 30]))]
        x = rng.random()
        if x < 0.7:
            e = rng.choice([0, 1, -1, -2, 5, -30, 999999, -1000000, 10 ** 18])
            exp = self.unary("-", self.int_lit(-e)) if e < 0 else self.int_lit(e)
        else:
            exp = Node(rng.choice(["'F'", "'n'", "'N'"]), ATOM, None, lit=True)
            exp.val = ast.literal_eval(exp.text)
        items = [sign, self.display(digits), exp]
        if bad:
            k = rng.randrange(6)
            if k == 0:
                items = items[:rng.choice([0, 1, 2])] + ([] if rng.random() < 0.7 else items[:2])
            elif k == 1:
                items[0] = rng.choice([self.int_lit(2), self.unary("-", self.int_lit(1)), self.float_lit("0.0"),
                                       self.leaf("str"), self.int_lit(10 ** 30)])
            elif k == 2:
                items[1] = rng.choice([self.int_lit(1), self.display([self.int_lit(10)]),
                                       self.display([self.float_lit("1.0")]), self.display([self.int_lit(10 ** 30)]),
                                       self.display([self.unary("-", self.int_lit(1))])])
            elif k == 3:
                items[2] = rng.choice([self.float_lit("1.0"), Node("'x'", ATOM, "x", lit=True),
                                       Node("'f'", ATOM, "f", lit=True), self.int_lit(10 ** 30),
                                       self.call("Decimal", "Decimal", [self.int_lit(0)])])
            elif k == 4:
                items[1] = self.display([self.int_lit(1), self.leaf("str")])
            else:
                items.append(self.int_lit(0))
        return self.display(items)

    def form_error(self, d):
        """A node of issue 18's forms that (most likely) raises."""
        rng = self.rng
        p = self.pick([(12, "tupleop"), (10, "tuplefn"), (12, "index"), (8, "order"), (8, "nan"),
                       (4, "repeat"), (5, "dectuple"), (4, "len"), (3, "in"), (3, "notsub")])
        t = self.gen_tuple(max(d - 1, 1))
        x = self.gen(d - 1, rng.choice(["int", "float", "dec", "bool", "str"]))
        if p == "tupleop":
            op = rng.choice(["+", "-", "*", "/", "//", "%", "**"])
            if op == "*":
                x = self.gen(d - 1, rng.choice(["float", "dec", "tuple", "str"]))
            c = rng.random()
            if c < 0.15:
                return self.unary(rng.choice(["-", "+"]), t)
            return self.binop(op, t, x) if c < 0.6 else self.binop(op, x, t)
        if p == "tuplefn":
            f = rng.choice(["round", "abs", "int", "float", "divmod", "math.floor", "math.ceil", "math.trunc",
                            "math.fmod", "math.remainder", "quantize", "round2", "Decimal"])
            if f == "divmod" or f in ("math.fmod", "math.remainder"):
                args = [t, x] if rng.random() < 0.5 else [x, t]
                return self.call(f, f.split(".")[-1], args)
            if f == "round2":
                return self.call("round", "round", [self.gen(d - 1, "float"), t] if rng.random() < 0.5 else [t, self.int_lit(2)])
            if f == "quantize":
                return self.quantize(t, self.gen(d - 1, "dec"), None) if rng.random() < 0.5 else \
                    self.quantize(self.gen(d - 1, "dec"), t, None)
            if f == "Decimal":
                return self.call("Decimal", "Decimal", [self.dec_tuple(bad=True)])
            return self.call(f, f.split(".")[-1], [t])
        if p == "index":
            n = len(t.val) if t.exc is None and type(t.val) is tuple else 2
            c = rng.random()
            if c < 0.3:
                i = rng.choice([n, n + 1, -n - 1, 2 ** 63, -2 ** 63 - 1, 10 ** 20])
                return self.subscript(t, self.unary("-", self.int_lit(-i)) if i < 0 else self.int_lit(i))
            if c < 0.55:
                return self.subscript(t, self.gen(d - 1, rng.choice(["float", "dec", "str", "tuple"])))
            if c < 0.75:
                lo, hi, _ = self.slice_for(n)
                return self.subscript(t, (lo, hi, self.int_lit(0) if rng.random() < 0.5 else self.unary("-", self.int_lit(0))))
            if c < 0.9:
                bad = self.gen(d - 1, rng.choice(["float", "dec", "str"]))
                lo, hi, st = self.slice_for(n)
                k = rng.randrange(3)
                return self.subscript(t, (bad if k == 0 else lo, bad if k == 1 else hi, bad if k == 2 else st))
            return self.subscript(t, [self.index_for(n), self.index_for(n)])
        if p == "order":
            a, b = (t, x) if rng.random() < 0.5 else (x, t)
            if rng.random() < 0.3:  # tuples whose first difference is of unorderable types
                a = self.display([self.int_lit(1), self.leaf("str")])
                b = self.display([self.int_lit(1), self.gen(d - 1, rng.choice(["int", "float", "tuple"]))])
            elif rng.random() < 0.2:
                a, b = self.leaf("str"), self.gen(d - 1, rng.choice(["int", "float", "dec"]))
            return self.compare([a, b], [rng.choice(["<", "<=", ">", ">="])])
        if p == "nan":
            nan = rng.choice(["Decimal('NaN')", "Decimal('sNaN')", "Decimal('-sNaN')", "-Decimal('NaN')"])
            y = self.gen(d - 1, rng.choice(["int", "float", "dec", "bool"]))
            if "sNaN" in nan:
                op = rng.choice(["==", "!=", "<", ">=", "in"])
            else:
                op = rng.choice(["<", "<=", ">", ">="])
            n = self.parse_node(nan)
            if op == "in":
                return self.compare([y, self.display([n])], [op])
            if rng.random() < 0.3:
                return self.compare([self.display([n]), self.display([y])], [op])
            return self.compare([n, y] if rng.random() < 0.5 else [y, n], [op])
        if p == "repeat":
            k = rng.choice([10 ** 20, -10 ** 20, 2 ** 63, 2 ** 62, 2 ** 61, 2 ** 60, 2 ** 60 - 3])
            n = self.unary("-", self.int_lit(-k)) if k < 0 else self.int_lit(k)
            t = self.display([self.leaf("int") for _ in range(rng.choice([0, 1, 2, 8]))])
            return self.binop("*", t, n) if rng.random() < 0.5 else self.binop("*", n, t)
        if p == "dectuple":
            return self.call("Decimal", "Decimal", [self.dec_tuple(bad=True)])
        if p == "len":
            return self.call("len", "len", [self.gen(d - 1, rng.choice(["int", "float", "dec", "bool"]))])
        if p == "in":
            c = self.gen(d - 1, rng.choice(["int", "float", "dec", "bool", "str"]))
            return self.compare([x, c], [rng.choice(["in", "not in"])])
        obj = self.gen(d - 1, rng.choice(["int", "float", "dec", "bool"]))
        return self.subscript(obj, self.int_lit(0))

    def divmod_root(self, d):
        rng = self.rng
        kl, kr = rng.choice([("int", "int"), ("int", "int"), ("float", "float"), ("int", "float"),
                             ("float", "int"), ("dec", "dec"), ("dec", "int"), ("int", "dec")])
        if self.errp and rng.random() < 0.35:
            if rng.random() < 0.5:
                kl, kr = rng.choice([("dec", "float"), ("float", "dec")])
                return self.call("divmod", "divmod", [self.gen(d - 1, kl), self.gen(d - 1, kr)])
            return self.call("divmod", "divmod", [self.gen(d - 1, kl), self.zero(kr)])
        return self.call("divmod", "divmod", [self.gen(d - 1, kl), self.gen(d - 1, kr)])

    def root(self, depth):
        rng = self.rng
        if depth == 0:
            if rng.random() < self.formp:
                return self.leaf(rng.choice(["bool", "tuple", "str"]))
            return self.leaf(rng.choice(["int", "float", "dec"]))
        if rng.random() < self.formp:
            return self.form_root(depth)
        if rng.random() < 0.12:
            return self.divmod_root(depth)
        if self.errp and rng.random() < 0.15:
            return self.error(depth)
        return self.gen(depth, rng.choice(["int", "float", "float", "dec"]))


def _raises_or_text(node):
    """(raises, text length) of the node's printed value."""
    if node.exc is not None:
        return True, 0
    try:
        return False, len(str(node.val))
    except ValueError:  # int past the str() limit: raises on print
        return True, 0


RAISE_FRACTION = 0.30
_last_node = None  # the generator's own evaluation of the last expression (for _stats)


def generate_eval(rng, formp=NEW_FORMS_FRACTION):
    """One random expression: [EXPR]. About RAISE_FRACTION of them raise;
    about formp of them have one of issue 18's forms at the root."""
    want_raise = rng.random() < RAISE_FRACTION
    for attempt in range(400):
        fresh_context()
        x = rng.random()
        depth = 0 if x < 0.04 else rng.randint(1, 6)
        g = _Gen(rng, 0.25 if want_raise else 0.0, formp)
        try:
            node = g.root(depth)
        except _Regen:
            continue
        raises, n = _raises_or_text(node)
        if n > MAX_RESULT_CHARS or len(node.text) > 4600:
            continue
        if raises != want_raise and attempt < 300:
            continue
        assert "\t" not in node.text and "\n" not in node.text
        global _last_node
        _last_node = node
        return [node.text]
    raise RuntimeError("generate_eval: no usable expression in 400 attempts")


def generate_evalcmp(rng):
    """One random expression whose root is always one of issue 18's forms:
    a comparison, and/or/not, a tuple, an index or slice, len(), bools in
    arithmetic, or an operation on a tuple (the "evalcmp" op)."""
    return generate_eval(rng, 1.0)


# ---------------------------------------------------------------------------
# hand-picked cases (issue 18): gen_golden.py writes them, with CPython's
# answers, before the random cases of the eval golden file. Every one must
# be in the language (the oracle answers it).

FIXED_CASES = [
    # comparisons across types, exact as CPython's
    "0.1 + 0.2 == 0.3", "1 < 2.0 <= Decimal('2')", "Decimal('0.1') == 0.1", "Decimal(0.1) == 0.1",
    "Decimal('0.1') < 0.1", "Decimal('0.1') > 0.1", "Decimal('1.1') == 1.1", "Decimal(1.1) == 1.1",
    "Decimal('0.5') == 0.5", "Decimal('1.0') == 1", "Decimal('1.00') == True", "0.5 == Decimal('0.50')",
    "2**53+1 > 2.0**53", "2**53+1 == 2.0**53", "9007199254740993 == 9007199254740992.0",
    "9007199254740993 > 9007199254740992.0", "9007199254740993 < 9007199254740994.0",
    "10**400 > 1e308", "10**22 == 1e22", "10**23 == 1e23", "10**23 < 1e23", "2**1024 > 1.7976931348623157e308",
    "2**1024 - 2**971 == 1.7976931348623157e308", "2**1024 - 2**970 > 1.7976931348623157e308",
    "-(2**63) == -9.223372036854775808e18", "2**64 + 1 > 1.8446744073709552e19", "-2**64 - 1 < -1.8446744073709552e19",
    "Decimal(2**53+1) > 2.0**53", "Decimal('1E+400') > 1e308", "Decimal('1E+400') < float('inf')",
    "Decimal('-1E+400') < -1.7976931348623157e308", "Decimal(10**400) == 10**400",
    "Decimal('1E+400') == 10**400", "Decimal('1E-400') > 0", "Decimal('1E-400') > 5e-324", "Decimal('-1E-400') < -0.0",
    # infinities and signed zeros
    "10**400 < float('inf')", "-10**400 > float('-inf')", "1e400 > 10**400", "10**400 == 1e400",
    "float('inf') == Decimal('Infinity')", "Decimal('Infinity') > 10**400", "Decimal('-Infinity') < -1e308",
    "Decimal('Infinity') == Decimal('Infinity')", "float('-inf') < Decimal('-1E+999999')",
    "-0.0 == 0", "-0.0 < 0", "-0.0 <= 0", "-0.0 == Decimal('-0')", "Decimal('-0') == 0.0", "-0.0 == False",
    "Decimal('0E+5') == Decimal('-0.000')", "0 == -0.0 == Decimal('-0') == False",
    # NaNs
    "float('nan') == float('nan')", "float('nan') != float('nan')", "float('nan') < 1", "1 >= float('nan')",
    "10**400 > float('nan')", "1e400 - 1e400 == 1e400 - 1e400", "1e400 - 1e400 != 0",
    "Decimal('NaN') == Decimal('NaN')", "Decimal('NaN') != 1", "Decimal('NaN') == 1", "Decimal('NaN') < 1",
    "1 <= Decimal('NaN')", "Decimal('NaN') > float('inf')", "Decimal('-NaN') >= Decimal('NaN')",
    "Decimal('sNaN') == 1", "Decimal('sNaN') != Decimal('sNaN')", "Decimal('-sNaN') == 1.5", "1 == Decimal('sNaN')",
    "float('nan') < Decimal(1)", "float('nan') == Decimal('NaN')", "Decimal('NaN') == float('nan')",
    "Decimal('sNaN') == float('nan')", "Decimal(1) > float('nan')", "Decimal(1) != float('nan')",
    "Decimal('sNaN') == (1,)", "Decimal('sNaN') == 'a'", "Decimal('sNaN') == True", "Decimal('NaN') < (1,)",
    # chains: the middle operand once, short-circuit
    "1 < 2 < 3", "1 < 3 < 2", "3 < 2 < 1/0", "1 < 2 > 1/0", "1 == 1.0 == Decimal(1) == True", "1 < 2 == True",
    "(1 < 2) < 3", "0 < 0.5 < Decimal('1') <= 1 != 2", "1 < 2 < 1/0", "2 > 1 < Decimal('NaN')",
    "1 > 2 < Decimal('NaN')", "1 == 2 == 1/0", "1 != 1 < 1/0",
    # and, or, not: an operand, not a bool; short-circuit
    "0 or 2.5", "0 and 1/0", "1 or 1/0", "() or 0.0 or ''", "0.0 and 1", "-0.0 or Decimal('-0') or False",
    "float('nan') and 1", "Decimal('NaN') or 1", "Decimal('sNaN') and 2", "1e400 - 1e400 or 1",
    "1 and 2 or 3", "0 and 2 or 3", "(1, 2) and ()", "() or (1,)", "'' or 'a'", "0 or 0.0", "False or 0",
    "not 0", "not 0.0", "not -0.0", "not Decimal('0')", "not Decimal('-0.00')", "not Decimal('0E+5')",
    "not float('nan')", "not Decimal('NaN')", "not Decimal('sNaN')", "not ()", "not (0,)", "not ''", "not 'a'",
    "not not 1", "not 1 == 2", "not 1 < 2 < 0", "not 1 and 0", "not (1 and 0)", "not 5e-324", "not 1e400",
    "(not 0) + 1", "round(not 0)",
    # True and False: ints in arithmetic
    "True", "False", "True + 1", "True + True", "True / 2", "-True", "+True", "-False", "+False",
    "round(True)", "round(True, 1)", "round(False, -1)", "round(2.5, True)", "round(Decimal('2.5'), True)",
    "divmod(True, 2)", "divmod(7, True)", "divmod(True, False)", "Decimal(True)", "Decimal(False)",
    "True * 1.5", "True ** -1", "2 ** True", "True ** True", "True // 2", "True % 2", "True / False",
    "True % False", "abs(True)", "abs(-True)", "int(True)", "int(False)", "float(True)", "float(False)",
    "math.floor(True)", "math.ceil(False)", "math.trunc(True)", "math.fmod(True, 2)", "math.remainder(False, 3)",
    "True + Decimal('0.5')", "Decimal('0.5') - True", "Decimal(1).quantize(True)", "True.quantize(1)",
    "True == 1", "True == 1.0", "True == Decimal(1)", "False == -0.0", "True > Decimal('0.5')",
    "True < Decimal('NaN')", "(True, False)", "True[0]", "len(True)", "True in (1,)", "1.0 in (True,)",
    "(1 < 2) * 10", "(1 > 2) - 1", "(0.1 + 0.2 == 0.3) + (0.1 + 0.2 > 0.3)",
    # tuple displays and printing
    "(1, 2.5)", "()", "(1,)", "(1, 2,)", "1, 2", "1,", "1, (2, 3), ()", "((1, 2), 3.5, Decimal('1.0'))",
    "('a', \"b'c\", 'd\"e')", "('',)", "('é',)", "((),)", "(((),),)", "((1,),)",
    "(-0.0, float('nan'), float('inf'), 1e400, Decimal('-0'), Decimal('NaN'), Decimal('sNaN'))",
    "(Decimal('-sNaN12'), Decimal('1E+999999'), Decimal('0E-1000026'))", "(10**4300,)", "(10**4301,)",
    "(1, 10**4301)", "(1/0, 2)", "(2, 1/0)",
    # + and *
    "(1,) + (2,)", "() + ()", "(1,) + ()", "(1,) * 3", "3 * (1, 2)", "(1,) * 0", "(1,) * -1", "(1, 2) * -10",
    "(1,) * True", "False * (1,)", "() * 5", "() * -5", "((1,),) * 2", "(1,) * 10**20", "(1,) * -10**20",
    "() * 10**20", "(1, 2) * 2**62", "(1,) * 2**62", "(1,) * 2**61", "(1,) * (2**60 - 3)", "(1,) * 2**63",
    "(1,) * (2**63 - 1)", "(1, 2, 3) * (2**62 // 3 + 1)",
    # indexes and slices
    "divmod(7, 2)[0]", "divmod(7, 2)[-1]", "divmod(-7.5, 2)[1]", "divmod(Decimal(7), 2)[0]", "(1, 2)[-1]",
    "(1, 2)[-2]", "(1, 2)[-3]", "(1, 2)[2]", "(1, 2)[1.5]", "(1, 2)[Decimal(1)]", "(1, 2)['a']", "(1, 2)[(1,)]",
    "(1, 2)[()]", "(1, 2)[True]", "(1, 2)[False]", "(1, 2)[10**20]", "(1, 2)[-10**20]", "(1, 2)[2**63]",
    "(1, 2)[2**63 - 1]", "(1, 2)[-2**63]", "(1, 2)[1/0]", "(1/0, 2)[0]", "((1, 2), 3)[0][1]",
    "(1, 2, 3)[1:]", "(1, 2, 3)[::-1]", "(1, 2, 3)[::0]", "(1, 2, 3)[::2]", "(1, 2, 3)[-2:]", "(1, 2, 3)[:-1]",
    "(1, 2, 3)[5:]", "(1, 2, 3)[:]", "(1, 2, 3)[::]", "(1, 2, 3)[1:2:]", "(1, 2, 3)[2:0:-1]", "(1, 2, 3)[-1:-4:-1]",
    "(1, 2, 3, 4, 5)[-2:-10:-2]", "(1, 2, 3, 4, 5)[10:-10:-1]", "(1, 2, 3)[True:]", "(1, 2, 3)[:False]",
    "(1, 2, 3)[10**20:]", "(1, 2, 3)[-10**20:]", "(1, 2, 3)[::10**20]", "(1, 2, 3)[::-10**20]",
    "(1, 2, 3)[::2**63]", "(1, 2, 3)[::-2**63]", "(1, 2, 3)[2**63 - 1:]", "(1, 2, 3)[:-2**63]",
    "(1, 2, 3)[1.5:]", "(1, 2, 3)[:Decimal(1)]", "(1, 2, 3)[::1.5]", "(1.5, 2)[1.5::0]", "(1, 2, 3)[:'a']",
    "(1, 2, 3)[(1,):]", "(1, 2, 3)[0, 1]", "(1, 2, 3)[0:2, 1]", "(1, 2, 3)[0,]", "(1, 2, 3)[::0, 1/0]",
    "()[0]", "()[-1]", "()[:]", "()[::-1]", "()[::0]", "5[0]", "1.5[0]", "Decimal(1)[0]", "5[1/0]",
    "'abc'[::-1]", "'abc'[1]", "'abc'[-1]", "'abc'[5]", "'abc'[1.5]", "'abc'['a']", "'abc'[10**20]",
    "'café'[3]", "'café'[::-1]", "'abc'[::0]", "''[:]",
    # len
    "len(())", "len((1, 2))", "len(((1, 2),))", "len((1,) * 5)", "len(divmod(7, 2))", "len(1)", "len(1.5)",
    "len(Decimal(1))", "len('abc')", "len('')", "len('café')",
    # comparisons of tuples and strs
    "(1, 2) == (1.0, 2)", "(1, 2) != (1, 2.0)", "(1, 2) < (1, 3)", "() < (1,)", "() == ()", "() <= ()",
    "() < ()", "(1,) > ()", "(1, 2) < (1, 2, 3)", "(1, 2, 3) <= (1, 2)", "(1, 2) == (1, 2, 3)",
    "(1, 'a') < (1, 'b')", "(1, 'a') < (1, 2)", "(1, 'a') == (1, 2)", "(2, 'a') < (1, 2)", "(1, 2) < 3",
    "3 > (1, 2)", "(1, 2) == 3", "(1,) != 1", "(1,) < 'a'", "'a' >= (1,)",
    "(float('nan'),) == (float('nan'),)", "(float('nan'),) < (float('nan'),)",
    "(Decimal('NaN'),) == (Decimal('NaN'),)", "(Decimal('NaN'),) < (Decimal('NaN'),)",
    "(1, Decimal('NaN')) < (2, 3)", "(Decimal('sNaN'),) == (1,)", "(Decimal('sNaN'),) == ('a',)",
    "((1, 2), 3) < ((1, 3), 0)", "(0.1,) == (Decimal('0.1'),)", "(2**53 + 1,) > (2.0**53,)",
    "(1, (2, float('nan'))) == (1, (2, float('nan')))", "(True,) == (1.0,)", "((),) < ((1,),)",
    "'a' < 'b'", "'a' < 1", "'a' == 1", "'b' > 'abc'", "'é' > 'z'", "'' < 'a' < 'ab'", "'abc' == 'abc'",
    # in / not in
    "1 in (1, 2)", "1.0 in (1, 2)", "3 not in (1, 2)", "Decimal('0.1') in (0.1,)", "Decimal(0.1) in (0.1,)",
    "float('nan') in (float('nan'),)", "Decimal('NaN') in (Decimal('NaN'),)", "Decimal('sNaN') in (1,)",
    "Decimal('sNaN') in ()", "1 in (Decimal('sNaN'),)", "1 in (1, Decimal('sNaN'))", "(1,) in ((1,), 2)",
    "() in ((),)", "1 in ()", "1 in 5", "1 in 1.5", "1 in Decimal(1)", "1 in True", "1 in 'abc'",
    "'a' in 'abc'", "'' in ''", "'é' in 'café'", "'ac' in 'abc'", "(1, 2) in (1, 2)", "2 in divmod(7, 2)",
    # every other operation with a tuple: Python's TypeError
    "(1,) + 1", "1 + (1,)", "(1,) + 'a'", "'a' + (1,)", "'a' + 1", "1 + 'a'", "(1,) * 1.5", "1.5 * (1,)",
    "(1,) * (1,)", "(1,) * Decimal(2)", "Decimal(2) * (1,)", "(1,) * 'a'", "'a' * 1.5", "'a' * (1,)",
    "(1,) - (1,)", "1 - (1,)", "(1,) / 2", "2 / (1,)", "(1,) // 2", "(1,) % 2", "2 % (1,)", "(1,) ** 2",
    "2 ** (1,)", "Decimal(1) + (1,)", "(1,) - Decimal(1)", "1.5 ** ()", "-(1,)", "+(1,)", "-()", "-'a'", "+'a'",
    "round((1,))", "round((1,), 2)", "round(())", "round(1.5, (1,))", "round(Decimal('1.5'), (1,))",
    "round(15, (1,))", "divmod((1,), 2)", "divmod(2, (1,))", "divmod((), ())", "float((1,))", "int((1,))",
    "int(())", "abs(())", "abs((1,))", "math.floor(())", "math.ceil((1,))", "math.trunc(())",
    "math.fmod((1,), 2)", "math.remainder(2, (1,))", "Decimal(1).quantize((0, (1,), 0))",
    "(1,).quantize(1)", "Decimal(1).quantize(())", "float('a',)",
    # Decimal((sign, digits, exponent))
    "Decimal((0, (1, 2), -1))", "Decimal((1, (1, 2), 'F'))", "Decimal((1, (), 'F'))", "Decimal((0, (), 'n'))",
    "Decimal((0, (1, 2), 'n'))", "Decimal((1, (0, 0, 1, 2), 'N'))", "Decimal((0, (), 'N'))", "Decimal((0, (), 5))",
    "Decimal((0, (), -5))", "Decimal((1, (0,), 0))", "Decimal((True, (True,), False))", "Decimal((0, (1,), True))",
    "Decimal((2, (1,), 0))", "Decimal((-1, (1,), 0))", "Decimal((10**30, (1,), 0))", "Decimal((0, (1,), 10**30))",
    "Decimal((0, (1,), -10**30))", "Decimal((0, (10**30,), 0))", "Decimal((0, (10,), 0))", "Decimal((0, (-1,), 0))",
    "Decimal((0, (1.0,), 0))", "Decimal((0, 1, 0))", "Decimal((0, (1,), 1.0))", "Decimal((0, (1,), 'x'))",
    "Decimal((0, (1,), 'FF'))", "Decimal((0, (1,), 'f'))", "Decimal((1.0, (1,), 0))", "Decimal(('0', (1,), 0))",
    "Decimal((0, (1,), 10**18))", "Decimal((0, (1,), 2**63))", "Decimal((0, (1,), -2**63))",
    "Decimal((0, (1,) * 30, 'n'))", "Decimal((0, (1,) * 40, 0))", "Decimal((0, (1,), 0, 1))", "Decimal(())",
    "Decimal((1, 2))", "Decimal((0, (1, 'a'), 0))", "Decimal((0, ((1,),), 0))", "Decimal((0, (1,), 'F'))",
    "Decimal((0, (Decimal(1),), 0))", "Decimal((Decimal(0), (1,), 0))", "Decimal((0, (1,), Decimal(0)))",
    "Decimal((0, (1,), 999999))", "Decimal((0, (1,), 1000000))", "Decimal((0, (5,), -1000027))",
    "Decimal((0, (1, 2, 3), -2)) + 1", "Decimal((1, (5,), -1)) == -0.5", "Decimal((0, (1,), 1/0))",
    # precedence
    "1 + 2 == 3", "1 + (2 == 3)", "not 1 + 1", "-1 < 0 and 2 ** 2 == 4", "0 or 1 and 2", "(0 or 1) and 2",
    "1 < 2 or 1/0", "not 1 < 2 or 3", "1, 2 == 2, 3", "(1, 2) == (2, 3)",
]


# ---------------------------------------------------------------------------
# value pools

_SPECIAL_INTS = [2 ** 53, 2 ** 53 + 1, 2 ** 53 - 1, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 2 ** 64 + 1, 2 ** 64 - 1,
                 10 ** 15, 10 ** 16, 10 ** 17, 10 ** 22, 10 ** 23, 10 ** 30, 10 ** 30 + 1,
                 123456789012345678901234567890, 9007199254740993, 4503599627370497, 18014398509481985,
                 2 ** 1023, 2 ** 1024, 10 ** 308, 10 ** 309, 179769313486231570000000000000000000000,
                 25, 15, 35, 125, 675, 1005, 99999, 65536, 1000000, 999999999999999999999999999]

_FLOAT_LITS = ["0.0", "0.5", "1.5", "2.5", "3.5", "2.675", "1.005", "0.125", "0.375", "0.1", "0.2",
               "0.3", "1e-3", "1E-3", ".5", "5.", "5.e3", "1_000.5", "1e22", "1e23", "1e16", "1e308",
               "1.7976931348623157e308", "5e-324", "4.9e-324", "2.2250738585072014e-308", "2.225073858507201e-308",
               "1e400", "1E+400", "1e-400", "9007199254740993.0", "9007199254740992.0", "123456789.125",
               "0.045", "0.285", "1.45", "2.345", "8.875", "1e15", "1e-5", "1.0", "10.0", "100.0", "7.0",
               "1e300", "3.141592653589793", "0.30000000000000004", "1e-7", "1.5e-7", "007.5", "1_0.0_1", "1e1_0",
               "0.49999999999999994", "4503599627370495.5", "2.5e20", "1e-320", "0.1e1", "00.5"]

_INT_STRS = ["12", " 12 ", "1_000", "-0", "+5", "0012", "-17", "99999999999999999999999", "0", "  -3", "7 ",
             "123456789012345678901234567890", "+0", "-1_000_000"]
_FLOAT_STRS = ["nan", "-nan", "NaN", "inf", "-inf", "Infinity", "-Infinity", "iNF", " 1e3 ", "1_0.5", "1e500",
               "-1e500", "1e-400", "-0", "-0.0", "2.675", "+.5", "5.", "1E+308", "1.7976931348623157e308",
               "5e-324", "0.1", "1_000", "  2.5", "1e22", "9007199254740993"]
_DEC_STRS = ["2.675", "-0.00", "0.00", "-0", "1E+999999", "1E-1000000", "1e999999999", "1e-999999999", "NaN",
             "-NaN", "sNaN", "-sNaN", "Infinity", "-Infinity", "Inf", "-inf", " 1.5 ", "1_000", "0.1", "1.005",
             "0.125", "12345678901234567890123456789.5", "1e-7", "0E-1000026", "9.999999999999999999999999999E+999999",
             "1E-1000025", "2.5", "0.5", "-2.5", "1.5", "1E+2", "100", "1.00", "123.456", "9.995", "-7", "7",
             "3", "0.3333333333333333333333333333", "1E+28", "99999999999999999999999999999", "1.23E-5", "6.02E+23",
             "N_aN", "In_f", "1_._5", "_", "1_e1_0", "NaN0012", "sNaN12", "-0E+3", "0E+2000000"]
_BAD_STRS = ["abc", "", " ", "1.5.2", "0x10", "1__0", "_1", "1_", "1e", "--1", "+-1", "1 2", "12a", "NaNa",
             "inf inf", "1,5", ".", "e5", "0b101", "1e+", "Infinityy"]
_STR_LITS = ["''", "'a'", "'abc'", "'b'", "'10'", "'1.5'", "'é'", "'ab'", "\"it's\"", "'x y'"]
# numbers near each other across types, for comparisons
_CMP_VALUES = [0, 1, 2, 3, 0.1, 0.5, 2.5, 1e16, 2 ** 53, 2 ** 53 + 1, 9007199254740993.0, 10 ** 22, 1e22, 1e23,
               2 ** 63, 1.7976931348623157e308, 0.3, 0.30000000000000004, 1e-7, 100, 7]
_QUANTS = ["0.01", "1", "1.00", "1E+2", "0.001", "0.1", "-0.00", "1e-5", "10", "1E+1", "0.0001", "1e-30",
           "1E-20", "5", "0.05", "NaN", "1e-8", "0E-10", "100"]
_DEC_EXPS = ["0.5", "2", "-1", "1.5", "1E+3", "3", "0", "-0.5", "0.25", "1E+100", "-2", "1.000", "10", "0.1"]


# ---------------------------------------------------------------------------
# python3 internal/oracle/exprgen.py [SEED [COUNT]]: generate COUNT expressions,
# evaluate them, print speed and the distribution of outcomes.

def _stats(seed, count):
    import collections
    import random
    import sys
    import time
    sys.set_int_max_str_digits(4300)
    rng = random.Random(seed)
    kinds = collections.Counter()
    excs = collections.Counter()
    slow = []
    mismatches = []
    t0 = time.perf_counter()
    gen_time = 0.0
    for _ in range(count):
        t1 = time.perf_counter()
        expr = generate_eval(rng)[0]
        t2 = time.perf_counter()
        gen_time += t2 - t1
        node = _last_node
        try:
            fresh_context()
            v = eval(expr, {"__builtins__": {}}, dict(NAMESPACE))
            text = str(v)
            kinds[type(v).__name__ if type(v) is not tuple or not v else "tuple(%s)" % type(v[0]).__name__] += 1
            if node.exc is not None or text != str(node.val):
                mismatches.append((expr, text, node.val, node.exc))
        except Exception as e:
            excs[type(e).__name__] += 1
            if node.exc is not None:
                if type(node.exc) is not type(e) or str(node.exc) != str(e):
                    mismatches.append((expr, e, node.val, node.exc))
            elif not (type(node.val) in (int, tuple) and type(e) is ValueError):
                mismatches.append((expr, e, node.val, node.exc))
        t3 = time.perf_counter()
        slow.append((t3 - t2, expr))
    total = time.perf_counter() - t0
    n_exc = sum(excs.values())
    print("seed %d: %d expressions in %.1f s (generation %.1f s)" % (seed, count, total, gen_time))
    print("raising: %.1f%%" % (100.0 * n_exc / count))
    for k, c in excs.most_common():
        print("  !%-18s %6.2f%%" % (k, 100.0 * c / count))
    for k, c in kinds.most_common():
        print("  %-19s %6.2f%%" % (k, 100.0 * c / count))
    print("generator/eval disagreements: %d" % len(mismatches))
    for m in mismatches[:10]:
        print("  %r" % (m,))
    slow.sort(reverse=True)
    # the machine may be loaded: re-time the 50 slowest, best of 5
    worst = (0.0, "")
    for _, expr in slow[:50]:
        best = None
        for _ in range(5):
            t1 = time.perf_counter()
            try:
                evaluate(expr, GEN_LIMITS)
            except Exception:
                pass
            t = time.perf_counter() - t1
            best = t if best is None else min(best, t)
        worst = max(worst, (best, expr))
    print("slowest evaluate() (walk + eval, best of 5): %.2f ms: %s" % (worst[0] * 1e3, worst[1][:200]))


if __name__ == "__main__":
    import sys as _sys
    _stats(int(_sys.argv[1]) if len(_sys.argv) > 1 else 1, int(_sys.argv[2]) if len(_sys.argv) > 2 else 20000)
