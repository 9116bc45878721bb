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

	"github.com/pyround/pyround/internal/records"
)

// splitRecords cuts CSV text into its records, as the command reads them.
func splitRecords(text string) []string {
	return records.SplitRecords(records.Config{Format: records.CSV}, text)
}

// TestMultilineEndToEnd: pyround-beam --multiline on four CSV files whose
// quoted notes hold line breaks (LF, CRLF, empty lines, doubled quotes),
// read by two branches, gives the records `pyround round --csv
// --keep-going` gives for each file, as a multiset, and its dead letter
// holds each record the command reports, with the command's messages.
func TestMultilineEndToEnd(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(12, 6))
	notes := []string{`"a` + "\n" + `b"`, `"x` + "\r\n" + `y, z"`, `"one ""q""` + "\n\n" + `end"`, `plain`, `"` + "\n" + `"`}
	var wantRows, wantFailed []string
	var cliHeader string
	for f := range 4 {
		var b strings.Builder
		b.WriteString("id,note,price\n")
		for i := range 5000 {
			price := fmt.Sprintf("%.3f", (rng.Float64()-0.5)*2000)
			if rng.IntN(200) == 0 {
				price = "n/a"
			}
			end := "\n"
			if rng.IntN(8) == 0 {
				end = "\r\n"
			}
			fmt.Fprintf(&b, "%d,%s,%s%s", i, notes[rng.IntN(len(notes))], price, end)
		}
		in := filepath.Join(dir, fmt.Sprintf("in-%d.csv", f))
		if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		cli := exec.Command(pyroundBin, "round", "--csv", "--column", "price", "-n", "2", "--keep-going", "--quiet")
		cli.Stdin = strings.NewReader(b.String())
		var cliOut, cliErr bytes.Buffer
		cli.Stdout, cli.Stderr = &cliOut, &cliErr
		if err := cli.Run(); err == nil {
			t.Fatal("pyround round: no value failed; the test needs some")
		}
		out := splitRecords(cliOut.String())
		cliHeader = out[0]
		wantRows = append(wantRows, out[1:]...)
		inRecs := splitRecords(b.String())
		for _, m := range strings.Split(strings.TrimSuffix(cliErr.String(), "\n"), "\n") {
			var row int
			if _, err := fmt.Sscanf(m, "pyround: row %d,", &row); err != nil {
				continue // the summary line
			}
			_, msg, _ := strings.Cut(m, ", ")
			j, _ := json.Marshal(map[string]string{"error": msg, "input": inRecs[row-1]})
			wantFailed = append(wantFailed, string(j))
		}
	}
	if len(wantRows) != 20_000 || len(wantFailed) < 50 {
		t.Fatalf("the command gives %d records, %d failures", len(wantRows), len(wantFailed))
	}

	outPrefix := filepath.Join(dir, "out", "rounded")
	cmd := exec.Command(beamBin, "round", "--input", filepath.Join(dir, "in-*.csv"), "--output", outPrefix,
		"--csv", "--column", "price", "-n", "2", "--multiline", "--branches", "2", "--shards", "3")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), fmt.Sprintf("%d rows failed", len(wantFailed))) {
		t.Fatalf("pyround-beam: exit %d (%v), want 1 and %d rows failed; stderr:\n%s", code, err, len(wantFailed), tail(stderr.String()))
	}
	files, _ := filepath.Glob(outPrefix + "-*-of-00003.csv")
	if len(files) != 3 {
		t.Fatalf("%d output files, want 3", len(files))
	}
	var gotRows []string
	for _, f := range files {
		recs := splitRecords(mustRead(t, f))
		if recs[0] != cliHeader {
			t.Errorf("%s starts with %q, want the header %q", f, recs[0], cliHeader)
		}
		gotRows = append(gotRows, recs[1:]...)
	}
	slices.Sort(gotRows)
	slices.Sort(wantRows)
	if !slices.Equal(gotRows, wantRows) {
		t.Fatalf("pyround-beam wrote %d records, the command %d; first difference: %s", len(gotRows), len(wantRows), firstDiff(gotRows, wantRows))
	}
	var gotFailed []string
	for _, line := range strings.Split(strings.TrimSuffix(mustRead(t, outPrefix+"-errors.jsonl"), "\n"), "\n") {
		var v map[string]string
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("dead letter line %q: %v", line, err)
		}
		j, _ := json.Marshal(v) // the keys in order, as wantFailed has them
		gotFailed = append(gotFailed, string(j))
	}
	slices.Sort(gotFailed)
	slices.Sort(wantFailed)
	if !slices.Equal(gotFailed, wantFailed) {
		t.Fatalf("dead letter: %d lines, the command reports %d; first difference: %s", len(gotFailed), len(wantFailed), firstDiff(gotFailed, wantFailed))
	}
}
