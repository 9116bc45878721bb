package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// oraclePy writes, for rows given as JSON on stdin, what Python's
// csv.writer (argv[1] == "csv") or json.dumps of a dict per row ("jsonl")
// writes for the same values: a float from its bits, a str, an int and a
// Decimal (json: str(Decimal)).
const oraclePy = `
import csv, json, struct, sys
from decimal import Decimal
rows = json.load(sys.stdin)
vals = [(struct.unpack('<d', struct.pack('<Q', int(r['bits'])))[0], r['s'], r['n'], None if r['m'] is None else Decimal(r['m'])) for r in rows]
out = sys.stdout
if sys.argv[1] == 'csv':
    w = csv.writer(out)
    w.writerow(['d', 's', 'n', 'm'])
    w.writerows(vals)
else:
    for d, s, n, m in vals:
        out.write(json.dumps({'d': d, 's': s, 'n': n, 'm': None if m is None else str(m)}) + '\n')
`

// TestPythonOracle prints random doubles (any bit pattern), strings full
// of commas, quotes, line breaks and non-ASCII, int64s and DECIMAL(38,10)s
// with pyround-sql, and compares the bytes with what python3's csv and
// json modules write for the same values.
func TestPythonOracle(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	type row struct {
		Bits string  `json:"bits"`
		S    string  `json:"s"`
		N    int64   `json:"n"`
		M    *string `json:"m"`
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "b", ",", "\"", "'", "\n", "\r", "\t", " ", "é", "😀", "\\", "\x7f", "\x01", "0", "."}
	specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1e16, 1e-5, 0.1, 2.675, 1e22, 9007199254740993}
	var rows []row
	var sqlRows []string
	for k := 0; k < 3000; k++ {
		var x float64
		switch {
		case k < len(specials):
			x = specials[k]
		case k%3 == 0:
			x = float64(rng.Int63n(2000000)-1000000) / 1000 // short decimals
		default:
			x = math.Float64frombits(rng.Uint64())
		}
		var s strings.Builder
		for n := rng.Intn(6); n > 0; n-- {
			s.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		n := rng.Int63() - rng.Int63()
		var m *string
		if k%7 != 3 {
			digits := strconv.FormatUint(rng.Uint64(), 10) + strconv.FormatUint(rng.Uint64(), 10)
			digits = digits[:1+rng.Intn(min(38, len(digits)))]
			for len(digits) <= 10 {
				digits = "0" + digits
			}
			text := digits[:len(digits)-10] + "." + digits[len(digits)-10:]
			if rng.Intn(2) == 0 {
				text = "-" + text
			}
			m = &text
		}
		rows = append(rows, row{strconv.FormatUint(math.Float64bits(x), 10), s.String(), n, m})
		var dlit string
		switch {
		case math.IsNaN(x):
			dlit = "'nan'::DOUBLE"
		case math.IsInf(x, 0) || x == 0:
			dlit = "'" + strconv.FormatFloat(x, 'g', -1, 64) + "'::DOUBLE"
		default:
			dlit = strconv.FormatFloat(x, 'g', -1, 64) + "::DOUBLE"
		}
		mlit := "NULL"
		if m != nil {
			mlit = "'" + *m + "'"
		}
		// chr() for the control characters keeps the SQL text plain.
		slit := "'" + strings.ReplaceAll(s.String(), "'", "''") + "'"
		for _, c := range []byte{'\n', '\r', '\t', 0x7f, 0x01} {
			slit = strings.ReplaceAll(slit, string(c), fmt.Sprintf("' || chr(%d) || '", c))
		}
		sqlRows = append(sqlRows, fmt.Sprintf("(%d, %s, %s, %d, %s)", k, dlit, slit, n, mlit))
	}
	query := "SELECT d, s, n, m::DECIMAL(38,10) AS m FROM (VALUES " + strings.Join(sqlRows, ",\n") + ") t(k, d, s, n, m) ORDER BY k"
	input, err := json.Marshal(rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "jsonl"} {
		cmd := exec.Command(py, "-c", oraclePy, format)
		cmd.Stdin = bytes.NewReader(input)
		cmd.Env = append(cmd.Environ(), "PYTHONIOENCODING=utf-8")
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		got, errs, code := runCase(t, "", "--crlf", "--format", format, "-c", query)
		if code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errs)
		}
		if got != string(want) {
			gl, wl := strings.SplitAfter(got, "\n"), strings.SplitAfter(string(want), "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%s: line %d differs:\n got  %q\n want %q", format, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("%s: %d lines, python3 %d", format, len(gl), len(wl))
		}
	}
}
