#!/usr/bin/env python3
"""Python baseline for bench/pipeline/run.sh's CSV benchmark.

Rounds the named columns of a CSV with a header row to 2 places, the way a
Python user would write it with the csv module:

    python3 bench/pipeline/csv_round.py c3,c7 < in.csv > out.csv

Each selected cell becomes repr(round(float(cell), 2)); every row is
written back with csv.writer (minimal quoting, LF line endings), which is
what `pyround round -n 2 --csv --column c3,c7` does on the same file.
"""
import csv
import io
import sys


def main():
    columns = sys.argv[1].split(",")
    src = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
    dst = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    reader = csv.reader(src)
    writer = csv.writer(dst, lineterminator="\n")
    header = next(reader)
    writer.writerow(header)
    idx = [header.index(c) for c in columns]
    for row in reader:
        for i in idx:
            row[i] = repr(round(float(row[i]), 2))
        writer.writerow(row)
    dst.flush()


if __name__ == "__main__":
    main()
