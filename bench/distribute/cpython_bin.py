"""The Python side of bench/distribute/run.sh's bin row: the one-liner a
Python job would run, bin of each line as `pyround bin --width W --origin O`
prints it (the literal rule: int if int() accepts the text, else float).

usage: python3 cpython_bin.py W O < values > bins
"""
import sys


def lit(t):
    try:
        return int(t)
    except ValueError:
        return float(t)


w, o = lit(sys.argv[1]), lit(sys.argv[2])
sys.stdout.write("".join("%s\n" % (o + (lit(l) - o) // w * w) for l in sys.stdin))
