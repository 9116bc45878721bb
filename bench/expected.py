#!/usr/bin/env python3
"""Python's own results on the benchmark data, for the mismatch counts.

Writes to stdout, section by section, what CPython 3.11 computes on the
first N values (default 1,000,000) of each of bench/benchdata.py's data
sets; bench/libs/cmd/mismatches reads it and counts, for every Go
implementation, the results that differ:

    # floats N      repr(round(x, 2)), repr(x), format(x, '.2f')
    # prices N      repr(round(x, 2))
    # decimals N    str(d.quantize(Decimal('0.01'), rounding=MODE)) per mode
    # intpairs N    divmod(a, b)
    # floatpairs N  divmod(a, b)
    # decpairs N    floor divmod (as int and float divide), then divmod(a, b)
                    of the decimal module (truncating)

    python3 bench/expected.py [N] | (cd bench/libs && go run ./cmd/mismatches)
"""
import decimal
import sys
from decimal import Decimal

import benchdata

MODES = [
    decimal.ROUND_HALF_EVEN,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_UP,
    decimal.ROUND_DOWN,
    decimal.ROUND_CEILING,
    decimal.ROUND_FLOOR,
    decimal.ROUND_05UP,
]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    out = sys.stdout
    w = out.write

    xs = benchdata.splitmix_floats(n, 1, 1e6)
    w(f"# floats {n}\n")
    w("".join(f"{round(x, 2)!r}\t{x!r}\t{x:.2f}\n" for x in xs))

    xs = benchdata.prices(n, 3)
    w(f"# prices {n}\n")
    w("".join(f"{round(x, 2)!r}\n" for x in xs))
    del xs

    cent = Decimal("0.01")
    w(f"# decimals {n}\n")
    ds = [benchdata.to_decimal(ce) for ce in benchdata.decimals(n, 4)]
    for i in range(0, n, 100_000):
        w("".join("\t".join(str(d.quantize(cent, rounding=m)) for m in MODES) + "\n" for d in ds[i : i + 100_000]))
    del ds

    w(f"# intpairs {n}\n")
    w("".join("%d %d\n" % divmod(a, b) for a, b in benchdata.int_pairs(n, 5)))

    w(f"# floatpairs {n}\n")
    w("".join("%r %r\n" % divmod(a, b) for a, b in benchdata.float_pairs(n, 1)))

    w(f"# decpairs {n}\n")
    lines = []
    for ac, bc in benchdata.dec_pairs(n, 6):
        a, b = benchdata.to_decimal(ac), benchdata.to_decimal(bc)
        q, r = divmod(a, b)
        fq, fr = q, r
        if r and (r < 0) != (b < 0):
            fq, fr = q - 1, r + b
        lines.append(f"{fq} {fr} {q} {r}\n")
        if len(lines) == 100_000:
            w("".join(lines))
            lines = []
    w("".join(lines))


if __name__ == "__main__":
    main()
