"""The bintime and fromisoformat ops of oracle.py (issue 19): timestamps
binned with Python's floor semantics, and datetime.fromisoformat alone.

bintime: args WIDTH, ORIGIN, LABEL, TEXT — `pyround bin --width WIDTH
[--origin ORIGIN] --label LABEL` on a timestamp TEXT. The specification:

    width = parse_width(WIDTH)                  # a timedelta, see below
    origin = datetime.fromisoformat(ORIGIN) if ORIGIN else None
    dt = datetime.fromisoformat(TEXT)
    if origin is None:
        origin = datetime(1970, 1, 1, tzinfo=dt.tzinfo)
    idx = (dt - origin) // width
    index: str(idx)
    lower: (origin + idx * width).isoformat()
    range: "[%s, %s)" % (lower.isoformat(), (lower + width).isoformat())

WIDTH and ORIGIN are read first, as the command reads its flags before
any value; an edge is computed only when the label prints it (index
never fails with OverflowError, lower not for an upper edge past 9999).

fromisoformat: args TEXT — datetime.fromisoformat(TEXT).isoformat().
"""

import datetime
import random
import re

_UNITS = (("d", 86400 * 10 ** 6), ("h", 3600 * 10 ** 6), ("m", 60 * 10 ** 6), ("s", 10 ** 6),
          ("ms", 1000), ("us", 1))
_WIDTH_RE = re.compile(r"([+-]?)" + "".join(r"(?:(\d+)%s)?" % u for u, _ in _UNITS), re.ASCII)


