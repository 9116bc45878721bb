#!/usr/bin/env python3
"""CPython baseline for bench/libs: the library comparison.

Times, per element with timeit (best of 5), CPython 3.11's round, //, %,
divmod, repr, format and Decimal.quantize on the same data as
bench/libs/libs_test.go's benchmarks (bench/benchdata.py's generators with
the same seeds and sizes), and prints ns/op in `go test -bench` style under
the names bench/libs/cmd/report joins with the Go rows:

    python3 bench/cpython_libs.py

Each time includes the for loop's own cost (printed as LoopOverhead).
"""
import decimal
import sys
import timeit
from decimal import Decimal

import benchdata

MODES = [
    ("HALF_EVEN", decimal.ROUND_HALF_EVEN),
    ("HALF_UP", decimal.ROUND_HALF_UP),
    ("HALF_DOWN", decimal.ROUND_HALF_DOWN),
    ("UP", decimal.ROUND_UP),
    ("DOWN", decimal.ROUND_DOWN),
    ("CEILING", decimal.ROUND_CEILING),
    ("FLOOR", decimal.ROUND_FLOOR),
    ("05UP", decimal.ROUND_05UP),
]


def bench(name, stmt, data, **extra):
    n = len(data)
    data = {"xs": data, "ps": data, "ds": data, **extra}
    best = min(timeit.repeat(stmt, globals=data, number=1, repeat=5))
    print(f"BenchmarkCPython/{name}\t{n}\t{best / n * 1e9:.2f} ns/op", flush=True)


def main():
    floats = benchdata.splitmix_floats(1 << 20, 1, 1e6)
    prices = benchdata.prices(1 << 20, 3)
    decs = [benchdata.to_decimal(ce) for ce in benchdata.decimals(1 << 16, 4)]
    ints = benchdata.int_pairs(1 << 20, 5)
    fpairs = benchdata.float_pairs(1 << 20, 1)
    dpairs = [(benchdata.to_decimal(a), benchdata.to_decimal(b)) for a, b in benchdata.dec_pairs(1 << 16, 6)]
    print(f"# data: first float {floats[0]!r}, price {prices[0]!r}, decimal {decs[0]}", file=sys.stderr)

    bench("Round2Floats", "for x in xs: round(x, 2)", floats)
    bench("Round2Prices", "for x in xs: round(x, 2)", prices)
    bench("LoopOverhead", "for x in xs: x", floats)
    for name, mode in MODES:
        bench("Quantize/" + name, "for d in ds: d.quantize(cent, rounding=m)", decs, cent=Decimal("0.01"), m=mode)
    for name, ps in [("Int64", ints), ("Float", fpairs), ("Decimal", dpairs)]:
        bench("DivMod" + name, "for a, b in ps: divmod(a, b)", ps)
        bench("FloorDiv" + name, "for a, b in ps: a // b", ps)
        bench("Mod" + name, "for a, b in ps: a % b", ps)
    bench("Repr", "for x in xs: repr(x)", floats)
    bench("Format2f", "for x in xs: format(x, '.2f')", floats)


if __name__ == "__main__":
    main()
