"""The bin op (issue 19): `pyround bin --as AS --width W --origin O --label L TEXT`.

args AS, WIDTH, ORIGIN, LABEL, TEXT (ORIGIN "" = the default origin 0).

The width is read first, then the origin, then the value (the command reads
its flags once, before any value). Every one is read by the literal rule
(AS auto: int if int(t) accepts t, else float(t); AS float: float(t); AS
decimal: Decimal(t), with pyround's int32 exponent limit).

auto and float are Python's own arithmetic, step by step, with Python's
int/float promotion:

    idx = (x - O) // W
    lower = O + idx * W        (not computed for LABEL index)
    upper = lower + W          (only for LABEL range)

decimal is exact floor binning, defined with the decimal module where its
rules say what happens (signs of zero, exponents, NaN, Infinity, sNaN) and
with exact integers for the floor, in pyround's exact context (prec =
1000000, the widest exponents, default traps; a result that context would
round is pyround's limit error, since Python with MAX_PREC would build it):

    d = x - O                                   (Decimal, exact)
    idx = floor(d / W), exactly                 when d and W are finite, W != 0
                                                (more than 1000000 digits: the limit)
    idx = (d / W).to_integral_value(ROUND_FLOOR) otherwise: Python's rules for
                                                NaN, Infinity and a zero width
                                                (DivisionByZero, DivisionUndefined)
    lower = O + Decimal(idx) * W                (Decimal, exact)
    upper = lower + W                           (Decimal, exact)

LABEL lower prints str(lower), index str(int(idx)) (int(NaN) is a ValueError,
int(Infinity) an OverflowError, more than 4300 digits str()'s ValueError),
range "[%s, %s)" % (lower, upper).
"""

import decimal
import math
from decimal import Decimal

BIN_AS = ("auto", "float", "decimal")
BIN_LABELS = ("lower", "index", "range")

PROTOCOL_ERROR = None  # set by oracle.py: its ProtocolError class
LIMIT_ERROR = None  # set by oracle.py: a function returning pyround's limit error
DEC_OPERAND = None  # set by oracle.py: Decimal(text) with the apd exponent check
AUTO_OPERAND = None  # set by oracle.py: int(text), else float(text)
BAD_TEXTS = ()  # set by oracle.py
UNICODE_TEXTS = ()
GEN_FLOAT_TEXT = None
GEN_INT_TEXT = None
GEN_DECIMAL_TEXT = None
PAD = None