def _lit(text):
    """A literal's value: int if int() accepts the text, else float()."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def parse_width(text):
    """pyround's bin width, the specification of pydatetime.ParseWidth:
    units ([+-] then Nd Nh Nm Ns Nms Nus in this order, each at most once,
    N ASCII digits) are timedelta(microseconds=total); anything else is
    timedelta(seconds=x) with x read by the literal rule."""
    m = _WIDTH_RE.fullmatch(text)
    if m and any(g is not None for g in m.groups()[1:]):
        us = 0
        for g, (_, unit) in zip(m.groups()[1:], _UNITS):
            if g is not None:
                us += int(g) * unit
        if m.group(1) == "-":
            us = -us
        return datetime.timedelta(microseconds=us)
    return datetime.timedelta(seconds=_lit(text))


LABELS = ("lower", "index", "range")


def evaluate_bintime(args, protocol_error):
    if len(args) != 4:
        raise protocol_error("bintime takes 4 arguments (WIDTH, ORIGIN, LABEL, TEXT), got %d" % len(args))
    width_text, origin_text, label, text = args
    if label not in LABELS:
        raise protocol_error("bintime: LABEL must be lower, index or range, not %r" % label)
    width = parse_width(width_text)
    origin = datetime.datetime.fromisoformat(origin_text) if origin_text else None
    dt = datetime.datetime.fromisoformat(text)
    if origin is None:
        origin = datetime.datetime(1970, 1, 1, tzinfo=dt.tzinfo)
    idx = (dt - origin) // width
    if label == "index":
        return str(idx)
    lower = origin + idx * width
    if label == "lower":
        return lower.isoformat()
    return "[%s, %s)" % (lower.isoformat(), (lower + width).isoformat())


def evaluate_fromisoformat(args, protocol_error):
    if len(args) != 1:
        raise protocol_error("fromisoformat takes 1 argument (TEXT), got %d" % len(args))
    return datetime.datetime.fromisoformat(args[0]).isoformat()


# ---------------------------------------------------------------------------
# generators

_MAXORD = datetime.date.max.toordinal()
_EPOCH = datetime.date(1970, 1, 1).toordinal()


def _rand_ordinal(rng):
    c = rng.random()
    if c < 0.5:
        return rng.randint(1, _MAXORD)
    if c < 0.65:
        return rng.randint(1, 800)  # year 1 and 2
    if c < 0.8:
        return _MAXORD - rng.randint(0, 800)  # years 9998 and 9999
    return _EPOCH + rng.randint(-40000, 40000)  # around 1970, both sides


def _frac(rng, us):
    """A fraction of 1 to 9 digits (the first six from us), '.' or ','."""
    n = rng.choice([1, 2, 3, 3, 4, 5, 6, 6, 6, 7, 9, rng.randint(10, 20)])
    digits = "%06d" % us
    if n > 6:
        digits += "".join(rng.choice("0123456789") for _ in range(n - 6))
    else:
        digits = digits[:n]
    return rng.choice(".....,") + digits


def _time_text(rng, h, m, s, us, basic):
    c = rng.random()
    sep = "" if basic else ":"
    if c < 0.1:
        t = "%02d" % h
    elif c < 0.25:
        t = "%02d%s%02d" % (h, sep, m)
    else:
        t = "%02d%s%02d%s%02d" % (h, sep, m, sep, s)
    if rng.random() < 0.5:
        t += _frac(rng, us)
    return t


def _offset_text(rng):
    c = rng.random()
    if c < 0.1:
        return "Z"
    sign = rng.choice("+-")
    if c < 0.2:  # zero offsets, with and without a fraction
        return sign + rng.choice(["00", "0000", "00:00", "00:00:00", "00:00:00.000001", "00:00:00.5",
                                  "000000,999999", "00:00:00.000000"])
    if c < 0.3:  # near and past a day
        h, m, s = rng.choice([(23, 59, 59), (24, 0, 0), (23, 59, 60), (0, 0, 1), (99, 99, 99), (24, 0, 1)])
        us = rng.choice([0, 999999, 1, 500000])
    else:
        h = rng.choice([0, 0, 1, 5, 5, 9, 12, 14, rng.randint(0, 23)])
        m = rng.choice([0, 0, 30, 45, 15, rng.randint(0, 59)])
        s = rng.choice([0, 0, 0, rng.randint(0, 59)])
        us = rng.choice([0, 0, 0, 0, rng.randint(0, 999999)])
    basic = rng.random() < 0.3
    sep = "" if basic else ":"
    form = rng.random()
    if form < 0.15 and not (m or s or us):
        return sign + "%02d" % h
    if form < 0.6 and not (s or us):
        return sign + "%02d%s%02d" % (h, sep, m)
    t = sign + "%02d%s%02d%s%02d" % (h, sep, m, sep, s)
    if us or rng.random() < 0.2:
        t += _frac(rng, us)
    return t


def _date_text(rng, d):
    c = rng.random()
    if c < 0.7:
        return d.strftime("%Y-%m-%d").rjust(10, "0") if d.year >= 1000 else "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if c < 0.85:
        return "%04d%02d%02d" % (d.year, d.month, d.day)
    y, w, wd = d.isocalendar()
    if y < 1 or y > 9999:
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    return rng.choice(["%04d-W%02d-%d" % (y, w, wd), "%04dW%02d%d" % (y, w, wd),
                       "%04d-W%02d" % (y, w), "%04dW%02d" % (y, w)])


def valid_text(rng):
    """A timestamp text fromisoformat accepts (mostly; offsets past a day
    and week dates without a day are part of the mix)."""
    d = datetime.date.fromordinal(_rand_ordinal(rng))
    date = _date_text(rng, d)
    if rng.random() < 0.1:
        return date
    sep = rng.choice("TTTTTT      ") if rng.random() < 0.9 else rng.choice(["x", "_", "1", "\u00e9", "\u2003", "\U0001f600", "t"])
    h = rng.choice([0, 23, rng.randint(0, 23)])
    m, s = rng.randint(0, 59), rng.choice([0, 59, rng.randint(0, 59)])
    us = rng.choice([0, 0, 999999, rng.randint(0, 999999)])
    basic = rng.random() < 0.25
    text = date + sep + _time_text(rng, h, m, s, us, basic)
    if rng.random() < 0.55:
        text += _offset_text(rng)
    return text


_BAD_FIELDS = ["0000-01-01", "2024-00-10", "2024-13-01", "2024-02-30", "2023-02-29", "2024-04-31",
               "2024-01-01T24:00", "2024-01-01T23:60", "2024-01-01T23:59:60", "2024-W00", "2024-W53",
               "2020-W53-7", "2024-W01-0", "2024-W01-8", "0000-W52-7", "0000W011", "9999-W52-7",
               "9999-12-31T23:59:59.999999-23:59", "0001-01-01T00:00+00:01", "2024-01-01T12+24:00",
               "2024-01-01T12-24:00", "2024-13-01T00+99:99:99.999999"]
_ODD = ["2024-01-01T12\x00", "2024-01-01T12:30:45\x00junk", "2024-01-01T1230457", "2024-01-01T12:3045",
        "2024-01-01 ", " 2024-01-01", "2024-01-01T", "2024-01-01T12:", "2024-01-01T12:30:45.", "2024-01-01T12,",
        "2024-W01-", "2024-W011T12", "2024W0112", "2024W01112", "2024-001", "1234567", "2024-1-1",
        "\uff12\uff10\uff12\uff14-01-01", "2024-01-01T12Z\x00", "2024-01-01TZ", "2024-01-01T+01", "2024-01-01T12+",
        "2024-01-01T12:30Zx", "2024-01-01T12+1", "2024-01-01T12+053", "2024-01-01T12:30:45.1234567x",
        "", "2024", "2024-01", "20240101T", "2024-01-01T12:30:45+05:30:", "2024-01-01\u00e9", "2024-01-01T12:30:45+05:3Z",
        # long texts: a fraction of any length is read; a long bad text is
        # quoted in pyround's bounded form (oracle.BoundQuote)
        "2024-01-01T12:00:00." + "123456789" * 30, "2024-01-01T12:00:00." + "9" * 300 + "x", "x" * 250,
        "2024-01-01T12:00:00.5" + "\u00e9" * 220]


def _mutate(rng, text):
    if not text:
        return rng.choice("T0-:+Z")
    i = rng.randrange(len(text) + 1)
    c = rng.random()
    ch = rng.choice("0123456789-:+Z.,TW \x00\u00e9")
    if c < 0.35:
        return text[:i] + text[i + 1:]
    if c < 0.7:
        return text[:i] + ch + text[i:]
    if c < 0.9:
        return text[:i] + ch + text[i + 1:]
    return text[:i]


_ALPHABET = "0123456789" * 3 + "-W:T+Z.,- \x00"


def _scramble(rng):
    """Short texts of digits and the characters fromisoformat looks at,
    often after a week-date or date prefix: they explore how 3.11 guesses
    where the date ends (YYYYWww#HH against YYYYWwwd#HH)."""
    n = rng.randint(0, 14)
    tail = "".join(rng.choice(_ALPHABET) for _ in range(n))
    return rng.choice(["", "2024", "2020W", "2020-W", "2015W53", "2024-W01", "2024-01-01", "20240101",
                       "2026W01", "2024W0"]) + tail


def any_text(rng):
    """A timestamp text: valid 70%, a valid one mutated 15%, scrambled
    digits and separators 7%, the rest hand-picked fields out of range
    and odd forms."""
    c = rng.random()
    if c < 0.7:
        return valid_text(rng)
    if c < 0.77:
        return _scramble(rng)
    if c < 0.9:
        t = valid_text(rng)
        for _ in range(rng.choice([1, 1, 2])):
            t = _mutate(rng, t)
        return t
    return rng.choice(_BAD_FIELDS + _ODD)


def generate_fromisoformat(rng):
    return [any_text(rng)]


_WIDTHS = ["1s", "90s", "5m", "15m", "1h", "1h30m", "1d", "7d", "30d", "365d", "1d12h", "250ms", "1us",
           "1ms500us", "2h45m30s", "0s", "-1h", "-90s", "+5m", "1d0h0m0s0ms1us", "3600", "86400",
           "0.5", "1.5", "-60", "0", "0.0000005", "0.0000015", "1e-7", "2.5e-6", "1e3", " 60 ", "1_000",
           "36500000d", "999999999d", "1000000000d", "86399999999999", "86400000000000",
           "9223372036854775807", "1e20", "inf", "nan", "-inf", "5x", "1h 30m", "h", "1m1h", "1.5h", "",
           "5ms", "5m5s", "5msx", "106751d", "106752d", "106751d23h47m16s854ms775us", "1" * 5000 + "s",
           "146000000d", "-999999999d", "999999999d1us", "106752d1us", "1" * 30 + "us"]


def _gen_width(rng):
    c = rng.random()
    if c < 0.2:
        return rng.choice(_WIDTHS)
    if c < 0.8:
        parts = []
        for u, _ in _UNITS:
            if rng.random() < 0.3:
                parts.append("%d%s" % (rng.choice([0, 1, 2, 5, 7, 10, 15, 30, 45, 90, 1000, rng.randint(0, 10 ** 6)]), u))
        s = "".join(parts) or "%ds" % rng.randint(1, 100000)
        return rng.choice(["", "", "", "-"]) + s
    if c < 0.92:
        return str(rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(1, 10 ** 10), rng.randint(1, 100)]))
    return repr(rng.choice([rng.uniform(-1e6, 1e6), rng.uniform(0, 10), rng.randint(1, 10 ** 7) * 1e-6 + 5e-7]))


