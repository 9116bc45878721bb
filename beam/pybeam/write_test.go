package pybeam

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// parseRow turns the test row "K:LINE" into the KV WriteKeyed takes.
func parseRow(row string) (int, string) {
	k, line, _ := strings.Cut(row, ":")
	n, err := strconv.Atoi(k)
	if err != nil {
		panic(err)
	}
	return n, line
}

func init() { register.Function1x2(parseRow) }

// readAll returns the contents of path, failing the test if it is missing.
func readAll(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fileText is what writeFn should write: header and its LF unless header is
// "", then lines sorted, each with an LF.
func fileText(header string, lines []string) string {
	lines = append([]string(nil), lines...)
	sort.Strings(lines)
	var b strings.Builder
	if header != "" {
		b.WriteString(header + "\n")
	}
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// writeInput has duplicates, an empty line, a CR and non-ASCII text.
var writeInput = []string{
	"a,1", "b,2", "c,3", "a,1", "", "d,4\r", "é,5", "f,6", "g,7", "h,8",
	"i,9", "j,10", "k,11", "l,12", "a,1", "m,13", "n,14", "o,15",
}

// canon is a file's text with its lines after the header sorted: a file's
// lines are in the order the runner groups them, which is not fixed, so
// files are compared as the header and the multiset of their lines.
func canon(header, text string) string {
	head := ""
	if header != "" {
		head, text, _ = strings.Cut(text, "\n")
	}
	lines := strings.SplitAfter(text, "\n")
	sort.Strings(lines)
	return head + "|" + strings.Join(lines, "")
}

func TestWriteLines(t *testing.T) {
	for _, tc := range []struct {
		shards int
		header string
		lines  []string
	}{
		{1, "name,n", writeInput},
		{3, "name,n", writeInput},
		{7, "", writeInput},
		{7, "name,n", []string{"x,1", "y,2"}}, // most shards empty
		{3, "h", nil},                         // no line at all
	} {
		t.Run(fmt.Sprintf("%d shards %q %d lines", tc.shards, tc.header, len(tc.lines)), func(t *testing.T) {
			dir := t.TempDir()
			// Write the same input twice: the runs' files hold the same lines. The
			// % in the names must stay a %, not become a fmt verb.
			for _, run := range []string{"a", "b"} {
				p, s := beam.NewPipelineWithRoot()
				lines := beam.CreateList(s, append([]string{}, tc.lines...))
				if err := WriteLines(s, filepath.Join(dir, run, "out%x"), "%d.csv", tc.header, tc.shards, lines); err != nil {
					t.Fatal(err)
				}
				ptest.RunAndValidate(t, p)
			}
			want := make([][]string, tc.shards)
			for _, l := range tc.lines {
				h := fnv.New64a()
				h.Write([]byte(l))
				i := h.Sum64() % uint64(tc.shards)
				want[i] = append(want[i], l)
			}
			var union []string
			for i := range tc.shards {
				name := fmt.Sprintf("out%%x-%05d-of-%05d%%d.csv", i, tc.shards)
				a := readAll(t, filepath.Join(dir, "a", name))
				b := readAll(t, filepath.Join(dir, "b", name))
				if canon(tc.header, a) != canon(tc.header, b) {
					t.Errorf("%s differs between two runs:\n%q\n%q", name, a, b)
				}
				if !strings.HasPrefix(a, tc.header) {
					t.Errorf("%s does not start with the header: %q", name, a)
				}
				if w := fileText(tc.header, want[i]); canon(tc.header, a) != canon(tc.header, w) {
					t.Errorf("%s = %q, want %q", name, a, w)
				}
				body := strings.TrimPrefix(a, fileText(tc.header, nil))
				union = append(union, splitLines(body, false)...)
			}
			entries, _ := os.ReadDir(filepath.Join(dir, "a"))
			if len(entries) != tc.shards {
				t.Errorf("%d files written, want %d", len(entries), tc.shards)
			}
			got := append([]string{}, union...)
			wantAll := append([]string{}, tc.lines...)
			sort.Strings(got)
			sort.Strings(wantAll)
			if strings.Join(got, "\n") != strings.Join(wantAll, "\n") || len(got) != len(wantAll) {
				t.Errorf("the files' lines %q, want %q", got, wantAll)
			}
		})
	}
}

func TestWriteLinesErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		prefix string
		shards int
		err    string
	}{
		{filepath.Join(dir, "out"), 0, "pybeam.WriteLines: 0 shards: need at least 1"},
		{filepath.Join(dir, "out"), -2, "pybeam.WriteLines: -2 shards: need at least 1"},
		{"nosuchscheme://bucket/out", 2, "pybeam.WriteLines: "},
		{"", 2, "pybeam.WriteLines: "},
	} {
		_, s := beam.NewPipelineWithRoot()
		err := WriteLines(s, tc.prefix, "", "", tc.shards, beam.Create(s, "x"))
		if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("WriteLines(%q, %d) = %v, want %q", tc.prefix, tc.shards, err, tc.err)
		}
	}
}

