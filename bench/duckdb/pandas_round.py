#!/usr/bin/python3
"""pandas' side of bench/duckdb/run.sh (issue 21), run with Debian's
python3 and its python3-pandas:

    /usr/bin/python3 bench/duckdb/pandas_round.py X.csv PY.txt

reads X.csv (one double per line, float_precision='round_trip' so that
every value is the double python3's float() reads), times df.x.round(2)
(numpy's rounding: multiply by 100, round half-even, divide; best of 3),
and counts the rows where repr() of its result differs from python3's
round(x, 2) in PY.txt. Prints `go test -bench` style lines and the count.
"""
import sys
import timeit

import pandas as pd


def main():
    df = pd.read_csv(sys.argv[1], header=None, names=["x"], float_precision="round_trip")
    with open(sys.argv[2]) as f:
        want = [line.rstrip("\n") for line in f]
    r = df.x.round(2)
    bad = sum(1 for v, w in zip(r.tolist(), want) if repr(v) != w)
    best = min(timeit.repeat(lambda: df.x.round(2), number=1, repeat=3))
    n = len(df)
    print(f"BenchmarkPandasRound\t{n}\t{best / n * 1e9:.2f} ns/op")
    print(f"# pandas {pd.__version__}: df.x.round(2) differs from python3's round(x, 2) on {bad} of {n}")


if __name__ == "__main__":
    main()
