package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

func TestShardCmd(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"shard", "--parts", "3", "--hash", "none", "--", "-7", "8", "9"}, "", "2\n2\n0\n", "", 0},
		{[]string{"shard", "--parts", "3", "a", "b", "c", "d"}, "", "0\n1\n2\n0\n", "", 0}, // no --hash: by position
		{[]string{"shard", "--parts", "3", "--hash", "crc32", "a", "b", "c", "d"}, "", "0\n2\n0\n0\n", "", 0},
		{[]string{"shard", "--parts", "4", "--hash", "md5", "alice", "bob"}, "", "0\n0\n", "", 0},
		{[]string{"shard", "--parts", "2"}, "x\ny\nz", "0\n1\n0\n", "", 0},
		{[]string{"shard", "--parts", "3", "--hash", "none"}, "5\nx\n", "2\n", "pyround: line 2: ValueError: invalid literal for int() with base 10: 'x'\n", 1},
		{[]string{"shard", "--parts", "3", "--hash", "none", "--keep-going"}, "5\nx\n-1\n", "2\n\n2\n", "pyround: line 2: ValueError: invalid literal for int() with base 10: 'x'\n", 1},
		{[]string{"shard", "--parts", "2", "--csv", "--header"}, "a\nx\ny\n\nz\n", "a,shard\nx,0\ny,1\n\nz,1\n", "", 0},
		{[]string{"shard", "--parts", "4", "--csv", "--header", "--into", "worker"}, "job\na\nb\nc\nd\ne\n", "job,worker\na,0\nb,1\nc,2\nd,3\ne,0\n", "", 0},
		{[]string{"shard", "--parts", "2", "--jsonl", "--into", "w"}, "{}\n{\"a\":1}\n", "{\"w\":0}\n{\"a\":1,\"w\":1}\n", "", 0},
		{[]string{"shard", "--parts", "3", "--csv", "--key", "id", "--hash", "none", "--into", "s"}, "id,v\n-7,a\n,b\n", "id,v,s\n-7,a,2\n",
			"pyround: row 3, column id: ValueError: invalid literal for int() with base 10: ''\n", 1},
		{[]string{"shard", "--parts", "2", "--jsonl", "--key", "u.id"}, "{\"u\":{\"id\":\"alice\"}}\n{\"u\":{\"id\":12}}\n{}\n",
			"{\"u\":{\"id\":\"alice\"},\"shard\":1}\n{\"u\":{\"id\":12},\"shard\":1}\n{\"shard\":0}\n", "", 0},
		{[]string{"shard"}, "", "", "pyround: required flag --parts K not set\n", 2},
		{[]string{"shard", "--parts", "0", "x"}, "", "", "pyround: invalid --parts or --hash: ValueError: parts must be at least one\n", 2},
		{[]string{"shard", "--parts", "1000001", "x"}, "", "", "pyround: invalid --parts or --hash: ValueError: parts must be at most 1000000 (pyround's limit)\n", 2},
		{[]string{"shard", "--parts", "2", "--hash", "xx", "x"}, "", "", "pyround: invalid --parts or --hash: ValueError: unknown hash 'xx'; want crc32, md5, sha1, sha256 or none\n", 2},
		{[]string{"shard", "--parts", "2", "--key", "a"}, "", "", "pyround: --key needs --csv, --tsv or --jsonl (on values and lines, --hash makes each one a key)\n", 2},
		{[]string{"shard", "--parts", "2", "--csv", "--hash", "md5"}, "a\n", "", "pyround: --hash places rows by their key: give --key COLUMN|FIELD\n", 2},
		{[]string{"shard", "--parts", "2", "--csv", "--key", "a", "--out", "x"}, "a\n", "", "pyround: --out \"x\" has no '{}' for the shard number\n", 2},
		{[]string{"shard", "--parts", "2", "--csv", "--key", "a", "--out", filepath.Join(os.TempDir(), "pyround-never-{}"), "--into", "y"}, "a\n", "", "pyround: a new column (--into) and shard files (--out) do not go together\n", 2},
		{[]string{"shard", "--parts", "2", "--csv", "--key", "a", "x"}, "", "", "pyround: --csv, --tsv, --jsonl, --out and --into read standard input: give no values as arguments\n", 2},
		{[]string{"shard", "--parts", "2", "--csv", "--key", "a", "--out", "/nonexistent/x{}"}, "a\n", "", "pyround: creating the shard files: open /nonexistent/x0: no such file or directory\n", 1},
		{[]string{"shard", "--parts", "30000", "--csv", "--key", "a", "--out", "/nonexistent/x{}"}, "a\n", "",
			fmt.Sprintf("pyround: --parts 30000 needs 30000 files open at once; this process may open %d (ulimit -n): use fewer parts or raise the limit\n", fileLimit(t)), 2},
	})
}

