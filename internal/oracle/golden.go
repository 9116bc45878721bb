package oracle

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pyround/pyround/internal/tsv"
)

// golden caches the parsed golden files, by op.
var golden sync.Map // op -> *goldenFile

type goldenFile struct {
	once  sync.Once
	cases []Case
	err   error
}

// goldenDirs maps each op to the package directory (relative to the
// repository root) that owns its golden file, DIR/testdata/golden/OP.tsv.gz:
// the operations on text belong to package pyops, eval to package pyexpr.
// gen_golden.py's OWNER table is the same; keep the two in step.
var goldenDirs = map[string]string{
	"round":    "pyops",
	"floordiv": "pyops",
	"mod":      "pyops",
	"divmod":   "pyops",
	"format":   "pyops",
	"hms":      "pyops",
	"eval":     "pyexpr",
}

// GoldenPath returns the path of op's golden file, DIR/testdata/golden/
// OP.tsv.gz under the repository root with DIR the package owning op, or
// an error for an op without one.
func GoldenPath(op string) (string, error) {
	dir, ok := goldenDirs[op]
	if !ok {
		return "", fmt.Errorf("oracle: no golden file for op %q", op)
	}
	return filepath.Join(RepoRoot(), dir, "testdata", "golden", op+".tsv.gz"), nil
}

// Golden returns the cases of op's golden file (see GoldenPath), in file
// order. Lines starting with '#' are comments; the
// others are "ARG1 TAB ... TAB ARGn TAB WANT". A missing or malformed file
// fails the test (regenerate it with python3 internal/oracle/gen_golden.py
// OP). The file is parsed once per test binary; the returned slice is the
// caller's, the Args slices are shared and must not be modified.
func Golden(tb testing.TB, op string) []Case {
	tb.Helper()
	v, _ := golden.LoadOrStore(op, new(goldenFile))
	g := v.(*goldenFile)
	g.once.Do(func() { g.cases, g.err = loadGolden(op) })
	if g.err != nil {
		tb.Fatal(g.err)
	}
	return slices.Clone(g.cases)
}

func loadGolden(op string) ([]Case, error) {
	path, err := GoldenPath(op)
	if err != nil {
		return nil, err
	}
	rows, err := tsv.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("oracle: golden file for %q: %v (write it with: python3 internal/oracle/gen_golden.py %s)", op, err, op)
	}
	cases := make([]Case, 0, len(rows))
	for _, r := range rows {
		f := r.Fields
		if len(f) < 2 {
			return nil, fmt.Errorf("oracle: %s: no TAB in %q", r.Pos(), truncate(f[0]))
		}
		cases = append(cases, Case{Args: f[: len(f)-1 : len(f)-1], Want: unescape(f[len(f)-1])})
	}
	return cases, nil
}

// RepoRoot returns the root directory of the pyround repository (the one
// holding go.mod), located from this source file's path, or
// by walking up from the working directory when the binary was built with
// -trimpath. It returns "" if neither finds it.
func RepoRoot() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
		if isRepoRoot(root) {
			return root
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if isRepoRoot(dir) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func isRepoRoot(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	return err == nil && strings.Contains(string(b), "module github.com/pyround/pyround\n")
}
