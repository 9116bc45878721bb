#!/usr/bin/env python3
"""Writes divmod.tsv, the table divmod's tests check, from CPython itself.

    python3 divmod/testdata/gen_divmod.py > divmod/testdata/divmod.tsv

Each line is KIND TAB OP TAB A TAB B TAB EXPECTED, where EXPECTED is what
print() shows for A // B (OP floordiv), A % B (mod) or divmod(A, B)
(divmod), or "!Type: message" when Python raises:

  int8 ... int64, uint8 ... uint64, int, uint, uintptr  Go's fixed-width
      integers: A and B in the type's range. Python's result is expected,
      except that a quotient outside the range (only MIN // -1 and
      divmod(MIN, -1); MIN % -1 is 0) expects pyround's OverflowError.
  big    Python ints of any size.
  float  A and B are float reprs; floats only.
  mixed  an int A or B with a float: Python converts the int first.
  i2f    OP is "float": float(A) for an int A (B empty).
  dec    Python's decimal module (truncating) under an exact context.
  decfloor  the floor pair on decimals: q = floor(A / B) exactly,
      r = A - q*B computed by Python's decimal module (exponent min(ea, eb)).

Decimal results are printed without the sign of a zero, since shopspring
decimals have no negative zero, and a decimal result of more than
1000000 digits expects pyround's limit error. The cases are fixed
(seeded), so the output only changes when this script does.

    python3 divmod/testdata/gen_divmod.py --serve

reads lines KIND TAB OP TAB A TAB B from stdin and answers each with its
EXPECTED line: the live differential test (divmod's diff_test.go) sends
fresh random cases this way, so the table and the live test share one
definition.
"""
import random
import sys
from decimal import Decimal, Context, localcontext, MAX_PREC, MAX_EMAX, MIN_EMIN

OVERFLOW = "!OverflowError: integer division result does not fit in the operands' type"
OPS = ("floordiv", "mod", "divmod")
rng = random.Random(20240603)


def run(f):
    try:
        return str(f())
    except Limit:
        return TOO_MANY
    except Exception as e:  # the exception Python raises is the expectation
        return "!%s: %s" % (type(e).__name__, e)


def emit(kind, op, a, b, want=None):
    if want is None:
        want = expect(kind, op, a, b)
    print("\t".join((kind, op, a, b, want)))


BITS = {"int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True), "int": (64, True),
        "uint8": (8, False), "uint16": (16, False), "uint32": (32, False), "uint64": (64, False),
        "uint": (64, False), "uintptr": (64, False)}
