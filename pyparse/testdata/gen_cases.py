#!/usr/bin/env python3
"""Writes pyparse's table-test data, computed by CPython 3.11.

Run from the repository root:  python3 pyparse/testdata/gen_cases.py
Writes cases.jsonl in this directory: one JSON object per input string,
    {"s": input,
     "float": float(s) as 16 hex digits of its bits, or "!Type: message",
     "int":   str(int(s)), or "!Type: message",
     "dec":   [sign, digits, exponent] from Decimal(s).as_tuple() (exponent
              'n', 'N' or 'F' for NaN, sNaN, Infinity; digits is the payload
              for NaNs and '' when there is none), or "!Type: message",
     "decstr": str(Decimal(s)) or null}
The inputs are hand-picked edge cases plus seeded random strings built from
numeric fragments, white space, underscores and Unicode digits.
"""
import json
import os
import random
import struct
import sys
from decimal import Decimal

assert sys.version_info[:2] == (3, 11), sys.version
HERE = os.path.dirname(os.path.abspath(globals().get('__file__', '.')))


def err(e):
    return '!%s: %s' % (type(e).__name__, e)


def case(s):
    out = {'s': s}
    try:
        out['float'] = '%016x' % struct.unpack('>Q', struct.pack('>d', float(s)))[0]
    except Exception as e:
        out['float'] = err(e)
    try:
        out['int'] = str(int(s))
    except Exception as e:
        out['int'] = err(e)
    try:
        d = Decimal(s)
        t = d.as_tuple()
        digits = ''.join(map(str, t.digits))
        if t.exponent in ('n', 'N', 'F') and digits == '0':
            digits = ''
        out['dec'] = [t.sign, digits, t.exponent]
        out['decstr'] = str(d)
    except Exception as e:
        out['dec'] = err(e)
        out['decstr'] = None
    return out


FIXED = [
    '0', '-0', '+0', '1', '-1', '007', '0_0', '00_7', '1_000', '1__0', '_1', '1_', ' 12 ', '1.0', '', ' ', '+', '-',
    '9' * 18, '9' * 19, '9' * 20, '9223372036854775807', '9223372036854775808', '-9223372036854775808',
    '-9223372036854775809', '18446744073709551615', '18446744073709551616', '1' + '0' * 30, '-' + '1_2' * 40,
    '1_000.5', '1_e5', '1e_5', '1e5_', '1e1_0', '1.5_5', '1_.5', '1._5', '.5', '5.', '.', '-.5e-3', '1.e5', '.e5',
    '1e+5', '1e++5', '1e', 'e5', '1e+', '1E5', '1e-0', '1e+007', '--1', '+-1', '-+1', '1 2', '1,0', '0x10', '0b1',
    'inf', 'Inf', 'INFINITY', '-Infinity', '+nAn', '-nan', 'infi', 'infinit', 'infinityy', 'in f', 'nan(1)', 'nan1',
    'NaN0', 'NaN00012', '-sNaN12', 'snan', 'sNaN0', 'NaN-1', 'NaN1.5', 'NaN1e5', '+nan', 'nannan', 'infnan', 'N_a_N',
    '_Inf_', 'Infinity0', 'sNaN-1', 'nan' + '1' * 60,
    '\u00a01\u2003', '\x1c1\x1d', '\x1c1', '1\x1f', '\x851', '\u200b1', '\ufeff1', '1\x00', '\x001', '1_0\x00',
    '1\x00_0', '\u2028 1 \u3000', '\t\n\x0b\x0c\r 5 \r\n', ' _1_ ', '1 _', '_ 1', '_', '+_', '-_1', '1\u2028',
    '١٢', '١٢.٥e١', '١_٢', 'NaN١', '１２', '\U0001d7cf', '\U0001d7ce\U0001d7d9', '٠', '߀', '०१२३', '꧐', '𑁦',
    '\U00011f50', '\U0001e4f0', '1\u0378', '1é', 'é1', '1\x7f',
    '1e99999999999999999999999', '1e-9999999999999999999', '0e99999999999999999', '1e308', '1.7976931348623157e308',
    '1.7976931348623158e308', '1.7976931348623159e308', '2e-324', '3e-324', '2.4703282292062328e-324',
    '2.4703282292062327e-324', '-1e-400', '4.9406564584124654e-324', '0.1', '0.30000000000000004',
    '9007199254740993', '9007199254740993.000000000000000000001', '1' + '0' * 400 + 'e-400', '0.' + '0' * 400 + '1e400',
    '1e999999999999999999', '1e1000000000000000000', '0e999999999999999999', '0e1000000000000000000',
    '1e-1999999999999999997', '1e-1999999999999999998', '10e-1999999999999999998', '0e-1999999999999999997',
    '0e-1999999999999999998', '12e999999999999999998', '12e999999999999999997', '1.0e1000000000000000000',
    '1e-999999999999999999', '1e9223372036854775807', '1e9223372036854775808', '1e-9223372036854775808',
    '1e-9223372036854775809', '1e99999999999999999999999999', '1e-99999999999999999999999999',
    '0e-99999999999999999999999', '0.00e-9223372036854775808', '0.5e1000000000000000000', '.1e-1999999999999999996',
    '0e+3', '-0.00', '00012.3400', '1E+00', '0.000001', '0.0000001', '123E+1', '12.34E-10',
    '1' * 4300, '1' * 4301, '0' * 4301, '0' * 4300 + '1', '1_' * 4300 + '1', '1' * 4301 + 'x', '1' * 4301 + ' ',
    '1' * 4301 + '_', '1' * 4301 + '_x', '1' * 2000 + '__' + '1' * 3000, '1' * 4301 + 'é', '1' * 4300 + 'é1',
    '-' + '1' * 4301, ' ' + '0' * 4301, '_' + '1' * 4301, '1' * 4301 + '.0', '1' * 4300 + '_1', '1' * 4301 + '\x00',
    '١' * 4301, '9' * 4300, '-' + '9' * 4300,
    'x' * 300, 'é' * 300, '\x00' * 300, 'x' * 199 + '\x00', "'" * 300, ' abc ', "it's", 'say "hi"', 'a\\b',
]

