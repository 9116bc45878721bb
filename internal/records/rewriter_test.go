package records

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// recordsOf cuts data (after a byte order mark, but for lines) into its records as Run
// reads them, each with its line ending.
func recordsOf(f Format, sep byte, data []byte) [][]byte {
	if f != Lines { // a line's BOM is part of its value
		data = bytes.TrimPrefix(data, []byte(bom))
	}
	var recs [][]byte
	for p := 0; p < len(data); {
		var next int
		if f == CSV || f == TSV {
			_, _, next, _ = splitRecord(data, p, sep, f == CSV, nil)
		} else if i := bytes.IndexByte(data[p:], '\n'); i >= 0 {
			next = p + i + 1
		} else {
			next = len(data)
		}
		recs = append(recs, data[p:next])
		p = next
	}
	return recs
}

// rewriteAll runs a Rewriter over the records of in, one at a time, each
// without its LF (as an engine reading lines hands them over), and
// returns the output and the messages Run would write for its failures.
func rewriteAll(cfg Config, tr Transform, in string) (string, string, error) {
	recs := recordsOf(cfg.Format, sepOf(cfg.Format, cfg.Delimiter), []byte(in))
	var header []byte
	row := 0
	if cfg.Header && (cfg.Format == CSV || cfg.Format == TSV) {
		if len(recs) == 0 {
			return "", "", fmt.Errorf("no header")
		}
		header, recs = recs[0], recs[1:]
		row = 1
	}
	rw, err := NewRewriter(cfg, tr, bytes.TrimSuffix(header, []byte("\n")))
	if err != nil {
		return "", "", err
	}
	var out, errs strings.Builder
	if strings.HasPrefix(in, bom) && cfg.Format != Lines {
		out.WriteString(bom)
	}
	if header != nil {
		out.Write(rw.Header())
		if bytes.HasSuffix(header, []byte("\n")) {
			out.WriteByte('\n')
		}
	}
	var buf []byte
	for _, rec := range recs {
		row++
		lf := bytes.HasSuffix(rec, []byte("\n"))
		var fs []Failure
		buf, fs = rw.Rewrite(buf[:0], bytes.TrimSuffix(rec, []byte("\n")))
		out.Write(buf)
		if lf || cfg.Format == Lines { // Run ends every output line with LF
			out.WriteByte('\n')
		}
		for _, f := range fs {
			sep := ", "
			if f.Column == "" {
				sep = ": "
			}
			unit := "row "
			if cfg.Format == Lines {
				unit = "line "
			}
			errs.WriteString("pyround: " + unit + strconv.Itoa(row) + sep + f.String() + "\n")
		}
	}
	return out.String(), errs.String(), nil
}

// TestRewriterAgreesWithRun: every record of every Run case, rewritten
// one at a time without its LF, gives the bytes and the messages Run
// gives with KeepGoing.
func TestRewriterAgreesWithRun(t *testing.T) {
	cases := append(slices.Clip(runCases), missingCases...)
	cases = append(cases, delimiterCases...)
	n := 0
	for _, tc := range cases {
		if tc.err != nil && tc.err != ErrFailed || strings.Contains(tc.errs, "no header row") {
			continue // usage errors have no output
		}
		tc.cfg.KeepGoing = true
		tr := Transform{NewValue: testValue}
		if tc.pair {
			tr = Transform{NewPair: testPair, SplitPair: tc.split}
		}
		var want, wantErrs bytes.Buffer
		Run(tc.cfg, tr, strings.NewReader(tc.in), &want, &wantErrs)
		got, gotErrs, err := rewriteAll(tc.cfg, tr, tc.in)
		if err != nil || got != want.String() || gotErrs != wantErrs.String() {
			t.Errorf("%s: Rewriter gives %q, %q, %v\nRun gives %q, %q", tc.name, got, gotErrs, err, want.String(), wantErrs.String())
		}
		n++
	}
	if n < 30 {
		t.Fatalf("only %d cases compared", n)
	}
}

