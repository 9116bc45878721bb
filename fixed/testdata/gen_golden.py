#!/usr/bin/env python3
"""Writes golden.tsv.gz, the golden vectors of package fixed, from CPython 3.11.

Run from anywhere: python3 fixed/testdata/gen_golden.py (deterministic: a
fixed seed). go test replays golden.tsv.gz without python3.

Each line is OP TAB ARGS... TAB EXPECTED:

  quantize TEXT SCALE MODE  str(Decimal(TEXT).quantize(Decimal(1).scaleb(-SCALE),
                            rounding=ROUND_MODE)) under the default context
  str TEXT                  str(Decimal(TEXT))
  parse HEX                 str(Decimal(text)) for the UTF-8 text whose bytes
                            are HEX (texts may hold tabs, newlines, Unicode)
  divmod A B                "Q R": str() of Python's divmod(Decimal(A),
                            Decimal(B)) under the default context
  floordivmod A B           "Q R": floor division, as int and float // and %
                            define it, computed with Decimal arithmetic:
                            q = floor(a / b) (the division rounded toward
                            -inf at 200 digits, then to_integral_value with
                            ROUND_FLOOR: exact, since the quotient has at most
                            39 integer digits), r = a - b*q exactly; zeros are
                            signed as Python's float divmod signs them: q's
                            sign is a's XOR b's, r's sign is b's.

EXPECTED is the result, or "!Type: message" when Python raises (fixed
raises the same: syntax errors, zero divisors, results past the default
context's 28 digits), or "!range ANSWER" when Python's answer is one
fixed cannot hold (more than 19 digits not ending in zeros, more than
28, an exponent outside [-19, 0], NaN, Infinity).
"""

import gzip
import io
import decimal
import os
import random
from decimal import Decimal

MODES = ["HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"]
DEFAULT = decimal.Context()  # prec 28, Python's default context
BIG = decimal.Context(prec=200, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, rounding=decimal.ROUND_FLOOR)


def fits(d):
    """Whether Decimal d is a fixed.Decimal: finite, exponent in [-19, 0], a
    coefficient of at most 28 digits of which only the first 19 may be
    nonzero."""
    if not d.is_finite():
        return False
    t = d.as_tuple()
    return len(t.digits) <= 28 and not any(t.digits[19:]) and -19 <= t.exponent <= 0


def exc(e):
    return "!%s: %s" % (type(e).__name__, e)


def rangeans(ans):
    return "!range " + ans


def values(rng):
    """Adversarial fixed.Decimal values as (coefficient, scale, negative)."""
    coefs = {0, 1, 2, 4, 5, 6, 9, 10, 15, 25, 35, 45, 95, 99, 10 ** 19 - 1, 10 ** 18, 10 ** 18 - 1,
             9999999999999999995, 9999999999999999994, 1999999999999999999, 5 * 10 ** 18, 2 ** 63 - 1, 2 ** 63}
    for k in range(1, 19):
        p = 10 ** k
        coefs.update({p, p - 1, p + 1, 5 * p, 5 * p - 1, 5 * p + 1, 15 * p if 15 * p < 10 ** 19 else p,
                      25 * p if 25 * p < 10 ** 19 else p})
        # ties .5 at position k with various kept digits, and a hair off
        for kept in (0, 1, 2, 9, 10, 12345, 99):
            c = kept * 10 * p + 5 * p
            if c < 10 ** 19:
                coefs.update({c, c - 1, c + 1})
    for _ in range(150):
        n = rng.randint(1, 19)
        coefs.add(rng.randrange(10 ** (n - 1), 10 ** n))
    out = []
    for c in sorted(coefs):
        assert c < 10 ** 19
        for s in sorted({0, 1, 2, 3, rng.randint(0, 19), 19 if c < 10 ** 5 else 18}):
            out.append((c, s, rng.random() < 0.5))
    # negative zeros of several scales
    out += [(0, s, True) for s in (0, 1, 2, 7, 19)]
    return out


