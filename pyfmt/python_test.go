package pyfmt_test

import (
	"testing"

	"github.com/pyround/pyround/internal/tsv"
)

// readTSV reads the rows of testdata/NAME (internal/tsv: '#' lines and
// blank lines skipped), as their fields.
func readTSV(tb testing.TB, name string) [][]string {
	tb.Helper()
	rows, err := tsv.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r.Fields
	}
	return out
}

// raceEnabled is set by race_test.go when the race detector is on; the
// allocation tests are skipped then.
var raceEnabled bool

func skipIfRace(tb testing.TB) {
	if raceEnabled {
		tb.Skip("allocation counts are not meaningful under the race detector")
	}
}