func TestWriteKeyed(t *testing.T) {
	dir := t.TempDir()
	pattern := filepath.Join(dir, "part-{}.csv")
	p, s := beam.NewPipelineWithRoot()
	rows := beam.ParDo(s, parseRow, beam.Create(s, "0:a,1", "2:b,2", "0:c,3", "2:", "0:a,1"))
	if err := WriteKeyed(s, pattern, "k,v", 4, rows); err != nil {
		t.Fatal(err)
	}
	ptest.RunAndValidate(t, p)
	for i, want := range []string{
		"k,v\na,1\na,1\nc,3\n",
		"k,v\n",
		"k,v\n\nb,2\n",
		"k,v\n",
	} {
		path := filepath.Join(dir, fmt.Sprintf("part-%d.csv", i))
		if got := readAll(t, path); canon("k,v", got) != canon("k,v", want) {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}

	// Without a header the empty parts are empty files; a % in the pattern
	// is a %, and only the first {} is the shard number.
	pattern = filepath.Join(dir, "noheader", "{}-of-3%d{}.txt")
	p, s = beam.NewPipelineWithRoot()
	rows = beam.ParDo(s, parseRow, beam.Create(s, "1:x"))
	if err := WriteKeyed(s, pattern, "", 3, rows); err != nil {
		t.Fatal(err)
	}
	ptest.RunAndValidate(t, p)
	for i, want := range []string{"", "x\n", ""} {
		path := filepath.Join(dir, "noheader", fmt.Sprintf("%d-of-3%%d{}.txt", i))
		if got := readAll(t, path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
}

// TestWriteKeyedBadKey gives rows a key past the last part and one below 0:
// the pipeline must fail, naming the key.
func TestWriteKeyedBadKey(t *testing.T) {
	for _, key := range []string{"3", "-1"} {
		dir := t.TempDir()
		p, s := beam.NewPipelineWithRoot()
		rows := beam.ParDo(s, parseRow, beam.Create(s, "0:ok", key+":bad"))
		if err := WriteKeyed(s, filepath.Join(dir, "part-{}.csv"), "h", 3, rows); err != nil {
			t.Fatal(err)
		}
		err := ptest.Run(p)
		want := "pybeam: shard " + key + " is outside [0, 3): no file for it"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("key %s: error %v, want one saying %q", key, err, want)
		}
	}
}

func TestWriteKeyedErrors(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		parts   int
		err     string
	}{
		{"part-{}.csv", 0, "pybeam.WriteKeyed: 0 parts: need at least 1"},
		{"part.csv", 2, `pybeam.WriteKeyed: pattern "part.csv" has no '{}' for the shard number`},
		{"nosuchscheme://b/part-{}.csv", 2, "pybeam.WriteKeyed: "},
	} {
		_, s := beam.NewPipelineWithRoot()
		rows := beam.ParDo(s, parseRow, beam.Create(s, "0:x"))
		err := WriteKeyed(s, tc.pattern, "", tc.parts, rows)
		if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("WriteKeyed(%q, %d) = %v, want %q", tc.pattern, tc.parts, err, tc.err)
		}
	}
}

