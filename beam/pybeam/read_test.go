package pybeam

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// splitLines is what ReadLines should yield for a file holding content,
// computed without it: content split at each LF, a BOM at the start dropped,
// no line after a final LF, and the first line left out with header.
func splitLines(content string, header bool) []string {
	content = strings.TrimPrefix(content, bom)
	if content == "" {
		return nil
	}
	lines := strings.Split(content, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if header && len(lines) > 0 {
		lines = lines[1:]
	}
	return lines
}

// writeFile writes content to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// anys converts elements for passert.Equals, which takes ...any.
func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// longText has lines of many lengths, so that small blocks start at every
// position in a line: at its first byte, in its middle, at its LF.
func longText(eol string) string {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString(strings.Repeat(string(rune('a'+i%26)), i%11))
		b.WriteString(eol)
	}
	return b.String()
}

var readCases = []struct {
	name    string
	content string
	header  bool
}{
	{"lf", "a,b\n1,2\n3,4\n", false},
	{"crlf", "a,b\r\n1,2\r\n3,4\r\n", false},
	{"no final lf", "a,b\n1,2\n3,4", false},
	{"empty lines", "\n\nx\n\n\ny\n\n", false},
	{"only lf", "\n", false},
	{"empty file", "", false},
	{"bom", bom + "a,b\n1,2\n", false},
	{"bom only", bom, false},
	{"bom no lf", bom + "x", false},
	{"bom in a later line is kept", "a\n" + bom + "b\n", false},
	{"header", "a,b\n1,2\n3,4\n", true},
	{"header crlf bom", bom + "a,b\r\n1,2\r\n\r\n3,4", true},
	{"header only", "a,b\n", true},
	{"header empty file", "", true},
	{"long lf", longText("\n"), false},
	{"long crlf header", bom + longText("\r\n"), true},
	{"long no final lf", strings.TrimSuffix(longText("\n"), "\n") + "tail", false},
}

// blockSizes are the ReadOptions.BlockSize values each case is read with:
// a restriction per byte, a few lines, more than most files, the default.
var blockSizes = []int64{1, 7, 64, 0}

func TestReadLines(t *testing.T) {
	for _, tc := range readCases {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), "in.csv", tc.content)
			want := anys(splitLines(tc.content, tc.header))
			p, s := beam.NewPipelineWithRoot()
			for _, bs := range blockSizes {
				got := ReadLines(s, path, ReadOptions{Header: tc.header, BlockSize: bs})
				passert.Equals(s.Scope(fmt.Sprint("block ", bs)), got, want...)
			}
			for _, k := range []int{2, 3, 8} {
				got := ReadLines(s, path, ReadOptions{Header: tc.header, BlockSize: 5, Branches: k})
				passert.Equals(s.Scope(fmt.Sprint("branches ", k)), got, want...)
			}
			ptest.RunAndValidate(t, p)
		})
	}
}

// TestReadLinesSplits runs readFn's restrictions by hand, without a runner,
// so that the split is certain: with every block size, the restrictions
// together must yield each line once, and each must end claimed in full.
func TestReadLinesSplits(t *testing.T) {
	ctx := context.Background()
	for _, tc := range readCases {
		path := writeFile(t, t.TempDir(), "in.csv", tc.content)
		file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(tc.content))}}
		want := splitLines(tc.content, tc.header)
		want = append(want, want...) // once without branches, once with
		sort.Strings(want)
		for _, bs := range append(blockSizes, 2, 3, 5) {
			fn := &readFn{Header: tc.header, BlockSize: bs}
			var got []string
			rests := fn.SplitRestriction(file, fn.CreateInitialRestriction(file))
			// The branches' blocks are the blocks of one reader cut finer:
			// read them all too, each line must come out once more.
			for k := range 3 {
				b := &readFn{Header: tc.header, BlockSize: bs, Branch: k, Branches: 3}
				rests = append(rests, b.SplitRestriction(file, b.CreateInitialRestriction(file))...)
			}
			for _, r := range rests {
				rt := fn.CreateTracker(r)
				if err := fn.ProcessElement(ctx, rt, file, func(l string) { got = append(got, l) }); err != nil {
					t.Fatalf("%s, block %d, %v: %v", tc.name, bs, r, err)
				}
				if !rt.IsDone() {
					t.Errorf("%s, block %d: restriction %v not done: %v", tc.name, bs, r, rt)
				}
			}
			if bs == 1 && len(tc.content) > 4 && len(rests) < 2*(len(tc.content)-1) {
				t.Errorf("%s: block 1 gave %d restrictions for %d bytes", tc.name, len(rests), len(tc.content))
			}
			sort.Strings(got)
			if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
				t.Errorf("%s, block %d: got %q, want %q", tc.name, bs, got, want)
			}
		}
	}
}

