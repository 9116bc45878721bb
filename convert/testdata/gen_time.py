#!/usr/bin/env python3
"""Reference implementations (CPython 3.11) for package convert's breakdown,
h:m:s, age and pagination, and the golden tables convert's tests replay.

usage: python3 convert/testdata/gen_time.py           # writes the *.tsv files here
       python3 convert/testdata/gen_time.py --serve   # one case per stdin line

A case is a TAB-separated line "KIND<TAB>ARG1...<TAB>ARGn"; its answer is one
line, the fields of the result joined by TAB, or "!Type: message" when the
reference raises. The written files hold lines "KIND<TAB>ARGS...<TAB>=<TAB>ANSWER".

Kinds:
  breakdown AS VALUE UNITS      AS int|big|decimal; UNITS comma-separated;
                                answer COUNTS(comma-separated) TAB REM
  hms AS TEXT FORMAT            AS int|big|float|decimal, FORMAT python|compact|iso;
                                answer the text (python: str(timedelta(seconds=v)))
  hmsparse FORMAT TEXT          answer the duration as "SECONDS MICROS" (floor seconds)
  decades AGE                   answer DECADES TAB YEARS = divmod(AGE, 10)
  age BIRTH ON                  ISO dates; answer AGE TAB DECADES TAB YEARS
  pages TOTAL PER PAGE MODE     MODE clamp|reject; answer PAGES PAGE OFFSET LIMIT SHOWING
  pageof INDEX PER              answer the 1-based page of 0-based item INDEX
  window CURRENT PAGES AROUND   answer the link window text
"""

import datetime
import math
import os
import random
import re
import sys
from decimal import Decimal, localcontext
from fractions import Fraction

sys.set_int_max_str_digits(4300)
HERE = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else "."


class Ref(Exception):
    """An error of pyround's own definition (Python has no equivalent)."""

    def __init__(self, typ, msg):
        super().__init__(msg)
        self.typ = typ


# --- breakdown: the divmod loop ---------------------------------------------

def breakdown(as_, value, units):
    conv = Decimal if as_ == "decimal" else int
    v = conv(value)
    us = [conv(u) for u in units.split(",")] if units else []
    for i, u in enumerate(us):
        if u <= 0:
            raise ValueError("unit %d is %s; unit sizes must be positive" % (i, u))
    counts = []
    for u in us:
        if as_ == "decimal":
            q = math.floor(Fraction(v) / Fraction(u))  # floor, as divmod of ints
            with localcontext() as ctx:
                ctx.prec = 10000
                v = v - Decimal(q) * u
        else:
            q, v = divmod(v, u)
        counts.append(q)
    return ",".join(str(c) for c in counts) + "\t" + str(v)


# --- hms --------------------------------------------------------------------

def td_of(as_, text):
    if as_ in ("int", "big"):
        return datetime.timedelta(seconds=int(text))
    if as_ == "float":
        return datetime.timedelta(seconds=float(text))
    d = Decimal(text)
    # pyround's definition for Decimal seconds; far exponents decided
    # without building 10**huge (same answers as the full expression).
    if d.is_finite() and not d.is_zero():
        if d.adjusted() > 40:
            raise OverflowError("Python int too large to convert to C int")
        if d.adjusted() < -10:
            return datetime.timedelta(0)
    return datetime.timedelta(microseconds=round(Fraction(d) * 10 ** 6))


def _frac(us):
    return ("." + ("%06d" % us).rstrip("0")) if us else ""


def _abs_parts(td):
    neg = td < datetime.timedelta(0)
    a = -td if neg else td
    h, rem = divmod(a.seconds, 3600)
    m, s = divmod(rem, 60)
    return neg, a.days, h, m, s, a.microseconds


def fmt_compact(td):
    neg, d, h, m, s, us = _abs_parts(td)
    parts = []
    if d:
        parts += ["%dd" % d, "%dh" % h, "%dm" % m]
    elif h:
        parts += ["%dh" % h, "%dm" % m]
    elif m:
        parts += ["%dm" % m]
    parts.append("%d%ss" % (s, _frac(us)))
    return ("-" if neg else "") + " ".join(parts)


