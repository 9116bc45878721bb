#!/usr/bin/env python3
"""Python's csv module as the oracle for pyround's CSV layer.

    gen_csv.py gen DIR SEED COUNT [DELIM]
                                    write COUNT tricky CSV files DIR/caseK.csv
                                    separated by DELIM (default ',') and, for
                                    each, DIR/caseK.want.json: the delimiter,
                                    the rows Python's csv.reader must see in the
                                    output of `pyround round -n 2 --as float
                                    --csv [--delimiter DELIM] --column val,amt
                                    --keep-going`, and the messages it must print
    gen_csv.py check DIR            read every DIR/caseK.out.csv (pyround's output)
                                    and DIR/caseK.err.txt (its messages) and compare
                                    them with the .want.json, cell by cell; print the
                                    differences, exit 1 if any

The expected cells are Python's own: csv.reader(delimiter=DELIM) splits the
input (quoted fields, "" escapes, embedded delimiters and line breaks, CRLF
and LF); a selected cell that is missing (cell.strip() == '') stays as it
was, as does every cell of an empty line (a row []), with no message; the
other selected cells become repr(round(float(cell), 2)), or '' with the
message "row N, column C: ValueError: ..." when float() raises; and a
non-empty row too short for a selected column stays as it was, with "row
N, column C: missing: the row has K fields". Rows count from 1, the header
included.

A lone CR outside quotes is never generated: pyround reads it as data,
Python's csv module as the end of a line (a documented difference).
The golden files in testdata/csv_oracle were made by `gen csv_oracle 1 40`,
those in csv_oracle_semicolon by `gen csv_oracle_semicolon 2 20 ';'` and
those in csv_oracle_pipe by `gen csv_oracle_pipe 3 20 '|'`, with pyround's
output (go test -run TestCSVGolden -update), then checked.
"""
import csv
import io
import json
import os
import random
import sys

COLUMNS = ["val", "amt"]  # selected, in this order
HEADER = ["id", "val", "note", "amt"]
DELIM = ","  # set by gen


def number(rng):
    r = rng.random()
    if r < 0.5:
        return repr(rng.uniform(-1e4, 1e4))
    if r < 0.6:
        return repr(rng.choice([2.675, 0.125, 1.005, -0.5, 2.5, 1e-5, 123456789.125, 0.0, -0.0]))
    if r < 0.7:
        return str(rng.randint(-10**6, 10**6))
    if r < 0.75:
        return " %s " % repr(rng.uniform(-10, 10))  # float() strips the spaces
    if r < 0.8:
        return rng.choice(["1e400", "-inf", "nan", "1_000.5", "1E3", ".5", "5."])
    if r < 0.85:
        return rng.choice(["abc", "1,5", "1;5", "1|5", "1.2.3", "--1", "0x10", "١٢٣.٤", "\u200b"])  # bad, or Unicode digits
    if r < 0.9:
        # Missing: empty or str.isspace() white space only, ASCII or not.
        return rng.choice(["", "", " ", "  ", "\t", "\u00a0", "\u3000 ", "\x1c", "\u2028"])
    return repr(rng.uniform(0, 1))


def text(rng):
    return rng.choice(["plain", "with, comma", "with; semicolon", "a|b", 'say "hi"', "multi\nline", "crlf\r\nline", "", " ",
                       "é ü ☃", 'x"y', "tab\there", "trailing,", "trailing;", '""', "a\rb"])


def quote(cell, rng, force=False):
    """A CSV field for cell: quoted when needed, or at random."""
    needs = any(c in cell for c in DELIM + '"\r\n')
    if needs or force or rng.random() < 0.15:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def field(cell, rng, selected):
    if not selected and rng.random() < 0.05 and cell and '"' not in cell and not any(c in cell for c in DELIM + '\r\n'):
        # A quote after the start of an unquoted field is a literal.
        return cell + '"x'
    if not selected and rng.random() < 0.03 and not any(c in cell for c in '"\r'):
        # Bytes after the closing quote belong to the field.
        return '"' + cell + '"z'
    return quote(cell, rng)