// TestRewriterRandomTables compares the Rewriter with Run on random CSV
// and TSV tables (quoted cells, line breaks in quotes, blanks, CRLF, BOM).
func TestRewriterRandomTables(t *testing.T) {
	seps := []byte{',', ';', '|', '\t'}
	for seed := range uint64(2000) {
		rng := rand.New(rand.NewPCG(seed, 23))
		format, sep := CSV, seps[seed%4]
		if seed%5 == 4 {
			format, sep = TSV, '\t'
		}
		tb := randTable(rng, format, sep)
		cfg := Config{Format: format, Columns: tb.cols}
		if format == CSV && sep != ',' {
			cfg.Delimiter = sep
		}
		if seed%3 == 0 {
			cfg.Into = "new"
			cfg.Columns = cfg.Columns[:1]
		}
		got, gotErrs, err := rewriteAll(cfg, Transform{NewValue: testValue}, tb.in)
		cfg.KeepGoing = true
		var want, wantErrs bytes.Buffer
		Run(cfg, Transform{NewValue: testValue}, strings.NewReader(tb.in), &want, &wantErrs)
		if err != nil || got != want.String() || gotErrs != wantErrs.String() {
			t.Fatalf("seed %d: in %q\nRewriter gives %q, %q, %v\nRun gives      %q, %q", seed, tb.in, got, gotErrs, err, want.String(), wantErrs.String())
		}
	}
}

