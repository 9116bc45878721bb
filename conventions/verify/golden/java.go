package golden

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/conventions"
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
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		h, s, ok := strings.Cut(sc.Text(), "\t")
		u, err := strconv.ParseUint(h, 16, 64)
		if !ok || err != nil {
			return t, fmt.Errorf("golden: java_tostring line %d: %q", t.Inputs+1, sc.Text())
		}
		x := math.Float64frombits(u)
		want, _, err := apd.NewFromString(strings.Replace(s, "E", "e", 1))
		if err != nil {
			return t, fmt.Errorf("golden: java_tostring line %d: %v", t.Inputs+1, err)
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
	return t, sc.Err()
}
