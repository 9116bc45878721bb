"""The roundinc op (issue 20): round to an increment.

args AS, TEXT, INC, MODE: `pyround round --as AS --increment INC --mode MODE TEXT`.

Definition, for an increment INC (exact decimal text) and a mode M:

    q = the integer nearest to x / INC under M, computed on exact values,
    and the result is q * INC.

The reference computes it with fractions.Fraction (x's exact value, float
or int or Decimal, divided exactly by Fraction(Decimal(INC)), then the
mode's integer rounding on Fractions) and builds q * INC as an exact
Decimal with the increment's exponent:

  - decimal: str(Decimal(q) * Decimal(INC)) with INC's exponent; a zero
    result keeps x's sign (as quantize does); NaN stays NaN, sNaN and
    Infinity are quantize's InvalidOperation (Python's own exception).
  - float (AS float, or auto text that int() rejects): repr(float(q * INC))
    (the float nearest to the exact decimal); NaN and +-Inf unchanged, as
    round(x, n) returns them; a zero result keeps x's sign; an infinite
    result is OverflowError("rounded value too large to represent").
  - int (auto text that int() accepts): with an integral INC, the int
    q * INC, printed by str(); with a fractional INC, the float as above
    (0.0 for a zero result: an int has no negative zero).

The increment is read first (the command reads its flags before any
value): it must match [+]digits[.digits][(e|E)[+-]digits] (or .digits),
with an exponent written below 2**40 in magnitude, and be > 0; anything else
is ValueError("increment must be a positive decimal number, not %r").
"""

import decimal
import math
import re
from decimal import Decimal
from fractions import Fraction

INC_AS = ("auto", "float", "decimal")
MODES = ("HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP")
INCREMENTS = ("0.05", "0.1", "0.25", "0.5", "1", "5", "25", "100", "0.001", "1E+3", "0.0000001")
OTHER_INCREMENTS = ("0.50", "0.20", "2.5", "0.3", "7", "1.0", "0.10", ".25", "1e-7", "+0.05", "3E+2",
                    "0.125", "0.01", "10", "1E+300", "1E-300", "0.075", "12345.6789", "4294967296",
                    "1E+20", "0.000000000000000000000000000001", "9.99", "1E+309", "1E-340", "2E+308")
BAD_INCREMENTS = ("0", "-0.05", "0.00", "-1", "NaN", "nan", "Infinity", "-Infinity", "inf", "sNaN", "abc",
                  "", " 0.05", "0.05 ", "1e", "1_000", "--1", "0x10", "1.2.3", "e5", ".", "+", "1E+1099511627776")

PROTOCOL_ERROR = None  # set by oracle.py: its ProtocolError class
AUTO_OPERAND = None  # set by oracle.py: int(text), else float(text)
MAXCTX = None  # set by oracle.py
GEN_FLOAT_TEXT = None
GEN_INT_TEXT = None
GEN_DECIMAL_TEXT = None
BAD_TEXTS = ()

_INC_RE = re.compile(r"\+?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?([0-9]+))?\Z")


def parse_increment(text):
    m = _INC_RE.match(text)
    if m is None or (m.group(3) is not None and int(m.group(3)) >= 2 ** 40):
        raise ValueError("increment must be a positive decimal number, not %r" % text)
    d = Decimal(text)
    if not d > 0:
        raise ValueError("increment must be a positive decimal number, not %r" % text)
    return d


