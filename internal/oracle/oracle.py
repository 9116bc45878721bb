#!/usr/bin/env python3
"""pyround's differential-testing oracle: CPython 3.11 answering over a pipe.

Run as a long-lived process (python3 internal/oracle/oracle.py). It reads
requests from stdin, one per line, fields separated by TAB, UTF-8, and
answers on stdout:

  ping                            -> pong
  version                         -> the interpreter version, e.g. 3.11.7
  eval<TAB>OP<TAB>ARG1...<TAB>ARGn -> one line: the text print() shows for the
                                     result, or "!Type: message" when Python
                                     raises (Type = exception class name,
                                     message = str(exception); "!Type" when
                                     the message is empty, as the traceback's
                                     last line shows it)
  gen<TAB>OP<TAB>SEED<TAB>COUNT   -> COUNT lines "ARG1<TAB>...<TAB>ARGn<TAB>EXPECTED"
                                     then a line "."; or, if the request is
                                     bad or the generator fails, one line
                                     "!Type: message" (no TAB) and nothing else

A malformed request (unknown op, wrong number of fields, bad AS/MODE/N, ...)
is answered with "!ProtocolError: ..." and the process keeps serving. A TAB
or newline inside a response is written as the two characters \\t or \\n
(never happens for the ops defined here; the guard keeps the stream in sync).
Only "\\n" ends a request: "\\r" and other Unicode line separators are part of
the field. stdout is flushed after every response and after every "." of gen.
The process exits on EOF.

Capabilities live in the OPS registry: each op is one evaluation function
(args -> result text, raising like Python) and one generator function
(random.Random -> args). gen_golden.py imports this module and uses the same
generators, so `gen round S N` on the pipe and the golden file written with
--seed S --count N hold the same cases.
"""

import collections
import datetime
import decimal
import math
import os
import random
import re
import struct
import sys
from decimal import Decimal

# The "eval" op (issue 6) lives in exprgen.py next to this file. python3 -I
# leaves this directory off sys.path; no __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import exprgen  # noqa: E402
import shardops  # noqa: E402
import timebin  # noqa: E402
import binops  # noqa: E402
import binning  # noqa: E402
import incops  # noqa: E402

# The specification is CPython 3.11's default int<->str digit limit, whatever
# PYTHONINTMAXSTRDIGITS says.
INT_STR_LIMIT = 4300
sys.set_int_max_str_digits(INT_STR_LIMIT)

# pyround refuses results with more digits than this (rounding.MaxResultDigits).
PYROUND_MAX_DIGITS = 1_000_000
PYROUND_LIMIT_MSG = "result would have more than %d digits (pyround's limit)" % PYROUND_MAX_DIGITS

# The context the contract calls "the MAX context": exact for everything the
# round op can produce, default traps (InvalidOperation, DivisionByZero, Overflow).
MAXCTX = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def _int_str_limit_message():
    """The message of the ValueError str() raises for an int with more than
    INT_STR_LIMIT digits, taken from Python itself."""
    try:
        str(10 ** INT_STR_LIMIT)
    except ValueError as e:
        return str(e)
    raise AssertionError("str(10**4300) did not raise")


INT_STR_LIMIT_MSG = _int_str_limit_message()


class ProtocolError(Exception):
    """A request the oracle cannot interpret (not a Python behaviour)."""


class GenError(Exception):
    """A generator could not produce a case."""


def pyround_limit():
    return OverflowError(PYROUND_LIMIT_MSG)


def int_text(digits, value_fn):
    """str() of an int known to have `digits` decimal digits, produced by
    value_fn() only when str() would succeed. str() of an int with more than
    INT_STR_LIMIT digits raises ValueError whatever its size (checked in
    CPython: long_to_decimal_string_internal), so the possibly enormous int is
    not built just to fail (int(Decimal('1E+999999')) takes ~25 s)."""
    if digits > INT_STR_LIMIT:
        raise ValueError(INT_STR_LIMIT_MSG)
    return str(value_fn())


def ndigits10(v):
    """Number of decimal digits of |v| (v an int with at most 4300 digits)."""
    return len(str(abs(v)))


# ---------------------------------------------------------------------------
# op: round  (args AS, TEXT, N, MODE) = pyround round --as AS -n N -m MODE TEXT

ROUND_AS = ("auto", "float", "decimal")
ROUND_MODES = collections.OrderedDict([
    ("HALF_EVEN", decimal.ROUND_HALF_EVEN),
    ("HALF_UP", decimal.ROUND_HALF_UP),
    ("HALF_DOWN", decimal.ROUND_HALF_DOWN),
    ("UP", decimal.ROUND_UP),
    ("DOWN", decimal.ROUND_DOWN),
    ("CEILING", decimal.ROUND_CEILING),
    ("FLOOR", decimal.ROUND_FLOOR),
    ("05UP", decimal.ROUND_05UP),
])
MODE_NAMES = list(ROUND_MODES)
OTHER_MODES = [m for m in MODE_NAMES if m != "HALF_EVEN"]
_N_RE = re.compile(r"[+-]?[0-9]+\Z")


def evaluate_round(args):
    if len(args) != 4:
        raise ProtocolError("round takes 4 arguments (AS, TEXT, N, MODE), got %d" % len(args))
    as_, text, n, mode = args
    if as_ not in ROUND_AS:
        raise ProtocolError("round: AS must be auto, float or decimal, not %r" % as_)
    if mode not in ROUND_MODES:
        raise ProtocolError("round: unknown MODE %r" % mode)
    if n == "":
        nd = None
    elif _N_RE.match(n):
        nd = int(n)
    else:
        raise ProtocolError("round: N must be empty or an integer, not %r" % n)
    rounding = ROUND_MODES[mode]

    if as_ == "decimal":
        return _round_decimal(Decimal(text), nd, rounding)
    if as_ == "auto":
        try:
            v = int(text)
        except ValueError:
            v = float(text)
    else:
        v = float(text)
    if isinstance(v, int):
        return _round_int(v, nd, rounding)
    return _round_float(v, nd, rounding)


def _round_int(v, nd, rounding):
    if nd is None or nd >= 0:
        # round(v) and round(v, n >= 0) return v for every mode.
        return str(round(v) if nd is None else round(v, nd))
    k = -nd
    # Python's int.__round__ builds 10**k: round(25, -10**30) never ends.
    # When 10**k > 2*|v| (certainly when k >= digits(v)+2) the answer does
    # not depend on k beyond "is it 0 or +-10**k", so decide it at the proxy
    # exponent kk and build +-10**k only if it is printable.
    kk = min(k, ndigits10(v) + 2)
    if rounding == decimal.ROUND_HALF_EVEN:
        # Builtin round(): half-even on the exact value; 0 when 10**k > 2|v|.
        r = round(v, -kk)
        if r == 0:
            return "0"
        # round() to 10**kk > 2|v| is always 0, so here k == kk.
        return str(r)
    q = Decimal(v).quantize(Decimal(1).scaleb(kk, MAXCTX), rounding=rounding, context=MAXCTX)
    if q.is_zero():
        return "0"
    if k > kk:
        digits = k + 1  # the result is sign(v) * 10**k
    else:
        digits = q.adjusted() + 1
    if digits > PYROUND_MAX_DIGITS:
        raise pyround_limit()
    if k > kk:
        sign = -1 if v < 0 else 1
        return int_text(digits, lambda: sign * 10 ** k)
    return int_text(digits, lambda: int(q))


