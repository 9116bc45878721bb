// Package proptest gives pyround's gopter property tests one setup: n
// successful cases (a tenth of them under go test -short) from a seed that
// oracle.Seed picks fresh each run, logs, and takes from PYROUND_SEED to
// reproduce a failure.
package proptest

import (
	"testing"

	"github.com/leanovate/gopter"

	"github.com/pyround/pyround/internal/oracle"
)

// Properties returns a gopter property set for t that runs n cases.
func Properties(t *testing.T, n int) *gopter.Properties {
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = n
	if testing.Short() {
		p.MinSuccessfulTests = max(n/10, 1)
	}
	p.Rng.Seed(oracle.Seed(t))
	return gopter.NewProperties(p)
}
