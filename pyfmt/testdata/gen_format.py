#!/usr/bin/env python3
"""Writes format.tsv: Python's format(value, spec) for random specs over
every field of the mini-language and adversarial float and int values.

Run with CPython 3.11 from the repository root:
    python3 pyfmt/testdata/gen_format.py
Columns (TAB-separated; in the spec and result columns backslash, TAB, CR
and LF are escaped as \\\\, \\t, \\r, \\n):
    value   f:<16 hex digits of the float64 bits> or i:<decimal int>
    spec    the format spec
    result  format(value, spec), or !Type: message for an exception
"""
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20251126)

FILLS = ['', '', '', ' ', '*', '0', 'x', '\u00e7', '<', '=', '#', '_', ',', '.', '+', '\u4e2d']
FLOAT_TYPES = 'eEfFgGn%'
INT_TYPES = 'bcdoxXn'


def rand_spec(is_int):
    s = ''
    if rng.random() < 0.4:
        s += rng.choice(FILLS) + rng.choice('<>^=')
    elif rng.random() < 0.1:
        s += rng.choice('<>^=')
    if rng.random() < 0.4:
        s += rng.choice('+- ')
    if rng.random() < (0.04 if is_int else 0.2):
        s += 'z'
    if rng.random() < 0.25:
        s += '#'
    if rng.random() < 0.25:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.randrange(0, 30))
    r = rng.random()
    if r < 0.1:
        s += ','
    elif r < 0.25:
        s += '_'
    elif r < 0.31:
        s += rng.choice([',,', '_,', ',_', '__'])
    if rng.random() < (0.06 if is_int else 0.6):
        p = rng.randrange(0, 18) if rng.random() < 0.9 else rng.randrange(18, 70)
        s += '.' + str(p)
    elif rng.random() < 0.01:
        s += '.'
    r = rng.random()
    if r < 0.15:
        pass
    elif r < 0.95:
        own, other = (INT_TYPES, FLOAT_TYPES) if is_int else (FLOAT_TYPES, INT_TYPES)
        s += rng.choice(own) if rng.random() < 0.8 else rng.choice(other)
    else:
        s += rng.choice(['s', 'r', 'a', 'é', 'ab', 'fx', '\x01', '%%', ' '])
    return s


def rand_float():
    r = rng.random()
    if r < 0.2:
        return struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
    if r < 0.4:  # ties and short binary fractions
        return rng.randrange(-10**6, 10**6) / (1 << rng.randrange(0, 12))
    if r < 0.55:  # short decimals (ties under .Nf in decimal, not in binary)
        return rng.randrange(-10**7, 10**7) / 10**rng.randrange(0, 8)
    if r < 0.7:  # near layout thresholds
        return (rng.random() + 0.5) * 10.0**rng.randrange(-8, 20) * rng.choice([1, -1])
    if r < 0.8:  # huge and tiny
        return rng.choice([1, -1]) * (rng.random() + 1) * 2.0**rng.randrange(-1074, 1024)
    if r < 0.9:
        return float(rng.randrange(-10**rng.randrange(1, 20), 10**rng.randrange(1, 20)))
    return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 2.675, 0.125, 0.375,
                       1.005, 2.5, 3.5, 0.5, 1.5, -0.5, 999999.5, 9.9995, 1e16, 1e-4, 1e-5,
                       5e-324, -5e-324, 1.7976931348623157e308, 1e22, 1e23, 0.0015, 0.0065,
                       -0.004, -0.001, 1234567.891, 0.1, 9007199254740993.0, 1e300])


def rand_int():
    r = rng.random()
    if r < 0.3:
        return rng.randrange(-1000, 1000)
    if r < 0.5:
        return rng.randrange(0, 0x110000 + 10)
    if r < 0.7:
        return rng.choice([1, -1]) * rng.getrandbits(rng.randrange(1, 64))
    if r < 0.8:  # around 2^63 / 2^64
        return rng.choice([1, -1]) * ((1 << rng.choice([63, 64])) + rng.randrange(-3, 4))
    if r < 0.95:
        return rng.choice([1, -1]) * rng.getrandbits(rng.randrange(64, 300))
    return rng.choice([0, 2**53 + 1, 2**1024, -2**1024, 2**1024 - 2**970, 2**1024 - 2**971,
                       10**400, 0x10ffff, 0x110000, 2**63 - 1, -2**63, 2**64 - 1])


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')


def result(v, spec):
    try:
        return esc(format(v, spec))
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def vtext(v):
    if isinstance(v, float):
        return 'f:%016x' % struct.unpack('>Q', struct.pack('>d', v))[0]
    return 'i:%d' % v


def main():
    rows = []
    fixed_specs = ['', 'abc', ',,', '_,', ',_', '.', '.f', '1' * 30, '.' + '1' * 30, 'z+c', '.2_f',
                   '011,.2f', '0=12,.1f', '#', '.0', '#.0', 'z', '%', 'c', '#_b', '#012_b', '012_x']
    fixed_vals = [3.14, -3.14, 0.0, -0.0, math.inf, math.nan, 1234.5, 1e16, 5, -5, 255, 12345, 0,
                  2**70, -2**70]
    for v in fixed_vals:
        for s in fixed_specs:
            rows.append((v, s))
    # long results (the Go side builds them inside dst rather than on the stack)
    for v in [1e300, -1e300, 1.5, -5e-324, 2.0**-1074, -0.0, 123456789.0]:
        for s in ['*^420,.2f', '0=420,.40f', '<80.60g', 'z^90.60e', '+0450_.35%', '#.45', ' 60.31f']:
            rows.append((v, s))
    while len(rows) < 25000:
        if rng.random() < 0.55:
            v = rand_float()
            rows.append((v, rand_spec(False)))
        else:
            v = rand_int()
            # no lone surrogates from 'c' (not representable as UTF-8)
            s = rand_spec(True)
            if 0xD800 <= v <= 0xDFFF and s.endswith('c'):
                continue
            rows.append((v, s))
    with open(os.path.join(HERE, 'format.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# written by gen_format.py: value, spec, format(value, spec) or !Type: message\n')
        for v, s in rows:
            f.write('%s\t%s\t%s\n' % (vtext(v), esc(s), result(v, s)))


if __name__ == "__main__":
    main()