def round_fraction(v, mode):
    """The integer nearest to the Fraction v under mode (a Python int)."""
    neg = v < 0
    a = -v if neg else v
    n = a.numerator // a.denominator
    f = a - n
    if f == 0:
        up = False
    elif mode == "HALF_EVEN":
        up = f > Fraction(1, 2) or (f == Fraction(1, 2) and n % 2 == 1)
    elif mode == "HALF_UP":
        up = f >= Fraction(1, 2)
    elif mode == "HALF_DOWN":
        up = f > Fraction(1, 2)
    elif mode == "UP":
        up = True
    elif mode == "DOWN":
        up = False
    elif mode == "CEILING":
        up = not neg
    elif mode == "FLOOR":
        up = neg
    elif mode == "05UP":
        up = n % 10 in (0, 5)
    else:
        raise PROTOCOL_ERROR("bad MODE %r" % mode)
    if up:
        n += 1
    # Cross-check with the decimal module where the quotient is a short
    # terminating decimal: Decimal's to_integral_value is the mode's definition.
    den = v.denominator
    while den % 2 == 0:
        den //= 2
    while den % 5 == 0:
        den //= 5
    if den == 1 and v.denominator < 10 ** 40 and abs(v.numerator) < 10 ** 60:
        ctx = decimal.Context(prec=200, rounding="ROUND_" + mode)
        dv = ctx.divide(Decimal(v.numerator), Decimal(v.denominator))
        want = int(dv.to_integral_value(context=ctx))
        assert want == (-n if neg else n), (v, mode, want, n)
    return -n if neg else n


def _times_inc(q, inc, neg):
    """The exact Decimal q * INC with INC's exponent; a zero q takes the sign neg."""
    t = inc.as_tuple()
    coef = int("".join(map(str, t.digits)))
    return Decimal((1 if (neg if q == 0 else q < 0) else 0, tuple(int(c) for c in str(abs(q) * coef)), t.exponent))


def _float_result(q, inc, neg):
    f = float(_times_inc(q, inc, neg))
    if math.isinf(f):
        raise OverflowError("rounded value too large to represent")
    return repr(f)


def evaluate_roundinc(args):
    if len(args) != 4:
        raise PROTOCOL_ERROR("roundinc takes AS TEXT INC MODE")
    as_, text, inc_text, mode = args
    if as_ not in INC_AS:
        raise PROTOCOL_ERROR("bad AS %r" % as_)
    if mode not in MODES:
        raise PROTOCOL_ERROR("bad MODE %r" % mode)
    inc = parse_increment(inc_text)
    finc = Fraction(inc)
    if as_ == "decimal":
        x = Decimal(text)
        if not x.is_finite():
            return str(x.quantize(Decimal(1), context=MAXCTX))  # NaN; sNaN, Infinity raise
        q = round_fraction(Fraction(x) / finc, mode)
        return str(_times_inc(q, inc, x.is_signed()))
    x = float(text) if as_ == "float" else AUTO_OPERAND(text)
    if isinstance(x, int):
        q = round_fraction(Fraction(x) / finc, mode)
        if inc == inc.to_integral_value():
            return str(q * int(inc))
        return _float_result(q, inc, False)
    if math.isnan(x) or math.isinf(x):
        return repr(x)
    q = round_fraction(Fraction(x) / finc, mode)
    return _float_result(q, inc, math.copysign(1.0, x) < 0)


# ---------------------------------------------------------------------------
# generator

def _inc_text(rng):
    r = rng.random()
    if r < 0.6:
        return rng.choice(INCREMENTS)
    if r < 0.85:
        return rng.choice(OTHER_INCREMENTS)
    if r < 0.97:
        c = rng.choice([1, 2, 5, 25, 50, rng.randrange(1, 1000), rng.randrange(1, 10 ** 12)])
        e = rng.randrange(-12, 6)
        return str(Decimal((0, tuple(int(d) for d in str(c)), e)))
    return rng.choice(BAD_INCREMENTS)


def _tie_fraction(rng, inc):
    """An exact tie or multiple of inc: (k + h) * inc, h in {0, 1/2}."""
    k = rng.choice([0, 1, 2, 3, 7, 10, 15, 25, 99, 100, rng.randrange(1000), rng.randrange(10 ** 6),
                    rng.randrange(10 ** 15), rng.randrange(10 ** 20)])
    h = rng.choice([Fraction(1, 2), Fraction(1, 2), Fraction(0), Fraction(1, 4), Fraction(3, 4)])
    return (k + h) * Fraction(inc)