func TestRejectsPath(t *testing.T) {
	for in, want := range map[string]string{
		"part-{}.csv":        "part-rejects.csv",
		"out/{}/part-{}.csv": "out/rejects/part-{}.csv",
		"plain.csv":          "plain.csv",
	} {
		if got := RejectsPath(in); got != want {
			t.Errorf("RejectsPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDoFnsSerialize does what running on remote workers does to each DoFn:
// the pipeline is marshaled to its proto, and each ParDo's payload is decoded
// back as the worker's harness decodes it (exec.UnmarshalPlan). Each decoded
// DoFn struct must equal the one the pipeline was built with.
func TestDoFnsSerialize(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	lines := ReadLines(s, filepath.Join(t.TempDir(), "*.csv"), ReadOptions{Header: true, BlockSize: 7, QuotedLineBreaks: true, Delimiter: ";"})
	if err := WriteLines(s, "out/rounded", ".csv", "a,b", 3, lines); err != nil {
		t.Fatal(err)
	}
	rows := beam.ParDo(s, parseRow, beam.Create(s, "0:x"))
	if err := WriteKeyed(s, "part-{}.csv", "", 2, rows); err != nil {
		t.Fatal(err)
	}
	want := map[reflect.Type]any{
		reflect.TypeOf(&readFn{}):   &readFn{Header: true, BlockSize: 7, Branches: 1, Multiline: true, Delimiter: ';'},
		reflect.TypeOf(&spreadFn{}): &spreadFn{Shards: 3},
	}
	wantWrites := []writeFn{
		{Name: "out/rounded-%05d-of-00003.csv", Files: 3, Header: "a,b"},
		{Name: "part-%d.csv", Files: 2},
	}

	var gotWrites []writeFn
	seen := map[reflect.Type]bool{}
	for _, fn := range decodedDoFns(t, p) {
		typ := reflect.TypeOf(fn)
		switch fn.(type) {
		case *writeFn:
			gotWrites = append(gotWrites, *fn.(*writeFn))
		case *readFn, *spreadFn:
			seen[typ] = true
			if !reflect.DeepEqual(fn, want[typ]) {
				t.Errorf("%T decodes as %#v, want %#v", fn, fn, want[typ])
			}
		}
	}
	for typ := range want {
		if !seen[typ] {
			t.Errorf("no ParDo of %v in the pipeline proto", typ)
		}
	}
	sort.Slice(gotWrites, func(i, j int) bool {
		return gotWrites[i].Name < gotWrites[j].Name
	})
	if !reflect.DeepEqual(gotWrites, wantWrites) {
		t.Errorf("writeFns decode as %#v, want %#v", gotWrites, wantWrites)
	}
}

// TestWriteFile: one file, named by the path alone (a % in it kept), the
// header first, created when no line comes too.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	if err := WriteFile(s, filepath.Join(dir, "dead%d.jsonl"), "", beam.CreateList(s, writeInput)); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(s, filepath.Join(dir, "rejects.csv"), "k,v", beam.CreateList(s, []string{})); err != nil {
		t.Fatal(err)
	}
	ptest.RunAndValidate(t, p)
	if got, want := readAll(t, filepath.Join(dir, "dead%d.jsonl")), fileText("", writeInput); canon("", got) != canon("", want) {
		t.Errorf("dead%%d.jsonl = %q, want the lines of %q", got, want)
	}
	if got := readAll(t, filepath.Join(dir, "rejects.csv")); got != "k,v\n" {
		t.Errorf("rejects.csv = %q, want the header alone", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files written, want 2", len(entries))
	}
	_, s = beam.NewPipelineWithRoot()
	if err := WriteFile(s, "nosuchscheme://b/x", "", beam.Create(s, "x")); err == nil {
		t.Error("WriteFile to an unknown scheme: no error")
	}
}
