// Command gen writes the deterministic input files of bench/pipeline/run.sh:
//
//	gen -lines N   N lines of one float each
//	gen -csv N     a header row c1..c10 and N rows of mixed ints, floats and text
//
// Values come from splitmix64 with a fixed seed (-seed), so every run and
// every machine times the same bytes. Every float is written as a float
// literal (it always has a '.' or an exponent), so Python's float(text) and
// pyround's auto reading see the same number and the same type.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"strconv"
)

// rng is splitmix64.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9E3779B97F4A7C15
	z := uint64(*r)
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// unit returns a float uniform in [0, 1).
func (r *rng) unit() float64 { return float64(r.next()>>11) * 0x1p-53 }

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// appendFloatLiteral appends x's shortest text, with ".0" when it would
// otherwise read as an int.
func appendFloatLiteral(dst []byte, x float64, format byte) []byte {
	start := len(dst)
	dst = strconv.AppendFloat(dst, x, format, -1, 64)
	for _, c := range dst[start:] {
		if c == '.' || c == 'e' || c == 'n' || c == 'I' {
			return dst
		}
	}
	return append(dst, ".0"...)
}

// appendMoney appends an amount with exactly decimals digits after the
// point, as money and prices are written: -12.30, 4512.7821.
func appendMoney(dst []byte, r *rng, max float64, decimals int) []byte {
	x := r.unit() * max
	if r.intn(10) == 0 {
		x = -x
	}
	return strconv.AppendFloat(dst, x, 'f', decimals, 64)
}

// appendValue appends one float of a realistic mix: money with 2 decimals,
// prices with 3 or 4, full-precision values in [-1e6, 1e6], and random
// magnitudes from 1e-12 to 1e20.
func appendValue(dst []byte, r *rng) []byte {
	switch r.intn(8) {
	case 0, 1, 2:
		return appendMoney(dst, r, 100000, 2)
	case 3, 4:
		return appendMoney(dst, r, 1000, 3+r.intn(2))
	case 5, 6:
		return appendFloatLiteral(dst, r.unit()*2e6-1e6, 'f')
	}
	return appendMagnitude(dst, r)
}

func appendMagnitude(dst []byte, r *rng) []byte {
	x := (1 + 9*r.unit()) * math.Pow(10, float64(r.intn(33)-12))
	if r.intn(2) == 0 {
		x = -x
	}
	return appendFloatLiteral(dst, x, 'g')
}

var (
	names = []string{"Alice", "Bob", "Smith, John", "O'Brien", `The "Big" Shop`, "Zoë", "Müller GmbH", "Acme Corp", "Lee, Ann & Co", "Nakamura"}
	cats  = []string{"food", "rent", "travel", "books", "tax", "salary", "misc", "fees"}
)

// appendCSVField appends s quoted as Python's csv.writer (QUOTE_MINIMAL)
// quotes it: only when it holds a comma, a quote, CR or LF.
func appendCSVField(dst []byte, s string) []byte {
	needs := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ',' || c == '"' || c == '\r' || c == '\n' {
			needs = true
			break
		}
	}
	if !needs {
		return append(dst, s...)
	}
	dst = append(dst, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, s[i])
	}
	return append(dst, '"')
}

// appendRow appends one CSV row of c1..c10: id, name, amount, quantity,
// date, rate, measurement, category, delta, price.
func appendRow(dst []byte, r *rng, id int) []byte {
	dst = strconv.AppendInt(dst, int64(id), 10)
	dst = append(dst, ',')
	dst = appendCSVField(dst, names[r.intn(len(names))])
	dst = append(dst, ',')
	dst = appendValue(dst, r) // c3
	dst = append(dst, ',')
	dst = strconv.AppendInt(dst, int64(r.intn(1000)), 10)
	dst = append(dst, ',')
	dst = fmt.Appendf(dst, "20%02d-%02d-%02d", 10+r.intn(17), 1+r.intn(12), 1+r.intn(28))
	dst = append(dst, ',')
	dst = appendFloatLiteral(dst, r.unit()*0.2, 'g')
	dst = append(dst, ',')
	dst = appendMagnitude(dst, r) // c7
	dst = append(dst, ',')
	dst = append(dst, cats[r.intn(len(cats))]...)
	dst = append(dst, ',')
	dst = strconv.AppendInt(dst, int64(r.intn(200001)-100000), 10)
	dst = append(dst, ',')
	dst = appendMoney(dst, r, 500, 2)
	return append(dst, '\n')
}

func main() {
	lines := flag.Int("lines", 0, "write N lines of one float each")
	csvRows := flag.Int("csv", 0, "write a header and N CSV rows of 10 columns")
	seed := flag.Uint64("seed", 1, "splitmix64 seed")
	flag.Parse()
	if (*lines > 0) == (*csvRows > 0) {
		fmt.Fprintln(os.Stderr, "usage: gen -lines N | -csv N [-seed S] > FILE")
		os.Exit(2)
	}
	r := rng(*seed)
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	buf := make([]byte, 0, 256)
	if *lines > 0 {
		for i := 0; i < *lines; i++ {
			buf = appendValue(buf[:0], &r)
			buf = append(buf, '\n')
			w.Write(buf)
		}
	} else {
		w.WriteString("c1,c2,c3,c4,c5,c6,c7,c8,c9,c10\n")
		for i := 1; i <= *csvRows; i++ {
			w.Write(appendRow(buf[:0], &r, i))
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