MAX_DIGITS = 1_000_000
BINCTX = decimal.Context(prec=MAX_DIGITS, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def _exact(ctx, fn, *args):
    """fn(*args) in ctx; pyround's limit error where ctx would round."""
    ctx.clear_flags()
    r = fn(*args)
    if ctx.flags[decimal.Rounded]:
        raise LIMIT_ERROR()
    return r


def _floor_quotient(d, w):
    """floor(d / w) for finite Decimals, w != 0, exactly; the limit error
    when it has more than MAX_DIGITS digits. The exponents are never
    materialized as powers of ten beyond what the digit limit allows."""
    if d.is_zero():
        return 0
    dt, wt = d.as_tuple(), w.as_tuple()
    neg = (dt.sign != wt.sign)
    gap = d.adjusted() - w.adjusted()
    if gap >= MAX_DIGITS + 1:  # |d/w| > 10**(gap-1) >= 10**MAX_DIGITS
        raise LIMIT_ERROR()
    if gap <= -2:  # 0 < |d/w| < 10**(gap+1) <= 1/10
        return -1 if neg else 0
    dc = int(Decimal((0, dt.digits, 0)))  # int(Decimal) has no 4300-digit limit
    wc = int(Decimal((0, wt.digits, 0)))
    e = dt.exponent - wt.exponent  # bounded by the gap and the coefficients' lengths
    if e >= 0:
        dc *= 10 ** e
    else:
        wc *= 10 ** -e
    q = (-dc if neg else dc) // wc  # Python's // floors
    if q.bit_length() > 3_321_000 and abs(q) >= 10 ** MAX_DIGITS:  # 3321928 bits ~ MAX_DIGITS digits
        raise LIMIT_ERROR()
    return q


def _read(as_, text):
    if as_ == "auto":
        return AUTO_OPERAND(text)
    if as_ == "float":
        return float(text)
    return DEC_OPERAND(text)


def evaluate_bin(args):
    if len(args) != 5:
        raise PROTOCOL_ERROR("bin takes 5 arguments (AS, WIDTH, ORIGIN, LABEL, TEXT), got %d" % len(args))
    as_, w_text, o_text, label, text = args
    if as_ not in BIN_AS:
        raise PROTOCOL_ERROR("bin: AS must be auto, float or decimal, not %r" % as_)
    if label not in BIN_LABELS:
        raise PROTOCOL_ERROR("bin: LABEL must be lower, index or range, not %r" % label)
    w = _read(as_, w_text)
    o = _read(as_, o_text) if o_text != "" else (Decimal(0) if as_ == "decimal" else 0)
    x = _read(as_, text)
    if as_ != "decimal":
        idx = (x - o) // w
        if label == "index":
            return str(int(idx))
        lower = o + idx * w
        if label == "lower":
            return str(lower)
        return "[%s, %s)" % (lower, lower + w)
    if not _dec_cheap(args):
        # Python would take minutes (quadratic int -> Decimal conversion);
        # the fuzz targets skip what the oracle refuses.
        raise PROTOCOL_ERROR("bin: x - O or the index has 5000 to 1000000 digits, too costly for the oracle")
    ctx = BINCTX.copy()
    d = _exact(ctx, ctx.subtract, x, o)
    if d.is_finite() and w.is_finite() and not w.is_zero():
        idx = Decimal(_floor_quotient(d, w))
    else:
        q = _exact(ctx, ctx.divide, d, w)
        idx = q.to_integral_value(rounding=decimal.ROUND_FLOOR, context=ctx)
    if label == "index":
        return str(int(idx))
    lower = _exact(ctx, ctx.add, o, _exact(ctx, ctx.multiply, idx, w))
    if label == "lower":
        return str(lower)
    upper = _exact(ctx, ctx.add, lower, w)
    return "[%s, %s)" % (lower, upper)


# --- generator ---------------------------------------------------------------

_INT_EDGES = [0, 1, -1, 2, -2, 7, -7, 10, -10, 2 ** 31 - 1, -2 ** 31, 2 ** 53, 2 ** 53 + 1, -2 ** 53 - 1,
              2 ** 62, 2 ** 63 - 1, -2 ** 63, -2 ** 63 + 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -2 ** 64, 10 ** 18,
              10 ** 19, 10 ** 30, -10 ** 30]

_FLOAT_WIDTHS = ["0.1", "0.2", "0.3", "0.7", "1.1", "0.01", "0.05", "2.5", "1e-3", "1e-300", "5e-324",
                 "1e300", "1.7976931348623157e308", "-0.1", "-2.5", "0.0", "-0.0", "inf", "-inf", "nan",
                 "3", "10", "1", "-1", "0", "1e22", "6.322527182400627", "0.30000000000000004"]

_DEC_SPECIAL = ["NaN", "-NaN", "NaN12", "sNaN", "-sNaN1", "Infinity", "-Infinity", "-0", "0", "0E+9",
                "-0.000", "0E-9", "1E+1000005", "1E-1000005", "1E+2147483647", "1E-2147483648",
                "1E+2147483648", "9" * 30, "-" + "9" * 30, "1E+1000000", "1E-1000000", "0.1", "-0.1"]


def _int_text(rng):
    c = rng.random()
    if c < 0.45:
        v = rng.randint(-1000, 1000)
    elif c < 0.65:
        v = rng.choice(_INT_EDGES) + rng.randint(-3, 3)
    elif c < 0.8:
        v = rng.randint(-2 ** 64, 2 ** 64)
    elif c < 0.93:
        v = rng.randint(-10 ** 40, 10 ** 40)
    elif c < 0.975:  # up to int()'s 4300 digits
        v = rng.choice([1, -1]) * rng.randint(10 ** 50, 10 ** rng.randint(51, 4300) - 1)
    else:
        return GEN_INT_TEXT(rng)[0]
    return str(v)


def _int_width(rng):
    c = rng.random()
    if c < 0.5:
        return str(rng.choice([1, 2, 3, 5, 7, 10, 60, 100, 1000, 3600, 86400, -1, -2, -7, -10]))
    if c < 0.6:
        return "0"
    if c < 0.8:
        return str(rng.choice(_INT_EDGES) + rng.randint(-2, 2))
    if c < 0.98:
        return str(rng.randint(-10 ** rng.randint(1, 25), 10 ** rng.randint(1, 25)))
    return str(rng.choice([1, -1]) * rng.randint(10 ** 50, 10 ** rng.randint(51, 4300) - 1))


def _float_text(rng):
    c = rng.random()
    if c < 0.3:
        return GEN_FLOAT_TEXT(rng)[0]
    if c < 0.55:  # a multiple of a 0.1-style width, or a hair off it
        k = rng.randint(-10 ** 6, 10 ** 6)
        x = k * float(rng.choice(["0.1", "0.2", "0.3", "0.05", "2.5", "0.7"]))
        r = rng.random()
        if r < 0.3:
            x = math.nextafter(x, math.inf)
        elif r < 0.6:
            x = math.nextafter(x, -math.inf)
        return repr(x)
    if c < 0.75:
        return "%d.%d" % (rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 999))
    if c < 0.85:
        return rng.choice(["-0.0", "0.0", "nan", "-nan", "inf", "-inf", "5e-324", "-5e-324", "2.2250738585072014e-308",
                           "1.7976931348623157e308", "-1.7976931348623157e308", "1e308", "-1e-320", "0.5", "-0.5",
                           "9007199254740993.0", "1e16", "-1e16", "0.7", "-0.05", "-0.1"])
    return repr(rng.uniform(-1, 1) * 10 ** rng.randint(-320, 308))