func TestRewriterHeaderAndRefusals(t *testing.T) {
	rw, err := NewRewriter(Config{Format: CSV, Header: true, Columns: col("b"), Into: "twice"}, Transform{NewValue: testValue}, []byte("a,b\r"))
	if err != nil {
		t.Fatal(err)
	}
	// The input's BOM is the caller's to drop: one left is part of the
	// first name, as Run reads a second BOM.
	if _, err := NewRewriter(Config{Format: CSV, Header: true, Columns: col("a")}, Transform{NewValue: testValue}, []byte(bom+"a,b")); err == nil || !strings.Contains(err.Error(), `column "a" is not in the header row`) {
		t.Errorf("a header starting with a BOM: %v", err)
	}
	if got := string(rw.Header()); got != "a,b,twice\r" {
		t.Errorf("Header() = %q", got)
	}
	if out, fs := rw.Rewrite(nil, []byte("1,2\r")); string(out) != "1,2,4\r" || fs != nil {
		t.Errorf("Rewrite = %q, %v", out, fs)
	}
	if out, fs := rw.Rewrite(nil, []byte("1,x")); string(out) != "1,x," || len(fs) != 1 || fs[0].String() != `column b: ValueError: invalid literal for int() with base 10: "x"` {
		t.Errorf("Rewrite = %q, %v", out, fs)
	}
	refused := []struct {
		name string
		cfg  Config
		tr   Transform
		hdr  string
		want string
	}{
		{"unknown column", Config{Format: CSV, Header: true, Columns: col("z")}, Transform{NewValue: testValue}, "a,b", `column "z" is not in the header row ("a", "b")`},
		{"into taken", Config{Format: CSV, Header: true, Columns: col("a"), Into: "b"}, Transform{NewValue: testValue}, "a,b", `column "b" is in the header row already; --into names a new column`},
		{"row numbers", Config{Format: CSV, Columns: col("1")}, Transform{NewRow: rowNumber}, "", "a record at a time has no row numbers: Transform.NewRow needs Run"},
		{"shard", Config{Format: CSV, Columns: col("1")}, Transform{NewShard: crcShard(3)}, "", "Transform.NewShard places rows: use NewPlacer"},
		{"bad delimiter", Config{Format: TSV, Delimiter: ';', Columns: col("1")}, Transform{NewValue: testValue}, "", ""},
		{"bad field", Config{Format: JSONL, Columns: col("a..b")}, Transform{NewValue: testValue}, "", ""},
	}
	for _, tc := range refused {
		_, err := NewRewriter(tc.cfg, tc.tr, []byte(tc.hdr))
		if err == nil || tc.want != "" && err.Error() != tc.want {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := NewPlacer(Config{Format: CSV, Columns: col("1")}, Transform{NewShard: crcShard(3)}, 0, nil); err == nil {
		t.Error("NewPlacer with 0 parts: no error")
	}
	if _, fs := rw.Place([]byte("1,2")); len(fs) != 1 {
		t.Error("Place on a rewriter: no failure")
	}
}

// TestPlacerAgreesWithRoute: the shard Place gives each record is the
// shard file Run's Route writes it to (or the rejects).
func TestPlacerAgreesWithRoute(t *testing.T) {
	var in strings.Builder
	in.WriteString(bom + "id,v\r\n")
	rng := rand.New(rand.NewPCG(5, 5))
	for i := range 500 {
		switch rng.IntN(10) {
		case 0:
			in.WriteString("bad,1\n")
		case 1:
			fmt.Fprintf(&in, "\"k\n%d\",2\r\n", i)
		case 2:
			in.WriteString("\n") // an empty line: the key ""
		case 3:
			in.WriteString(" ,3\n") // a blank key is the text " "
		default:
			fmt.Fprintf(&in, "k%d,%d\n", rng.IntN(50), i)
		}
	}
	const k = 7
	cfg := Config{Format: CSV, Header: true, Columns: col("id"), KeysAreText: true, KeepGoing: true}
	tr := Transform{NewShard: crcShard(k)}
	shards, rejects, _, _, err := routeRun(t, cfg, tr, in.String(), k)
	if err != ErrFailed {
		t.Fatalf("Run: %v", err)
	}
	cfg.Route = nil
	recs := recordsOf(CSV, ',', []byte(in.String()))
	pl, err := NewPlacer(cfg, tr, k, bytes.TrimSuffix(recs[0], []byte("\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, k)
	for i := range got {
		got[i] = string(recs[0])
	}
	gotRejects := ""
	for _, rec := range recs[1:] {
		s, fs := pl.Place(bytes.TrimSuffix(rec, []byte("\n")))
		if s < 0 {
			if len(fs) != 1 {
				t.Fatalf("Place(%q) = -1, %v", rec, fs)
			}
			gotRejects += string(rec)
			continue
		}
		got[s] += string(rec)
	}
	for i := range got {
		if bom+got[i] != shards[i] {
			t.Errorf("shard %d: Place gives\n%q\nRoute writes\n%q", i, got[i], shards[i])
		}
	}
	if gotRejects = bom + string(recs[0]) + gotRejects; gotRejects != rejects || !strings.Contains(rejects, "bad") {
		t.Errorf("rejects: Place gives %q, Route writes %q", gotRejects, rejects)
	}
}

// BenchmarkRewriter is the per-record cost of the Beam transforms' path:
// one CSV row, one cell rewritten.
func BenchmarkRewriter(b *testing.B) {
	rw, err := NewRewriter(Config{Format: CSV, Columns: col("2")}, Transform{NewValue: testValue}, nil)
	if err != nil {
		b.Fatal(err)
	}
	rec := []byte("2026-12-06,12345,some text,\"quoted, text\"")
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = rw.Rewrite(buf[:0], rec)
	}
}

// FuzzRewriter: on any input, in each format, the Rewriter never panics and
// gives, record by record, the bytes and messages Run gives with
// KeepGoing.
func FuzzRewriter(f *testing.F) {
	for _, tc := range runCases {
		f.Add(tc.in, uint8(tc.cfg.Format), "b")
	}
	f.Add("a,b\r\n\"1\",\"x\ny\"\r\n,\n", uint8(CSV), "1,2")
	f.Add(`{"a": {"b": [1, "2.5", null]}}`+"\n", uint8(JSONL), "a.b.1")
	f.Fuzz(func(t *testing.T, in string, format uint8, column string) {
		cfg := Config{Format: Format(format % 4), Columns: col(strings.Split(column, ",")...)}
		if cfg.Format == Lines {
			cfg.Columns = nil
		}
		if cfg.Check() != nil || slices.ContainsFunc(cfg.Columns, func(c Column) bool { return c.Name == "" && c.Index < 1 }) {
			return
		}
		cfg.Header = (cfg.Format == CSV || cfg.Format == TSV) && slices.ContainsFunc(cfg.Columns, func(c Column) bool { return c.Index == 0 })
		if h := strings.TrimPrefix(in, bom); cfg.Header && (h == "" || h[0] == '\n') {
			return // Run refuses an empty header row as a message, NewRewriter by an error
		}
		got, gotErrs, err := rewriteAll(cfg, Transform{NewValue: testValue}, in)
		cfg.KeepGoing = true
		var want, wantErrs bytes.Buffer
		runErr := Run(cfg, Transform{NewValue: testValue}, strings.NewReader(in), &want, &wantErrs)
		if _, usage := runErr.(*UsageError); usage || err != nil {
			if usage != (err != nil) && !strings.Contains(wantErrs.String(), "row 1:") {
				t.Fatalf("Run: %v %q; Rewriter: %v", runErr, wantErrs.String(), err)
			}
			return
		}
		if got != want.String() || gotErrs != wantErrs.String() {
			t.Fatalf("in %q\nRewriter gives %q, %q\nRun gives      %q, %q", in, got, gotErrs, want.String(), wantErrs.String())
		}
	})
}
