"""Writes the verification inputs, one "x<TAB>n" line each: x as Python's
repr, n the decimal places (negative: tens, hundreds, ...). Deterministic (fixed seed), finite, |x| < 1e21,
and at most 27 digits in any rounded result, so that every system can take
every input (Python's Decimal context holds 28 digits)."""
import random
import sys

rnd = random.Random(20261126)
rows = []

def add(x, n):
    x = float(x)
    intdigits = len(str(int(abs(x))))
    if abs(x) < 1e21 and intdigits + n <= 27:
        rows.append((repr(x), n))

# Money typed with three decimals, rounded to cents: the x.xx5 ties.
for _ in range(1500):
    k = rnd.randrange(0, 1_000_000)
    add(("-" if rnd.random() < 0.3 else "") + "%d.%03d" % divmod(k, 1000), 2)
# Halves to integers, both signs.
for k in range(-60, 61):
    add(k + 0.5, 0)
# Decimal ties at every place: d digits typed, rounded to d-1 places.
for _ in range(1000):
    d = rnd.randint(1, 8)
    v = round(rnd.uniform(-1000, 1000), d)
    add(v, d - 1)
    add(float("%.*f" % (d - 1, v) + "5"), d)
# Arbitrary doubles.
for _ in range(500):
    add(rnd.uniform(-1e6, 1e6), rnd.randint(0, 8))
# Exact binary ties: k/8, k/16, k/1024.
for _ in range(300):
    den = rnd.choice([8, 16, 32, 1024])
    k = rnd.randrange(-4000, 4000)
    add(k / den, {8: 2, 16: 3, 32: 4, 1024: 9}[den])
# Magnitudes from 1e-8 to 1e20.
for _ in range(600):
    e = rnd.randint(-8, 20)
    m = rnd.uniform(1, 10)
    x = float("%.*fe%d" % (rnd.randint(0, 15), m, e))
    add(x if rnd.random() < 0.7 else -x, rnd.randint(0, 12))
# Edge cases.
for x, n in [(0.0, 2), (-0.0, 2), (0.5, 0), (-0.5, 0), (1.5, 0), (2.5, 0), (-2.5, 0),
             (0.49999999999999994, 0), (-0.49999999999999994, 0),
             (4503599627370495.5, 0), (4503599627370497.0, 0), (1e-300, 2), (5e-324, 3),
             (2.675, 2), (1.005, 2), (0.285, 2), (1.115, 2), (8.345, 2), (-0.001, 2),
             (1e20, 2), (9.999999999999999e20, 0), (0.1, 20), (2.0**-20, 20),
             (1.0000000000000002, 15), (123456789012345.67, 1), (0.045, 2), (1.45, 1)]:
    add(x, n)

# Negative n, rounding to tens, hundreds, ... (appended last, so the rows
# above stay as they were): ties at every place from tens to 10^5, both
# signs, values with fractions, huge and tiny values, and a few n below -5.
for x, n in [(125, -1), (135, -1), (-25, -1), (-35, -1), (5, -1), (-5, -1), (15, -1),
             (2500, -3), (3500, -3), (-2500, -3), (150000, -5), (250000, -5), (-50000, -5),
             (250, -2), (350, -2), (-150, -2), (12.5, -1), (14.99, -1), (15.000001, -1),
             (-4.5, -1), (24.999999999999996, -1), (0.0, -1), (-0.0, -2), (1e-300, -1),
             (2.2250738585072014e-308, -3), (0.001, -1), (-0.001, -2), (4.9, -1), (1e20, -5), (-1e20, -3),
             (9.999999999999999e20, -5), (123456789012345678.0, -2), (1.5e15, -4),
             (4503599627370495.5, -1), (9007199254740993.0, -1), (2.675, -1), (45.0, -1),
             (1e21 - 1e5, -5), (123456.0, -20), (5e19, -20), (1.5e19, -19), (1234.5, -6),
             (-555555.5, -10), (99.5, -2), (949.9999999999999, -2), (1e5 + 5e4, -5)]:
    add(x, n)
for _ in range(300):  # integer ties k·10^m + 5·10^(m-1) at m = 1..5
    m = rnd.randint(1, 5)
    k = rnd.randrange(-1000, 1000)
    add(k * 10**m + 5 * 10**(m - 1), -m)
for _ in range(300):  # arbitrary doubles at every magnitude
    e = rnd.randint(-3, 20)
    x = float("%.*fe%d" % (rnd.randint(0, 15), rnd.uniform(1, 10), e))
    add(x if rnd.random() < 0.7 else -x, -rnd.randint(1, 5))
for _ in range(200):  # typed decimals with a fractional part near a tie
    v = rnd.randrange(-100000, 100000) * 10 + 5 + rnd.choice([-0.5, -0.01, 0, 0.001, 0.25])
    add(v, -rnd.randint(1, 2))

w = open(sys.argv[1], "w") if len(sys.argv) > 1 else sys.stdout
for x, n in rows:
    w.write("%s\t%d\n" % (x, n))