def generate_bintime(rng):
    """One case [WIDTH, ORIGIN, LABEL, TEXT]: widths in units and seconds
    (zero, negative, sub-microsecond, past the timedelta range, bad);
    the default origin 60%, else a timestamp (aware or naive, so that
    mixtures raise TypeError); timestamps from any_text."""
    width = _gen_width(rng)
    c = rng.random()
    if c < 0.6:
        origin = ""
    elif c < 0.97:
        origin = valid_text(rng)
    else:
        origin = rng.choice(_ODD[:10] + _BAD_FIELDS[:5])
    label = rng.choice(LABELS)
    text = any_text(rng)
    if origin and rng.random() < 0.7:
        origin = _match_awareness(rng, origin, text)
    return [width, origin, label, text]


def _parsed(text):
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _match_awareness(rng, origin, text):
    """origin made aware when text is, naive when text is, so that most
    explicit origins bin instead of raising TypeError."""
    o, dt = _parsed(origin), _parsed(text)
    if o is None or dt is None or (o.tzinfo is None) == (dt.tzinfo is None):
        return origin
    if dt.tzinfo is None:
        return o.replace(tzinfo=None).isoformat(sep=rng.choice("T "))
    return o.replace(tzinfo=rng.choice([dt.tzinfo, datetime.timezone.utc])).isoformat()