def _float_width(rng):
    c = rng.random()
    if c < 0.6:
        return rng.choice(_FLOAT_WIDTHS)
    if c < 0.8:
        return repr(rng.uniform(-1, 1) * 10 ** rng.randint(-10, 10))
    return GEN_FLOAT_TEXT(rng)[0]


def _dec_text(rng):
    c = rng.random()
    if c < 0.35:
        return "%s%d.%0*d" % (rng.choice(["", "-"]), rng.randint(0, 10 ** rng.randint(0, 12)),
                              rng.randint(1, 6), rng.randint(0, 999999) % 10 ** 6)
    if c < 0.55:
        return "%sE%+d" % (rng.randint(-10 ** rng.randint(1, 30), 10 ** rng.randint(1, 30)), rng.randint(-40, 40))
    if c < 0.7:
        return rng.choice(_DEC_SPECIAL)
    if c < 0.8:  # far exponents: the limit and the shortcuts of the floor (a quotient of
        # about a million digits is left out: Python converts it to Decimal in minutes)
        return "%dE%+d" % (rng.randint(-999, 999), rng.choice([1, -1]) * rng.randint(1000002, 1000010))
    if c < 0.9:
        return GEN_DECIMAL_TEXT(rng)[0]
    return str(rng.randint(-10 ** 20, 10 ** 20))


def _dec_width(rng):
    c = rng.random()
    if c < 0.5:
        return rng.choice(["0.1", "0.25", "0.01", "1", "5", "10", "1E+3", "1E-3", "0.5", "-0.1", "-2.5", "3",
                           "0.3", "7", "1.0", "1.00", "100", "0.001"])
    if c < 0.62:
        return rng.choice(["0", "-0", "0.00", "0E+5", "NaN", "sNaN", "Infinity", "-Infinity", "1E-1000003",
                           "1E+1000003", "3E+1000004", "1E-3000", "-NaN7"])
    return _dec_text(rng)


