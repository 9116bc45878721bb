#!/usr/bin/env python3
"""Write rounding/testdata/round.tsv.gz: golden cases shaped like package rounding's API.

usage: python3 rounding/testdata/gen_golden.py [--seed S] [--count N] [--out PATH]

Every case is one call package rounding can make directly, with no text
parsing in between; the expected answers are computed here by python3 with
the definitions internal/oracle/oracle.py gives the "round" op (imported,
not copied: _round_float, _round_int, _round_decimal under the exact MAX
context), so this file and the CLI-shaped pyops/testdata/golden/round.tsv.gz
can never disagree on what a mode means. Rows, TAB-separated:

  float   BITS  REPR  N  MODE  WANT   RoundFloat(x, N, MODE) (and Round for
                                      HALF_EVEN); N empty: RoundToInt(x, MODE)
  int     X     N     MODE  WANT      RoundBigInt(x, N, MODE), and
                                      RoundInt[int64] when X fits in int64
  decimal TEXT  N     MODE  WANT      RoundDecimal (shopspring) on TEXT

BITS is the float64's exact bit pattern (0x%016x; NaN sign and payload
kept), REPR Python's repr of it, for reading. N is a Go int (a Python N
outside int64 is clamped to it, as float.__round__ clips it to Py_ssize_t);
MODE one of the eight decimal rounding modes; WANT print()'s text of the
result, or "!Type: message" when Python (or pyround's documented limit,
oracle.pyround_limit) raises. HALF_EVEN on floats is builtin round(); the
other modes are float(Decimal(x).quantize(Decimal(1).scaleb(-N),
rounding=MODE)) under the MAX context.

Filtered out (not values of the API): int results of more than 4300 digits
(str() refuses them, RoundBigInt does not); decimal cases shopspring cannot
hold (negative zero results, errors). The gzip stream has mtime 0 and no
name: the same seed and count give the same bytes.
"""

import argparse
import decimal
import gzip
import math
import os
import random
import re
import struct
import sys
from decimal import Decimal

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "internal", "oracle"))
import oracle  # noqa: E402

MODES = oracle.MODE_NAMES  # HALF_EVEN, HALF_UP, HALF_DOWN, UP, DOWN, CEILING, FLOOR, 05UP
INT64_MIN, INT64_MAX = -2 ** 63, 2 ** 63 - 1


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def clamp(nd):
    return None if nd is None else max(INT64_MIN, min(INT64_MAX, nd))


def answer(fn):
    try:
        s = fn()
    except Exception as e:  # any Python exception is an answer
        s = "!%s: %s" % (type(e).__name__, e)
    assert "\t" not in s and "\n" not in s, s
    return s


def float_row(u, nd, mode):
    x = from_bits(u)
    want = answer(lambda: oracle._round_float(x, nd, oracle.ROUND_MODES[mode]))
    return ["float", "0x%016x" % u, repr(x), "" if nd is None else str(nd), mode, want]


def int_row(v, nd, mode):
    want = answer(lambda: oracle._round_int(v, nd, oracle.ROUND_MODES[mode]))
    if want.startswith("!ValueError"):  # past str()'s 4300 digits: no API answer
        return None
    return ["int", str(v), str(nd), mode, want]


def decimal_row(text, nd, mode):
    want = answer(lambda: oracle._round_decimal(Decimal(text), nd, oracle.ROUND_MODES[mode]))
    if want.startswith("!") or want.startswith("-0"):  # shopspring has no -0, no errors here
        return None
    return ["decimal", text, str(nd), mode, want]


# --- fixed grid -------------------------------------------------------------

FLOAT_TEXTS = [
    # ties and a hair off them
    "0.5", "1.5", "2.5", "-0.5", "-1.5", "-2.5", "0.125", "0.375", "-0.125", "2.675", "1.005",
    "0.285", "0.145", "9.5", "99.5", "999.5", "125.0", "135.0", "95.0", "-0.05", "-0.15", "-0.25",
    "0.49999999999999994", "-0.49999999999999994", "4503599627370495.5", "4503599627370496.5",
    "1.0000000000000005e-3", "5e-1", "8.5", "1.25", "-1.25",
    # zeros, specials
    "0.0", "-0.0", "nan", "inf", "-inf",
    # subnormals and the normal boundary
    "5e-324", "-5e-324", "1e-320", "2.225073858507201e-308", "2.2250738585072014e-308",
    # huge
    "1.7976931348623157e+308", "-1.7976931348623157e+308", "1.5e308", "1e308",
    # 1e22-ish, 2**53-ish, ordinary
    "1e22", "1e23", "7e22", "-1e22", "9007199254740993", "9007199254740992.0", "1e16", "123.456",
    "1234.5678", "0.1", "0.2", "0.3", "1e-05", "1e-7",
]
EXTRA_BITS = [0xfff8000000000000, 0x7ff0000000000001, 0x7ff8000000000123,  # -nan, sNaN-ish, payload
              0x0000000000000001, 0x000fffffffffffff, 0x8000000000000001]
