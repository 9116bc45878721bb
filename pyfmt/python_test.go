package pyfmt_test

import (
	"os"
	"strings"
	"testing"
)

// readTSV reads a testdata file of tab-separated fields, skipping lines
// that start with '#'.
func readTSV(tb testing.TB, name string) [][]string {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// raceEnabled is set by race_test.go when the race detector is on; the
// allocation tests are skipped then.
var raceEnabled bool

func skipIfRace(tb testing.TB) {
	if raceEnabled {
		tb.Skip("allocation counts are not meaningful under the race detector")
	}
}