func fileLimit(t *testing.T) uint64 {
	n, ok := openFileLimit()
	if !ok || n >= 30000+64 {
		t.Skip("the open-file limit is not below 30064 here")
	}
	return n
}

// A usage error with --out creates no shard file: --into beside --out
// once left x0 and x1 behind (and in the repository).
func TestShardOutUsageErrorCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"shard", "--parts", "2", "--csv", "--key", "a", "--out", filepath.Join(dir, "x{}"), "--into", "y"},
		{"shard", "--parts", "2", "--tsv", "--key", "a", "--delimiter", ";", "--out", filepath.Join(dir, "x{}")},
	} {
		var out, errOut bytes.Buffer
		if status := run(args, strings.NewReader("a\n1\n"), &out, &errOut); status != 2 {
			t.Errorf("%q: status %d (%q), want 2", args, status, errOut.String())
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("a usage error left %d files: %v", len(ents), ents)
	}
}

func TestShardOut(t *testing.T) {
	dir := t.TempDir()
	pat := filepath.Join(dir, "p-{}.csv")
	in := "\ufeffid,v\r\n1,a\r\n-7,b\r\nx,c\r\n\"8\",\"d\ne\"\r\n9,f"
	var out, errOut bytes.Buffer
	status := run([]string{"shard", "--parts", "3", "--csv", "--key", "id", "--hash", "none", "--out", pat, "--keep-going"}, strings.NewReader(in), &out, &errOut)
	want := map[string]string{
		"p-0.csv":       "\ufeffid,v\r\n9,f",
		"p-1.csv":       "\ufeffid,v\r\n1,a\r\n",
		"p-2.csv":       "\ufeffid,v\r\n-7,b\r\n\"8\",\"d\ne\"\r\n",
		"p-rejects.csv": "\ufeffid,v\r\nx,c\r\n",
	}
	wantErr := "pyround: row 4, column id: ValueError: invalid literal for int() with base 10: 'x'\npyround: 4 rows in 3 shards: 1 1 2; 1 row rejected\n"
	if status != 1 || out.String() != "" || errOut.String() != wantErr {
		t.Fatalf("got %d, %q, %q; want 1, \"\", %q", status, out.String(), errOut.String(), wantErr)
	}
	for name, w := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != w {
			t.Errorf("%s = %q (%v), want %q", name, got, err, w)
		}
	}
}

// shardPython is the Python side of TestShardLive: for each data row of
// a CSV (argv[1] "csv") or JSON Lines ("jsonl") input on stdin, the shard
// Python code computes for key column 0 / member "k", or "!Type: message".
// A JSON number's key is its text as written (parse_int/parse_float=str);
// a null or absent key is "", as pyround reads it.
const shardPython = `
import csv, hashlib, json, sys, zlib
fmt, hname, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
def shard(key):
    if hname == "crc32":
        return zlib.crc32(key.encode()) % k
    if hname == "none":
        return int(key) % k
    return int(getattr(hashlib, hname)(key.encode()).hexdigest(), 16) % k
def keys():
    data = sys.stdin.read()
    if fmt == "csv":
        rows = csv.reader(data.splitlines(keepends=True))
        next(rows)
        for r in rows:
            yield r[0]
    else:
        for line in data.splitlines():
            v = json.loads(line, parse_int=str, parse_float=str).get("k")
            yield "" if v is None else v
out = []
for key in keys():
    try:
        out.append(str(shard(key)))
    except Exception as e:
        out.append("!%s: %s" % (type(e).__name__, e))
sys.stdout.write("\n".join(out) + "\n")
`

// shardKey returns a random key: ints of every size and spelling, texts
// with commas, quotes and line breaks, non-ASCII, blank.
func shardKey(r *rand.Rand) string {
	switch r.IntN(9) {
	case 0:
		return strconv.FormatInt(r.Int64N(2000)-1000, 10)
	case 1:
		return strconv.FormatInt(int64(r.Uint64()), 10)
	case 2:
		return "-" + strings.Repeat("9", 19+r.IntN(40))
	case 3:
		return []string{" 12 ", "1_000", "٣", "+5", "0x10", "1.5", "", " ", "-0", "00"}[r.IntN(10)]
	case 4:
		return []string{"a,b", "say \"hi\"", "line\nbreak", "Zoë", "日本", "😀", "user-" + strconv.Itoa(r.IntN(100))}[r.IntN(7)]
	}
	return "user" + strconv.Itoa(r.IntN(1_000_000))
}