// TestReadLinesDynamicSplit splits a restriction while it is being read, as
// a runner may: after the k-th line the tracker gives away part of what is
// left, and the part given away, read on its own, must hold just the lines
// the first did not read.
func TestReadLinesDynamicSplit(t *testing.T) {
	ctx := context.Background()
	splits := 0
	for _, tc := range readCases {
		path := writeFile(t, t.TempDir(), "in.csv", tc.content)
		file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(tc.content))}}
		want := splitLines(tc.content, tc.header)
		sort.Strings(want)
		for k := 0; k < 3; k++ {
			for _, frac := range []float64{0, 0.3, 0.9} {
				fn := &readFn{Header: tc.header}
				var got []string
				var residual any
				rt := fn.CreateTracker(fn.CreateInitialRestriction(file))
				err := fn.ProcessElement(ctx, rt, file, func(l string) {
					got = append(got, l)
					if len(got) == k+1 {
						var err error
						if _, residual, err = rt.TrySplit(frac); err != nil {
							t.Fatal(err)
						}
					}
				})
				if err != nil {
					t.Fatal(err)
				}
				if residual != nil {
					splits++
					rt2 := fn.CreateTracker(residual.(offsetrange.Restriction))
					if err := fn.ProcessElement(ctx, rt2, file, func(l string) { got = append(got, l) }); err != nil {
						t.Fatal(err)
					}
					if !rt2.IsDone() {
						t.Errorf("%s: residual %v not done", tc.name, residual)
					}
				}
				if !rt.IsDone() {
					t.Errorf("%s: primary %v not done", tc.name, rt)
				}
				sort.Strings(got)
				if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
					t.Errorf("%s, split after line %d at %v: got %q, want %q", tc.name, k+1, frac, got, want)
				}
			}
		}
	}
	if splits < 10 {
		t.Errorf("only %d splits happened", splits)
	}
}

