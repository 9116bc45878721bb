package records

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/internal/proptest"
)

// upper is a one-value transform for tests: the value upper-cased, "bad"
// fails.
func upper() func(dst, v []byte) ([]byte, error) {
	return func(dst, v []byte) ([]byte, error) {
		if string(v) == "bad" {
			return dst, errors.New("ValueError: bad")
		}
		return append(dst, bytes.ToUpper(v)...), nil
	}
}

func TestInto(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		in   string
		want string
		err  string
	}{
		{"csv", Config{Format: CSV, Columns: []Column{{Name: "k"}}, Header: true, Into: "K"},
			"id,k\r\n1,ab\r\n2,\"c,d\"\r\n3,\r\n\r\n4,x", "id,k,K\r\n1,ab,AB\r\n2,\"c,d\",\"C,D\"\r\n3,,\r\n\r\n4,x,X", ""},
		{"csv quoted name", Config{Format: CSV, Columns: []Column{{Index: 1}}, Header: true, Into: "a,b"},
			"k\nx\n", "k,\"a,b\"\nx,X\n", ""},
		{"csv no header", Config{Format: CSV, Columns: []Column{{Index: 2}}, Into: "K"},
			"1,ab\n2,cd\n", "1,ab,AB\n2,cd,CD\n", ""},
		{"csv semicolon", Config{Format: CSV, Delimiter: ';', Columns: []Column{{Name: "k"}}, Header: true, Into: "K"},
			"k;z\na;1\n", "k;z;K\na;1;A\n", ""},
		{"tsv", Config{Format: TSV, Columns: []Column{{Name: "k"}}, Header: true, Into: "K"},
			"k\tz\na\t1\n", "k\tz\tK\na\t1\tA\n", ""},
		{"keep going", Config{Format: CSV, Columns: []Column{{Name: "k"}}, Header: true, Into: "K", KeepGoing: true},
			"k\nbad\nok\n", "k,K\nbad,\nok,OK\n", "pyround: row 2, column k: ValueError: bad\n"},
		{"jsonl", Config{Format: JSONL, Columns: []Column{{Name: "k"}}, Into: "K"},
			"{\"k\":\"ab\"}\n{\"k\":\"x\",\"K\":1}\n{ }\n{\"k\":null} \r\n{\"k\":\"7\"}",
			"{\"k\":\"ab\",\"K\":\"AB\"}\n{\"k\":\"x\",\"K\":\"X\"}\n{ \"K\":null}\n{\"k\":null,\"K\":null} \r\n{\"k\":\"7\",\"K\":7}", ""},
		{"jsonl same member", Config{Format: JSONL, Columns: []Column{{Name: "k"}}, Into: "k"},
			"{\"k\":\"ab\",\"z\":1}\n", "{\"k\":\"AB\",\"z\":1}\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, jobs := range []int{1, 3} {
				for _, chunk := range []int{1, 7, 0} {
					cfg := tc.cfg
					cfg.Jobs, cfg.ChunkSize = jobs, chunk
					var out, errOut bytes.Buffer
					err := Run(cfg, Transform{NewValue: upper}, strings.NewReader(tc.in), &out, &errOut)
					if out.String() != tc.want || errOut.String() != tc.err {
						t.Fatalf("jobs %d chunk %d: got %q, %q (%v); want %q, %q", jobs, chunk, out.String(), errOut.String(), err, tc.want, tc.err)
					}
				}
			}
		})
	}
}

func TestIntoRefused(t *testing.T) {
	for _, tc := range []struct {
		cfg Config
		tr  Transform
		in  string
	}{
		{Config{Format: Lines, Into: "x"}, Transform{NewValue: upper}, "a\n"},
		{Config{Format: CSV, Columns: []Column{{Index: 1}, {Index: 2}}, Into: "x"}, Transform{NewValue: upper}, "a,b\n"},
		{Config{Format: CSV, Columns: []Column{{Name: "a"}}, Header: true, Into: "a"}, Transform{NewValue: upper}, "a,b\n"},
		{Config{Format: TSV, Columns: []Column{{Index: 1}}, Into: "a\tb"}, Transform{NewValue: upper}, "a\n"},
		{Config{Format: CSV, Into: "x"}, Transform{NewValue: upper}, "a\n"},
		{Config{Format: CSV, Columns: []Column{{Index: 1}}, Into: "x"}, Transform{NewRow: rowNumber}, "a\n"},
	} {
		var out, errOut bytes.Buffer
		err := Run(tc.cfg, tc.tr, strings.NewReader(tc.in), &out, &errOut)
		var ue *UsageError
		if !errors.As(err, &ue) {
			t.Errorf("%+v: got %v (%q), want a usage error", tc.cfg, err, out.String())
		}
	}
}

