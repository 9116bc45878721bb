package golden

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/internal/tsv"
)

// JavaTally is the comparison of conventions.JavaDoubleToString with JDK
// 17's Double.toString on the doubles of java_tostring.tsv.
type JavaTally struct {
	Inputs      int
	NotShortest int      // inputs where Double.toString is not the shortest decimal
	Mismatches  []string // "bits: Java's string vs the model's value"
}

// CheckJavaToString reads java_tostring.tsv ("bits<TAB>Double.toString")
// and compares every line with conventions.JavaDoubleToString by value.
func CheckJavaToString(r io.Reader) (JavaTally, error) {
	var t JavaTally
	rows, err := tsv.Read(r, "java_tostring.tsv")
	if err != nil {
		return t, fmt.Errorf("golden: %v", err)
	}
	for _, row := range rows {
		f := row.Fields
		u, err := strconv.ParseUint(f[0], 16, 64)
		if len(f) < 2 || err != nil {
			return t, fmt.Errorf("golden: %v", row.Errorf("%q", strings.Join(f, "\t")))
		}
		h, s := f[0], strings.Join(f[1:], "\t")
		x := math.Float64frombits(u)
		want, _, err := apd.NewFromString(strings.Replace(s, "E", "e", 1))
		if err != nil {
			return t, fmt.Errorf("golden: %v", row.Errorf("%v", err))
		}
		t.Inputs++
		got := conventions.JavaDoubleToString(x)
		if got.Cmp(want) != 0 || got.Negative != want.Negative {
			t.Mismatches = append(t.Mismatches, fmt.Sprintf("%s: %s vs %s", h, s, got.Text('G')))
		}
		if conventions.Shortest(x).Cmp(want) != 0 {
			t.NotShortest++
		}
	}
	return t, nil
}
