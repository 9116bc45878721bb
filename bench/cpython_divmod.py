#!/usr/bin/env python3
"""CPython baseline for pyround's divmod benchmarks.

Times divmod(a, b) per element over the same 1,048,576 float pairs that
divmod/float_test.go's BenchmarkDivModFloat uses (a uniform in [-1e6, 1e6]
from splitmix64 with seed 1, b uniform in [-1e3, 1e3] from splitmix64 with
seed 2, never zero) and prints ns/op in `go test -bench` style, so the two
can be compared line by line:

    python3 bench/cpython_divmod.py
"""
import sys
import timeit

from benchdata import splitmix_floats


def bench_pairs(n=1 << 20):
    bs = [b if b != 0 else 1.0 for b in splitmix_floats(n, 2, 1e3)]
    return list(zip(splitmix_floats(n, 1, 1e6), bs))


def main():
    pairs = bench_pairs()
    # divmod/float_test.go's TestBenchDataMatchesCPython checks these values,
    # so a drift between the two generators cannot go unnoticed.
    print(f"# data: {len(pairs)} pairs, first {pairs[0]!r}, last {pairs[-1]!r}", file=sys.stderr)
    n = len(pairs)
    for name, stmt in [
        ("BenchmarkCPythonDivMod", "for a, b in pairs: divmod(a, b)"),
        ("BenchmarkCPythonFloorDiv", "for a, b in pairs: a // b"),
        ("BenchmarkCPythonLoopOverhead", "for a, b in pairs: a"),
    ]:
        best = min(timeit.repeat(stmt, globals={"pairs": pairs}, number=1, repeat=5))
        print(f"{name}\t{n}\t{best / n * 1e9:.2f} ns/op")


if __name__ == "__main__":
    main()