def _frac_text_decimal(v, rng):
    """Exact decimal text of a terminating Fraction v (or None)."""
    with decimal.localcontext() as c:
        c.prec = 200
        d = Decimal(v.numerator) / Decimal(v.denominator)
    if Fraction(d) != v:
        return None
    s = str(d)
    if rng.random() < 0.3 and d == d.to_integral_value() and "E" not in s:
        s = s + "." + "0" * rng.randrange(1, 4)
    return s


def _float_near(rng, x):
    r = rng.random()
    if r < 0.4:
        return x
    if r < 0.7:
        return math.nextafter(x, math.inf)
    return math.nextafter(x, -math.inf)


def _reasonable(text):
    """Whether the exact reference is cheap for text: short, and an
    exponent far from Fraction's giant powers of ten."""
    if len(text) > 200:
        return False
    try:
        d = Decimal(text.strip().replace("_", ""))
    except Exception:
        return True  # an error case: cheap
    return not d.is_finite() or abs(d.adjusted()) < 1000


def generate_roundinc(rng):
    as_ = rng.choice(INC_AS)
    mode = rng.choice(MODES)
    inc_text = _inc_text(rng)
    try:
        inc = parse_increment(inc_text)
        if abs(inc.adjusted()) > 400:
            inc = Decimal("0.05")
    except ValueError:
        inc = Decimal("0.05")
    neg = rng.random() < 0.4
    r = rng.random()
    if r < 0.45:
        v = _tie_fraction(rng, inc)
        if neg:
            v = -v
        if as_ == "float" or (as_ == "auto" and v.denominator != 1):
            try:
                f = _float_near(rng, float(v))
            except OverflowError:
                f = -1e308 if neg else 1e308
            text = repr(f)
        else:
            text = _frac_text_decimal(v, rng) or str(Decimal(v.numerator) / Decimal(v.denominator))
            if as_ == "auto" and v.denominator == 1:
                text = str(v.numerator)
    elif r < 0.8:
        # oracle.py's value generators (some return (text, suggested N))
        text = rng.choice([GEN_FLOAT_TEXT, GEN_INT_TEXT, GEN_DECIMAL_TEXT])(rng)
        if isinstance(text, tuple):
            text = text[0]
        if not _reasonable(text):
            text = "1.15"
    elif r < 0.95:
        e = rng.choice([-320, -300, -30, -8, -3, -1, 0, 1, 2, 5, 15, 20, 100, 300, 308])
        m = rng.random() * 10
        f = m * 10.0 ** e if e > -300 else m * 1e-300 * 10.0 ** (e + 300)
        if math.isinf(f):
            f = 1.7e308
        text = repr(-f if neg else f)
        if rng.random() < 0.3:
            text = str(rng.randrange(10 ** rng.randrange(1, 40)) * (-1 if neg else 1))
    else:
        text = rng.choice(["0", "-0", "0.0", "-0.0", "nan", "-nan", "inf", "-inf", "NaN", "sNaN", "Infinity",
                           "-Infinity", "1e308", "-1.7976931348623157e+308", "5e-324", "-5e-324",
                           "2.2250738585072014e-308", "1.15", "1.03", "1.30", "0.025", "-0.025", "137", "150",
                           "250", "-250", "9223372036854775807", "-9223372036854775808", "18446744073709551615",
                           "1" + "0" * 30] + list(BAD_TEXTS[:5]))
    return [as_, text, inc_text, mode]


FIXED_CASES = []
for _as in INC_AS:
    for _m in MODES:
        for _inc in INCREMENTS:
            for _t in ("1.15", "-1.15", "1.03", "1.30", "0.125", "2.5", "-2.5", "137", "150", "-0.01", "0",
                       "-0.0", "nan", "inf", "-inf", "1e308", "5e-324", "0.07500000000000001", "12345678901234567890"):
                FIXED_CASES.append([_as, _t, _inc, _m])
    for _inc in BAD_INCREMENTS + OTHER_INCREMENTS:
        FIXED_CASES.append([_as, "1.15", _inc, "HALF_EVEN"])
        FIXED_CASES.append([_as, "-137", _inc, "UP"])
