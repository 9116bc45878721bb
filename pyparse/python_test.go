package pyparse_test

import (
	"testing"

	"github.com/pyround/pyround/pyparse"
)

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
