package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// binaries are built once for the tests: pyround-beam and, from the main
// module two directories up, the pyround command it is compared with.
var beamBin, pyroundBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pyround-beam-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	beamBin, pyroundBin = filepath.Join(dir, "pyround-beam"), filepath.Join(dir, "pyround")
	for _, b := range []struct{ out, dir, pkg string }{{beamBin, ".", "."}, {pyroundBin, "../../..", "./cmd/pyround"}} {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		cmd.Dir, cmd.Stderr = b.dir, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building", b.pkg, err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// genCSV writes a CSV of n data rows after a header: prices that are
// ties, a hair beside them, ints past 2^53, blanks, bad values (about 1
// row in 500), quoted cells holding commas, CRLF endings.
func genCSV(t *testing.T, path string, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(2026, 12))
	special := []string{"2.675", "0.125", "2.6750000000000003", "-0.0", "nan", "-inf", "1e400", "9007199254740993",
		"", " ", "1_000.5", "\"3.14159\"", "5e-324", "-2.5", "12345678901234567890.125", "0.005", "1.005"}
	var b bytes.Buffer
	b.WriteString("id,note,price,qty\n")
	for i := range n {
		var v string
		switch r := rng.IntN(1000); {
		case r < 2:
			v = "n/a" // Python's ValueError
		case r < 100:
			v = special[rng.IntN(len(special))]
		default:
			v = fmt.Sprintf("%.*f", rng.IntN(5), (rng.Float64()-0.5)*2e4)
		}
		end := "\n"
		if rng.IntN(10) == 0 {
			end = "\r\n"
		}
		fmt.Fprintf(&b, "%d,\"note, %d\",%s,%d%s", i, rng.IntN(1000), v, rng.IntN(50), end)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readOutput returns the header rows and the data rows of the files
// matching glob.
func readOutput(t *testing.T, glob string) (headers, rows []string) {
	t.Helper()
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		t.Fatalf("no file matches %s", glob)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		headers = append(headers, lines[0])
		rows = append(rows, lines[1:]...)
	}
	return headers, rows
}

// TestEndToEnd200k: pyround-beam on prism, with the input read in splits of
// 256 KiB (about 30 of them) by three branches, which prism runs as three
// bundles at once, and written to 4 files, gives the rows `pyround round --csv --keep-going` gives for the
// same 200,000-row file, as a multiset (Beam writes rows in its own
// order), and its dead letter holds the rows the command reports, with the
// command's messages.
func TestEndToEnd200k(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	genCSV(t, in, 200_000)

	cli := exec.Command(pyroundBin, "round", "--csv", "--column", "price", "-n", "2", "--keep-going", "--quiet")
	f, _ := os.Open(in)
	defer f.Close()
	var cliOut, cliErr bytes.Buffer
	cli.Stdin, cli.Stdout, cli.Stderr = f, &cliOut, &cliErr
	if err := cli.Run(); err == nil {
		t.Fatal("pyround round: no value failed; the test needs some")
	}
	cliLines := strings.Split(strings.TrimSuffix(cliOut.String(), "\n"), "\n")

	out := filepath.Join(dir, "out", "rounded")
	cmd := exec.Command(beamBin, "round", "--input", in, "--output", out, "--csv", "--column", "price", "-n", "2",
		"--block-size", "262144", "--branches", "3", "--shards", "4")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), "rows failed") {
		t.Fatalf("pyround-beam: exit %d (%v), want 1 with rows failed; stderr:\n%s", code, err, tail(stderr.String()))
	}
	headers, rows := readOutput(t, out+"-*-of-00004.csv")
	if len(headers) != 4 {
		t.Errorf("%d output files, want 4", len(headers))
	}
	for _, h := range headers {
		if h != cliLines[0] {
			t.Errorf("header %q, want %q", h, cliLines[0])
		}
	}
	want := slices.Clone(cliLines[1:])
	slices.Sort(want)
	slices.Sort(rows)
	if len(rows) != 200_000 || !slices.Equal(rows, want) {
		t.Fatalf("pyround-beam wrote %d rows, the command %d; first difference: %s", len(rows), len(want), firstDiff(rows, want))
	}

	// The dead letter: one line per failed row, the row and the messages.
	inLines := strings.Split(mustRead(t, in), "\n")
	var wantFailed []string
	for _, m := range strings.Split(strings.TrimSuffix(cliErr.String(), "\n"), "\n") {
		var row int
		if _, err := fmt.Sscanf(m, "pyround: row %d,", &row); err != nil {
			continue // the summary line
		}
		_, msg, _ := strings.Cut(m, ", ")
		b, _ := json.Marshal(map[string]string{"error": msg, "input": strings.TrimSuffix(inLines[row-1], "\r")})
		wantFailed = append(wantFailed, string(b))
	}
	var gotFailed []string
	for _, line := range strings.Split(strings.TrimSuffix(mustRead(t, out+"-errors-00000-of-00001.jsonl"), "\n"), "\n") {
		var v map[string]string
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("dead letter line %q: %v", line, err)
		}
		v["input"] = strings.TrimSuffix(v["input"], "\r")
		b, _ := json.Marshal(v)
		gotFailed = append(gotFailed, string(b))
	}
	slices.Sort(wantFailed)
	slices.Sort(gotFailed)
	if len(wantFailed) < 100 || !slices.Equal(gotFailed, wantFailed) {
		t.Fatalf("dead letter: %d lines, the command reports %d; first difference: %s", len(gotFailed), len(wantFailed), firstDiff(gotFailed, wantFailed))
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("%d rows failed", len(wantFailed))) {
		t.Errorf("stderr does not count %d failed rows:\n%s", len(wantFailed), tail(stderr.String()))
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("%q vs %q", a[i], b[i])
		}
	}
	return "(one is a prefix of the other)"
}

// tail returns the end of a long stderr (prism logs much).
func tail(s string) string {
	if len(s) > 3000 {
		return "..." + s[len(s)-3000:]
	}
	return s
}
