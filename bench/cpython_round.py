#!/usr/bin/env python3
"""CPython baseline for pyround's rounding benchmarks.

Times round(x, 2) per element over the same 1,048,576 floats that
rounding/bench_test.go's BenchmarkRound2 uses (splitmix64, seed 1, uniform
in [-1e6, 1e6]) and prints ns/op in `go test -bench` style, so the two
can be compared line by line:

    python3 bench/cpython_round.py
"""
import sys
import timeit

from benchdata import splitmix_floats


def bench_floats(n=1 << 20, seed=1):
    return splitmix_floats(n, seed, 1e6)


def main():
    xs = bench_floats()
    # A checksum that rounding/bench_test.go's TestBenchDataMatchesCPython checks,
    # so a drift between the two generators cannot go unnoticed.
    print(f"# data: {len(xs)} floats, first {xs[0]!r}, last {xs[-1]!r}", file=sys.stderr)
    n = len(xs)
    for name, stmt in [
        ("BenchmarkCPythonRound2", "for x in xs: round(x, 2)"),
        ("BenchmarkCPythonLoopOverhead", "for x in xs: x"),
    ]:
        best = min(timeit.repeat(stmt, globals={"xs": xs}, number=1, repeat=5))
        print(f"{name}\t{n}\t{best / n * 1e9:.2f} ns/op")


if __name__ == "__main__":
    main()
