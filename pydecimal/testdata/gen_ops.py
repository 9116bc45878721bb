#!/usr/bin/env python3
"""Test vectors for package pydecimal: Python's decimal module (CPython 3.11,
C implementation, libmpdec) under the default context.

Each row is TAB-separated: an operation, its operands, and what Python gives:
str() of a Decimal result, hex() of an int result, the float of float()
as 'nan', '-nan' or the hex of its IEEE bits, or "!Type: message" for an
exception.

    add sub mul div pow A B        A + B, A - B, A * B, A / B, A ** B
    neg pos abs A                  -A, +A, abs(A)
    quantize A Q MODE              A.quantize(Q, rounding=MODE)
    round A N                      round(A, N)
    toint A MODE                   the integer of A rounded with MODE
                                   (int, round, math.floor, math.ceil)
    float A                        float(A)
    fromfloat F                    Decimal(F), F a float repr
    fromint N                      Decimal(N)

Usage:
    gen_ops.py [--seed S] [--n N] | gzip -9 -n > ops.tsv.gz
                                               the committed table
    gen_ops.py --serve                         read one integer seed a line,
                                               write the row of that case
"""
import decimal
import hashlib
import math
import random
import struct
import sys
from decimal import Decimal

MODES = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_UP',
         'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_05UP']
LIMIT = 1000000
TEN_LIMIT = 10 ** LIMIT
TOO_MANY = "!OverflowError: result would have more than 1000000 digits (pyround's limit)"

SPECIALS = ['NaN', '-NaN', 'NaN123', '-NaN45', 'sNaN', '-sNaN', 'sNaN9',
            'Infinity', '-Infinity', 'Inf', 'NaN' + '7' * 30,
            'NaN1' + '0' * 28 + '5']
ZEROS = ['0', '-0', '0.00', '-0.000', '0E+5', '-0E+12', '0E-1000026',
         '-0E-1000030', '0E+999999', '0E+1000010', '-0E-50']
SIMPLE = ['1', '-1', '2', '3', '7', '10', '0.1', '0.5', '1.0', '1.00', '-1.0',
          '2.5', '-2.5', '100', '1E+2', '0.001', '9', '99', '1.5', '-0.5',
          '1.000000000000000000000000001', '0.9999999999999999999999999999']


def digits(r, n):
    s = str(r.randint(1, 9)) + ''.join(r.choice('0123456789') for _ in range(n - 1))
    return s


def sign(r):
    return '-' if r.random() < 0.4 else ''


def rand_dec(r):
    k = r.random()
    if k < 0.06:
        return r.choice(SPECIALS)
    if k < 0.14:
        return r.choice(ZEROS)
    if k < 0.24:
        return r.choice(SIMPLE)
    if k < 0.45:
        # Moderate values.
        n = r.randint(1, 12)
        return sign(r) + digits(r, n) + 'E' + str(r.randint(-15, 10))
    if k < 0.62:
        # 27 to 30 digits, ties at the 28th digit.
        n = r.choice([27, 28, 28, 29, 29, 30, 31, 40])
        d = digits(r, n)
        if n > 28 and r.random() < 0.5:
            d = d[:28] + '5' + '0' * (n - 29)
        if n > 28 and r.random() < 0.2:
            d = '9' * 28 + d[28:]
        return sign(r) + d + 'E' + str(r.randint(-40, 10))
    if k < 0.74:
        # Near the exponent limits and Etiny.
        n = r.randint(1, 32)
        e = r.choice([999999, 999999 - n + 1, 999999 - n, 999999 - n + 2,
                      -999999, -999999 - n, -1000026, -1000027, -1000026 - n,
                      -1000000, -999999 + r.randint(-40, 40), 999990 - n,
                      -1000052, -1000100])
        return sign(r) + digits(r, n) + 'E' + str(e)
    if k < 0.82:
        # Huge ints, long coefficients.
        return sign(r) + digits(r, r.randint(20, 120)) + 'E' + str(r.randint(-130, 5))
    if k < 0.90:
        # Close to 1.
        z = r.randint(0, 35)
        return sign(r) + r.choice(['1.', '0.' + '9' * z]) + '0' * z + digits(r, r.randint(1, 5))
    # Exponents far from each other (alignment), within int32.
    return sign(r) + digits(r, r.randint(1, 5)) + 'E' + str(r.randint(-2000000000, 2000000000))


def rand_exp(r):
    """A pow exponent: mostly small integers and simple fractions."""
    k = r.random()
    if k < 0.35:
        return str(r.randint(-30, 30))
    if k < 0.45:
        return str(r.randint(-3000, 3000))
    if k < 0.6:
        return r.choice(['0.5', '-0.5', '1.5', '0.25', '2.0', '-2.0', '3.000', '2E+1',
                         '0.1', '-1.5', '1E+2', '1E+20', '-1E+20', '1E-100',
                         '0.333', '2.5', '10', '-1', '0', '-0', '1.0'])
    if k < 0.8:
        return sign(r) + digits(r, r.randint(1, 6)) + 'E' + str(r.randint(-6, 0))
    if k < 0.9:
        return sign(r) + str(r.randint(10**18, 10**22))
    return rand_dec(r)


def rand_base(r):
    k = r.random()
    if k < 0.5:
        return rand_dec(r)
    if k < 0.75:
        return sign(r) + digits(r, r.randint(1, 4)) + 'E' + str(r.randint(-4, 2))
    z = r.randint(3, 25)
    return sign(r) + '1.' + '0' * z + digits(r, r.randint(1, 4))


def fmt_float(f):
    if math.isnan(f):
        return '-nan' if math.copysign(1, f) < 0 else 'nan'
    return '%016x' % struct.unpack('<Q', struct.pack('<d', f))[0]