FLOAT_NDS = [None, 0, 1, 2, 3, 5, -1, -2, -5, 15, 16, 17, 22, 23, -15, -16, -22, -23, 307, 308,
             309, 322, 323, 324, 325, 400, -307, -308, -309, -310, -400, -401, INT64_MAX, INT64_MIN]
INT_VALUES = [0, 1, -1, 5, -5, 15, 25, -25, 35, 45, 95, 99, 150, 250, -250, 12345, 2 ** 31, 2 ** 53 + 1,
              INT64_MAX, INT64_MIN, INT64_MIN + 1, INT64_MAX - 5, 9223372036854775805, -9223372036854775805,
              2 ** 63, 2 ** 64, -2 ** 64, 2 ** 64 + 5, 10 ** 19 + 5, 5 * 10 ** 18, -5 * 10 ** 18,
              10 ** 40 + 5 * 10 ** 19, int("9" * 60), -int("9" * 60), 10 ** 400 // 3]
INT_NDS = [0, 3, -1, -2, -3, -9, -18, -19, -20, -21, -40, -60, -61, -399, -400, -401, -4300,
           -999999, -1000000, -1000001, INT64_MIN + 1, INT64_MIN, INT64_MAX]


def grid():
    for t in FLOAT_TEXTS:
        for nd in FLOAT_NDS:
            for mode in MODES:
                yield float_row(bits(float(t)), nd, mode)
    for u in EXTRA_BITS:
        for nd in (None, 0, 2, -2):
            for mode in MODES:
                yield float_row(u, nd, mode)
    for v in INT_VALUES:
        for nd in INT_NDS:
            for mode in MODES:
                yield int_row(v, nd, mode)


# --- random cases -------------------------------------------------------------

def random_float(rng):
    """oracle.py's round generator's float texts (ties, one ulp off, scaled,
    random bit patterns, subnormals, huge) and N, as float64 bits."""
    text, suggested = oracle._gen_float_text(rng)
    try:
        x = float(text)
    except ValueError:
        return None
    if rng.random() < 0.15:
        nd = None
    else:
        nd = clamp(int(oracle._gen_nd(rng, suggested)))
    return float_row(bits(x), nd, rng.choice(MODES))


def random_int(rng):
    text, suggested = oracle._gen_int_text(rng)
    v = int(text)
    if suggested is None or rng.random() < 0.4:
        nd = int(oracle._gen_nd(rng, None))
        if nd > 0 and rng.random() < 0.8:
            nd = -nd  # mostly negative: the only N that changes an int
    else:
        nd = suggested + rng.choice([0, 0, 0, 1, -1])
    return int_row(v, clamp(nd), rng.choice(MODES))


_DEC_RE = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,4})?\Z")


def random_decimal(rng):
    c = rng.random()
    if c < 0.4:
        # the CLI generator's decimal texts, those a shopspring decimal
        # holds (no specials, underscores or spaces; exponent within shopspring's
        # MaxDecodeExponent, 10000)
        text, suggested = oracle._gen_decimal_text(rng)
        if len(text) > 60 or not _DEC_RE.match(text):
            return None
        nd = int(oracle._gen_nd(rng, suggested))
        if abs(nd) > 2 ** 31 - 1:
            return None
    elif c < 0.6:
        text, nd = oracle._gen_decimal_tie_text(rng)
        nd += rng.choice([0, 0, 0, 1, -1])
    else:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        text = rng.choice(["", "", "-"]) + digits
        if rng.random() < 0.7:
            text += "e%d" % rng.randint(-40, 30)
        nd = rng.randint(-30, 30) if rng.random() < 0.9 else rng.choice([-400, 400, -4000, 1000])
    return decimal_row(text, nd, rng.choice(MODES))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--count", type=int, default=200_000, help="random cases (the grid is added)")
    ap.add_argument("--out", default=os.path.join(HERE, "round.tsv.gz"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rows = [r for r in grid() if r is not None]
    n_grid = len(rows)
    kinds = [(random_float, 0.6), (random_int, 0.2), (random_decimal, 0.2)]
    made = 0
    while made < a.count:
        r = rng.random()
        for fn, p in kinds:
            if r < p:
                break
            r -= p
        row = fn(rng)
        if row is None:
            continue
        rows.append(row)
        made += 1
    header = "# generated by: python3 rounding/testdata/gen_golden.py --seed %d --count %d\n" % (a.seed, a.count)
    header += "# python %d.%d.%d; %d grid + %d random cases; rows: float BITS REPR N MODE WANT | " \
              "int X N MODE WANT | decimal TEXT N MODE WANT (\"!Type: message\" = exception)\n" % (
                  sys.version_info[:3] + (n_grid, a.count))
    tmp = a.out + ".tmp"
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(header.encode())
            gz.write(("\n".join("\t".join(r) for r in rows) + "\n").encode())
    os.replace(tmp, a.out)
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    print("%s: %d cases %s, %d bytes" % (os.path.relpath(a.out), len(rows), counts, os.path.getsize(a.out)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
