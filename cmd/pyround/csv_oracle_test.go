package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

var update = flag.Bool("update", false, "rewrite the golden outputs of testdata/csv_oracle")

// csvOracleArgs is the command gen_csv.py's expectations are for, with
// --delimiter delim unless it is a comma.
func csvOracleArgs(delim string) []string {
	args := []string{"round", "-n", "2", "--as", "float", "--csv", "--column", "val,amt", "--keep-going"}
	if delim != "," {
		args = append(args, "--delimiter", delim)
	}
	return args
}

// csvOracleDelimiters are the delimiters of the CSV oracle, and the
// directories of their golden cases under testdata.
var csvOracleDelimiters = []struct{ delim, dir string }{
	{",", "csv_oracle"}, {";", "csv_oracle_semicolon"}, {"|", "csv_oracle_pipe"},
}

// runCSVCases runs pyround on every dir/caseK.csv (separated by delim)
// and writes (or with compare, checks) caseK.out.csv and caseK.err.txt;
// every --jobs value must agree.
func runCSVCases(t *testing.T, dir, delim string, write bool) int {
	t.Helper()
	inputs, err := filepath.Glob(filepath.Join(dir, "case*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".out.csv") {
			continue
		}
		n++
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(in, ".csv")
		var out, errOut bytes.Buffer
		for i, jobs := range []string{"1", "3"} {
			var o, e bytes.Buffer
			run(append(csvOracleArgs(delim), "--jobs", jobs), bytes.NewReader(data), &o, &e)
			if i == 0 {
				out, errOut = o, e
			} else if o.String() != out.String() || e.String() != errOut.String() {
				t.Errorf("%s: --jobs %s differs from --jobs 1", in, jobs)
			}
		}
		if write {
			if err := os.WriteFile(base+".out.csv", out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(base+".err.txt", errOut.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		wantOut, err1 := os.ReadFile(base + ".out.csv")
		wantErr, err2 := os.ReadFile(base + ".err.txt")
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: missing golden output (%v, %v); run go test -run TestCSVGolden -update", in, err1, err2)
		}
		if out.String() != string(wantOut) || errOut.String() != string(wantErr) {
			t.Errorf("%s: output differs from the golden files:\n got %.400q\n     %.400q\nwant %.400q\n     %.400q", in, out.String(), errOut.String(), wantOut, wantErr)
		}
	}
	return n
}

// TestCSVGolden replays the committed CSV cases (made by gen_csv.py and
// checked against Python's csv module by TestCSVGoldenMatchesPython)
// byte for byte, for each delimiter; no python3 needed.
func TestCSVGolden(t *testing.T) {
	for _, d := range csvOracleDelimiters {
		n := runCSVCases(t, filepath.Join("testdata", d.dir), d.delim, *update)
		if want := map[bool]int{true: 40, false: 20}[d.delim == ","]; n < want {
			t.Fatalf("%s: %d golden CSV cases, want %d", d.dir, n, want)
		}
	}
}

// checkWithPython runs gen_csv.py check on dir.
func checkWithPython(t *testing.T, python, dir string) {
	t.Helper()
	cmd := exec.Command(python, "-I", filepath.Join("testdata", "gen_csv.py"), "check", dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("Python's csv module disagrees with pyround (%v):\n%s", err, out)
	}
	t.Logf("%s", bytes.TrimSpace(out))
}

func pythonPath(t *testing.T) string {
	oracle.Start(t) // skips, or fails under CI=true, without CPython 3.11
	name := os.Getenv("PYROUND_PYTHON")
	if name == "" {
		name = "python3"
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCSVGoldenMatchesPython checks the committed golden outputs with
// Python's csv module, cell by cell.
func TestCSVGoldenMatchesPython(t *testing.T) {
	python := pythonPath(t)
	for _, d := range csvOracleDelimiters {
		checkWithPython(t, python, filepath.Join("testdata", d.dir))
	}
}

// TestCSVOracle generates fresh tricky CSV files with gen_csv.py, for
// each delimiter, and checks pyround's output with Python's csv module
// (csv.reader(f, delimiter=...)).
func TestCSVOracle(t *testing.T) {
	python := pythonPath(t)
	seed := oracle.Seed(t)
	count := oracle.CaseCount(t, 300)
	for i, d := range csvOracleDelimiters {
		dir := t.TempDir()
		n := count
		if d.delim != "," {
			n = max(count/3, 1)
		}
		gen := exec.Command(python, "-I", filepath.Join("testdata", "gen_csv.py"), "gen", dir, strconv.FormatInt(seed+int64(i), 10), strconv.Itoa(n), d.delim)
		if out, err := gen.CombinedOutput(); err != nil {
			t.Fatalf("gen_csv.py gen: %v\n%s", err, out)
		}
		runCSVCases(t, dir, d.delim, true)
		checkWithPython(t, python, dir)
	}
}