def fmt_iso(td):
    neg, d, h, m, s, us = _abs_parts(td)
    out = "-P" if neg else "P"
    if d:
        out += "%dD" % d
    if h or m or s or us:
        out += "T"
        if h:
            out += "%dH" % h
        if m:
            out += "%dM" % m
        if s or us:
            out += "%d%sS" % (s, _frac(us))
    elif not d:
        out += "T0S"
    return out


FORMATS = {"python": str, "compact": fmt_compact, "iso": fmt_iso}


def hms(as_, text, fmt):
    return FORMATS[fmt](td_of(as_, text))


_PY_RE = re.compile(r"(?:(-?[0-9]+) days?, |(-))?([0-9]+):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6}))?\Z")
_COMPACT_RE = re.compile(r"(-)?(?=[0-9])(?:([0-9]+)d(?: (?=[0-9])|\Z))?(?:([0-9]+)h(?: (?=[0-9])|\Z))?"
                         r"(?:([0-9]+)m(?: (?=[0-9])|\Z))?(?:([0-9]+)(?:\.([0-9]{1,6}))?s)?\Z")
_ISO_RE = re.compile(r"(-)?P(?!\Z)(?:([0-9]+)D)?(?:T(?!\Z)(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:[.,]([0-9]{1,6}))?S)?)?\Z")

_SYNTAX = {
    "python": "[D day[s], ]H:MM:SS[.ffffff] or -H:MM:SS[.ffffff]",
    "compact": "[-][Dd ][Hh ][Mm ][S[.ffffff]s]",
    "iso": "[-]P[nD][T[nH][nM][n[.ffffff]S]]",
}


def _us(frac):
    return int((frac or "").ljust(6, "0"))


def hms_parse(fmt, text):
    """pyround's parser, as regular expressions: the duration as
    'SECONDS MICROS' (floor seconds, micros in [0, 1e6))."""
    bad = ValueError("invalid %s duration %r: want %s" % (fmt, text, _SYNTAX[fmt]))
    if fmt == "python":
        m = _PY_RE.match(text)
        if not m:
            raise bad
        days, neg, h, mi, s, f = m.groups()
        t = ((int(h) * 60 + int(mi)) * 60 + int(s)) * 10 ** 6 + _us(f)
        total = (int(days) * 86400 * 10 ** 6 if days else 0) + (-t if neg else t)
    else:
        m = (_COMPACT_RE if fmt == "compact" else _ISO_RE).match(text)
        if not m or (fmt == "compact" and not any(m.groups()[1:])):
            raise bad
        neg, d, h, mi, s, f = m.groups()
        total = ((int(d or 0) * 24 + int(h or 0)) * 60 + int(mi or 0)) * 60 + int(s or 0)
        total = total * 10 ** 6 + _us(f)
        if neg:
            total = -total
    td = datetime.timedelta(microseconds=total)
    sec, us = divmod(total, 10 ** 6)
    return "%d %d" % (sec, us) if td is not None else ""


# --- age ----------------------------------------------------------------------

def decades(age):
    age = int(age)
    if age < 0:
        raise ValueError("age %d is negative" % age)
    return "%d\t%d" % divmod(age, 10)


def _date(s):
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", s)
    if not m:
        raise ValueError("invalid date %r: want YYYY-MM-DD" % s)
    return datetime.date(*map(int, m.groups()))


def age(birth, on):
    b, o = _date(birth), _date(on)
    if b > o:
        raise ValueError("birth date %s is after the reference date %s" % (b, o))
    # A 29 February birthday is reached on 1 March in other years: the
    # tuple comparison says (2, 28) < (2, 29) <= (3, 1).
    a = o.year - b.year - ((o.month, o.day) < (b.month, b.day))
    return "%d\t%d\t%d" % ((a,) + divmod(a, 10))


# --- pagination ---------------------------------------------------------------