def err(e):
    return '!%s: %s' % (type(e).__name__, e)


def int_text(n):
    """hex(n), or for a long n its length in bits and a digest of hex(n)."""
    h = hex(n)
    if len(h) <= 200:
        return h
    return 'bits:%d:sha256:%s' % (n.bit_length(), hashlib.sha256(h.encode()).hexdigest()[:24])


def toint(d, mode):
    """The integer of d rounded with mode, exactly as int(), round(),
    math.floor() and math.ceil() give it (CPython converts with
    mpd_qround_to_int in a maximal context); built from the digits, since
    CPython's own conversion of a million-digit Decimal takes seconds."""
    if d.is_nan() or d.is_infinite():
        int(d)  # raises Python's exception
    if not d.is_zero() and d.adjusted() + 1 > LIMIT + 1:
        return TOO_MANY
    ctx = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX,
                          Emin=decimal.MIN_EMIN, rounding=mode)
    sign, digs, exp = d.to_integral_value(context=ctx).as_tuple()
    n = int(''.join(map(str, digs))) * 10 ** exp
    if sign:
        n = -n
    if n != 0 and abs(n) >= TEN_LIMIT:
        return TOO_MANY
    return int_text(n)


def compute(op, args):
    decimal.setcontext(decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN,
                                       Emin=-999999, Emax=999999, capitals=1, clamp=0,
                                       traps=[decimal.InvalidOperation,
                                              decimal.DivisionByZero, decimal.Overflow]))
    try:
        if op == 'fromfloat':
            return str(Decimal(float(args[0])))
        if op == 'fromint':
            return str(Decimal(int(args[0])))
        a = Decimal(args[0])
        if op == 'add':
            return str(a + Decimal(args[1]))
        if op == 'sub':
            return str(a - Decimal(args[1]))
        if op == 'mul':
            return str(a * Decimal(args[1]))
        if op == 'div':
            return str(a / Decimal(args[1]))
        if op == 'pow':
            return str(a ** Decimal(args[1]))
        if op == 'neg':
            return str(-a)
        if op == 'pos':
            return str(+a)
        if op == 'abs':
            return str(abs(a))
        if op == 'quantize':
            return str(a.quantize(Decimal(args[1]), rounding=getattr(decimal, args[2])))
        if op == 'round':
            return str(round(a, int(args[1])))
        if op == 'toint':
            return toint(a, getattr(decimal, args[1]))
        if op == 'float':
            return fmt_float(float(a))
    except (ArithmeticError, ValueError) as e:
        return err(e)
    raise ValueError('unknown op ' + op)


OPS = ['add', 'sub', 'mul', 'div', 'pow', 'pow', 'neg', 'pos', 'abs', 'quantize',
       'round', 'toint', 'float', 'fromfloat', 'fromint', 'add', 'mul', 'div', 'sub']


def rand_float(r):
    k = r.random()
    if k < 0.1:
        return repr(r.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 0.1, 5e-324,
                              1.7976931348623157e308, 2.2250738585072014e-308, 1e16, 0.5]))
    if k < 0.5:
        return repr(r.uniform(-1000, 1000))
    return repr(struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0])


def gen_case(r):
    op = r.choice(OPS)
    if op in ('add', 'sub', 'mul', 'div'):
        a, b = rand_dec(r), rand_dec(r)
        if op in ('add', 'sub') and r.random() < 0.15:
            b = a if op == 'sub' else ('-' + a if not a.startswith('-') else a[1:])
        return [op, a, b]
    if op == 'pow':
        return [op, rand_base(r), rand_exp(r)]
    if op in ('neg', 'pos', 'abs', 'float'):
        return [op, rand_dec(r)]
    if op == 'quantize':
        q = r.choice([rand_dec(r), '1E' + str(r.randint(-40, 10)),
                      '1E' + str(r.choice([999999, 1000000, -1000026, -1000027, -999999]))])
        return [op, rand_dec(r), q, r.choice(MODES)]
    if op == 'round':
        n = r.choice([r.randint(-40, 40), r.randint(-5, 5),
                      r.choice([10**30, -10**30, 2**63 - 1, -2**63, 2**63, 10**6,
                                -999999, 1000026, 1000027, -1000000, 999999, -1000001])])
        return [op, rand_dec(r), str(n)]
    if op == 'toint':
        a = rand_dec(r)
        if r.random() < 0.03:
            a = r.choice(['1E+999999', '-9.5E+999998', '1E+1000000', '9' * 50 + '.5',
                          '1E+2000000000', '-0.5', '0.5', '1.5', '-2.5', '0.3'])
        return [op, a, r.choice(MODES)]
    if op == 'fromfloat':
        return [op, rand_float(r)]
    if op == 'fromint':
        return [op, str(r.randint(-10**r.randint(1, 80), 10**r.randint(1, 80)))]
    raise AssertionError(op)


def row(case):
    return '\t'.join(case + [compute(case[0], case[1:])])


def main():
    sys.set_int_max_str_digits(0)
    args = sys.argv[1:]
    if args and args[0] == '--serve':
        for line in sys.stdin:
            r = random.Random(int(line))
            print(row(gen_case(r)), flush=False)
        sys.stdout.flush()
        return
    seed, n = 20261126, 40000
    while args:
        if args[0] == '--seed':
            seed = int(args[1])
        elif args[0] == '--n':
            n = int(args[1])
        else:
            sys.exit('usage: gen_ops.py [--seed S] [--n N] | --serve')
        args = args[2:]
    r = random.Random(seed)
    for _ in range(n):
        print(row(gen_case(r)))


if __name__ == '__main__':
    main()
