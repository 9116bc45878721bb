// Package golden compares the functions of package conventions with the
// answers of the real systems recorded in conventions/testdata/golden.tsv
// by conventions/verify/run.sh.
package golden

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/internal/tsv"
)

// Mismatch is one input on which a function and its system disagree.
type Mismatch struct {
	Input  string
	N      int
	System string // the real system's answer
	Go     string // the function's answer, in the system's format where it differs
}

// Tally is the result for one convention.
type Tally struct {
	Convention conventions.Convention
	Inputs     int
	Mismatches []Mismatch
}

// Check reads golden.tsv from r and compares every column with the
// convention of the same ID. Float results are compared as doubles (the
// same bits; NaN equal to NaN), except libreoffice_round, whose system
// (LibreOffice) exports 15 significant digits: there the function's result
// is rounded to 15 significant digits first. Text results must be equal.
func Check(r io.Reader) ([]Tally, error) {
	rows, err := tsv.Read(r, "golden.tsv")
	if err != nil {
		return nil, fmt.Errorf("golden: %v", err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("golden: empty file")
	}
	header := rows[0].Fields
	if len(header) < 3 || header[0] != "input" || header[1] != "n" {
		return nil, fmt.Errorf("golden: header %q", strings.Join(header, "\t"))
	}
	tallies := make([]Tally, len(header)-2)
	for i, id := range header[2:] {
		c, ok := conventions.ByID(id)
		if !ok {
			return nil, fmt.Errorf("golden: unknown convention %q", id)
		}
		tallies[i].Convention = c
	}
	for _, row := range rows[1:] {
		f := row.Fields
		if len(f) != len(header) {
			return nil, fmt.Errorf("golden: %v", row.Errorf("%d fields, want %d", len(f), len(header)))
		}
		x, err := strconv.ParseFloat(f[0], 64)
		if err != nil {
			return nil, fmt.Errorf("golden: %v", row.Errorf("%v", err))
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("golden: %v", row.Errorf("%v", err))
		}
		for i := range tallies {
			t := &tallies[i]
			t.Inputs++
			if ok, got := agree(t.Convention, x, n, f[i+2]); !ok {
				t.Mismatches = append(t.Mismatches, Mismatch{f[0], n, f[i+2], got})
			}
		}
	}
	return tallies, nil
}

func parseSystemFloat(s string) (float64, bool) {
	switch strings.ToLower(s) {
	case "nan":
		return math.NaN(), true
	case "infinity", "inf":
		return math.Inf(1), true
	case "-infinity", "-inf":
		return math.Inf(-1), true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// sameAt15 reports whether w is what LibreOffice exports for the double g:
// g itself (integers are written in full), or g cut to 15 significant
// digits, either from its exact value (half-even) or, as rtl::math's
// formatter does, from its shortest digits half away from zero.
func sameAt15(g, w float64) bool {
	if g == w || math.IsNaN(g) && math.IsNaN(w) {
		return true
	}
	e, _ := strconv.ParseFloat(strconv.FormatFloat(g, 'g', 15, 64), 64)
	if e == w {
		return true
	}
	s := strconv.FormatFloat(math.Abs(g), 'e', -1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	digits := strings.Replace(mant, ".", "", 1)
	if len(digits) <= 15 {
		return false
	}
	up := digits[15] >= '5'
	d, _ := strconv.ParseUint(digits[:15], 10, 64)
	if up {
		d++
	}
	r, _ := strconv.ParseFloat(fmt.Sprintf("%d.%se%s", d/1e14, strconv.FormatUint(d, 10)[1:], exp), 64)
	if d >= 1e15 { // 999... carried into a new digit
		r, _ = strconv.ParseFloat(fmt.Sprintf("1e%d", mustAtoi(exp)+1), 64)
	}
	return math.Copysign(r, g) == w
}

func mustAtoi(s string) int {
	i, _ := strconv.Atoi(s)
	return i
}

func agree(c conventions.Convention, x float64, n int, want string) (bool, string) {
	got := c.Apply(x, n)
	if !c.Float {
		return got == want, got
	}
	g, _ := strconv.ParseFloat(got, 64)
	if got == "nan" {
		g = math.NaN()
	}
	w, ok := parseSystemFloat(want)
	if !ok {
		return false, got
	}
	if c.ID == "libreoffice_round" {
		return sameAt15(g, w), strconv.FormatFloat(g, 'g', 15, 64)
	}
	return conventions.SameFloat(g, w), got
}
