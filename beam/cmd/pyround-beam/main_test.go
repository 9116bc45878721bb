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
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
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
// bundles at once, and written to 4 files, gives the rows `pyround round
// --csv --keep-going` gives for the same 200,000-row file, as a multiset
// (Beam writes rows in its own order), and its dead letter holds the rows
// the command reports, with the command's messages.
func TestEndToEnd200k(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	genCSV(t, in, 200_000)
	out := filepath.Join(dir, "out", "rounded")
	cmd := exec.Command(beamBin, "round", "--input", in, "--output", out, "--csv", "--column", "price", "-n", "2",
		"--block-size", "262144", "--branches", "3", "--shards", "4")
	checkRound(t, in, 200_000, cmd, out+"-*-of-00004.csv", 4, out+"-errors.jsonl", nil)
}

// checkRound runs cmd, a pyround-beam round of the file in (n rows) with
// --csv --column price -n 2, and `pyround round` with the same flags and
// --keep-going on in, and checks that cmd exits 1 counting the failed
// rows, that the shards files matching glob each start with the command's
// header and together hold its rows (as a multiset), and that the dead
// letter at errorsPath holds a line for each row the command reports, with
// its messages. fetch, if not nil, runs after cmd, to bring the output to
// the local paths glob and errorsPath name.
func checkRound(t *testing.T, in string, n int, cmd *exec.Cmd, glob string, shards int, errorsPath string, fetch func()) {
	t.Helper()
	cli := exec.Command(pyroundBin, "round", "--csv", "--column", "price", "-n", "2", "--keep-going", "--quiet")
	f, _ := os.Open(in)
	defer f.Close()
	var cliOut, cliErr bytes.Buffer
	cli.Stdin, cli.Stdout, cli.Stderr = f, &cliOut, &cliErr
	if err := cli.Run(); err == nil {
		t.Fatal("pyround round: no value failed; the test needs some")
	}
	cliLines := strings.Split(strings.TrimSuffix(cliOut.String(), "\n"), "\n")

	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), "rows failed") {
		t.Fatalf("pyround-beam: exit %d (%v), want 1 with rows failed; stderr:\n%s", code, err, tail(stderr.String()))
	}
	if fetch != nil {
		fetch()
	}
	headers, rows := readOutput(t, glob)
	if len(headers) != shards {
		t.Errorf("%d output files, want %d", len(headers), shards)
	}
	for _, h := range headers {
		if h != cliLines[0] {
			t.Errorf("header %q, want %q", h, cliLines[0])
		}
	}
	want := slices.Clone(cliLines[1:])
	slices.Sort(want)
	slices.Sort(rows)
	if len(rows) != n || !slices.Equal(rows, want) {
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
	for _, line := range strings.Split(strings.TrimSuffix(mustRead(t, errorsPath), "\n"), "\n") {
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
	if len(wantFailed) < n/2000 || !slices.Equal(gotFailed, wantFailed) {
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

// TestShardEndToEnd: pyround-beam shard writes into each part file the
// rows `pyround shard --out` writes there (as multisets), every file begins
// with the header row, and python3's zlib.crc32(key.encode()) % K puts each
// key in the file it is in.
func TestShardEndToEnd(t *testing.T) {
	const parts = 8
	dir := t.TempDir()
	in := filepath.Join(dir, "events.csv")
	rng := rand.New(rand.NewPCG(8, 8))
	keys := []string{"", " ", "user-1", "Zoë", "日本", "42", "-7", "a,b"}
	var b strings.Builder
	b.WriteString("ts,user,amount\n")
	for i := range 20_000 {
		key := fmt.Sprintf("u%d", rng.IntN(3000))
		if rng.IntN(20) == 0 {
			key = keys[rng.IntN(len(keys))]
		}
		if strings.Contains(key, ",") {
			key = `"` + key + `"`
		}
		fmt.Fprintf(&b, "2026-12-06T%02d:%02d:00,%s,%d.%02d\n", i/60%24, i%60, key, rng.IntN(1000), rng.IntN(100))
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cliDir, beamDir := filepath.Join(dir, "cli"), filepath.Join(dir, "beam")
	os.MkdirAll(cliDir, 0o755)
	cli := exec.Command(pyroundBin, "shard", "--parts", "8", "--csv", "--key", "user", "--out", filepath.Join(cliDir, "part-{}.csv"), "--quiet")
	f, _ := os.Open(in)
	defer f.Close()
	cli.Stdin = f
	if out, err := cli.CombinedOutput(); err != nil {
		t.Fatalf("pyround shard: %v\n%s", err, out)
	}
	cmd := exec.Command(beamBin, "shard", "--input", in, "--output", filepath.Join(beamDir, "part-{}.csv"), "--csv", "--key", "user", "--parts", "8", "--branches", "2", "--block-size", "65536")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pyround-beam shard: %v\n%s", err, tail(string(out)))
	}
	var keysOf [][]string
	var want []string
	for i := range parts {
		name := fmt.Sprintf("part-%d.csv", i)
		_, wantRows := readOutput(t, filepath.Join(cliDir, name))
		headers, gotRows := readOutput(t, filepath.Join(beamDir, name))
		if headers[0] != "ts,user,amount" {
			t.Errorf("%s starts with %q", name, headers[0])
		}
		slices.Sort(wantRows)
		slices.Sort(gotRows)
		if !slices.Equal(gotRows, wantRows) {
			t.Errorf("%s: pyround-beam wrote %d rows, pyround shard %d; first difference: %s", name, len(gotRows), len(wantRows), firstDiff(gotRows, wantRows))
		}
		for _, row := range gotRows {
			_, rest, _ := strings.Cut(row, ",")
			key := rest[:strings.LastIndexByte(rest, ',')]
			key = strings.ReplaceAll(strings.Trim(key, `"`), `""`, `"`)
			keysOf = append(keysOf, []string{"crc32", strconv.Itoa(parts), key})
			want = append(want, strconv.Itoa(i))
		}
	}
	if len(want) != 20_000 {
		t.Fatalf("the part files hold %d rows, want 20000", len(want))
	}
	if _, err := os.Stat(pybeamRejects(beamDir)); err != nil {
		t.Errorf("no rejects file: %v", err)
	}
	got, err := oracle.Start(t).EvalBatch("shard", keysOf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("key %q is in part %s; python3's zlib.crc32 says %s", keysOf[i][2], want[i], got[i])
		}
	}
}

// pybeamRejects is the rejects file of the part pattern in dir.
func pybeamRejects(dir string) string { return filepath.Join(dir, "part-rejects.csv") }

// TestUsageErrors: a bad operation, option or record flag fails with the
// pyround command's message and exit status 2 before any pipeline runs.
func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	os.WriteFile(in, []byte("id,price\n1,2.5\n"), 0o644)
	out := filepath.Join(dir, "out")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"rnd", "--input", in, "--output", out}, `invalid operation "rnd": want round, floordiv, mod, divmod, format, hms, bin or shard`},
		{[]string{"round", "--input", in, "--output", out, "--csv", "--column", "price", "-m", "half-upp"}, "invalid -m: "},
		{[]string{"round", "--input", in, "--output", out, "--csv", "--column", "price", "-n", ""}, `invalid -n "": want an integer`},
		{[]string{"round", "--input", in, "--output", out, "--csv", "--column", "cost"}, `column "cost" is not in the header row ("id", "price")`},
		{[]string{"round", "--input", in, "--output", out, "--csv", "--tsv", "--column", "price"}, "--csv, --tsv and --jsonl exclude each other"},
		{[]string{"round", "--input", in, "--output", out, "--tsv", "--delimiter", ";", "--column", "2"}, "--delimiter needs --csv (--tsv is always TAB)"},
		{[]string{"round", "--output", out, "--csv", "--column", "price"}, "--input GLOB is required"},
		{[]string{"round", "--input", filepath.Join(dir, "none*.csv"), "--output", out, "--csv", "--column", "price"}, "no file matches"},
		{[]string{"format", "--input", in, "--output", out, "--csv", "--column", "price"}, "format needs its SPEC"},
		{[]string{"divmod", "--input", in, "--output", out, "--csv", "--column", "price"}, "divmod needs two operands: --column A --column B (got 1)"},
		{[]string{"shard", "--input", in, "--output", out, "--csv", "--parts", "4"}, "shard needs --key COLUMN|FIELD"},
		{[]string{"shard", "--input", in, "--output", out, "--csv", "--key", "id", "--parts", "4"}, "invalid --output " + strconv.Quote(out) + ": shard writes one file per shard"},
		{[]string{"round", "--input", in, "--output", out, "--shards", "0", "--csv", "--column", "price"}, "invalid --shards 0"},
		{[]string{"round", "--input", in, "--output", out, "--tsv", "--column", "2", "--multiline"}, "--multiline needs --csv"},
		{[]string{"round", "--input", in, "--output", out, "--csv", "--column", "2", "--delimiter", `"`, "--multiline"}, "invalid --delimiter"},
	}
	for _, tc := range cases {
		cmd := exec.Command(beamBin, tc.args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(stderr.String(), "pyround-beam: "+tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, tail(stderr.String()), tc.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused run wrote output")
	}
}
