package oracle_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

func TestRepoRoot(t *testing.T) {
	root := oracle.RepoRoot()
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("RepoRoot() = %q: %v", root, err)
	}
}

func TestGoldenRound(t *testing.T) {
	cases := oracle.Golden(t, "round")
	if len(cases) < 200000 {
		t.Fatalf("golden round has %d cases, want at least 200000", len(cases))
	}
	modes := []string{"HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"}
	for i, c := range cases {
		if len(c.Args) != 4 || !slices.Contains([]string{"auto", "float", "decimal"}, c.Args[0]) ||
			!slices.Contains(modes, c.Args[3]) {
			t.Fatalf("golden round case %d is malformed: %q -> %q", i, c.Args, c.Want)
		}
	}
}

// TestGoldenMatchesOracle re-evaluates a random sample of the golden cases
// with the live oracle: a difference means oracle.py (or Python) changed
// since the file was written.
func TestGoldenMatchesOracle(t *testing.T) {
	o := oracle.Start(t)
	cases := oracle.Golden(t, "round")
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 0))
	n := min(2000, len(cases))
	sample := make([]oracle.Case, n)
	for i, j := range r.Perm(len(cases))[:n] {
		sample[i] = cases[j]
	}
	args := make([][]string, n)
	for i, c := range sample {
		args[i] = c.Args
	}
	got, err := o.EvalBatch("round", args)
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i, c := range sample {
		if got[i] != c.Want {
			if bad++; bad <= 10 {
				t.Errorf("golden %q: file %q, oracle now %q", c.Args, trunc(c.Want), trunc(got[i]))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d golden cases differ: regenerate with python3 internal/oracle/gen_golden.py round, after checking why", bad, n)
	}
}

func trunc(s string) string {
	if len(s) > 120 {
		return s[:120] + "..."
	}
	return s
}