LIMIT = 1000000
TOO_MANY = "!OverflowError: result would have more than 1000000 digits (pyround's limit)"
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def number(text):
    """The CLI's literal rule: int if int() accepts the text, else float."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def expect(kind, op, a, b):
    """EXPECTED for one case (see the module docstring)."""
    if kind in BITS:
        bits, signed = BITS[kind]
        x, y = int(a), int(b)
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        assert lo <= x <= hi and lo <= y <= hi, (kind, a, b)
        if op != "mod" and y != 0 and not lo <= x // y <= hi:
            return OVERFLOW
        return run(lambda: apply(op, x, y))
    if kind == "big":
        return run(lambda: apply(op, int(a), int(b)))
    if kind == "float":
        return run(lambda: apply(op, float(a), float(b)))
    if kind == "mixed":
        return run(lambda: apply(op, number(a), number(b)))
    if kind == "i2f":
        return run(lambda: repr(float(int(a))))
    if kind in ("dec", "decfloor"):
        with localcontext(EXACT):
            return run(lambda: dec_str(dec_op(op, Decimal(a), Decimal(b), kind == "decfloor")))
    raise ValueError("unknown kind " + kind)


class Limit(Exception):
    pass


def dec_op(op, a, b, floor):
    if b == 0 or a == 0:
        return apply(op, a, b)  # the decimal module's errors and zeros, for both pairs
    if a.adjusted() - b.adjusted() > LIMIT + 1:  # a quotient of more than LIMIT digits
        if op != "mod":
            raise Limit
        r = huge_quotient_rem(a, b)
    else:
        r = a % b
    q = a // b if op != "mod" else None
    if floor and r != 0 and r.is_signed() != b.is_signed():
        q = None if q is None else q - 1
        if op != "floordiv":
            # |b| - |r| at exponent min(ea, eb) has at least this many digits
            if b.adjusted() - min(a.as_tuple().exponent, b.as_tuple().exponent) > LIMIT + 1:
                raise Limit
            r = r + b
    for v in (q, r):
        if v is not None and len(v.as_tuple().digits) > LIMIT:
            raise Limit
    return {"floordiv": q, "mod": r, "divmod": (q, r)}[op]


def huge_quotient_rem(a, b):
    """a % b (truncating) when the quotient is too long to compute:
    a = ca*10^ea, b = cb*10^eb with ea > eb, so |a| mod |b| is
    (|ca| * 10^(ea-eb) mod |cb|) * 10^eb."""
    sa, da, ea = a.as_tuple()
    _, db, eb = b.as_tuple()
    ca, cb = int("".join(map(str, da))), int("".join(map(str, db)))
    m = ca * pow(10, ea - eb, cb) % cb
    return Decimal((sa, tuple(map(int, str(m))), eb))


def serve():
    for line in sys.stdin:
        kind, op, a, b = line.rstrip("\n").split("\t")
        print(expect(kind, op, a, b), flush=False)
    sys.stdout.flush()


def apply(op, a, b):
    if op == "floordiv":
        return a // b
    if op == "mod":
        return a % b
    return divmod(a, b)


WIDTHS = [("int8", 8, True), ("int16", 16, True), ("int32", 32, True), ("int64", 64, True),
          ("int", 64, True), ("uint8", 8, False), ("uint16", 16, False), ("uint32", 32, False),
          ("uint64", 64, False), ("uint", 64, False), ("uintptr", 64, False)]


def ints_for(bits, signed):
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    vals = {lo, lo + 1, hi, hi - 1, 0, 1, 2, 3, 7, 10, hi // 2, hi // 2 + 1}
    if signed:
        vals |= {-1, -2, -3, -7, -10, lo // 2, lo // 2 - 1}
    vals = sorted(v for v in vals if lo <= v <= hi)
    pairs = [(a, b) for a in vals for b in vals]
    for _ in range(60):
        pairs.append((rng.randint(lo, hi), rng.randint(lo, hi)))
        pairs.append((rng.randint(lo, hi), rng.choice([-1, 1, 2, -2, 3, 7, -7]) if signed else rng.randint(1, 9)))
    return lo, hi, pairs


def gen_ints():
    for kind, bits, signed in WIDTHS:
        lo, hi, pairs = ints_for(bits, signed)
        for a, b in pairs:
            for op in OPS:
                emit(kind, op, str(a), str(b))


def gen_big():
    vals = [0, 1, -1, 2, -7, 7, 10**15, -10**30 - 1, 10**30, 2**63, -2**63, 2**64 - 1, -2**64,
            10**100, -10**100, 3**200, -(3**200) + 1, 2**1000 + 12345, -(2**127)]
    for a in vals:
        for b in vals:
            for op in OPS:
                emit("big", op, str(a), str(b))
    for _ in range(300):
        a = rng.randint(-10**rng.randint(1, 80), 10**rng.randint(1, 80))
        b = rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40)) or 1
        for op in OPS:
            emit("big", op, str(a), str(b))


def special_floats():
    inf, nan = float("inf"), float("nan")
    return [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.1, -0.1, 0.5, 7.5, -7.5, 2.5, 10.0, 0.3, 0.01,
            1e-20, -1e-20, 1e-300, -1e-300, 1e300, -1e300, 1e308, 1e-308, 5e-324, -5e-324,
            2.2250738585072014e-308, 1.7976931348623157e+308, -1.7976931348623157e+308,
            9007199254740993.0, 4503599627370496.5, -383.03635179613127, 6.322527182400627,
            inf, -inf, nan]


def rand_float():
    r = rng.random()
    if r < 0.3:
        bits = rng.getrandbits(64)
        import struct
        f = struct.unpack("<d", struct.pack("<Q", bits))[0]
        return f
    if r < 0.6:
        return rng.uniform(-1e6, 1e6)
    if r < 0.8:
        return rng.uniform(-10, 10)
    return float(rng.randint(-100, 100)) * 10.0 ** rng.randint(-3, 3)


def gen_float():
    vals = special_floats()
    for a in vals:
        for b in vals:
            for op in OPS:
                emit("float", op, repr(a), repr(b))
    for _ in range(800):
        a, b = rand_float(), rand_float()
        for op in OPS:
            emit("float", op, repr(a), repr(b))


def gen_mixed():
    ints = [0, 1, -1, 5, -5, 7, 2**53 + 1, -(2**53 + 1), 2**63, 10**400, -10**400, 2**1024 - 2**970, 2**1024 - 2**970 - 1]
    floats = [0.0, -0.0, 2.0, -2.0, 0.5, 1e300, float("inf"), float("-inf"), float("nan")]
    for i in ints:
        for f in floats:
            for op in OPS:
                emit("mixed", op, str(i), repr(f))
                emit("mixed", op, repr(f), str(i))


def gen_i2f():
    vals = [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, -(2**53 + 1), 2**63, 2**63 - 1, -2**63, -2**63 - 1,
            2**64 - 1, 2**64, 2**64 + 1, 2**65 - 1, 2**1023, 2**1024 - 2**971, 2**1024 - 2**970 - 1,
            2**1024 - 2**970, 2**1024, -(2**1024 - 2**970), 10**308, 10**309, 2**200 + 2**147, 2**200 + 2**147 + 1,
            2**200 + 2**148 + 2**147, (2**53 + 1) << 900, ((2**53 + 1) << 900) + 1]
    for _ in range(300):
        n = rng.randint(1, 1100)
        v = rng.getrandbits(n)
        if rng.random() < 0.3:  # a tie or near-tie at 53 bits
            k = max(v.bit_length() - 54, 0)
            v = ((v >> k) | 1) << k if rng.random() < 0.5 else (((v >> k) | 1) << k) + rng.choice([-1, 1])
        vals.append(-v if rng.random() < 0.5 else v)
    for v in vals:
        emit("i2f", "float", str(v), "")


def dec_str(x):
    if isinstance(x, tuple):
        return "(%s)" % ", ".join("Decimal('%s')" % dec_str(v) for v in x)
    if x.is_zero():
        x = x.copy_abs()
    return str(x)


def rand_dec():
    r = rng.random()
    if r < 0.1:
        return Decimal(0).scaleb(rng.randint(-5, 5))
    digits = rng.randint(1, 40 if r < 0.4 else 12)
    c = rng.randint(1, 10**digits)
    e = rng.randint(-30, 30) if r < 0.6 else rng.randint(-4, 4)
    return Decimal(rng.choice([-1, 1]) * c).scaleb(e)


def gen_dec():
    vals = ["0", "-0", "0.00", "0E+5", "1", "-1", "2", "-2", "7", "-7", "3.0", "10", "-7.5", "7.50", "0.5", "-0.5",
            "1E+3", "1E+1", "1E+4", "12E+2", "5E+1", "0.001", "123456789012345678", "9223372036854775807",
            "-9223372036854775808", "18446744073709551615", "1E-20", "99999999999999999999999999999",
            "1.000000000000000000000000000001", "-3.14159265358979323846264338327950288", "1E+30"]
    pairs = [(a, b) for a in vals for b in vals]
    for _ in range(700):
        pairs.append((str(rand_dec()), str(rand_dec())))
    for sa, sb in pairs:
        for op in OPS:
            emit("dec", op, sa, sb)
            emit("decfloor", op, sa, sb)
    # the digit limit and the remainder of a quotient too long to build
    for sa, sb in [("1E+1000001", "3"), ("-1E+1000001", "3"), ("1E+1000000000", "7"), ("-1E+1000000000", "7"),
                   ("123E+2000000000", "-97E-3"), ("-1", "1E+1000001"), ("1", "-1E+1000001"),
                   ("-1", "1E+2000000000"), ("5", "-3E-1000000"), ("-5", "3E-2000000000"), ("0", "1E-2000000000"),
                   ("0E+2000000000", "7E-2000000000")]:
        for op in OPS:
            emit("dec", op, sa, sb)
            emit("decfloor", op, sa, sb)


def main():
    if sys.argv[1:] == ["--serve"]:
        serve()
        return
    print("# generated by python3 divmod/testdata/gen_divmod.py (CPython %s)" % sys.version.split()[0])
    gen_ints()
    gen_big()
    gen_float()
    gen_mixed()
    gen_i2f()
    gen_dec()


if __name__ == "__main__":
    main()
