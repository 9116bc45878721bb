"""Writes 12,000 doubles as 16 hex digits of their bits, for checking
JavaDoubleToString against Double.toString: random bit patterns, integers
from 2^50 to 2^70 (FloatingDecimal's long path and beyond), short decimals
at every magnitude, and subnormals and values near the exponent extremes.
Deterministic; no NaN or infinity."""
import random
import struct
import sys

rnd = random.Random(20261126)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


out = []
while len(out) < 12000:
    k = rnd.random()
    if k < 0.4:
        b = rnd.getrandbits(64)
    elif k < 0.65:
        b = bits(float(rnd.randrange(2**50, 2**70)))
    elif k < 0.85:
        b = bits(float("%d.%de%d" % (rnd.randrange(1, 10**6), rnd.randrange(0, 1000), rnd.randrange(-30, 30))))
    else:
        b = rnd.getrandbits(52) | rnd.choice([0, 1, 2, 1022, 1023, 1024, 2046]) << 52 | rnd.getrandbits(1) << 63
    if (b >> 52) & 0x7FF != 0x7FF:
        out.append("%016x" % b)
w = open(sys.argv[1], "w") if len(sys.argv) > 1 else sys.stdout
w.write("\n".join(out) + "\n")
