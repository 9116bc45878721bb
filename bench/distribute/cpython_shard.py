"""The Python side of bench/distribute/run.sh's shard row: what a Python
job writes to split a CSV file into K files by zlib.crc32 of a key column,
with the csv module (header row in every file, rows in input order).

usage: python3 cpython_shard.py K KEY PATTERN < rows.csv
"""
import csv
import sys
import zlib

k, key, pattern = int(sys.argv[1]), sys.argv[2], sys.argv[3]
reader = csv.reader(sys.stdin)
header = next(reader)
col = header.index(key)
files = [open(pattern.replace("{}", str(s), 1), "w", newline="") for s in range(k)]
writers = [csv.writer(f, lineterminator="\n") for f in files]
for w in writers:
    w.writerow(header)
for row in reader:
    writers[zlib.crc32(row[col].encode()) % k].writerow(row)
for f in files:
    f.close()