func rowNumber() func(dst []byte, row int) []byte {
	return func(dst []byte, row int) []byte { return strconv.AppendInt(dst, int64(row), 10) }
}

func TestNewRow(t *testing.T) {
	var lines, want strings.Builder
	for i := range 500 {
		fmt.Fprintf(&lines, "v%d\n", i)
		fmt.Fprintf(&want, "%d\n", i)
	}
	for _, chunk := range []int{1, 10, 0} {
		var out bytes.Buffer
		if err := Run(Config{Jobs: 4, ChunkSize: chunk}, Transform{NewRow: rowNumber}, strings.NewReader(lines.String()), &out, io.Discard); err != nil || out.String() != want.String() {
			t.Fatalf("chunk %d: lines: %v, %q", chunk, err, out.String()[:min(out.Len(), 80)])
		}
	}
	var out bytes.Buffer
	err := Run(Config{Format: CSV, Header: true, Into: "n", Jobs: 4, ChunkSize: 3}, Transform{NewRow: rowNumber},
		strings.NewReader("a\nx\n\"y\nz\"\ny\n"), &out, io.Discard)
	if want := "a,n\nx,0\n\"y\nz\",1\ny,2\n"; err != nil || out.String() != want {
		t.Fatalf("csv: %v, %q, want %q", err, out.String(), want)
	}
	out.Reset()
	err = Run(Config{Format: JSONL, Into: "n", Jobs: 2}, Transform{NewRow: rowNumber}, strings.NewReader("{}\n{\"a\":1}\n"), &out, io.Discard)
	if want := "{\"n\":0}\n{\"a\":1,\"n\":1}\n"; err != nil || out.String() != want {
		t.Fatalf("jsonl: %v, %q, want %q", err, out.String(), want)
	}
}

// crcShard places a key as Python's zlib.crc32(key) % k does; "bad" fails.
func crcShard(k int) func() func(key []byte) (int, error) {
	return func() func(key []byte) (int, error) {
		return func(key []byte) (int, error) {
			if string(key) == "bad" {
				return 0, errors.New("ValueError: bad key")
			}
			return int(crc32.ChecksumIEEE(key) % uint32(k)), nil
		}
	}
}

// routeRun runs a Route into k buffers and a rejects buffer.
func routeRun(t *testing.T, cfg Config, tr Transform, in string, k int) ([]string, string, string, *Route, error) {
	t.Helper()
	bufs := make([]bytes.Buffer, k)
	var rejects bytes.Buffer
	rt := &Route{Rejects: func() (io.Writer, error) { return &rejects, nil }, ByRow: func(row int) int { return row % k }}
	for i := range bufs {
		rt.Outs = append(rt.Outs, &bufs[i])
	}
	cfg.Route = rt
	var errOut bytes.Buffer
	err := Run(cfg, tr, strings.NewReader(in), nil, &errOut)
	got := make([]string, k)
	for i := range bufs {
		got[i] = bufs[i].String()
	}
	return got, rejects.String(), errOut.String(), rt, err
}

func TestRoute(t *testing.T) {
	// 300 CSV rows with keys, some quoted with line breaks, CRLF endings.
	var in strings.Builder
	in.WriteString("\ufeffid,v\r\n")
	const k = 5
	want := make([]string, k)
	for i := range want {
		want[i] = "\ufeffid,v\r\n"
	}
	for i := range 300 {
		key := "key" + strconv.Itoa(i*7)
		row := key + "," + strconv.Itoa(i) + "\r\n"
		if i%11 == 0 {
			row = "\"" + key + "\",\"a\nb\"\r\n"
		}
		in.WriteString(row)
		s := crc32.ChecksumIEEE([]byte(key)) % k
		want[s] += row
	}
	for _, jobs := range []int{1, 4} {
		for _, chunk := range []int{1, 100, 0} {
			cfg := Config{Format: CSV, Header: true, Columns: []Column{{Name: "id"}}, Jobs: jobs, ChunkSize: chunk}
			got, rej, msgs, rt, err := routeRun(t, cfg, Transform{NewShard: crcShard(k)}, in.String(), k)
			if err != nil || rej != "" || msgs != "" {
				t.Fatalf("jobs %d chunk %d: %v %q %q", jobs, chunk, err, rej, msgs)
			}
			total := 0
			for s := range k {
				if got[s] != want[s] {
					t.Fatalf("jobs %d chunk %d: shard %d = %q, want %q", jobs, chunk, s, got[s], want[s])
				}
				total += rt.Rows[s]
			}
			if total != 300 {
				t.Fatalf("rows %v", rt.Rows)
			}
		}
	}
}

