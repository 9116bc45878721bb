package pyparse_test

import (
	"testing"

	"github.com/pyround/pyround/pyparse"

	"github.com/pyround/pyround/internal/oracle"
)

// diffCases returns the number of cases for a differential test against
// python3: PYROUND_DIFF_CASES if set, else def (a tenth of it with -short).
func diffCases(tb testing.TB, def int) int {
	if testing.Short() {
		def /= 10
	}
	return oracle.CaseCount(tb, def)
}

// runPython runs a one-shot script through the shared python3 oracle
// (skipped without python3, failed under CI=true).
func runPython(tb testing.TB, script string, input []string) []string {
	tb.Helper()
	return oracle.Start(tb).RunScript(tb, script, input)
}

// raceEnabled is set by race_test.go when the race detector is on; the
// allocation tests are skipped then.
var raceEnabled bool

func skipIfRace(tb testing.TB) {
	if raceEnabled {
		tb.Skip("allocation counts are not meaningful under the race detector")
	}
}

// parseInto adapts ParseDecimal to the tests' shape: parse into *d.
func parseInto[S ~string | ~[]byte](d *pyparse.Decimal, buf []byte, s S) ([]byte, error) {
	var err error
	*d, buf, err = pyparse.ParseDecimal(buf, s)
	return buf, err
}
