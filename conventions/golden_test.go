package conventions_test

import (
	"os"
	"testing"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/conventions/verify/golden"
)

// knownMismatches are the inputs of testdata/golden.tsv on which a
// function knowingly differs from its system, by convention ID and
// "input n": none since JavaDoubleToString ports JDK 17's FloatingDecimal.
var knownMismatches = map[string]map[string]bool{}

// TestJavaDoubleToStringGolden requires JavaDoubleToString to give JDK 17's
// Double.toString, recorded by verify/run.sh, for 12,000 doubles, among
// them hundreds that JDK 17 prints with more digits than the shortest.
func TestJavaDoubleToStringGolden(t *testing.T) {
	f, err := os.Open("testdata/java_tostring.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tl, err := golden.CheckJavaToString(f)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Inputs < 10000 || tl.NotShortest < 10 {
		t.Errorf("%d inputs, %d not shortest: the golden file lost its point", tl.Inputs, tl.NotShortest)
	}
	for _, m := range tl.Mismatches {
		t.Error(m)
	}
}

// TestGolden requires every convention to give its real system's answer,
// recorded by verify/run.sh, on every input of testdata/golden.tsv.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/golden.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tallies, err := golden.Check(f)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tl := range tallies {
		seen[tl.Convention.ID] = true
		if tl.Inputs < 4000 {
			t.Errorf("%s: only %d inputs", tl.Convention.ID, tl.Inputs)
		}
		for _, m := range tl.Mismatches {
			key := m.Input + " " + itoa(m.N)
			if knownMismatches[tl.Convention.ID][key] {
				continue
			}
			t.Errorf("%s(%s, %d) = %s, the system gives %s", tl.Convention.ID, m.Input, m.N, m.Go, m.System)
		}
	}
	for _, c := range conventions.All() {
		if !seen[c.ID] && c.ID != "excel_round" {
			t.Errorf("%s has no column in golden.tsv", c.ID)
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
