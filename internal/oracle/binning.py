"""The binvalue op of oracle.py (issue 19): `pyround bin` as a whole, a
value binned as a number (binops.evaluate_bin) or, when it is no number
and datetime.fromisoformat accepts it, as a timestamp
(timebin.evaluate_bintime). The specification of pyops.Binning:

    binvalue AS WIDTH ORIGIN LABEL TEXT

- The settings: WIDTH and ORIGIN make a number binning when the reading AS
  accepts both (ORIGIN "" is 0), and a time binning when WIDTH is a
  duration (timebin.parse_width) and ORIGIN is "" or a timestamp. When
  neither, the error is the time binning's if WIDTH is a duration and no
  number (5m) or ORIGIN is a timestamp, else the number binning's (WIDTH's
  or ORIGIN's error reading it).
- A value: with a number binning, TEXT is binned as a number; if that
  fails, TEXT is no number (AS rejects it), there is a time binning and
  fromisoformat accepts TEXT, it is binned as a timestamp; otherwise the
  number's error stands. With a time binning only, a TEXT fromisoformat
  accepts is binned as a timestamp (20240101 too); else a TEXT AS reads as
  a number is Python's TypeError for that number meeting a datetime (x -
  origin) or, with the default origin, a timedelta (x // width); any other
  TEXT is fromisoformat's ValueError.
"""

import datetime
import decimal

import binops
import timebin

PROTOCOL_ERROR = None  # set by oracle.py


def _number(as_, text):
    """The number AS reads from text (Decimal() itself for decimal, with
    no check of pyround's exponent range), or None."""
    try:
        if as_ == "decimal":
            return decimal.Decimal(text)
        return binops._read(as_, text)
    except Exception:
        return None


def _settings_error(as_, w, o):
    """(number error, time error) of the settings: None where they work."""
    num_err = time_err = None
    try:
        binops._read(as_, w)
        if o != "":
            binops._read(as_, o)
    except Exception as e:
        num_err = e
    try:
        timebin.parse_width(w)
        if o != "":
            datetime.datetime.fromisoformat(o)
    except Exception as e:
        time_err = e
    return num_err, time_err


def _is_timestamp(text):
    try:
        datetime.datetime.fromisoformat(text)
        return True
    except Exception:
        return False


def _is_width(text):
    try:
        timebin.parse_width(text)
        return True
    except Exception:
        return False


def _type_name(x):
    return "decimal.Decimal" if type(x).__module__ == "decimal" else type(x).__name__


def evaluate_binvalue(args):
    if len(args) != 5:
        raise PROTOCOL_ERROR("binvalue takes 5 arguments (AS, WIDTH, ORIGIN, LABEL, TEXT), got %d" % len(args))
    as_, w, o, label, text = args
    num_err, time_err = _settings_error(as_, w, o)
    if num_err and time_err:
        duration = _number(as_, w) is None and _is_width(w)
        raise time_err if duration or o != "" and _is_timestamp(o) else num_err
    if not num_err:
        try:
            return binops.evaluate_bin(args)
        except Exception:
            if time_err or not _is_timestamp(text) or _number(as_, text) is not None:
                raise
        return timebin.evaluate_bintime([w, o, label, text], PROTOCOL_ERROR)
    x = _number(as_, text)
    if x is not None and not _is_timestamp(text):
        if o != "":
            raise TypeError("unsupported operand type(s) for -: '%s' and 'datetime.datetime'" % _type_name(x))
        raise TypeError("unsupported operand type(s) for //: '%s' and 'datetime.timedelta'" % _type_name(x))
    return timebin.evaluate_bintime([w, o, label, text], PROTOCOL_ERROR)


_DURATIONS = ["5m", "1h", "1d", "90s", "1h30m", "250ms", "-5m", "0s"]
_TIMESTAMPS = ["2024-05-06T07:08:09", "2024-05-06T07:08:09.5+05:30", "2024-05-06", "20240506T0708Z",
               "1969-12-31T23:59:59.999999", "0001-01-01", "9999-12-31T23:59:59", "2024-13-01", "2024-W01-1"]


def generate_binvalue(rng):
    """One case [AS, WIDTH, ORIGIN, LABEL, TEXT]: numbers and timestamps
    crossed with number, duration and timestamp settings: a bin case whose
    value becomes a timestamp, a bintime case whose value becomes a
    number, and each op's own cases."""
    c = rng.random()
    if c < 0.3:
        as_, w, o, label, text = binops.generate_bin(rng)
        if rng.random() < 0.5:
            text = rng.choice(_TIMESTAMPS)
        return [as_, w, o, label, text]
    w, o, label, text = timebin.generate_bintime(rng)
    as_ = rng.choice(["auto", "auto", "float", "decimal"])
    if c < 0.55:
        text = rng.choice(["7", "-1.5", "1e3", "20240101", "nan", "NaN", " 12 ", "x", ""])
    elif c < 0.7:
        w = rng.choice(_DURATIONS + ["300", "0.1", "1e-6", "0"])
    elif c < 0.8:
        o = rng.choice(["", "0", "1.5", "2024-01-01", "x"])
    return [as_, w, o, label, text]


# Hand-picked: the examples and the corners of the choice between
# a number and a timestamp.
FIXED_CASES = [
    ["auto", "0.1", "", "lower", "0.7"],
    ["decimal", "0.1", "", "lower", "0.7"],
    ["decimal", "0.1", "", "lower", "-0.05"],
    ["auto", "10", "", "range", "37"],
    ["auto", "10", "", "lower", "-5"],
    ["auto", "5m", "", "lower", "2024-05-06T07:08:09Z"],
    ["auto", "5m", "", "range", "2024-05-06T07:08:09.5+05:30"],
    ["auto", "300", "", "lower", "2024-05-06T07:08:09Z"],
    ["auto", "300", "", "lower", "20240101"],
    ["auto", "1d", "", "lower", "20240101"],
    ["auto", "1d", "", "lower", "7"],
    ["decimal", "1d", "", "lower", "7.5"],
    ["auto", "1d", "2024-01-01", "lower", "7"],
    ["auto", "1d", "", "lower", "x"],
    ["auto", "0", "", "lower", "2024-01-01"],
    ["auto", "0", "", "lower", "5"],
    ["auto", "10", "x", "lower", "5"],
    ["auto", "5m", "x", "lower", "5"],
    ["auto", "1h", "2024-13-01", "lower", "2024-01-01"],
    ["auto", "x", "", "lower", "5"],
    ["auto", "x", "2024-01-01", "lower", "5"],
    ["auto", "1h", "2024-01-01T00:00+00:00", "index", "2024-01-01T05:30"],
    ["auto", "inf", "", "index", "5"],
    ["auto", "inf", "", "lower", "2024-01-01"],
    ["float", "2", "", "lower", "2024-01-01"],
    ["decimal", "NaN", "", "lower", "2024-01-01"],
    ["auto", "1d", "", "index", "9999-12-31"],
]