def _round_float(v, nd, rounding):
    if rounding == decimal.ROUND_HALF_EVEN:
        # Python's builtin (PyNumber_AsSsize_t clips a huge N).
        return str(round(v) if nd is None else round(v, nd))
    if nd is None:
        if not math.isfinite(v):
            round(v)  # raises Python's ValueError / OverflowError
            raise AssertionError("round(%r) did not raise" % v)
        q = Decimal(v).to_integral_value(rounding=rounding, context=MAXCTX)
        return str(int(q))
    if not math.isfinite(v) or nd > 323:
        return str(v)
    if nd < -400:
        nd = -400
    q = Decimal(v).quantize(Decimal(1).scaleb(-nd, MAXCTX), rounding=rounding, context=MAXCTX)
    f = float(q)  # correctly rounded; sign of zero from q
    if math.isinf(f):
        raise OverflowError("rounded value too large to represent")
    return str(f)


def _round_decimal(d, nd, rounding):
    if nd is None:
        # print(int(D.to_integral_value(rounding=MODE))).
        if d.is_finite() and not d.is_zero() and d.adjusted() + 1 > PYROUND_MAX_DIGITS:
            raise pyround_limit()  # the integer would have at least this many digits
        q = d.to_integral_value(rounding=rounding, context=MAXCTX)
        if q.is_finite() and not q.is_zero():
            digits = q.adjusted() + 1
            if digits > PYROUND_MAX_DIGITS:
                raise pyround_limit()
            return int_text(digits, lambda: int(q))
        return str(int(q))  # 0, or NaN/Infinity raising Python's errors
    # print(D.quantize(Decimal('1E%d' % -N), rounding=MODE)) under MAXCTX.
    # The quantum is built from text, not Decimal(1).scaleb(-N): scaleb
    # would add its own Overflow for |N| >= 10**18, while the text form
    # fails exactly where quantize's target exponent is out of range
    # (InvalidOperation), whatever D is.
    quantum = Decimal("1E%d" % -nd)
    # Then the pyround limit: the result's coefficient has at least
    # adjusted(D) + N + 1 digits.
    if d.is_finite() and not d.is_zero() and d.adjusted() + nd + 1 > PYROUND_MAX_DIGITS:
        raise pyround_limit()
    q = d.quantize(quantum, rounding=rounding, context=MAXCTX)
    if q.is_finite() and not q.is_zero() and q.adjusted() + nd + 1 > PYROUND_MAX_DIGITS:
        raise pyround_limit()  # a carry (9.99 -> 10.0) added the digit
    return str(q)


# --- round generator --------------------------------------------------------