def pages(total, per, page, mode):
    total, per, page = int(total), int(per), int(page)
    if per <= 0:
        raise ValueError("page size %d is not positive" % per)
    if total < 0:
        raise ValueError("total %d is negative" % total)
    n = math.ceil(Fraction(total, per))  # exact, = -(-total // per)
    assert n == -(-total // per)
    last = max(n, 1)  # an empty list still has its one (empty) page
    if not 1 <= page <= last:
        if mode == "reject":
            raise ValueError("page %d is out of range 1..%d" % (page, last))
        page = min(max(page, 1), last)
    offset = (page - 1) * per
    limit = min(per, total - offset)
    if limit == 0:
        showing = "Showing 0 of %d" % total
    else:
        showing = "Showing %d\u2013%d of %d" % (offset + 1, offset + limit, total)
    return "%d\t%d\t%d\t%d\t%s" % (n, page, offset, limit, showing)


def pageof(index, per):
    index, per = int(index), int(per)
    if per <= 0:
        raise ValueError("page size %d is not positive" % per)
    if index < 0:
        raise ValueError("item index %d is negative" % index)
    return str(index // per + 1)


def window(current, npages, around):
    """1 … 4 5 [6] 7 8 … 20: the first and last page, current ± around,
    and an ellipsis for each gap of two or more pages (a gap of one page
    shows that page)."""
    current, npages, around = int(current), int(npages), int(around)
    if around < 0:
        raise ValueError("window size %d is negative" % around)
    last = max(npages, 1)
    if not 1 <= current <= last:
        raise ValueError("page %d is out of range 1..%d" % (current, last))
    lo, hi = max(1, current - around), min(last, current + around)
    shown = sorted({1, last} | set(range(lo, hi + 1)))
    out, prev = [], 0
    for p in shown:
        if p - prev == 2:
            out.append(str(p - 1))
        elif p - prev > 2:
            out.append("\u2026")
        out.append("[%d]" % p if p == current else str(p))
        prev = p
    return " ".join(out)


KINDS = {
    "breakdown": breakdown, "hms": hms, "hmsparse": hms_parse, "decades": decades, "age": age,
    "pages": pages, "pageof": pageof, "window": window,
}


def answer(fields):
    try:
        return KINDS[fields[0]](*fields[1:])
    except Ref as e:
        return "!%s: %s" % (e.typ, e)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)


# --- case generation ------------------------------------------------------------

def gen_breakdown(rng):
    unit_sets = ["604800,86400,3600,60,1", "86400,3600,60", "3600,60,1", "12", "12,1", "100,25,10,5,1",
                 "7", "1", "5,3", "60,0", "3600,-60,1", "0", ""]
    for _ in range(1500):
        as_ = rng.choice(["int", "int", "big", "decimal"])
        if as_ == "decimal":
            units = rng.choice(["86400,3600,60,1", "3600,60", "0.05", "1,0.25,0.05,0.01", "2.5,0.3",
                                "10,1,0.1", "60,0", "1,-0.5", "100"])
            v = Decimal(rng.randint(-10 ** 9, 10 ** 9)).scaleb(-rng.randint(0, 6))
            value = str(v)
        else:
            units = rng.choice(unit_sets)
            if as_ == "big":
                value = str(rng.choice([1, -1]) * rng.randint(0, 10 ** rng.randint(18, 40)))
                units = rng.choice([units, "1000000000000000000000,1000000000,1"])
            else:
                value = str(rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(-2 ** 63, 2 ** 63 - 1),
                                        rng.choice([0, 1, -1, 59, 60, -60, -61, 2 ** 63 - 1, -2 ** 63])]))
        yield ["breakdown", as_, value, units]


_HMS_INTS = [0, 1, -1, 59, 60, 61, 3599, 3600, 3723, 86399, 86400, 86401, 90061, -86399, -86400, -86401,
             86399999999999, 86400000000000, -86399999913600, -86399999913601, -86400000000000,
             2 ** 31 * 86400 - 1, 2 ** 31 * 86400, -2 ** 31 * 86400, -2 ** 31 * 86400 - 1, 2 ** 63 - 1, -2 ** 63]


def _tie_float(rng):
    k = rng.randint(-10 ** 6, 10 ** 6)
    return (k + 0.5) * 1e-6 + rng.choice([0, 0, rng.randint(-10 ** 5, 10 ** 5)])


