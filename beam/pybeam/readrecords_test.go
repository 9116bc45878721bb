package pybeam

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pyround/pyround/pyops"
)

// multilineRows returns n CSV data rows (delimiter sep) whose quoted note
// often holds a line break (LF or CRLF), a doubled quote or the
// delimiter, with a quote inside an unquoted cell now and then, and a
// price that is a tie, blank or bad at times; some rows end in CR.
func multilineRows(rng *rand.Rand, n int, sep string) []string {
	notes := []string{`"a` + "\n" + `b"`, `"x` + "\r\n" + `y"`, `"one ""quoted""` + "\n\n" + `line"`, `"a` + sep + `b"`,
		`plain`, `say "hi"`, `""`, `"` + "\n" + `"`, `"ends in LF` + "\n" + `"`}
	prices := []string{"2.675", "0.125", "", "n/a", "-0.0", "1e400"}
	rows := make([]string, n)
	for i := range rows {
		price := fmt.Sprintf("%.3f", (rng.Float64()-0.5)*200)
		if rng.IntN(4) == 0 {
			price = prices[rng.IntN(len(prices))]
		}
		end := ""
		if rng.IntN(6) == 0 {
			end = "\r"
		}
		rows[i] = fmt.Sprint(i) + sep + notes[rng.IntN(len(notes))] + sep + price + end
	}
	return rows
}

// TestReadRecordsMultiline: with QuotedLineBreaks, ReadLines yields each
// CSV record whole, its quoted line breaks included, from several files
// (a BOM, a multi-line header, an unterminated quote at the end of a
// file, an empty file), with and without branches and whatever the block
// size; ReadHeaderRecord reads a header whose quoted name holds a line
// break.
func TestReadRecordsMultiline(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	dir := t.TempDir()
	var want []string
	for k, sep := range []string{",", ",", ";", ","} {
		rows := multilineRows(rng, 300, sep)
		header := "id" + sep + "note" + sep + "price"
		content := header + "\n" + strings.Join(rows, "\n") + "\n"
		switch k {
		case 1:
			content = bom + `id,"a` + "\n" + `note",price` + "\n" + strings.Join(rows, "\n") // no final LF
		case 3:
			rows = append(rows, `999,"never closed,1.5`+"\n"+`and more`)
			content = header + "\n" + strings.Join(rows, "\n") + "\n"
		}
		if sep != "," {
			writeFile(t, dir, "semi.txt", content)
			got := readAllRecords(t, filepath.Join(dir, "semi.txt"), ReadOptions{Header: true, QuotedLineBreaks: true, Delimiter: ";"})
			if !sameMultiset(got, rows) {
				t.Errorf("';' delimited: %d records, want %d", len(got), len(rows))
			}
			continue
		}
		writeFile(t, dir, fmt.Sprintf("f%d.csv", k), content)
		want = append(want, rows...)
	}
	writeFile(t, dir, "empty.csv", "")

	glob := filepath.Join(dir, "*.csv")
	p, s := beam.NewPipelineWithRoot()
	for _, opt := range []ReadOptions{
		{Header: true, QuotedLineBreaks: true},
		{Header: true, QuotedLineBreaks: true, BlockSize: 7},
		{Header: true, QuotedLineBreaks: true, Branches: 3},
	} {
		got := ReadLines(s, glob, opt)
		passert.Equals(s.Scope(fmt.Sprintf("%+v", opt)), got, anys(want)...)
	}
	ptest.RunAndValidate(t, p)

	h, err := ReadHeaderRecord(context.Background(), filepath.Join(dir, "f1.csv"), ReadOptions{QuotedLineBreaks: true})
	if want := `id,"a` + "\n" + `note",price`; err != nil || h != want {
		t.Errorf("ReadHeaderRecord: %q, %v; want %q", h, err, want)
	}
	if h, err := ReadHeader(context.Background(), filepath.Join(dir, "f1.csv")); err != nil || h != `id,"a` {
		t.Errorf("ReadHeader reads the first line: %q, %v", h, err)
	}
}

// readAllRecords reads the file at path as readFn does, by hand, and
// checks that its one restriction refuses a split.
func readAllRecords(t *testing.T, path string, opt ReadOptions) []string {
	t.Helper()
	delim, err := opt.delimiter()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	content := string(data)
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(content))}}
	fn := &readFn{Header: opt.Header, Multiline: true, Delimiter: delim, BlockSize: 3}
	rests := fn.SplitRestriction(file, fn.CreateInitialRestriction(file))
	if len(rests) != 1 {
		t.Fatalf("%d restrictions for a file read whole", len(rests))
	}
	rt := fn.CreateTracker(rests[0])
	var got []string
	err = fn.ProcessElement(context.Background(), rt, file, func(r string) {
		got = append(got, r)
		if len(got) == 2 {
			if _, residual, err := rt.TrySplit(0.5); residual != nil || err != nil {
				t.Errorf("the tracker split: %v, %v", residual, err)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if !rt.IsDone() {
		t.Error("restriction not done")
	}
	return got
}

func sameMultiset(a, b []string) bool {
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(a)
	sort.Strings(b)
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// TestRewriteMultilineMatchesCLI: records read with QuotedLineBreaks and
// rewritten with Records.QuotedLineBreaks give the bytes and the failures
// the pyround command gives for the same file, a record that never closes
// its quote included (reported as the command reports it).
func TestRewriteMultilineMatchesCLI(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	const header = "id,note,price"
	rows := append(multilineRows(rng, 2000, ","), `2000,"never closed,2.675`+"\n"+`x`)
	path := writeFile(t, t.TempDir(), "in.csv", header+"\n"+strings.Join(rows, "\n")+"\n")
	for _, tc := range []struct {
		spec pyops.Spec
		r    Records
	}{
		{pyops.Spec{Op: "round", N: "2"}, Records{Format: "csv", Columns: []string{"price"}, QuotedLineBreaks: true}},
		{pyops.Spec{Op: "format", Format: ",.1f"}, Records{Format: "csv", Columns: []string{"price"}, Into: "pretty", QuotedLineBreaks: true}},
	} {
		_, _, wantFailed := cliOutput(t, tc.spec, tc.r, header, rows)
		if last := wantFailed[len(wantFailed)-1].Error; !strings.Contains(last, "unterminated quoted field") {
			t.Fatalf("the last failure is %q, want the unterminated quote", last)
		}
		checkRewriteOf(t, tc.spec, tc.r, header, rows, func(s beam.Scope) beam.PCollection {
			return ReadLines(s, path, ReadOptions{Header: true, QuotedLineBreaks: true, Branches: 2})
		})
	}
	if _, _, _, err := (Records{Format: "tsv", QuotedLineBreaks: true}).config(pyops.Spec{Op: "round"}, "", false); err == nil {
		t.Error("QuotedLineBreaks on TSV: no error")
	}
}