ALPHABET = (list('0123456789') * 4 + ['_'] * 6 + ['.', 'e', 'E', '+', '-'] * 2 +
            [' ', '\t', '\n', '\x0b', '\x1c', '\x85', '\u00a0', '\u2003', '\u3000'] +
            ['i', 'n', 'f', 'a', 's', 't', 'y', 'N', 'I', 'x', 'inf', 'nan', 'infinity', 'sNaN', 'Infinity'] +
            ['١', '٢', '۵', '०', '９', '\U0001d7ce', '\u0378', '\u200b', '\x00', 'é', '0x', '00'])


def random_case(rng):
    if rng.random() < 0.5:
        return ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10)))
    # a plausible number, then a few mutations
    parts = [rng.choice(['', '', ' ', '\u00a0', '\x1c']), rng.choice(['', '', '-', '+'])]
    digits = lambda: '_'.join(''.join(rng.choice('0123456789١') for _ in range(rng.randint(1, 4)))
                              for _ in range(rng.randint(1, 3)))
    parts.append(digits() if rng.random() < 0.9 else '')
    if rng.random() < 0.5:
        parts.append('.' + (digits() if rng.random() < 0.8 else ''))
    if rng.random() < 0.4:
        parts.append(rng.choice('eE') + rng.choice(['', '-', '+']) + digits())
    parts.append(rng.choice(['', '', ' ', '\u3000', '\x1f']))
    s = list(''.join(parts))
    for _ in range(rng.choice([0, 0, 1, 2])):
        k = rng.randint(0, len(s))
        op = rng.random()
        if op < 0.4:
            s.insert(k, rng.choice(ALPHABET))
        elif s and op < 0.7:
            del s[min(k, len(s) - 1)]
        elif s:
            s[min(k, len(s) - 1)] = rng.choice(ALPHABET)
    return ''.join(s)


def serve():
    """Answer JSON-string lines on stdin with case() lines: the live test."""
    for line in sys.stdin:
        sys.stdout.write(json.dumps(case(json.loads(line))) + '\n')


def main():
    if sys.argv[1:] == ['--serve']:
        serve()
        return
    rng = random.Random(20240612)
    inputs = FIXED + [random_case(rng) for _ in range(4000)]
    with open(os.path.join(HERE, 'cases.jsonl'), 'w') as f:
        for s in inputs:
            f.write(json.dumps(case(s), ensure_ascii=False) + '\n')
    print('wrote cases.jsonl: %d cases' % len(inputs))


if __name__ == '__main__':
    main()
