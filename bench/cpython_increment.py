#!/usr/bin/env python3
"""CPython baseline for rounding to an increment (issue 20).

Times, per element, over the same 1,048,576 prices that
rounding/increment_bench_test.go's BenchmarkRoundFloatIncrement uses
(benchFloats: splitmix64, seed 1, uniform in [-1e6, 1e6]; then
floor(|x|) / 100, prices 0.00 to 9999.99):

  - the exact answer in CPython's decimal module,
    float((Decimal(x) / Decimal('0.05')).quantize(Decimal(1), ROUND_HALF_UP) * Decimal('0.05'))
    (Decimal(x) is x's exact binary value; the division is exact to the
    context's 28 digits, enough for these prices),
  - the common idiom round(x / 0.05) * 0.05 (half-even, and wrong on
    ties and in the last digit),

and prints ns/op in `go test -bench` style, with how often the idiom
differs from the exact answer:

    python3 bench/cpython_increment.py
"""
import math
import sys
import timeit
from decimal import ROUND_HALF_UP, Decimal

from benchdata import splitmix_floats


def bench_prices(n=1 << 20, seed=1):
    return [math.floor(abs(x) / 100 * 100) / 100 for x in splitmix_floats(n, seed, 1e6)]


def main():
    xs = bench_prices()
    print(f"# data: {len(xs)} prices, first {xs[0]!r}, last {xs[-1]!r}", file=sys.stderr)
    inc, one = Decimal("0.05"), Decimal(1)

    def exact(x):
        return float((Decimal(x) / inc).quantize(one, ROUND_HALF_UP) * inc)

    wrong = sum(1 for x in xs if math.floor(x / 0.05 + 0.5) * 0.05 != exact(x))
    print(f"# math.floor(x/0.05 + 0.5)*0.05 (half-up, like Go's math.Round on these) differs on {wrong} of {len(xs)}",
          file=sys.stderr)
    n = len(xs)
    g = {"xs": xs, "exact": exact, "Decimal": Decimal, "inc": inc, "one": one, "ROUND_HALF_UP": ROUND_HALF_UP}
    for name, stmt in [
        ("BenchmarkCPythonDecimalIncrement", "for x in xs: float((Decimal(x) / inc).quantize(one, ROUND_HALF_UP) * inc)"),
        ("BenchmarkCPythonRoundIdiom", "for x in xs: round(x / 0.05) * 0.05"),
        ("BenchmarkCPythonLoopOverhead", "for x in xs: x"),
    ]:
        best = min(timeit.repeat(stmt, globals=g, number=1, repeat=3))
        print(f"{name}\t{n}\t{best / n * 1e9:.2f} ns/op")


if __name__ == "__main__":
    main()