def _bits_to_float(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


_SPECIAL_FLOATS = [
    "0.0", "-0.0", "0", "-0", "nan", "-nan", "NaN", "+nan", "inf", "-inf", "+inf", "Inf",
    "infinity", "-infinity", "Infinity", "-Infinity", "iNfInItY", "INF", "NAN",
    "1.7976931348623157e+308", "-1.7976931348623157e+308", "1.7976931348623157e308",
    "1.7976931348623158e+308", "1.797693134862316e+308", "1e308", "1e309", "-1e309", "1e400",
    "5e-324", "-5e-324", "4.9406564584124654e-324", "2e-324", "3e-324", "2.4703282292062328e-324",
    "2.2250738585072014e-308", "2.225073858507201e-308", "-2.2250738585072014e-308",
    "1e-320", "1e-400", "-1e-400", "4.940656458412465441765687928682213723651e-324",
    "0.5", "1.5", "2.5", "-0.5", "-1.5", "-2.5", "0.49999999999999994", "-0.49999999999999994",
    "4503599627370495.5", "4503599627370496.5", "9007199254740993", "1e16", "1e22", "1e23",
    "123.456", "1234.5678", "0.1", "0.2", "0.3", "1e-05", "1e+16", "9.5", "99.5", "999.5",
    "2.675", "1.005", "0.125", "0.375", "0.285", "0.145", "1.0000000000000005e-3", "-0.05",
    "-0.15", "-0.25", "-0.04", "-0.4", "0.04", "125.0", "135.0", "95.0", "1.5e308", "1.6e308",
    "-1.7e308", "5e-1", "0.0000001", "1e-7", "1e22", "7e22", "1e-5", "8.5", "1.25", "-1.25",
]

_BAD_TEXTS = [
    "abc", "", "1__0", "0x10", " ", "1e", "--1", "1_", "_1", "1._5", "1_.5", "1e5.5", "nan(1)",
    "in f", "1,5", "0b1", "0o7", "1 2", "+-1", "-+1", ".", "e5", "1e+", "++1", "inf inity",
    "nana", "0x1p3", "1.5j", "1j", "infinit", "infinityy", "snan", "sNaN", "-sNaN", "NaN123",
    "1.2.3", "1e1e1", "1-", "$1", "1e_5", "1_e5", "._5", "1__", "  .  ", "+", "-", "e", "E5",
    "Infinity1", "12abc", "0.5.", "١٢x", "\u200b12", "1\u20282", "\x0c", "1\x0b", "12\x1c",
]

_UNICODE_TEXTS = [
    "１２", "١٢٣", "١٢٣.٥", "\xa012\u2003", "\u300012.5\u3000", "\x85 12", "12\x1c",
    "\x0c3.5\x0b", "१२३", "๑.๕", "１.５", "\u20001e3", "−1", "٫5", "２.６７５",
]


def _gen_float_value(rng):
    """A float chosen to be adversarial for rounding."""
    c = rng.random()
    if c < 0.22:  # any bit pattern (NaNs, infinities, subnormals included)
        return _bits_to_float(rng.getrandbits(64))
    if c < 0.55:  # a random mantissa at a moderate scale
        e = rng.randint(1023 - 90, 1023 + 90)
        return _bits_to_float((rng.getrandbits(1) << 63) | (e << 52) | rng.getrandbits(52))
    if c < 0.60:  # subnormal
        return _bits_to_float((rng.getrandbits(1) << 63) | rng.getrandbits(rng.randint(1, 52)))
    if c < 0.66:  # near the top of the range
        e = rng.randint(2046 - 12, 2046)
        return _bits_to_float((rng.getrandbits(1) << 63) | (e << 52) | rng.getrandbits(52))
    if c < 0.78:  # integral floats around 2**53, 2**63, 2**64, 10**k
        base = rng.choice([2 ** 52, 2 ** 53, 2 ** 54, 2 ** 63, 2 ** 64, 10 ** rng.randint(15, 25)])
        return float(base) + rng.randint(-4, 4) * rng.choice([1, 2, 4, 1024])
    # a short decimal
    digits = rng.randint(1, 17)
    m = rng.randint(0, 10 ** digits - 1)
    return float("%s%de%d" % (rng.choice("+-"), m, rng.randint(-30, 20)))


def _float_repr_variant(rng, x):
    """Another text float() maps to the same value (or to a near one)."""
    c = rng.random()
    if c < 0.55 or not math.isfinite(x):
        s = repr(x)
    elif c < 0.65:
        s = "%.17g" % x
    elif c < 0.75:
        s = "%.*e" % (rng.randint(0, 25), x)
    elif c < 0.82 and abs(x) < 1e30:
        s = "%.*f" % (rng.randint(0, 40), x)
    elif c < 0.88:
        s = ("%.*E" % (rng.randint(0, 20), x))
    elif c < 0.93:
        s = repr(x)
        if s[0] != "-":
            s = "+" + s
    else:
        s = repr(x)
        if "e" not in s and "." in s and "inf" not in s and "nan" not in s:
            # underscores between digits: 1_234.5_6
            ip, fp = s.split(".")
            if len(ip.lstrip("-")) > 1:
                i = rng.randint(1, len(ip) - 1)
                if ip[i - 1].isdigit() and ip[i].isdigit():
                    ip = ip[:i] + "_" + ip[i:]
            s = ip + "." + fp
    return s


def _pad(rng, s):
    c = rng.random()
    if c < 0.06:
        return rng.choice([" ", "  ", "\r", "\x0b", "\x0c", " \r"]) + s + rng.choice(["", " ", "  ", "\r\x0c"])
    return s


def _gen_decimal_tie_text(rng):
    """A decimal text ending in 5: '2.675', '-0.005', '1.0000000000000005e-3'."""
    frac = rng.randint(1, 17)
    ip = rng.choice(["0", "0", str(rng.randint(1, 9)), str(rng.randint(0, 10 ** rng.randint(1, 8)))])
    body = "".join(rng.choice("0123456789") for _ in range(frac - 1)) + "5"
    if rng.random() < 0.3:
        body = "0" * (frac - 1) + "5"
    s = "%s%s.%s" % (rng.choice(["", "", "-"]), ip, body)
    if rng.random() < 0.1:
        s += "e%d" % rng.randint(-10, 10)
    return s, frac - 1


def _gen_float_text(rng):
    """(text, suggested N or None) for a float-valued text."""
    c = rng.random()
    if c < 0.05:
        return rng.choice(_SPECIAL_FLOATS), None
    if c < 0.17:
        # exact binary tie at N digits: odd * 2**-(N+1)
        nd = rng.randint(0, 22)
        q = rng.getrandbits(rng.randint(1, 53)) | 1
        x = q * 2.0 ** -(nd + 1)
        if rng.random() < 0.5:
            x = -x
        if rng.random() < 0.25:  # one ulp either side
            x = math.nextafter(x, rng.choice([math.inf, -math.inf]))
        return _float_repr_variant(rng, x), nd
    if c < 0.22:
        # exact tie at negative N: odd * 5 * 10**(k-1), k <= 22
        k = rng.randint(1, 22)
        q = 2 * rng.randint(0, max(1, 2 ** 53 // (5 ** k * 2 ** (k - 1)))) + 1
        x = float(q * 5 * 10 ** (k - 1))
        if rng.random() < 0.5:
            x = -x
        if rng.random() < 0.25:
            x = math.nextafter(x, rng.choice([math.inf, -math.inf]))
        return _float_repr_variant(rng, x), -k
    if c < 0.36:
        s, nd = _gen_decimal_tie_text(rng)
        if rng.random() < 0.3:  # the floats one ulp either side of its nearest float
            x = math.nextafter(float(s), rng.choice([math.inf, -math.inf]))
            s = repr(x)
        return s, nd
    if c < 0.50:
        # value scaled to be interesting at N: about 10**(d - N)
        nd = rng.randint(-25, 25)
        m = rng.randint(0, 10 ** rng.randint(1, 17))
        x = float("%d.%de%d" % (m, rng.randint(0, 99), -nd - rng.randint(0, 5)))
        if rng.random() < 0.5:
            x = -x
        return _float_repr_variant(rng, x), nd
    x = _gen_float_value(rng)
    return _float_repr_variant(rng, x), None


def _gen_int_text(rng):
    """(text, suggested N or None) for an int() text."""
    c = rng.random()
    if c < 0.25:
        v = rng.randint(-1000, 1000)
    elif c < 0.45:
        base = rng.choice([2 ** 53, 2 ** 63, 2 ** 64, 2 ** 31, 2 ** 32, 10 ** rng.randint(1, 40)])
        v = rng.choice([1, -1]) * (base + rng.randint(-5, 5))
    elif c < 0.65:
        # ties: m*10**k + 5*10**(k-1) (and neighbours)
        k = rng.randint(1, 30)
        v = rng.randint(0, 10 ** rng.randint(1, 12)) * 10 ** k + 5 * 10 ** (k - 1) + rng.choice([0, 0, 0, -1, 1])
        v *= rng.choice([1, -1])
        return _int_variant(rng, v), -k
    elif c < 0.9:
        n = rng.choice([rng.randint(1, 25), rng.randint(1, 60), rng.randint(1, 400)])
        v = rng.randint(10 ** (n - 1) if n > 1 else 0, 10 ** n - 1) * rng.choice([1, -1])
    else:
        n = rng.randint(1, 20)
        v = int(rng.choice("123456789") + "9" * n) * rng.choice([1, -1])  # carries
    return _int_variant(rng, v), None


def _int_variant(rng, v):
    s = str(v)
    c = rng.random()
    if c < 0.06 and len(s.lstrip("-")) > 1:
        digits = s.lstrip("-")
        i = rng.randint(1, len(digits) - 1)
        s = ("-" if v < 0 else "") + digits[:i] + "_" + digits[i:]
    elif c < 0.09:
        s = ("-" if v < 0 else rng.choice(["+", ""])) + "0" * rng.randint(1, 3) + str(abs(v))
    elif c < 0.11 and v >= 0:
        s = "+" + s
    return s


def _gen_nd(rng, suggested=None):
    """An N text: "" or an integer, with emphasis on -30..30."""
    c = rng.random()
    if suggested is not None and c < 0.6:
        nd = suggested + rng.choice([0, 0, 0, 0, 1, -1])
    elif c < 0.50:
        nd = rng.randint(-30, 30)
    elif c < 0.62:
        nd = rng.randint(-5, 5)
    elif c < 0.80:
        nd = rng.randint(-400, 400)
    elif c < 0.94:
        nd = rng.choice([323, 324, 322, 325, 326, -308, -309, -307, -310, -400, -401, -399, -402,
                         15, 16, 17, 18, 19, 20, -15, -16, -17, -20, -22, -23, 400, 401, -500, 1000])
    else:
        nd = rng.choice([10 ** 30, -10 ** 30, 2 ** 63, -2 ** 63, 2 ** 63 - 1, -(2 ** 63 - 1), 2 ** 64,
                         -2 ** 64, 2 ** 31, -2 ** 31, 10 ** 18, -10 ** 18, 10 ** 9, -10 ** 9, 2 ** 62])
    return str(nd)


def _gen_decimal_text(rng):
    """(text, suggested N or None) for Decimal()."""
    c = rng.random()
    if c < 0.06:
        return rng.choice([
            "NaN", "-NaN", "sNaN", "-sNaN", "NaN123", "sNaN5", "nan", "snan", "Infinity", "-Infinity",
            "Inf", "-inf", "inf", "infinity", "1E+2", "-0.00", "0E-7", "0", "-0", "0.000", "0E+5",
            "-0E-1000", "1e999999999999999999", "-1e999999999999999999", "1e-999999999999999999",
            "1e9999999999999999999", "1e-9999999999999999999", "9.99e999999999999999998",
            "1E-1000000", "1E+4299", "1E+4300", "1E-1000026", "1E-1000027", "12345678901234567890123456.7",
            "9999999999999999999999999999.5", "1.2345E+30", "2.675", "2.665", "-0.005", "1.005",
            "0.125", "1.23", "123.45", "125", "-125", "1E+27", "1E+28", " 1.5 ", "1_000", "1_000.5",
            "1__0", "0x10", "", "abc", "1e", ".5", "5.", "+.5e-3", "-0E+3",
        ]), None
    if c < 0.12:
        return rng.choice(_BAD_TEXTS), None
    if c < 0.20:
        s, nd = _gen_decimal_tie_text(rng)
        return s, nd
    if c < 0.28:
        s, nd = _gen_float_text(rng)
        return s, nd
    if c < 0.34:
        return _gen_int_text(rng)
    # random coefficient of 1..40 digits with an exponent
    n = rng.choice([rng.randint(1, 6), rng.randint(1, 20), rng.randint(1, 40)])
    coef = "".join(rng.choice("0123456789") for _ in range(n))
    if rng.random() < 0.2:
        coef = coef[:-1] + rng.choice("5" * 3 + "049")
    if rng.random() < 0.1:
        coef = coef[:-2] + "99"
    sign = rng.choice(["", "", "-", "+"]) if rng.random() < 0.5 else ""
    exp = rng.choice([0, 0, rng.randint(-12, 12), rng.randint(-50, 50), rng.randint(-400, 400)])
    style = rng.random()
    if style < 0.5 and -60 <= exp <= 0:
        # plain: coef with the point placed
        if -exp >= len(coef):
            s = "0." + "0" * (-exp - len(coef)) + coef
        elif exp == 0:
            s = coef
        else:
            s = coef[:exp] + "." + coef[exp:]
    else:
        s = coef + rng.choice(["E", "e"]) + rng.choice(["", "+"] if exp >= 0 else [""]) + str(exp)
        if rng.random() < 0.3 and len(coef) > 1:
            s = coef[0] + "." + coef[1:] + "E%+d" % (exp + len(coef) - 1)
    s = sign + s
    nd = -exp - rng.randint(-2, 3) if rng.random() < 0.4 else None
    return _pad(rng, s), nd


def _gen_limit_case(rng):
    """Cases at the 4300-digit print limit and the 1000000-digit pyround limit.
    A case with a ~1 MB answer is rare (about 1 in 170 of these, ~5 per
    200000 cases)."""
    big = rng.random() < 0.006
    c = rng.random()
    if big:
        return rng.choice([
            ["decimal", "1.5", "999999", rng.choice(MODE_NAMES)],
            ["decimal", "1.5", "999998", rng.choice(MODE_NAMES)],
            ["decimal", "1E+999999", "0", rng.choice(MODE_NAMES)],
            ["decimal", "-7E+999998", "1", rng.choice(MODE_NAMES)],
            ["decimal", "1E-5", "999999", rng.choice(MODE_NAMES)],
            ["decimal", "9.95E-999998", "999999", rng.choice(MODE_NAMES)],
        ])
    if c < 0.35:
        # int rounded away from zero to 10**k
        v = rng.choice(["1", "-1", "3", "-7", "0", "5", "123456789", "-99", "4" * rng.randint(1, 50)])
        k = rng.choice([4298, 4299, 4300, 4301, 999998, 999999, 1000000, 1000001, 10 ** 9, 10 ** 30,
                        2 ** 63, 2 ** 63 - 1, 10 ** 18, 999999999999999999])
        return [rng.choice(["auto", "auto", "float"]), v, str(-k), rng.choice(MODE_NAMES)]
    if c < 0.55:
        # ints with about 4300 digits (int() accepts at most 4300)
        n = rng.choice([4299, 4300, 4300, 4301, 4302])
        d = rng.choice("19")
        v = rng.choice(["", "-"]) + d + "9" * (n - 1)
        if rng.random() < 0.3:
            v = v[:-1] + "5"
        nd = rng.choice(["", "-1", "-2", "0", "5", "-4299", "-4300", "-10"])
        return [rng.choice(["auto", "auto", "float"]), v, nd, rng.choice(MODE_NAMES)]
    if c < 0.8:
        # decimal to an int near the limits
        e = rng.choice([4298, 4299, 4300, 4301, 999998, 999999, 1000000, 1000001,
                        999999999999999999, 10 ** 9])
        coef = rng.choice(["1", "9", "95", "-5", "9.5", "-9.99", "4.4", "0.5"])
        return ["decimal", "%sE+%d" % (coef, e), "", rng.choice(MODE_NAMES)]
    # decimal quantized to very many places (answers stay short: errors,
    # zeros, NaN, or a value of few digits at a huge exponent)
    d = rng.choice(["1.5", "-2", "9.99", "1E+3", "1E-5", "0", "-0.000", "NaN", "-sNaN", "Infinity",
                    "7E+999990", "1e999999999999999999", "-1E-999999999999999999"])
    nd = rng.choice([1000000, 1000001, 999999999, 10 ** 18, 2 ** 63, 10 ** 30, 999999999999999999,
                     -999999, -1000000, -10 ** 18, -999999999999999999, -(10 ** 18 + 1),
                     -2 * 10 ** 18, -4 * 10 ** 18, 4 * 10 ** 18, 2 * 10 ** 18, -10 ** 30])
    return ["decimal", d, str(nd), rng.choice(MODE_NAMES)]


def _gen_number_case(rng, mode, float_below, int_below, no_n):
    """An auto/float round case: a float text with probability float_below,
    an int text up to int_below, else a text Python rejects; no -n with
    probability no_n."""
    as_ = "auto" if rng.random() < 0.7 else "float"
    r = rng.random()
    if r < float_below:
        text, sug = _gen_float_text(rng)
    elif r < int_below:
        text, sug = _gen_int_text(rng)
    else:
        text, sug = rng.choice(_BAD_TEXTS), None
    nd = "" if rng.random() < no_n else _gen_nd(rng, sug)
    return [as_, _pad(rng, text), nd, mode]


def generate_round(rng):
    """One round case [AS, TEXT, N, MODE]: about 40% float HALF_EVEN through
    the builtin, 35% other modes on floats and ints, 25% Decimal, plus rare
    texts Python rejects, Unicode texts and digit-limit cases."""
    c = rng.random()
    if c < 0.004:
        return _gen_limit_case(rng)
    if c < 0.010:
        text = rng.choice(_UNICODE_TEXTS)
        return [rng.choice(ROUND_AS), text, _gen_nd(rng) if rng.random() < 0.7 else "",
                rng.choice(MODE_NAMES)]
    if c < 0.40:
        return _gen_number_case(rng, "HALF_EVEN", 0.84, 0.97, 0.3)
    if c < 0.75:
        return _gen_number_case(rng, rng.choice(OTHER_MODES), 0.65, 0.96, 0.25)
    text, sug = _gen_decimal_text(rng)
    nd = "" if rng.random() < 0.25 else _gen_nd(rng, sug)
    return ["decimal", text, nd, rng.choice(MODE_NAMES)]


# ---------------------------------------------------------------------------
# ops: floordiv, mod, divmod  (args AS, A, B) = pyround OP --as AS A B

DIV_AS = ("auto", "decimal")

# pyround's exact decimal context (divmod.ExactContext): prec = the pyround
# digit limit, the widest exponents, Python's default traps. Where it would
# raise DivisionImpossible (a quotient of more than PYROUND_MAX_DIGITS
# digits) or round (a remainder that long), pyround raises its limit error:
# with MAX_PREC Python would compute the exact result.
EXACTCTX = decimal.Context(prec=PYROUND_MAX_DIGITS, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

# pyround computes --as decimal on cockroachdb/apd decimals, whose exponent
# is an int32 (pyparse.APD, pyparse.ErrAPDExponent).
APD_EXP_MIN, APD_EXP_MAX = -2 ** 31, 2 ** 31 - 1
APD_EXP_MSG = "decimal exponent out of the int32 range of apd (pyround's limit)"

_DIV_FUNCS = {
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": divmod,
}


def _auto_operand(text):
    """A literal's value: int if int() accepts the text, else float()
    (whose ValueError propagates)."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _decimal_operand(text):
    """Decimal(text), then the apd exponent range check."""
    d = Decimal(text)
    if d.is_finite() and not APD_EXP_MIN <= d.as_tuple().exponent <= APD_EXP_MAX:
        raise OverflowError(APD_EXP_MSG)
    return d


def _make_div_evaluate(opname):
    fn = _DIV_FUNCS[opname]

    def evaluate(args):
        if len(args) != 3:
            raise ProtocolError("%s takes 3 arguments (AS, A, B), got %d" % (opname, len(args)))
        as_, a_text, b_text = args
        if as_ not in DIV_AS:
            raise ProtocolError("%s: AS must be auto or decimal, not %r" % (opname, as_))
        if as_ == "auto":
            a = _auto_operand(a_text)
            b = _auto_operand(b_text)
            # print(): str of the result; a tuple shows its items' repr
            # (the same text for int and float; ValueError past 4300 digits).
            return str(fn(a, b))
        a = _decimal_operand(a_text)
        b = _decimal_operand(b_text)
        ctx = EXACTCTX.copy()
        ctx.clear_flags()
        try:
            with decimal.localcontext(ctx):
                res = fn(a, b)
        except decimal.DecimalException as e:
            # The C decimal module raises the signal class (InvalidOperation)
            # with the list of conditions as its argument.
            if e.args and isinstance(e.args[0], list) and decimal.DivisionImpossible in e.args[0]:
                raise pyround_limit()
            raise
        if ctx.flags[decimal.Rounded]:
            raise pyround_limit()
        return str(res)

    evaluate.__name__ = "evaluate_" + opname
    return evaluate


# --- floordiv/mod/divmod generator ------------------------------------------

def _width_ints():
    s = {0, 1, -1, 2, -2, 10, -10}
    for w in (8, 16, 32, 64):
        for v in (2 ** (w - 1) - 1, -2 ** (w - 1), 2 ** w - 1, 2 ** (w - 1), -2 ** (w - 1) - 1, 2 ** w):
            s.add(v)
    for k in (15, 16, 17, 18, 19, 20):
        s.add(10 ** k)
        s.add(-10 ** k)
    return sorted(s)


_WIDTH_INTS = _width_ints()

# Ints around 2**1024, where int -> float conversion starts to overflow:
# PyLong_AsDouble rounds half-even, so 2**1024 - 2**970 already overflows.
_FLOAT_EDGE_INTS = [
    2 ** 1024, 2 ** 1024 - 1, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 971,
    2 ** 1024 - 2 ** 971 + 1, 2 ** 1023, 2 ** 1023 + 2 ** 970, 10 ** 308, 10 ** 309, 10 ** 400,
    2 ** 53 + 1, 2 ** 53 - 1, 2 ** 54 + 3, 2 ** 63 + 1, 2 ** 64 + 1, 2 ** 1000 + 1, 2 ** 1024 + 2 ** 970,
]


def _gen_div_int(rng):
    """An int chosen for // and %: small, at the edges of every Go integer
    width, random of up to 400 digits, near the float range limit, or of
    ~4300 digits (int() refuses more; the text then reads as a float)."""
    c = rng.random()
    if c < 0.25:
        v = rng.randint(-30, 30)
    elif c < 0.40:
        v = rng.choice(_WIDTH_INTS) + rng.choice([0, 0, 0, 0, -1, 1])
    elif c < 0.72:
        n = rng.choice([rng.randint(1, 10), rng.randint(1, 19), rng.randint(1, 40)])
        v = rng.randint(10 ** (n - 1) if n > 1 else 0, 10 ** n - 1) * rng.choice([1, -1])
    elif c < 0.90:
        n = rng.randint(1, 400)
        v = rng.randint(10 ** (n - 1) if n > 1 else 0, 10 ** n - 1) * rng.choice([1, -1])
    elif c < 0.995:
        v = rng.choice(_FLOAT_EDGE_INTS) * rng.choice([1, -1]) + rng.choice([0, 0, 0, -1, 1])
    else:
        n = rng.choice([4000, 4299, 4300, 4300])
        v = rng.randint(10 ** (n - 1), 10 ** n - 1) * rng.choice([1, -1])
    return v


def _int_text(rng, v):
    return _pad(rng, _int_variant(rng, v))


def _gen_div_int_text(rng):
    """The text of an int operand; rarely a run of more than 4300 digits,
    which int() refuses, so that it reads as a float (inf when long)."""
    if rng.random() < 0.004:
        n = rng.choice([4301, 4302, 4400, 5000])
        return rng.choice(["", "-"]) + rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))
    return _int_text(rng, _gen_div_int(rng))


_DIV_SPECIAL_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1e308, 1e-308, 0.1, 0.3, 0.01, 1e-20,
    -1e-20, 1e300, 1e-300, 0.5, -0.5, 1.5, 2.0, -2.0, 3.0, 1.0, -1.0, 9007199254740992.0,
    9007199254740993.0, 4503599627370496.0, -383.03635179613127, 6.322527182400627,
]


def _gen_div_float(rng):
    c = rng.random()
    if c < 0.15:
        return rng.choice(_DIV_SPECIAL_FLOATS)
    if c < 0.35:
        return float(rng.randint(-50, 50)) + rng.choice([0.0, 0.0, 0.5, 0.25, 0.1, -0.75])
    return _gen_float_value(rng)


def _float_text(rng, x):
    if x != x:
        s = rng.choice(["nan", "NaN", "-nan", "+nan", "NAN"])
    elif x == 0 and rng.random() < 0.3:
        s = rng.choice(["0.0", "0e5", "0.", ".0", "0e-400", "0E0"])
        if math.copysign(1.0, x) < 0:
            s = "-" + s
    else:
        s = _float_repr_variant(rng, x)
    return _pad(rng, s)


def _snap_pair(rng):
    """Floats a, b with a/b very close to an integer q, where CPython's
    snapping of (a - fmod(a, b)) / b matters."""
    b = rng.choice([rng.uniform(1e-3, 100.0), 0.1, 0.3, 0.7, 1 / 3, 6.322527182400627, 1e-5, 0.2,
                    rng.uniform(1.0, 2.0) * 2.0 ** rng.randint(-60, 60)])
    q = rng.choice([rng.randint(-100, 100), rng.randint(-10 ** 6, 10 ** 6), rng.randint(-2 ** 53, 2 ** 53),
                    rng.randint(-10 ** 20, 10 ** 20)])
    a = q * b
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        a = math.nextafter(a, rng.choice([math.inf, -math.inf]))
    if rng.random() < 0.3:
        b = -b
    return a, b


def _gen_auto_pair(rng):
    """Texts A, B for AS auto: int/int, float/float, mixed, rejected texts."""
    c = rng.random()
    if c < 0.36:
        r = rng.random()
        if r < 0.5:
            return _gen_div_int_text(rng), _gen_div_int_text(rng)
        if r < 0.8:
            # a = q*b + r with 0 <= |r| < |b| and every sign combination
            b = _gen_div_int(rng) or rng.choice([1, -1, 7])
            if abs(b) > 10 ** 400:
                b = rng.choice([3, -3, 10 ** 20 + 1])
            q = rng.choice([0, 1, -1, rng.randint(-1000, 1000), _gen_div_int(rng)])
            if abs(q) > 10 ** 400:
                q = rng.randint(-10 ** 40, 10 ** 40)
            rem = rng.choice([0, 0, rng.randint(0, abs(b) - 1)]) * rng.choice([1, -1])
            a = q * b + rem
        elif r < 0.9:
            a, b = _gen_div_int(rng), rng.choice([0, 0, 1, -1, 2, -2])
        else:
            a, b = rng.choice(_WIDTH_INTS), rng.choice([-1, 1, -2, 2, 0] + _WIDTH_INTS)
        return _int_text(rng, a), _zero_text(rng, b, False)
    if c < 0.68:
        r = rng.random()
        if r < 0.55:
            a, b = _gen_div_float(rng), _gen_div_float(rng)
        elif r < 0.85:
            a, b = _snap_pair(rng)
        else:
            a, b = _gen_div_float(rng), rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0])
        return _float_text(rng, a), _zero_text(rng, b, True)
    if c < 0.94:
        i = _gen_div_int(rng)
        f = _gen_div_float(rng) if rng.random() < 0.85 else rng.choice([0.0, -0.0, math.inf, -math.inf, 1.5])
        ti, tf = _int_text(rng, i), _float_text(rng, f)
        if rng.random() < 0.5:
            return ti, tf
        return tf, _zero_text(rng, i, False) if i == 0 else ti
    if c < 0.985:
        bad = rng.choice(_BAD_TEXTS + ["1e", "0x1f", "1,0", "--5", "4_", "nan(2)"])
        other = _gen_div_int_text(rng) if rng.random() < 0.5 else _float_text(rng, _gen_div_float(rng))
        return (bad, other) if rng.random() < 0.5 else (other, bad)
    u = rng.choice(_UNICODE_TEXTS)
    other = rng.choice(["2", "-3", "0.5", "0", "７", "1e3"])
    return (u, other) if rng.random() < 0.5 else (other, u)


def _zero_text(rng, v, is_float):
    """The text of divisor v, with the various spellings of zero."""
    if v == 0 and rng.random() < 0.5:
        if is_float:
            neg = math.copysign(1.0, v) < 0
            return ("-" if neg else rng.choice(["", "+"])) + rng.choice(["0.0", "0e0", "0.000", ".0", "0e-999"])
        return rng.choice(["0", "-0", "+0", "00", "0_0", " 0 ", "-00"])
    if is_float:
        return _float_text(rng, v)
    return _int_text(rng, v)


_DEC_SPECIALS = [
    "NaN", "-NaN", "sNaN", "-sNaN", "NaN123", "-NaN7", "sNaN45", "-sNaN0", "nan", "snan", "NaN0012",
    "Infinity", "-Infinity", "inf", "-inf", "+Inf", "INFINITY",
    "NaN" + "1" * 30, "NaN1" + "0" * 28, "NaN" + "9" * 28, "-NaN" + "12345" * 6,
]

_DEC_ZEROS = [
    "0", "-0", "0.000", "-0.0", "0E+5", "-0E-7", "0E+999999", "-0E-1000000", "0.0E-3", "+0",
    "0E+2147483647", "-0E-2147483648", "0E-30", "-0E+30", "00.00",
]


def _dec_text(rng, coef, exp, neg):
    """A text for Decimal(coef digits, exp): plain or scientific."""
    sign = "-" if neg else rng.choice(["", "", "", "+"])
    if rng.random() < 0.5 and -30 <= exp <= 0:
        if exp == 0:
            s = coef
        elif -exp >= len(coef):
            s = "0." + "0" * (-exp - len(coef)) + coef
        else:
            s = coef[:exp] + "." + coef[exp:]
    elif rng.random() < 0.3 and len(coef) > 1:
        s = coef[0] + "." + coef[1:] + "E%+d" % (exp + len(coef) - 1)
    else:
        s = coef + rng.choice(["E", "e"]) + ("+" if exp >= 0 and rng.random() < 0.5 else "") + str(exp)
    return sign + s


def _rand_coef(rng, n):
    coef = str(rng.randint(10 ** (n - 1) if n > 1 else 0, 10 ** n - 1))
    if rng.random() < 0.1 and n > 2:
        coef = coef[:-2] + "00"
    return coef


def _gen_dec_operand(rng, base_exp=None):
    """A Decimal text: specials, zeros of every kind, short and long
    coefficients at exponents near base_exp (if given) or anywhere."""
    c = rng.random()
    if c < 0.07:
        return rng.choice(_DEC_SPECIALS)
    if c < 0.14:
        return rng.choice(_DEC_ZEROS)
    if c < 0.17:
        return rng.choice(_BAD_TEXTS)
    if c < 0.22:
        return _gen_decimal_text(rng)[0]
    if c < 0.25:
        # exponents at the int32 edge of apd and Python's own limits
        e = rng.choice([2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 999999, 1000000, -999999, -1000026,
                        -1000027, 10 ** 9, -10 ** 9, 10 ** 18, -10 ** 18, 2 ** 31 - 5, -2 ** 31 + 3])
        return _dec_text(rng, _rand_coef(rng, rng.randint(1, 4)), e, rng.random() < 0.4)
    n = rng.choice([rng.randint(1, 3), rng.randint(1, 8), rng.randint(1, 20), rng.randint(1, 45)])
    if base_exp is None:
        exp = rng.choice([0, 0, rng.randint(-5, 5), rng.randint(-12, 12), rng.randint(-40, 40)])
    else:
        exp = base_exp + rng.randint(-30, 30) - n
    return _dec_text(rng, _rand_coef(rng, n), exp, rng.random() < 0.4)


def _gen_decimal_pair(rng):
    c = rng.random()
    if c < 0.008:
        return _dec_limit_pair(rng)
    if c < 0.35:
        return _gen_dec_operand(rng), _gen_dec_operand(rng)
    if c < 0.55:
        # nearby adjusted exponents (quotients of up to ~60 digits)
        e = rng.choice([0, rng.randint(-20, 20), rng.randint(-500, 500), rng.choice([2 ** 31 - 100, -2 ** 31 + 100])])
        return _gen_dec_operand(rng, e), _gen_dec_operand(rng, e)
    if c < 0.75:
        # a = q*b + r with chosen exponents: exact and inexact quotients
        n = rng.randint(1, 12)
        b = rng.randint(1, 10 ** n)
        q = rng.choice([0, 1, rng.randint(0, 10 ** rng.randint(1, 30))])
        r = rng.choice([0, 0, rng.randint(0, b - 1)])
        eb = rng.randint(-10, 10)
        ea = eb + rng.randint(-6, 6)
        a = (q * b + r) * (10 ** (eb - ea) if eb >= ea else 1)
        a_text = _dec_text(rng, str(a), ea, rng.random() < 0.5)
        b_text = _dec_text(rng, str(b), eb, rng.random() < 0.5)
        return a_text, b_text
    if c < 0.88:
        # zero divisors and zero dividends of every kind
        a = rng.choice(_DEC_ZEROS + _DEC_SPECIALS) if rng.random() < 0.4 else _gen_dec_operand(rng)
        b = rng.choice(_DEC_ZEROS)
        return (a, b) if rng.random() < 0.8 else (b, rng.choice(_DEC_ZEROS + _DEC_SPECIALS))
    # specials against anything
    s = rng.choice(_DEC_SPECIALS)
    o = _gen_dec_operand(rng)
    return (s, o) if rng.random() < 0.5 else (o, s)


def _dec_limit_pair(rng):
    """Quotients near the pyround limit of 1000000 digits. Those whose
    answer is a quotient of ~1000000 digits (a 1 MB line) are rare."""
    if rng.random() < 0.02:
        return rng.choice([("1E+999999", "1"), ("-5E+999999", "3"), ("9.99E+999999", "0.01"),
                           ("1E+999998", "-0.1")])
    k = rng.choice([999999, 1000000, 1000001, 999998, 999990, 1000010, 2000000])
    a = rng.choice(["1", "9", "5", "-7", "123", "99", "1.5", "-3.25"])
    b = rng.choice(["7", "-3", "1", "0.3", "0.1", "9", "11", "-13", "2.5E-3", "1E+5", "6"])
    return "%sE+%d" % (a, k), b


def _long_quotient(a_text, b_text):
    """Whether Decimal(a_text) // Decimal(b_text) would print a quotient of
    more than 5000 digits (within the pyround limit, so that it prints)."""
    try:
        a, b = Decimal(a_text), Decimal(b_text)
    except decimal.InvalidOperation:
        return False
    if not (a.is_finite() and b.is_finite()) or a.is_zero() or b.is_zero():
        return False
    expdiff = a.adjusted() - b.adjusted()
    if expdiff > PYROUND_MAX_DIGITS:
        return False
    if expdiff == PYROUND_MAX_DIGITS:
        # q >= 10**prec (the limit) iff a's mantissa >= b's
        return abs(a.scaleb(-a.adjusted(), MAXCTX)) < abs(b.scaleb(-b.adjusted(), MAXCTX))
    return expdiff > 5000


def _make_div_generate(opname):
    def generate(rng):
        """One case [AS, A, B]: 55% AS auto (ints of every size, floats
        with their specials and snap cases, mixes, rejected texts), 45% AS
        decimal (exponents, signed zeros, specials, zero divisors, the
        pyround and apd limits). For // and divmod, a quotient printing
        more than 5000 digits (up to 1 MB) is kept only 1 time in 100, and
        only for a divisor of at most 3 digits."""
        if rng.random() < 0.55:
            a, b = _gen_auto_pair(rng)
            return ["auto", a, b]
        while True:
            a, b = _gen_decimal_pair(rng)
            if opname == "mod" or not _long_quotient(a, b):
                return ["decimal", a, b]
            # a long quotient with a short divisor (repeating digits, which
            # compress) now and then
            if rng.random() < 0.01 and len(Decimal(b).as_tuple().digits) <= 3:
                return ["decimal", a, b]

    generate.__name__ = "generate_" + opname
    return generate


# ---------------------------------------------------------------------------
# format: args AS, SPEC, TEXT — exactly `pyround format --as AS -- SPEC TEXT`

def _gen_format_module():
    """pyfmt/testdata/gen_format.py, whose spec and value generators the
    format op shares with pyfmt's own table."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "pyfmt", "testdata", "gen_format.py")
    spec = importlib.util.spec_from_file_location("gen_format", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate_format(args):
    if len(args) != 3:
        raise ProtocolError("format takes 3 arguments (AS, SPEC, TEXT), got %d" % len(args))
    as_, spec, text = args
    if as_ == "auto":
        v = _auto_operand(text)
    elif as_ == "decimal":
        v = _decimal_operand(text)
    else:
        raise ProtocolError("format: AS must be auto or decimal, not %r" % as_)
    return format(v, spec)


_format_gen = None


def generate_format(rng):
    """Random specs over every field (pyfmt's generator) on adversarial
    floats and ints (auto), and on decimals (decimal) — texts as a user
    would type them: repr of floats, str of ints. Cases whose answer has no
    UTF-8 form (format(0xD800, 'c') is a lone surrogate) are redrawn."""
    while True:
        args = _draw_format(rng)
        try:
            outcome(OPS["format"], args).encode("utf-8")
        except UnicodeEncodeError:
            continue
        return args


def _draw_format(rng):
    global _format_gen
    if _format_gen is None:
        _format_gen = _gen_format_module()
    g = _format_gen
    g.rng = rng  # its generators draw from the module's rng
    r = rng.random()
    if r < 0.45:
        return ["auto", g.rand_spec(False), repr(g.rand_float())]
    if r < 0.8:
        return ["auto", g.rand_spec(True), str(g.rand_int())]
    d = rng.choice(["2.675", "0.125", "-0", "-0.00", "1E+2", "1234567.5", "NaN", "-sNaN", "Infinity", "1e-7",
                    "123.456", "9.995", str(rng.randint(-10**20, 10**20)) + "E" + str(rng.randint(-30, 30))])
    return ["decimal", g.rand_spec(False), d]


# ---------------------------------------------------------------------------
# hms: args AS, TEXT, FORMAT — exactly `pyround hms --as AS --format FORMAT TEXT`

HMS_AS = ("auto", "float", "decimal")
HMS_FORMATS = ("python", "compact", "iso")


def _gen_time_module():
    """convert/testdata/gen_time.py: pyround's definitions of decimal
    seconds and of the compact and ISO forms, which the hms op shares with
    package convert's own tables."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "convert", "testdata", "gen_time.py")
    spec = importlib.util.spec_from_file_location("gen_time", path)
    mod = importlib.util.module_from_spec(spec)
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in convert/testdata
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = saved
    return mod


_time_mod = None


def evaluate_hms(args):
    """FORMAT python is print(datetime.timedelta(seconds=V)) with V the
    literal's value (auto: int(TEXT), else float(TEXT)); AS decimal is
    pyround's definition timedelta(microseconds=round(Fraction(Decimal(TEXT))
    * 10**6)); compact and iso are gen_time.py's forms of that timedelta."""
    global _time_mod
    if len(args) != 3:
        raise ProtocolError("hms takes 3 arguments (AS, TEXT, FORMAT), got %d" % len(args))
    as_, text, fmt = args
    if as_ not in HMS_AS:
        raise ProtocolError("hms: AS must be auto, float or decimal, not %r" % as_)
    if fmt not in HMS_FORMATS:
        raise ProtocolError("hms: FORMAT must be python, compact or iso, not %r" % fmt)
    if _time_mod is None:
        _time_mod = _gen_time_module()
    if as_ == "decimal":
        td = _time_mod.td_of("decimal", text)
    else:
        v = _auto_operand(text) if as_ == "auto" else float(text)
        td = datetime.timedelta(seconds=v)
    return _time_mod.FORMATS[fmt](td)


# Seconds at the edges of timedelta's range: +-999999999 days, the C int
# limit of the day count (2**31 days), one day, and the int64 limits.
_HMS_EDGE_INTS = [0, 1, -1, 59, 60, 3599, 3600, 86399, 86400, 86401, -86399, -86400, -86401,
                  86399999999999, 86400000000000, -86399999913600, -86399999913601,
                  2 ** 31 * 86400 - 1, 2 ** 31 * 86400, -2 ** 31 * 86400, -2 ** 31 * 86400 - 1,
                  2 ** 63 - 1, -2 ** 63, 2 ** 64]


def _gen_hms_float(rng):
    c = rng.random()
    if c < 0.3:  # a microsecond tie, and its neighbours
        x = (rng.randint(-10 ** 7, 10 ** 7) + 0.5) * 1e-6 + rng.choice([0, 0, rng.randint(-10 ** 6, 10 ** 6)])
        if rng.random() < 0.3:
            x = math.nextafter(x, rng.choice([math.inf, -math.inf]))
    elif c < 0.55:
        x = rng.uniform(-1, 1) * 10 ** rng.randint(-8, 14)
    elif c < 0.7:
        x = rng.randint(-10 ** 12, 10 ** 12) / 10 ** rng.randint(0, 8)
    elif c < 0.9:
        x = rng.choice(_HMS_EDGE_INTS) + rng.choice([0.0, 0.5, -0.5, 0.9999995, -0.0000005, 1e-6])
    else:
        return _gen_float_text(rng)[0]
    return _float_repr_variant(rng, x)


def _gen_hms_decimal(rng):
    c = rng.random()
    if c < 0.3:  # ties and near-ties at the microsecond
        return "%s%d.%06d%s" % (rng.choice(["", "-"]), rng.randint(0, 10 ** rng.randint(1, 14)),
                                rng.randint(0, 999999), rng.choice(["5", "50", "49", "51", "5000001", ""]))
    if c < 0.5:
        return str(Decimal(rng.randint(-10 ** 25, 10 ** 25)).scaleb(-rng.randint(0, 25)))
    if c < 0.85:
        return "%d.%0*d" % (rng.randint(-10 ** 9, 10 ** 9), rng.randint(1, 12), rng.randint(0, 10 ** 12 - 1) // 10)
    if c < 0.92:
        return rng.choice(["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "-0", "0E+9", "-0.000000", "1E+40",
                           "-1E-40", "1e999999999", "1e-999999999", "86399999999999.9999995",
                           "86399999999999.9999994", "-86399999913600.0000005", "-86399999913600.0000006",
                           "185542587187199.9999995", "0.0000005", "0.0000015", "-0.0000025", " 1.5 ", "1_0.5"])
    return _gen_decimal_text(rng)[0]


def generate_hms(rng):
    """One case [AS, TEXT, FORMAT]: ints near the day, C int and int64
    limits, floats with microsecond ties and the rounding generator's
    adversarial texts, decimals with ties, far exponents and specials,
    and texts Python rejects; FORMAT python 70%, compact and iso 15% each."""
    fmt = rng.choices(HMS_FORMATS, weights=[70, 15, 15])[0]
    c = rng.random()
    if c < 0.25:
        v = rng.choice([rng.choice(_HMS_EDGE_INTS) + rng.randint(-3, 3), rng.randint(-10 ** 6, 10 ** 6),
                        rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 14, 10 ** 14), rng.randint(-10 ** 25, 10 ** 25)])
        return [rng.choice(["auto", "auto", "float"]), _int_text(rng, v), fmt]
    if c < 0.29:
        return [rng.choice(["auto", "float"]), _gen_int_text(rng)[0], fmt]
    if c < 0.65:
        return [rng.choice(["auto", "auto", "float"]), _pad(rng, _gen_hms_float(rng)), fmt]
    if c < 0.92:
        return ["decimal", _pad(rng, _gen_hms_decimal(rng)), fmt]
    return [rng.choice(HMS_AS), rng.choice(_BAD_TEXTS + _UNICODE_TEXTS), fmt]


# ---------------------------------------------------------------------------
# bin (issue 19): binops.py, given this module's readers and generators.

binops.PROTOCOL_ERROR = ProtocolError
binning.PROTOCOL_ERROR = ProtocolError
binops.LIMIT_ERROR = pyround_limit
binops.DEC_OPERAND = _decimal_operand
binops.AUTO_OPERAND = _auto_operand
binops.BAD_TEXTS = _BAD_TEXTS
binops.UNICODE_TEXTS = _UNICODE_TEXTS
binops.GEN_FLOAT_TEXT = _gen_float_text
binops.GEN_INT_TEXT = _gen_int_text
binops.GEN_DECIMAL_TEXT = _gen_decimal_text
binops.PAD = _pad

# roundinc (issue 20): incops.py, given this module's readers and generators.
incops.PROTOCOL_ERROR = ProtocolError
incops.AUTO_OPERAND = _auto_operand
incops.MAXCTX = MAXCTX
incops.GEN_FLOAT_TEXT = _gen_float_text
incops.GEN_INT_TEXT = _gen_int_text
incops.GEN_DECIMAL_TEXT = _gen_decimal_text
incops.BAD_TEXTS = _BAD_TEXTS


# ---------------------------------------------------------------------------
# registry

# fixed: hand-picked argument lists gen_golden.py writes before the
# generated cases (an op's adversarial corners, each answered by Python).
Op = collections.namedtuple("Op", "evaluate generate fixed", defaults=((),))

OPS = {
    "round": Op(evaluate_round, generate_round),
    "floordiv": Op(_make_div_evaluate("floordiv"), _make_div_generate("floordiv")),
    "mod": Op(_make_div_evaluate("mod"), _make_div_generate("mod")),
    "divmod": Op(_make_div_evaluate("divmod"), _make_div_generate("divmod")),
    "format": Op(evaluate_format, generate_format),
    "hms": Op(evaluate_hms, generate_hms),
    "bin": Op(binops.evaluate_bin, binops.generate_bin, binops.FIXED_CASES),
    # pyround bin as a whole: numbers and timestamps (binning.py)
    "binvalue": Op(binning.evaluate_binvalue, binning.generate_binvalue, binning.FIXED_CASES),
    "eval": Op(lambda args: exprgen.evaluate_eval(args, ProtocolError), exprgen.generate_eval, exprgen.FIXED_CASES),
    # eval's expressions with a comparison, and/or/not, a tuple, an index,
    # len() or bools in arithmetic at the root (issue 18), for a live test
    # of their own: the same evaluation.
    "evalcmp": Op(lambda args: exprgen.evaluate_eval(args, ProtocolError), exprgen.generate_evalcmp),
    # shards and chunks (issue 19), in shardops.py; their fixed cases are
    # argument lists.
    "shard": Op(lambda args: shardops.evaluate_shard(args, ProtocolError), shardops.generate_shard, shardops.SHARD_FIXED),
    "chunks": Op(lambda args: shardops.evaluate_chunks(args, ProtocolError), shardops.generate_chunks, shardops.CHUNKS_FIXED),
    "chunksall": Op(lambda args: shardops.evaluate_chunksall(args, ProtocolError), shardops.generate_chunksall),
    # timestamps binned with floor semantics, and fromisoformat alone (issue 19)
    "bintime": Op(lambda args: timebin.evaluate_bintime(args, ProtocolError), timebin.generate_bintime,
                  timebin.FIXED_BINTIME),
    "fromisoformat": Op(lambda args: timebin.evaluate_fromisoformat(args, ProtocolError),
                        timebin.generate_fromisoformat),
    # round to an increment (issue 20), in incops.py
    "roundinc": Op(incops.evaluate_roundinc, incops.generate_roundinc, incops.FIXED_CASES),
}


def _clean(s):
    """An answer as one TSV field: backslash, TAB and LF escaped as \\\\,
    \\t and \\n (the Go side's Unescape reverses it), so a literal
    backslash-t stays distinguishable from a TAB (format(9, 'c'))."""
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def outcome(op, args):
    """The response text for eval OP ARGS: print()'s text or "!Type: message".
    ProtocolError propagates."""
    try:
        return _clean(op.evaluate(args))
    except ProtocolError:
        raise
    except Exception as e:  # any Python exception is an answer
        msg = str(e)
        if not msg:  # the traceback's last line is the bare name: MemoryError
            return "!" + type(e).__name__
        return "!%s: %s" % (type(e).__name__, _clean(msg))


def _tsv_ok(fields):
    return not any("\t" in f or "\n" in f for f in fields)


def generate_cases(opname, seed, count):
    """Yield count (args, expected) pairs for opname from random.Random(seed).
    Cases with TAB or newline in a field, or whose first field starts with
    '#' (a comment line in golden files), are skipped and redrawn."""
    op = OPS[opname]
    rng = random.Random(seed)
    made = 0
    attempts = 0
    while made < count:
        attempts += 1
        if attempts > 100 * count + 1000:
            raise GenError("generator for %r keeps producing unusable cases" % opname)
        args = [str(a) for a in op.generate(rng)]
        if not _tsv_ok(args) or args[0].startswith("#"):
            continue
        want = outcome(op, args)
        yield args, want
        made += 1


# ---------------------------------------------------------------------------
# server

def _handle(fields, write, flush):
    cmd = fields[0]
    if cmd == "ping":
        if len(fields) != 1:
            raise ProtocolError("ping takes no arguments")
        write("pong")
    elif cmd == "version":
        write("%d.%d.%d" % sys.version_info[:3])
    elif cmd == "eval":
        if len(fields) < 2:
            raise ProtocolError("eval needs an op")
        op = OPS.get(fields[1])
        if op is None:
            raise ProtocolError("unknown op %r" % fields[1])
        write(outcome(op, fields[2:]))
    elif cmd == "gen":
        if len(fields) != 4:
            raise ProtocolError("gen takes OP SEED COUNT")
        if fields[1] not in OPS:
            raise ProtocolError("unknown op %r" % fields[1])
        if not _N_RE.match(fields[2]) or not fields[3].isdigit():
            raise ProtocolError("gen: bad SEED %r or COUNT %r" % (fields[2], fields[3]))
        seed, count = int(fields[2]), int(fields[3])
        # Build the whole answer first: a generator failure then answers
        # with a single "!" line instead of leaving a half-written stream.
        try:
            lines = ["\t".join(args + [want]) for args, want in generate_cases(fields[1], seed, count)]
        except Exception as e:
            raise GenError("%s: %s" % (type(e).__name__, e))
        for line in lines:
            write(line)
        write(".")
    else:
        raise ProtocolError("unknown request %r" % cmd[:100])
    flush()


def serve(inp, out):
    def write(s):
        out.write(s.encode("utf-8", "surrogateescape") + b"\n")

    while True:
        raw = inp.readline()
        if not raw:
            return
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        line = raw.decode("utf-8", "surrogateescape")
        try:
            _handle(line.split("\t"), write, out.flush)
        except (ProtocolError, GenError) as e:
            write("!%s: %s" % (type(e).__name__, _clean(str(e))))
            out.flush()
        except Exception as e:  # never die on a request
            write("!ProtocolError: internal %s: %s" % (type(e).__name__, _clean(str(e))))
            out.flush()


def main():
    try:
        serve(sys.stdin.buffer, sys.stdout.buffer)
    except (BrokenPipeError, KeyboardInterrupt):
        pass


if __name__ == "__main__":
    main()