def text(c, s, neg):
    d = Decimal((1 if neg else 0, tuple(int(x) for x in str(c)), -s))
    return str(d)


def quantize_line(t, scale, mode):
    d = Decimal(t)
    try:
        q = d.quantize(Decimal(1).scaleb(-scale), rounding=getattr(decimal, "ROUND_" + mode), context=DEFAULT)
    except decimal.InvalidOperation as e:
        return exc(e)  # more than 28 digits: fixed raises the same
    if not fits(q):
        return rangeans(str(q))
    return str(q)


def divmod_line(a, b):
    da, db = Decimal(a), Decimal(b)
    try:
        with decimal.localcontext(DEFAULT):
            q, r = divmod(da, db)
    except decimal.DivisionByZero as e:
        return exc(e)
    except decimal.InvalidOperation as e:
        return exc(e)  # zero divisors, DivisionImpossible: fixed raises the same
    if not (fits(q) and fits(r)):
        return rangeans("%s %s" % (q, r))
    return "%s %s" % (q, r)


def floordivmod_line(a, b):
    da, db = Decimal(a), Decimal(b)
    if db.is_zero():
        return divmod_line(a, b)  # the same errors as Python's divmod
    q = BIG.divide(da, db).to_integral_value(rounding=decimal.ROUND_FLOOR, context=BIG)
    q = q.quantize(Decimal(1), context=BIG)  # exponent 0, as // gives it (exact)
    BIG.clear_flags()  # the division itself may round (toward -inf): fine
    r = BIG.subtract(da, BIG.multiply(db, q))
    assert not BIG.flags[decimal.Inexact]
    assert BIG.abs(r) < BIG.abs(db) and (r.is_zero() or r.is_signed() == db.is_signed()), (a, b, q, r)
    assert BIG.add(BIG.multiply(db, q), r) == da
    q = q.copy_abs()
    if da.is_signed() != db.is_signed():
        q = q.copy_negate()
    r = r.copy_abs()
    if db.is_signed():
        r = r.copy_negate()
    if not (fits(q) and fits(r)):
        return rangeans("%s %s" % (q, r))
    return "%s %s" % (q, r)


def parse_expect(s):
    try:
        d = Decimal(s)
    except decimal.InvalidOperation as e:
        return exc(e)
    if not fits(d):
        return rangeans(str(d))
    return str(d)


def parse_texts(rng, vals):
    ts = ["0", "-0", "+0", "0.0", "-0.00", "1", "1.", ".5", "-.5", "+.5", ".", "-", "+", "", " ", "1.5E1",
          "1.5e-1", "1E+1", "0E+2", "0e5", "1e-19", "1e-20", "0E-19", "0E-20", "1.23E-5", "12E-3", "1e0",
          "1E-0", "1e+0", "1e", "1e+", "e5", "E5", ".e5", "1.2.3", "1..2", "--1", "+-1", "1-", "1 2", " 1 ",
          "\t1.5\n", "\x1c1\x1f", "\v\f\r 7 ", "1_000", "_1", "1_", "1__0", "_", "_._", "1_e5", "1e_5",
          "1e5_", "-_1", "_-1", "1e_-5", "1e-_5", "1._5", "_.5", "1.5_e-1", "NaN", "nan", "-NaN", "sNaN",
          "NaN123", "Inf", "-Infinity", "infinity", "infinit", "Infx", "nana", "1\x00", "\x00", "0x10",
          "1e1000000000000000000", "1e-1000000000000000000", "0e-1999999999999999998",
          "0e-1999999999999999997", "1e999999999999999999", "1e-99999999999999999999999999",
          "1e+99999999999999999999999999", "9" * 19, "9" * 20, "1" + "0" * 19, "0" * 40 + "1",
          "0." + "0" * 18 + "1", "0." + "0" * 19 + "1", "1." + "0" * 18, "1." + "0" * 19,
          "12345678901234567890e-1", "1234567890123456789e-19", "1234567890123456789e-20",
          "\u0661\u0662.\u0665", "\uff11\uff12", "\u00a01\u00a0", "\u20031.5\u3000", "1\u00a02", "١e-٣",
          "\u00b2", "1\u2028", "①", "1e\uff13", "-\u0660.\u0660\u0660", "0.1234567890123456789",
          "-0.0000001", "1E-7", "1.0E-7", "100E-2", "0.000001", "0.0000001"]
    for c, s, neg in rng.sample(vals, 200):
        t = text(c, s, neg)
        ts.append(t)
        # the same value in other spellings
        e = rng.randint(-5, 5)
        ts.append("%s%se%d" % ("-" if neg else "", Decimal((0, tuple(int(x) for x in str(c)), -s - e)), e))
        ts.append(" " + "_".join(t) + " ")
    return ts


