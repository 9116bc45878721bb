package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/internal/oracle"
)

// TestGolden replays the committed vectors of every operation, written by
// internal/oracle/gen_golden.py with python3 (testdata/README.md).
func TestGolden(t *testing.T) {
	for _, op := range opcheck.Ops {
		t.Run(op, func(t *testing.T) { opcheck.Check(t, op, oracle.Golden(t, op)) })
	}
}

// live asks python3 for fresh random and adversarial cases of ops.
func live(t *testing.T, ops ...string) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	for _, op := range ops {
		cases, err := o.Gen(op, seed, oracle.CaseCount(t, 20000))
		if err != nil {
			t.Fatal(err)
		}
		opcheck.Check(t, op, cases)
	}
}

// The live tests are one per capability, as fuzz/soak runs them.
func TestRoundLive(t *testing.T)  { live(t, "round") }
func TestDivLive(t *testing.T)    { live(t, "floordiv", "mod", "divmod") }
func TestFormatLive(t *testing.T) { live(t, "format") }
func TestHMSLive(t *testing.T)    { live(t, "hms") }

// TestRoundIncrementLive checks rounding to an increment (issue 20) against
// incops.py's exact reference: 20,000 fresh cases a run.
func TestRoundIncrementLive(t *testing.T) { live(t, "roundinc") }