def _dec_cheap(case):
    """Whether Python answers the decimal case in well under a second: not
    when the floor must convert d or the quotient with more than 5000
    (up to MAX_DIGITS) digits between int and Decimal (quadratic in CPython:
    minutes for a million digits). Quotients past MAX_DIGITS digits, or
    below 1/10, are found without converting anything."""
    try:
        w = DEC_OPERAND(case[1])
        o = DEC_OPERAND(case[2]) if case[2] else Decimal(0)
        x = DEC_OPERAND(case[4])
        ctx = BINCTX.copy()
        d = _exact(ctx, ctx.subtract, x, o)
    except Exception:
        return True
    if not (d.is_finite() and w.is_finite()) or w.is_zero() or d.is_zero():
        return True
    gap = d.adjusted() - w.adjusted()
    if gap >= MAX_DIGITS + 1 or gap <= -2:  # _floor_quotient's shortcuts
        return True
    return gap <= 5000 and len(d.as_tuple().digits) <= 5000


def _origin(rng, as_, value_gen):
    c = rng.random()
    if c < 0.5:
        return ""
    if c < 0.65:
        return rng.choice(["0", "-0", "1", "-1", "0.5", "0.05"] if as_ != "auto" else ["0", "1", "-1", "5", "-0.0", "0.5"])
    return value_gen(rng)


def generate_bin(rng):
    """One case [AS, WIDTH, ORIGIN, LABEL, TEXT]: ints (small, past 2**53,
    past int64, near 4300 digits), floats (0.1-style widths, a hair off an
    edge, ties, -0.0, nan, ±inf, subnormals), int/float mixes, decimals
    (exponents, specials, far exponents at pyround's digit limit), and texts
    Python rejects."""
    label = rng.choices(BIN_LABELS, weights=[50, 25, 25])[0]
    c = rng.random()
    if c < 0.25:  # ints
        return ["auto", _int_width(rng), _origin(rng, "auto", _int_text), label, PAD(rng, _int_text(rng))]
    if c < 0.5:  # floats
        return [rng.choice(["auto", "auto", "float"]), _float_width(rng), _origin(rng, "auto", _float_text), label,
                PAD(rng, _float_text(rng))]
    if c < 0.6:  # int/float mixes
        gens = [_int_text, _float_text]
        return ["auto", rng.choice([_int_width, _float_width])(rng), _origin(rng, "auto", rng.choice(gens)), label,
                rng.choice(gens)(rng)]
    if c < 0.93:
        while True:
            case = ["decimal", _dec_width(rng), _origin(rng, "decimal", _dec_text), label, PAD(rng, _dec_text(rng))]
            if _dec_cheap(case):
                return case
    bad = rng.choice(list(BAD_TEXTS) + list(UNICODE_TEXTS))
    as_ = rng.choice(BIN_AS)
    where = rng.randint(0, 2)
    w = bad if where == 0 else ("0.1" if as_ != "auto" else rng.choice(["3", "0.1"]))
    o = bad if where == 1 else ""
    x = bad if where == 2 else "1.5"
    return [as_, w, o, label, x]