def main():
    rng = random.Random(20260406)
    vals = values(rng)
    lines = []
    for c, s, neg in vals:
        lines.append(("str", text(c, s, neg), str(Decimal(text(c, s, neg)))))
    # quantize: every mode and scale on a sample of the values (all of
    # them would be half a million lines), negative zeros always included
    qvals = rng.sample(vals, 330) + [v for v in vals if v[0] == 0]
    for c, s, neg in qvals:
        t = text(c, s, neg)
        for scale in list(range(0, 20)) + [-1, 20]:
            for m in MODES:
                if scale < 0 or scale > 19:
                    want = "!range (scale %d)" % scale
                else:
                    want = quantize_line(t, scale, m)
                lines.append(("quantize", t, str(scale), m, want))
    longs = ["347914186252977247.00", "-3479141862529772470000.00", "1000000000000000000000000000",
             "9999999999999999999000000000", "-1234567890123456789000.0000", "5000000000000000000000.000000",
             "1234567890123456789000000.000", "10000000000000000000.0000000", "-0.0000000000000000000"]
    for t in longs:
        lines.append(("str", t, str(Decimal(t))))
        for scale in list(range(0, 20)):
            for m in MODES:
                lines.append(("quantize", t, str(scale), m, quantize_line(t, scale, m)))
    for s in parse_texts(rng, vals) + longs + ["12345678901234567890", "12345678901234567890000000000",
                                              "1234567890123456789000000000.0", "1234567890123456789" + "0" * 9]:
        lines.append(("parse", s.encode("utf-8").hex(), parse_expect(s)))
    texts = [text(*v) for v in vals]
    pairs = [(rng.choice(texts), rng.choice(texts)) for _ in range(6000)]
    specials = ["3479141862529772470000.00", "-1000000000000000000000000000", "9999999999999999999000000000",
                 "1234567890123456789000.0000", "-5000000000000000000000.5"[:-2], "0", "-0", "0.00", "-0.000", "1", "-1", "9999999999999999999", "-9999999999999999999",
                "1E-19", "-1E-19", "0.5", "-0.5", "2", "-2", "7", "-7", "7.5", "-7.5", "0.3", "-0.3",
                "999999999999999999.9", "1.000000000000000000", "0E-19", "-0E-19"]
    pairs += [(a, b) for a in specials for b in specials]
    for a, b in pairs:
        lines.append(("divmod", a, b, divmod_line(a, b)))
        lines.append(("floordivmod", a, b, floordivmod_line(a, b)))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden.tsv.gz")
    # gzip with mtime=0 so that a rerun writes the same bytes.
    with gzip.GzipFile(out, "wb", mtime=0) as gz, io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as f:
        f.write("# generated by fixed/testdata/gen_golden.py with CPython %s; do not edit\n" % __import__("platform").python_version())
        for l in lines:
            for x in l:
                assert "\t" not in x and "\n" not in x, l
            f.write("\t".join(l) + "\n")
    counts = {}
    for l in lines:
        counts[l[0]] = counts.get(l[0], 0) + 1
    print(out, len(lines), counts)


if __name__ == "__main__":
    main()