func TestRouteByRowAndRejects(t *testing.T) {
	got, rej, msgs, rt, err := routeRun(t, Config{Jobs: 4, ChunkSize: 2}, Transform{}, "a\nb\nc\nd\ne", 2)
	if err != nil || got[0] != "a\nc\ne" || got[1] != "b\nd\n" || rej != "" || msgs != "" || rt.Rows[0] != 3 {
		t.Fatalf("lines by row: %v %q %q %q", err, got, rej, msgs)
	}
	got, _, _, _, err = routeRun(t, Config{Format: JSONL, Jobs: 3, ChunkSize: 1}, Transform{}, "{}\n{}\n{\"a\":1}\n", 2)
	if err != nil || got[0] != "{}\n{\"a\":1}\n" || got[1] != "{}\n" {
		t.Fatalf("jsonl by row: %v %q", err, got)
	}
	cfg := Config{Format: JSONL, Columns: []Column{{Name: "k"}}, KeepGoing: true, KeysAreText: true}
	in := "{\"k\":\"bad\"}\n{\"k\":\"x\"}\nnot json\n{\"k\":null}\n{\"k\":true}\n"
	got, rej, msgs, rt, err = routeRun(t, cfg, Transform{NewShard: crcShard(1)}, in, 1)
	wantMsgs := "pyround: row 1, field k: ValueError: bad key\npyround: row 3: invalid JSON: want an object at byte 1\npyround: row 5, field k: got a boolean, want a number or a string\n"
	if !errors.Is(err, ErrFailed) || got[0] != "{\"k\":\"x\"}\n{\"k\":null}\n" || rej != "{\"k\":\"bad\"}\nnot json\n{\"k\":true}\n" || msgs != wantMsgs || rt.Rejected != 3 {
		t.Fatalf("rejects: %v %q %q %q", err, got, rej, msgs)
	}
	// Without KeepGoing the run stops at the bad row; the rows before it are written.
	cfg.KeepGoing = false
	got, rej, msgs, _, err = routeRun(t, cfg, Transform{NewShard: crcShard(1)}, "{\"k\":\"a\"}\n{\"k\":\"bad\"}\n{\"k\":\"c\"}\n", 1)
	if !errors.Is(err, ErrFailed) || got[0] != "{\"k\":\"a\"}\n" || rej != "" || msgs != "pyround: row 2, field k: ValueError: bad key\n" {
		t.Fatalf("stop: %v %q %q %q", err, got, rej, msgs)
	}
	// Every shard gets the header row, also with no data rows.
	got, _, _, _, err = routeRun(t, Config{Format: CSV, Header: true, Columns: []Column{{Name: "k"}}}, Transform{NewShard: crcShard(3)}, "k,v\n", 3)
	if err != nil || got[0] != "k,v\n" || got[1] != "k,v\n" || got[2] != "k,v\n" {
		t.Fatalf("header only: %v %q", err, got)
	}
}

func TestKeysAreText(t *testing.T) {
	var out bytes.Buffer
	key := func() func(dst, v []byte) ([]byte, error) {
		return func(dst, v []byte) ([]byte, error) { return strconv.AppendQuote(dst, string(v)), nil }
	}
	err := Run(Config{Format: CSV, Columns: []Column{{Index: 1}}, Into: "k", KeysAreText: true}, Transform{NewValue: key},
		strings.NewReader(" ,1\n,2\n"), &out, io.Discard)
	if want := " ,1,\"\"\" \"\"\"\n,2,\"\"\"\"\"\"\n"; err != nil || out.String() != want {
		t.Fatalf("csv: %v %q, want %q", err, out.String(), want)
	}
	out.Reset()
	err = Run(Config{Format: JSONL, Columns: []Column{{Name: "a"}}, Into: "k", KeysAreText: true}, Transform{NewValue: key},
		strings.NewReader("{\"a\":null}\n{}\n{\"a\":\" \"}\n{\"a\":12}\n"), &out, io.Discard)
	if want := "{\"a\":null,\"k\":\"\\\"\\\"\"}\n{\"k\":\"\\\"\\\"\"}\n{\"a\":\" \",\"k\":\"\\\" \\\"\"}\n{\"a\":12,\"k\":\"\\\"12\\\"\"}\n"; err != nil || out.String() != want {
		t.Fatalf("jsonl: %v %q, want %q", err, out.String(), want)
	}
}

// TestRouteManyParts takes the sorting path of groupRoute (more parts
// than the counting sort keeps counts for).
func TestRouteManyParts(t *testing.T) {
	const k = maxCountingParts + 7
	var in strings.Builder
	want := map[int]string{}
	for i := range 2000 {
		key := "k" + strconv.Itoa(i%50)
		row := key + "\n"
		in.WriteString(row)
		want[int(crc32.ChecksumIEEE([]byte(key))%k)] += row
	}
	got, _, msgs, rt, err := routeRun(t, Config{Jobs: 2, ChunkSize: 100}, Transform{NewShard: crcShard(k)}, in.String(), k)
	if err != nil || msgs != "" {
		t.Fatal(err, msgs)
	}
	for s, w := range want {
		if got[s] != w || rt.Rows[s] != strings.Count(w, "\n") {
			t.Fatalf("shard %d = %q, want %q", s, got[s], w)
		}
	}
}