# Hand-picked corners, each answered by Python in the golden file.
FIXED_CASES = [
    ["auto", "0.1", "", "lower", "0.7"],            # 0.7 // 0.1 == 6.0: 0.6000000000000001
    ["decimal", "0.1", "", "lower", "0.7"],         # exact: 0.7
    ["decimal", "0.1", "", "lower", "-0.05"],       # floors: -0.1
    ["decimal", "0.1", "", "range", "-0.05"],
    ["auto", "0.1", "", "range", "-0.05"],
    ["auto", "0", "", "lower", "5"],                # integer division or modulo by zero
    ["auto", "0.0", "", "lower", "5"],              # float floor division by zero
    ["auto", "-0.0", "", "index", "5"],
    ["auto", "0", "", "lower", "5.0"],
    ["decimal", "0", "", "lower", "5"],             # DivisionByZero
    ["decimal", "0", "", "lower", "0"],             # DivisionUndefined
    ["decimal", "0", "", "lower", "Infinity"],      # Infinity / 0 is Infinity, then 0 * inf
    ["auto", "1", "", "index", "inf"],              # int(nan)
    ["auto", "1", "", "index", "nan"],
    ["auto", "1", "", "lower", "-inf"],
    ["auto", "inf", "", "index", "-1"],             # -1 // inf == -1.0
    ["auto", "inf", "", "lower", "-1"],
    ["auto", "inf", "", "range", "1"],
    ["auto", "-1", "", "lower", "-9223372036854775808"],
    ["auto", "-1", "9223372036854775807", "range", "-9223372036854775808"],
    ["auto", "1", "-9223372036854775808", "index", "9223372036854775807"],
    ["auto", "3", "", "range", "9223372036854775807"],
    ["auto", "2", "", "lower", "9007199254740993"],
    ["auto", "0.5", "1" + "0" * 400, "lower", "1" + "0" * 399 + "1"],  # d is 1, lower overflows to float
    ["auto", "0.5", "", "lower", "1" + "0" * 400],   # int too large to convert to float
    ["auto", "9" * 4000, "", "lower", "-1"],          # lower has 4000 digits
    ["auto", "9" * 4000, "", "range", "9" * 4000],    # upper is fine too
    ["auto", "9" * 4299, "9" * 4299, "lower", "-" + "9" * 4299],  # lower = -(10**4299-1) too: 4300 digits
    ["auto", "-" + "9" * 4299, "", "lower", "9" * 4299],  # idx -1, lower -(10**4299-1)*...
    ["auto", "9" * 3000, "", "lower", "-" + "9" * 4299],  # |idx*W| > 10**4300
    ["auto", "-0.0", "-0.0", "range", "-0.0"],
    ["auto", "1", "-0.0", "lower", "0"],
    ["auto", "5e-324", "", "range", "1e-323"],
    ["auto", "1e-320", "", "index", "1e308"],        # the quotient overflows to inf
    ["float", "0.1", "0.05", "range", "0.7"],
    ["auto", "1.1", "", "lower", " 3.3 "],
    ["decimal", "1E+3", "", "lower", "1234.5"],
    ["decimal", "0.10", "", "range", "0.7"],
    ["decimal", "-0.1", "", "range", "0.05"],
    ["decimal", "-0.1", "-0", "lower", "0.05"],     # lower is -0.0
    ["decimal", "0.1", "-0", "lower", "0.05"],
    ["decimal", "3", "", "index", "NaN"],
    ["decimal", "3", "", "lower", "-NaN123"],
    ["decimal", "3", "NaN5", "lower", "NaN7"],
    ["decimal", "NaN9", "", "range", "1"],
    ["decimal", "3", "", "lower", "sNaN"],
    ["decimal", "sNaN", "", "lower", "NaN"],
    ["decimal", "3", "", "index", "-Infinity"],
    ["decimal", "3", "", "range", "-Infinity"],
    ["decimal", "Infinity", "", "index", "-5"],
    ["decimal", "Infinity", "", "lower", "-5"],
    ["decimal", "Infinity", "", "lower", "Infinity"],
    ["decimal", "3", "Infinity", "lower", "Infinity"],
    ["decimal", "3", "Infinity", "lower", "5"],
    ["decimal", "1E-999999", "", "index", "1E+999999"],   # idx has 1999999 digits: the limit
    ["decimal", "1E-2000", "", "index", "1E+2299"],      # 4300 digits: fine
    ["decimal", "1E-2000", "", "index", "1E+2300"],      # 4301: str()'s limit
    ["decimal", "1E-2000", "", "lower", "1.1E+2999"],
    ["decimal", "1E+1000003", "", "range", "5E+1000004"],
    ["decimal", "1", "", "index", "1E+4299"],         # str(int) limit at 4300 digits
    ["decimal", "1", "", "index", "-1E+4300"],
    ["decimal", "1", "1E-2147483648", "lower", "1E+2147483647"],  # x - O needs too many digits
    ["decimal", "1E+2147483647", "", "index", "-1E-2147483648"],  # far below: idx -1
    ["decimal", "1", "", "lower", "1E+2147483648"],   # apd's exponent limit
    ["decimal", "7", "", "range", "-0"],
    ["decimal", "0.3", "", "range", "0.9"],
    ["decimal", "1.00", "0.005", "range", "-1E+2"],
    ["auto", "1", "", "lower", "abc"],
    ["auto", "abc", "", "lower", "1"],
    ["auto", "1", "abc", "lower", "xyz"],
    ["decimal", "1", "", "lower", "abc"],
    ["auto", "1", "", "lower", "2024-01-01T00:00:00"],
    ["auto", "1_000", "", "lower", "１２３４"],
]