def make_case(rng):
    rows = []
    out = []
    for i in range(rng.randint(0, 40)):
        kind = rng.random()
        if kind < 0.04:
            out.append("")  # an empty line: a row with no fields
            continue
        cells = [str(i), number(rng), text(rng), number(rng)]
        if kind < 0.1:
            cells = cells[:rng.randint(1, 3)]  # ragged
        elif kind < 0.13:
            cells.append(text(rng))  # an extra field
        out.append(DELIM.join(field(c, rng, k in (1, 3)) for k, c in enumerate(cells)))
    eols = [rng.choice(["\n", "\r\n"]) for _ in out]
    data = DELIM.join(quote(h, rng) for h in HEADER) + rng.choice(["\n", "\r\n"])
    for line, eol in zip(out, eols):
        data += line + eol
    if out and out[-1] != "" and rng.random() < 0.5:
        data = data[: -len(eols[-1])]  # no final line break
    return data


def expected(data):
    rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=DELIM))
    header = rows[0]
    cols = [header.index(c) for c in COLUMNS]
    want, msgs = [header], []
    for n, row in enumerate(rows[1:], start=2):
        if not row:
            want.append(row)  # an empty line: its values are missing
            continue
        missing = [c for c in cols if c >= len(row)]
        if missing:
            name = header[missing[0]]
            k = len(row)
            msgs.append("pyround: row %d, column %s: missing: the row has %d field%s" % (n, name, k, "" if k == 1 else "s"))
            want.append(row)
            continue
        new = list(row)
        for c in cols:
            if not row[c].strip():
                continue  # a missing value: kept as it is
            try:
                new[c] = repr(round(float(row[c]), 2))
            except ValueError as e:
                new[c] = ""
                msgs.append("pyround: row %d, column %s: ValueError: %s" % (n, header[c], e))
        want.append(new)
    return want, msgs


def gen(d, seed, count, delim):
    global DELIM
    DELIM = delim
    rng = random.Random(seed)
    os.makedirs(d, exist_ok=True)
    for k in range(count):
        data = make_case(rng)
        want, msgs = expected(data)
        with open(os.path.join(d, "case%d.csv" % k), "w", encoding="utf-8", newline="") as f:
            f.write(data)
        with open(os.path.join(d, "case%d.want.json" % k), "w", encoding="utf-8") as f:
            json.dump({"delimiter": delim, "rows": want, "messages": msgs}, f, ensure_ascii=False, indent=0)
            f.write("\n")


def check(d):
    bad = 0
    names = sorted(n[: -len(".want.json")] for n in os.listdir(d) if n.endswith(".want.json"))
    for name in names:
        with open(os.path.join(d, name + ".want.json"), encoding="utf-8") as f:
            want = json.load(f)
        with open(os.path.join(d, name + ".out.csv"), encoding="utf-8", newline="") as f:
            got = list(csv.reader(f, delimiter=want.get("delimiter", ",")))
        with open(os.path.join(d, name + ".err.txt"), encoding="utf-8") as f:
            msgs = f.read().splitlines()
        if got != want["rows"]:
            bad += 1
            for i, (g, w) in enumerate(zip(got, want["rows"])):
                if g != w:
                    print("%s row %d: pyround %r, Python %r" % (name, i + 1, g, w))
                    break
            else:
                print("%s: pyround wrote %d rows, Python expects %d" % (name, len(got), len(want["rows"])))
        if msgs != want["messages"]:
            bad += 1
            print("%s messages: pyround %r, Python %r" % (name, msgs, want["messages"]))
    print("checked %d files, %d differ" % (len(names), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else ",")
    elif sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        sys.exit("usage: gen_csv.py gen DIR SEED COUNT [DELIM] | check DIR")