FIXED_BINTIME = [
    ["1h", "", "lower", "2024-03-10T12:34:56.789+05:30"],
    ["1h", "", "range", "1969-12-31T23:59:59.999999"],
    ["1d", "", "index", "0001-01-01"],
    ["1d", "", "range", "9999-12-31T12:00"],
    ["1d", "", "lower", "9999-12-31T23:59:59.999999Z"],
    ["7d", "2024-01-01", "range", "2023-12-31T23:00"],
    ["-1h", "", "range", "2024-01-01T00:30"],
    ["0s", "", "lower", "2024-01-01"],
    ["0", "", "index", "not a date"],
    ["1h", "2024-01-01T00:00Z", "lower", "2024-01-01T12:00"],
    ["1h", "2024-01-01", "lower", "2024-01-01T12:00+01:00"],
    ["999999999d", "", "index", "2024-01-01"],
    ["999999999d", "", "lower", "1900-01-01"],
    ["1000000000d", "", "lower", "2024-01-01"],
    ["999999999d1us", "", "lower", "1900-01-01"],
    ["999999999d1us", "", "index", "1900-01-01"],
    ["86399999999999", "", "range", "1970-01-01"],
    ["-999999999d", "", "range", "2024-01-01"],
    ["1e-7", "", "lower", "2024-01-01"],
    ["0.0000015", "", "range", "2024-01-01T00:00:00.000007"],
    ["1us", "0001-01-01", "index", "9999-12-31T23:59:59.999999"],
    ["1us", "9999-12-31T23:59:59.999999", "index", "0001-01-01"],
    ["1h30m", "", "range", "2024-06-15T10:17:00-00:30"],
    ["90s", "", "lower", "2024-01-01T00:00:00+00:00:00.5"],
    ["5m", "", "lower", "2024-01-01T12:07:30.123-00:00:00.000001"],
    ["5m", "", "range", "2024-01-01T12:07:30+23:59:59.999999"],
    ["1d", "", "lower", "2020-W53-7T10:00"],
    ["1d", "", "lower", "2024W011 12:00"],
    ["1h", "", "lower", "2024-01-01 12:00:00,5"],
    ["1h", "", "lower", "2024-01-01T12:00:00.1234567891"],
    ["1h", "", "range", "0001-01-01T00:30+01:00"],
    ["1h", "", "lower", "2024-01-01T12:00:00 "],
    ["nan", "", "lower", "2024-01-01"],
    ["inf", "", "lower", "2024-01-01"],
    ["5x", "", "lower", "2024-01-01"],
    ["1h", "bad", "lower", "2024-01-01"],
]
