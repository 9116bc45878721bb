#!/usr/bin/env python3
"""Python's side of bench/duckdb/run.sh (issue 21).

    python3 bench/duckdb/python_round.py gen X.csv      # 1,000,000 price-like doubles
    python3 bench/duckdb/python_round.py round X.csv PY.txt

gen writes round(uniform(0, 10000), 3) for random.Random(21), repr, one per
line: three decimals, so a tenth are ties at two places. round writes
repr(round(x, 2)) of each line of X.csv to PY.txt (the reference the
mismatch counts compare with) and prints, in `go test -bench` style, the
time per value of the list comprehension [round(v, 2) for v in xs]
(best of 3).
"""
import random
import sys
import timeit


def main():
    cmd = sys.argv[1]
    if cmd == "gen":
        rng = random.Random(21)
        with open(sys.argv[2], "w") as f:
            for _ in range(1_000_000):
                f.write(repr(round(rng.uniform(0, 10000), 3)) + "\n")
        return
    if cmd != "round":
        sys.exit("usage: python_round.py gen X.csv | round X.csv PY.txt")
    with open(sys.argv[2]) as f:
        xs = [float(line) for line in f]
    with open(sys.argv[3], "w") as f:
        for v in xs:
            f.write(repr(round(v, 2)) + "\n")
    best = min(timeit.repeat(lambda: [round(v, 2) for v in xs], number=1, repeat=3))
    print(f"BenchmarkPythonRoundList\t{len(xs)}\t{best / len(xs) * 1e9:.2f} ns/op")


if __name__ == "__main__":
    main()
