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

// GoldenPath returns the path of op's golden file: DIR/testdata/golden/
// OP.tsv.gz, DIR being the one package directory of the repository that
// holds a file of that name (pyops for the operations on text, pyexpr for
// eval; gen_golden.py's OWNER table says where each is written). An op
// with no such file, or with two, is an error.
func GoldenPath(op string) (string, error) {
	root := RepoRoot()
	var found []string
	for _, pat := range []string{"*", "*/*"} {
		m, err := filepath.Glob(filepath.Join(root, pat, "testdata", "golden", op+".tsv.gz"))
		if err != nil {
			return "", err
		}
		found = append(found, m...)
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("oracle: no golden file for op %q (write it with: python3 internal/oracle/gen_golden.py %s)", op, op)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("oracle: op %q has golden files in several packages: %q", op, found)
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