// jsonInt matches the keys that are JSON numbers as written.
var jsonInt = regexp.MustCompile(`^-?(0|[1-9][0-9]*)$`)

func csvQuote(s string) string {
	if strings.ContainsAny(s, ",\"\r\n") {
		return "\"" + strings.ReplaceAll(s, "\"", "\"\"") + "\""
	}
	return s
}

func TestShardLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 19))
	total := oracle.CaseCount(t, 20_000)
	hashes := []string{"crc32", "md5", "sha1", "sha256", "none"}
	parts := []int{1, 2, 3, 7, 16, 1000, 1_000_000}
	done := 0
	for round := 0; done < total; round++ {
		hash, k := hashes[round%len(hashes)], parts[r.IntN(len(parts))]
		n := 2000 // each round is two runs of python3, of about 0.3 s to start
		var csvIn, jsonIn strings.Builder
		csvIn.WriteString("id,v\n")
		for i := range n {
			key := shardKey(r)
			fmt.Fprintf(&csvIn, "%s,%d\n", csvQuote(key), i)
			switch {
			case key == "" && r.IntN(2) == 0:
				jsonIn.WriteString("{\"v\":1}\n") // absent
			case r.IntN(10) == 0:
				jsonIn.WriteString("{\"k\":null}\n")
			case jsonInt.MatchString(key) && r.IntN(2) == 0:
				fmt.Fprintf(&jsonIn, "{\"k\":%s}\n", key) // a JSON number, as written
			default:
				q, _ := json.Marshal(key)
				fmt.Fprintf(&jsonIn, "{\"k\":%s}\n", q)
			}
		}
		for _, format := range []string{"csv", "jsonl"} {
			in := csvIn.String()
			if format == "jsonl" {
				in = jsonIn.String()
			}
			want := o.RunScriptArgs(t, shardPython, []string{format, hash, strconv.Itoa(k)}, in)
			args := []string{"shard", "--parts", strconv.Itoa(k), "--hash", hash, "--keep-going", "--" + format, "--key"}
			if format == "csv" {
				args = append(args, "id")
			} else {
				args = append(args, "k")
			}
			jobs := []string{"1", "3"}[round%2]
			var out, errOut bytes.Buffer
			run(append(args, "--jobs", jobs, "--into", "s"), strings.NewReader(in), &out, &errOut)
			got := shardColumn(t, format, out.String())
			if len(got) != len(want) {
				t.Fatalf("%s %s K=%d: %d rows, Python %d", format, hash, k, len(got), len(want))
			}
			errs := strings.Split(errOut.String(), "\n")
			e := 0
			for i := range want {
				if strings.HasPrefix(want[i], "!") {
					// Python's error; pyround's message names the row (i+2: the header row is 1 in CSV).
					row := i + 1
					if format == "csv" {
						row++
					}
					if got[i] != "" || e >= len(errs) || !strings.HasPrefix(errs[e], fmt.Sprintf("pyround: row %d, ", row)) || !strings.HasSuffix(errs[e], want[i][1:]) {
						t.Fatalf("%s %s K=%d row %d: got %q (message %q), Python %q", format, hash, k, row, got[i], errs[min(e, len(errs)-1)], want[i])
					}
					e++
				} else if got[i] != want[i] {
					t.Fatalf("%s %s K=%d key row %d: got %q, Python %q\ninput %q", format, hash, k, i, got[i], want[i], strings.Split(in, "\n")[i+1])
				}
			}
			done += len(want)
		}
	}
	t.Logf("%d keys against Python (seed %d)", done, seed)
}

// shardColumn returns the last column (member "s") of each data row.
func shardColumn(t *testing.T, format, out string) []string {
	t.Helper()
	var col []string
	if format == "jsonl" {
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			var m map[string]any
			d := json.NewDecoder(strings.NewReader(line))
			d.UseNumber()
			if err := d.Decode(&m); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			switch v := m["s"].(type) {
			case nil:
				col = append(col, "")
			case json.Number:
				col = append(col, v.String())
			default:
				t.Fatalf("member s of %q is %T", line, v)
			}
		}
		return col
	}
	r := csv.NewReader(strings.NewReader(out))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading pyround's CSV: %v", err)
	}
	for _, rec := range recs[1:] {
		col = append(col, rec[len(rec)-1])
	}
	return col
}