def gen_hms(rng):
    for _ in range(6000):
        c = rng.random()
        fmt = rng.choice(["python", "python", "compact", "iso"])
        if c < 0.25:
            v = rng.choice(_HMS_INTS + [rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 13, 10 ** 13)])
            yield ["hms", "int" if -2 ** 63 <= v < 2 ** 63 else "big", str(v), fmt]
        elif c < 0.30:
            v = rng.choice([1, -1]) * rng.randint(2 ** 63, 10 ** rng.randint(19, 60))
            yield ["hms", "big", str(v), fmt]
        elif c < 0.70:
            r = rng.random()
            if r < 0.3:
                x = _tie_float(rng)
            elif r < 0.5:
                x = rng.uniform(-1e6, 1e6)
            elif r < 0.6:
                x = rng.choice([0.0, -0.0, 0.5, -0.5, 5e-7, -5e-7, 1.5e-6, 2.5e-6, 1e-6, 1e-7, 5e-324, 1e300, -1e300,
                                8.64e13, -8.64e13, 8.6399999999999e13, 86399.9999995, 0.9999995, 1.0000005, 1e20,
                                float("nan"), float("inf"), float("-inf"), 2.0 ** 63, -2.0 ** 63, 2.0 ** 62, 1.8554258718719998e14])
            elif r < 0.8:
                x = rng.uniform(-1, 1) * 10 ** rng.randint(-8, 14)
            else:
                x = rng.randint(-10 ** 6, 10 ** 6) / 10 ** rng.randint(0, 7)
            yield ["hms", "float", repr(x), fmt]
        else:
            r = rng.random()
            if r < 0.3:
                t = "%d.%d5" % (rng.randint(-10 ** 6, 10 ** 6), rng.randint(0, 99999))  # ties near micros
            elif r < 0.5:
                t = str(Decimal(rng.randint(-10 ** 20, 10 ** 20)).scaleb(-rng.randint(0, 20)))
            elif r < 0.6:
                t = rng.choice(["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "0", "-0", "0E+5", "-0.000",
                                "1E+40", "1E-40", "-1E-7", "0.0000005", "0.0000015", "-0.0000025",
                                "86399999999999.9999995", "86399999999999.9999994", "-86399999913600.0000005",
                                "1.8554258719999999E+14", "9E+18", "1e-6", "5E-7"])
            else:
                t = "%d.%0*d" % (rng.randint(-10 ** 9, 10 ** 9), rng.randint(1, 9), rng.randint(0, 10 ** 9))
                if t.count("-") > 1:
                    t = t.replace("-", "", 1)
            yield ["hms", "decimal", t, fmt]


_PARSE_TEXTS = {
    "python": ["0:00:00", "1:02:03", "1 day, 0:00:01", "-1 day, 23:59:59", "2 days, 1:00:00", "0:00:00.5",
               "0:00:00.500000", "-1:30:00", "-0:00:00.000001", "100:00:00", "1 days, 0:00:00", "-2 day, 0:00:00",
               "999999999 days, 23:59:59.999999", "1000000000 days, 0:00:00", "-999999999 days, 0:00:00",
               "-999999999 days, 0:00:00.000001", "-1000000000 days, 23:59:59", "99999999999 days, 0:00:00",
               "1:2:03", "1:60:00", "1:00:60", "1:00:00.1234567", "1:00:00.", ":00:00", "1 day 0:00:00",
               "1 day,0:00:00", " 1:00:00", "1:00:00 ", "+1:00:00", "1:00", "", "-", "1 day, -1:00:00", "abc",
               "1:00:00:00", "0:00:00.000001", "12345678901234567890:00:00"],
    "compact": ["0s", "1s", "-1s", "1h 2m 3s", "1d 0h 0m 1s", "90m", "1.5s", "0.000001s", "1d", "2h", "1h 30s",
                "1d 1s", "1m 0.25s", "-1d 23h 59m 59.5s", "1.5m", "1s 1m", "1h  2m", "1h2m", "s", "", "-",
                "1x", "1.1234567s", "1.s", " 1s", "1s ", "1d 1d", "999999999d 23h 59m 59.999999s",
                "1000000000d", "24000000000h", "9999999999999999999999s", "-0s", "+1s"],
    "iso": ["PT0S", "PT1S", "-PT1S", "PT1H2M3S", "P1DT1S", "P1D", "PT0.5S", "PT0,5S", "P1DT2H", "PT36H",
            "PT90M", "P", "PT", "P1DT", "P1Y", "P1M", "P1W", "PT1D", "P1H", "PT1.5M", "PT1S2M", "pt1s", "PT1.1234567S",
            "-P999999999DT23H59M59.999999S", "P1000000000D", "PT1.S", "P-1D", "+PT1S", " PT1S", "P1D1D",
            "PT99999999999999999999S", "PT0.000001S"],
}