func TestReadLinesGlob(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.csv": "h1,h2\n1,2\n3,4\n",
		"b.csv": bom + "h1,h2\r\n5,6\r\n",
		"c.csv": "h1,h2\n7,8",
		"d.csv": "",
		"e.txt": "not,matched\n",
	}
	var want []string
	for name, content := range files {
		writeFile(t, dir, name, content)
		if strings.HasSuffix(name, ".csv") {
			want = append(want, splitLines(content, true)...)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	for _, bs := range blockSizes {
		got := ReadLines(s, filepath.Join(dir, "*.csv"), ReadOptions{Header: true, BlockSize: bs})
		passert.Equals(s.Scope(fmt.Sprint("block ", bs)), got, anys(want)...)
	}
	branched := ReadLines(s, filepath.Join(dir, "*.csv"), ReadOptions{Header: true, Branches: 4})
	passert.Equals(s.Scope("branches"), branched, anys(want)...)
	none := ReadLines(s, filepath.Join(dir, "*.none"), ReadOptions{})
	passert.Empty(s, none)
	ptest.RunAndValidate(t, p)
}

// TestReadLinesTooLong reads a line one byte past the limit: the pipeline
// must fail and say which file and which byte offset.
func TestReadLinesTooLong(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 64 MiB file")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "long.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString("ok\n")
	w.WriteString(strings.Repeat("x", maxLine+1))
	w.WriteString("\nafter\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	ReadLines(s, path, ReadOptions{})
	err = ptest.Run(p)
	if err == nil {
		t.Fatal("a line over 64 MiB: the pipeline succeeded")
	}
	for _, part := range []string{path, "the line at byte 3 is longer than"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("error does not say %q: %v", part, err)
		}
	}
}

// TestReadLineLimit checks readLine's limit at its edge, with a limit small
// enough that lines cross bufio's buffer many times.
func TestReadLineLimit(t *testing.T) {
	for _, tc := range []struct {
		in    string
		off   int64
		limit int
		want  string
		ok    bool
	}{
		{strings.Repeat("x", 40) + "\n", 5, 40, strings.Repeat("x", 40), true},
		{strings.Repeat("x", 40), 5, 40, strings.Repeat("x", 40), true},
		{strings.Repeat("x", 40) + "\r\n", 5, 40, "", false},
		{strings.Repeat("x", 41) + "\n", 5, 40, "", false},
		{strings.Repeat("x", 41), 5, 40, "", false},
		{bom + strings.Repeat("x", 40) + "\n", 0, 40, strings.Repeat("x", 40), true},
	} {
		rd := bufio.NewReaderSize(strings.NewReader(tc.in), 16)
		line, n, ok, err := readLine(rd, "f.csv", tc.off, tc.limit)
		if tc.ok {
			if err != nil || !ok || line != tc.want || n != int64(len(tc.in)) {
				t.Errorf("readLine(%q) = %q, %d, %v, %v", tc.in, line, n, ok, err)
			}
			continue
		}
		want := fmt.Sprintf("pybeam.ReadLines: f.csv: the line at byte %d is longer than %d bytes", tc.off, tc.limit)
		if err == nil || err.Error() != want {
			t.Errorf("readLine(%q): error %v, want %q", tc.in, err, want)
		}
	}
}

func TestReadHeader(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFile(t, dir, "lf.csv", "a,b\n1,2\n")
	writeFile(t, dir, "crlf.csv", "a,b\r\n1,2\r\n")
	writeFile(t, dir, "bom.csv", bom+"x,y\r\n")
	writeFile(t, dir, "nolf.csv", "only")
	writeFile(t, dir, "blank.csv", "\nx\n")
	writeFile(t, dir, "empty.csv", "")
	writeFile(t, dir, "bomonly.csv", bom)
	sub := filepath.Join(dir, "many")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, sub, "part-2.csv", "second\n")
	writeFile(t, sub, "part-1.csv", "first\n")
	writeFile(t, sub, "part-3.csv", "")

	for _, tc := range []struct {
		glob, want, err string
	}{
		{"lf.csv", "a,b", ""},
		{"crlf.csv", "a,b", ""},
		{"bom.csv", "x,y", ""},
		{"nolf.csv", "only", ""},
		{"blank.csv", "", ""},
		{"many/part-*.csv", "first", ""},
		{"empty.csv", "", "empty.csv is empty: no header row"},
		{"bomonly.csv", "", "bomonly.csv is empty: no header row"},
		{"none*.csv", "", "no file matches " + filepath.Join(dir, "none*.csv")},
	} {
		got, err := ReadHeader(ctx, filepath.Join(dir, tc.glob))
		switch {
		case tc.err != "":
			if err == nil || !strings.HasSuffix(err.Error(), tc.err) {
				t.Errorf("ReadHeader(%s) = %q, %v; want error %q", tc.glob, got, err, tc.err)
			}
		case err != nil || got != tc.want:
			t.Errorf("ReadHeader(%s) = %q, %v; want %q", tc.glob, got, err, tc.want)
		}
	}
	if _, err := ReadHeader(ctx, ""); err == nil {
		t.Error("ReadHeader(\"\"): no error")
	}
}

// TestSplitRestriction checks the blocks themselves: they tile the file,
// and a last sliver of a quarter block or less joins the block before.
func TestSplitRestriction(t *testing.T) {
	file := fileio.ReadableFile{}
	for _, tc := range []struct {
		size, block int64
		want        []offsetrange.Restriction
	}{
		{10, 0, []offsetrange.Restriction{{Start: 0, End: 10}}},
		{3, 1, []offsetrange.Restriction{{Start: 0, End: 1}, {Start: 1, End: 2}, {Start: 2, End: 3}}},
		{15, 7, []offsetrange.Restriction{{Start: 0, End: 7}, {Start: 7, End: 15}}},
		{16, 7, []offsetrange.Restriction{{Start: 0, End: 7}, {Start: 7, End: 14}, {Start: 14, End: 16}}},
		{18, 8, []offsetrange.Restriction{{Start: 0, End: 8}, {Start: 8, End: 18}}},
		{19, 8, []offsetrange.Restriction{{Start: 0, End: 8}, {Start: 8, End: 16}, {Start: 16, End: 19}}},
	} {
		fn := &readFn{BlockSize: tc.block}
		got := fn.SplitRestriction(file, offsetrange.Restriction{Start: 0, End: tc.size})
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("size %d, block %d: %v, want %v", tc.size, tc.block, got, tc.want)
		}
	}
}