// TestRouteProperty: for random CSV inputs (quoted keys with delimiters,
// quotes and line breaks, CRLF and LF, a byte order mark, a last row
// without a line ending), any number of parts, jobs and chunk sizes,
// every row is in exactly one shard, its bytes kept, in input order, and
// every shard starts with the header row.
func TestRouteProperty(t *testing.T) {
	p := proptest.Properties(t, 300)
	p.Property("rows land in their shard, bytes and order kept", prop.ForAll(func(seed uint64) bool {
		rng := rand.New(rand.NewPCG(seed, 19))
		k := []int{1, 2, 3, 16, 1000, maxCountingParts + 1}[rng.IntN(6)]
		prefix := "id,v\n"
		if rng.IntN(4) == 0 {
			prefix = bom + "id,v\r\n"
		}
		var in strings.Builder
		in.WriteString(prefix)
		want := map[int]string{}
		n := rng.IntN(200)
		for i := range n {
			key := []string{"a", "b,c", "q\"q", "l\nm", "", " ", "Zoë", strconv.Itoa(rng.IntN(1000))}[rng.IntN(8)]
			raw := key
			if strings.ContainsAny(key, ",\"\n") || rng.IntN(5) == 0 {
				raw = `"` + strings.ReplaceAll(key, `"`, `""`) + `"`
			}
			raw += "," + strconv.Itoa(i)
			if i < n-1 || rng.IntN(2) == 0 {
				raw += []string{"\n", "\r\n"}[rng.IntN(2)]
			}
			in.WriteString(raw)
			want[int(crc32.ChecksumIEEE([]byte(key))%uint32(k))] += raw
		}
		cfg := Config{Format: CSV, Header: true, Columns: []Column{{Name: "id"}}, Jobs: 1 + rng.IntN(3), ChunkSize: 1 + rng.IntN(300), KeysAreText: true}
		got, rej, msgs, rt, err := routeRun(t, cfg, Transform{NewShard: crcShard(k)}, in.String(), k)
		if err != nil || rej != "" || msgs != "" {
			t.Logf("seed %d: %v %q %q", seed, err, rej, msgs)
			return false
		}
		total := 0
		for s := range k {
			if got[s] != prefix+want[s] {
				t.Logf("seed %d: shard %d = %q, want %q", seed, s, got[s], prefix+want[s])
				return false
			}
			total += rt.Rows[s]
		}
		if total != n {
			t.Logf("seed %d: %d rows counted, %d read", seed, total, n)
			return false
		}
		return true
	}, gen.UInt64()))
	p.TestingRun(t)
}

// FuzzRoute: any input, routed by the crc32 of its first field with
// KeepGoing, never panics and loses or repeats no byte: the shards and the
// rejects hold the input's bytes (a byte order mark once per file).
func FuzzRoute(f *testing.F) {
	f.Add([]byte("a,b\n\"x\ny\",2\r\nlast"), uint8(3), uint8(0))
	f.Add([]byte(bom+"{\"k\":1}\nnot json\n"), uint8(2), uint8(3))
	f.Add([]byte("\"open,1\n"), uint8(1), uint8(0))
	f.Fuzz(func(t *testing.T, in []byte, k, format uint8) {
		parts := 1 + int(k%20)
		cfg := Config{Format: Format(format % 4), KeepGoing: true, KeysAreText: true, Jobs: 1 + int(k%3), ChunkSize: 1 + int(k)}
		if cfg.Format == JSONL {
			cfg.Columns = []Column{{Name: "k"}}
		} else if cfg.Format != Lines {
			cfg.Columns = []Column{{Index: 1}}
		}
		got, rej, _, rt, err := routeRun(t, cfg, Transform{NewShard: crcShard(parts)}, string(in), parts)
		if err != nil && !errors.Is(err, ErrFailed) {
			t.Fatal(err)
		}
		prefix := ""
		if cfg.Format != Lines && bytes.HasPrefix(in, []byte(bom)) {
			prefix = bom
		}
		var all strings.Builder
		all.WriteString(prefix)
		for _, s := range got {
			if !strings.HasPrefix(s, prefix) {
				t.Fatalf("a shard lacks the prefix %q: %q", prefix, s)
			}
			all.WriteString(s[len(prefix):])
		}
		if rej != "" {
			all.WriteString(rej[len(prefix):])
		}
		if a, b := all.Len(), len(in); a != b {
			t.Fatalf("%d bytes out, %d in (rows %v, rejected %d)", a, b, rt.Rows, rt.Rejected)
		}
	})
}