def gen_hmsparse(rng):
    for fmt, texts in _PARSE_TEXTS.items():
        for t in texts:
            yield ["hmsparse", fmt, t]


def gen_age(rng):
    for a in [0, 1, 9, 10, 11, 42, 99, 100, 123, -1, -10, 2 ** 62]:
        yield ["decades", str(a)]
    fixed = [("2000-02-29", "2001-02-28"), ("2000-02-29", "2001-03-01"), ("2000-02-29", "2004-02-28"),
             ("2000-02-29", "2004-02-29"), ("2000-02-28", "2001-02-28"), ("1990-06-15", "2025-06-14"),
             ("1990-06-15", "2025-06-15"), ("2025-01-01", "2024-12-31"), ("2025-01-01", "2025-01-01"),
             ("0001-01-01", "9999-12-31"), ("2023-02-29", "2024-01-01"), ("2024-13-01", "2025-01-01"),
             ("2024-01-01", "0000-01-01"), ("1990-1-5", "2025-01-01"), ("abc", "2025-01-01"),
             ("1996-02-29", "2100-02-28"), ("1996-02-29", "2100-03-01"), ("2000-03-01", "2001-02-28")]
    for b, o in fixed:
        yield ["age", b, o]
    for _ in range(3000):
        b = datetime.date(rng.randint(1, 9999), rng.randint(1, 12), 1) + datetime.timedelta(days=rng.randint(0, 30))
        if rng.random() < 0.2:
            b = datetime.date(rng.choice([1996, 2000, 2004, 1904, 2020]), 2, 29)
        try:
            o = b + datetime.timedelta(days=rng.choice([rng.randint(-400, 40000), 365 * rng.randint(0, 120) + rng.randint(-2, 2)]))
        except OverflowError:
            continue
        yield ["age", b.isoformat(), o.isoformat()]


def gen_pages(rng):
    for _ in range(3000):
        per = rng.choice([1, 2, 3, 10, 20, 25, 100, rng.randint(1, 1000), 0, -5, 2 ** 62])
        total = rng.choice([0, 1, 9, 10, 11, 95, 100, 101, rng.randint(0, 10 ** 6), rng.randint(0, 2 ** 62), -1])
        n = -(-total // per) if per > 0 else 1
        page = rng.choice([1, 2, n, n + 1, 0, -1, rng.randint(1, max(1, n)), 3])
        yield ["pages", str(total), str(per), str(page), rng.choice(["clamp", "reject"])]
        yield ["pageof", str(rng.choice([0, 1, 9, 10, 11, 94, rng.randint(0, 10 ** 9), -1])), str(per)]
    for _ in range(2000):
        npages = rng.choice([0, 1, 2, 3, 5, 7, 8, 9, 10, 20, rng.randint(1, 200), 2 ** 62])
        cur = rng.choice([1, 2, 3, 4, 5, 6, npages, npages - 1, npages - 2, rng.randint(1, max(1, npages)), 0])
        yield ["window", str(cur), str(npages), str(rng.choice([0, 1, 2, 2, 3, 5, -1]))]


FILES = {
    "breakdown.tsv": gen_breakdown,
    "hms.tsv": lambda rng: list(gen_hms(rng)) + list(gen_hmsparse(rng)),
    "age.tsv": gen_age,
    "pages.tsv": gen_pages,
}


def main():
    if sys.argv[1:] == ["--serve"]:
        for line in sys.stdin:
            print(answer(line.rstrip("\n").split("\t")), flush=False)
        return
    rng = random.Random(20251126)
    for name, gen in FILES.items():
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# generated by: python3 convert/testdata/gen_time.py (python %d.%d.%d)\n" % sys.version_info[:3])
            f.write("# KIND ARGS... = ANSWER (\"!Type: message\" = error); see the script's docstring\n")
            n = 0
            for case in gen(rng):
                f.write("\t".join(case + ["=", answer(case)]) + "\n")
                n += 1
        print("%s: %d cases" % (name, n), file=sys.stderr)


if __name__ == "__main__":
    main()
