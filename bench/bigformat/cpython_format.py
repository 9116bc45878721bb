"""CPython's side of bench/bigformat: print(format(value, SPEC)) for each
line of standard input, the values read as `pyround format --as AS` reads
them (auto: int if int() accepts the text, else float; decimal: Decimal).

    python3 bench/bigformat/cpython_format.py AS SPEC < values
"""
import sys
from decimal import Decimal


def auto(text):
    try:
        return int(text)
    except ValueError:
        return float(text)


def main():
    as_, spec = sys.argv[1], sys.argv[2]
    read = {"auto": auto, "decimal": Decimal}[as_]
    for line in sys.stdin:
        print(format(read(line.strip()), spec))


if __name__ == "__main__":
    main()
