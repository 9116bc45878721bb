package records

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
)

func TestSplitRecord(t *testing.T) {
	tests := []struct {
		in     string
		sep    byte
		fields []string // raw fields of the first record
		rest   string   // the input after it
		open   bool
	}{
		{"a,b,c\nd", ',', []string{"a", "b", "c"}, "d", false},
		{"a,b,c\r\nd", ',', []string{"a", "b", "c"}, "d", false},
		{"a,b,c", ',', []string{"a", "b", "c"}, "", false},
		{"a,b,c\r", ',', []string{"a", "b", "c"}, "", false},
		{"\nx", ',', nil, "x", false},   // an empty line: no fields, like Python's []
		{"\r\nx", ',', nil, "x", false}, // also with CRLF
		{",\n", ',', []string{"", ""}, "", false},
		{`"a,b",c` + "\n", ',', []string{`"a,b"`, "c"}, "", false},
		{`"a""b",c` + "\n", ',', []string{`"a""b"`, "c"}, "", false},
		{"\"a\nb\",c\nz", ',', []string{"\"a\nb\"", "c"}, "z", false},
		{"\"a\r\nb\"\r\nz", ',', []string{"\"a\r\nb\""}, "z", false},
		{`x"y,"z` + "\n", ',', []string{`x"y`, `"z` + "\n"}, "", true}, // mid-field quote literal; then an open quote
		{`"ab"c,d`, ',', []string{`"ab"c`, "d"}, "", false},
		{`"unterminated,x` + "\ny", ',', []string{`"unterminated,x` + "\ny"}, "", true},
		{`""`, ',', []string{`""`}, "", false},
		{"a\tb\"c\td\n", '\t', []string{"a", "b\"c", "d"}, "", false}, // TSV: no quoting (quotes=false below)
		{"a\rb,c\n", ',', []string{"a\rb", "c"}, "", false},           // a lone CR is data
	}
	for _, tc := range tests {
		for _, quotes := range []bool{true, false} {
			if !quotes && (tc.sep == ',' && strings.Contains(tc.in, `"`)) {
				continue
			}
			if quotes && tc.sep == '\t' {
				continue
			}
			buf := []byte(tc.in)
			fields, _, next, open := splitRecord(buf, 0, tc.sep, quotes, nil)
			var got []string
			for _, f := range fields {
				got = append(got, string(buf[f.start:f.end]))
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.fields) || string(buf[next:]) != tc.rest || open != tc.open {
				t.Errorf("splitRecord(%q, quotes=%v) = %q, rest %q, open %v; want %q, %q, %v",
					tc.in, quotes, got, buf[next:], open, tc.fields, tc.rest, tc.open)
			}
		}
	}
}

func TestFieldValue(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"1.5", "1.5"}, {`"1.5"`, "1.5"}, {`"a""b"`, `a"b`}, {`"ab"c`, "abc"}, {`x"y`, `x"y`},
		{`""`, ""}, {`""""`, `"`}, {`"`, ""}, {"\"a\nb\"", "a\nb"}, {`"a"b"c"`, `ab"c"`},
	} {
		got, _ := fieldValue([]byte(tc.raw), nil)
		if string(got) != tc.want {
			t.Errorf("fieldValue(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}

func TestAppendCSVCell(t *testing.T) {
	for _, tc := range []struct {
		text   string
		quoted bool
		want   string
	}{
		{"1.5", false, "1.5"}, {"1.5", true, `"1.5"`}, {"1,234.56", false, `"1,234.56"`},
		{`a"b`, false, `"a""b"`}, {"a\nb", false, "\"a\nb\""}, {"a\rb", false, "\"a\rb\""}, {"", false, ""}, {"", true, `""`},
	} {
		if got := string(appendCSVCell(nil, []byte(tc.text), ',', tc.quoted)); got != tc.want {
			t.Errorf("appendCSVCell(%q, %v) = %q, want %q", tc.text, tc.quoted, got, tc.want)
		}
	}
}

func TestScanObject(t *testing.T) {
	tests := []struct {
		line string
		want string // the value of "x", "-" when missing, or "!" + error
	}{
		{`{"x": 1.5}`, "1.5"},
		{` {"a":[1,{"x":2}],"x":"s"} `, `"s"`},
		{`{"x":1,"x":2}`, "2"}, // the last one, as json.loads
		{`{"\u0078":3}`, "3"},  // an escaped key
		{`{}`, "-"},
		{`{"y":null}`, "-"},
		{`{"x":-0.5e+3}`, "-0.5e+3"},
		{`{"x":true,"y":[[[]]]}`, "true"},
		{``, "!invalid JSON: unexpected end of line: want an object at byte 1"},
		{`[1]`, "!invalid JSON: want an object at byte 1"},
		{`{"x":01}`, "!invalid JSON: want ',' or '}' at byte 7"},
		{`{"x":1.}`, "!invalid JSON: bad number at byte 6"},
		{`{"x":"a` + "\t" + `"}`, "!invalid JSON: control character in a string at byte 8"},
		{`{"x":"\q"}`, "!invalid JSON: bad escape at byte 7"},
		{`{"x":1} x`, "!invalid JSON: extra data after the object at byte 9"},
		{`{"x":1,}`, "!invalid JSON: want a string at byte 8"},
		{`{"x":nul}`, "!invalid JSON: want a value at byte 6"},
		{`{"x":` + strings.Repeat("[", maxJSONDepth+1), "!invalid JSON: nesting too deep at byte 10005"},
	}
	var s jsonScanner
	members := make([]jsonMember, 1)
	probes, _ := fieldProbes(0, "x")
	for _, tc := range tests {
		got := "-"
		if err := s.scanObject([]byte(tc.line), probes, members); err != nil {
			got = "!" + err.Error()
		} else if members[0].found {
			got = tc.line[members[0].start:members[0].end]
		}
		if got != tc.want {
			t.Errorf("scanObject(%.60q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestJSONStrings(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`abc`, "abc"}, {`a\"b\\c\/d`, `a"b\c/d`}, {`\n\r\t\b\f`, "\n\r\t\b\f"}, {`\u00e9`, "é"},
		{`\ud83d\ude00`, "😀"}, {`\ud83d`, "\ufffd"}, {`\ud83dx`, "\ufffdx"},
	} {
		if got := string(appendJSONString(nil, []byte(tc.body))); got != tc.want {
			t.Errorf("appendJSONString(%q) = %q, want %q", tc.body, got, tc.want)
		}
	}
	if got := string(appendJSONQuote(nil, []byte("a\"\\\n\x01é"))); got != `"a\"\\\n\u0001é"` {
		t.Errorf("appendJSONQuote = %s", got)
	}
	for _, tc := range []struct {
		s  string
		ok bool
	}{{"1", true}, {"-0.0", true}, {"1e+16", true}, {"1.2E+3", true}, {"inf", false}, {"nan", false}, {"01", false}, {"1.", false}, {"(1, 2)", false}, {"", false}, {"+1", false}} {
		if isJSONNumber([]byte(tc.s)) != tc.ok {
			t.Errorf("isJSONNumber(%q) != %v", tc.s, tc.ok)
		}
	}
}

func TestSplitTuple(t *testing.T) {
	for _, tc := range []struct{ in, q, r string }{
		{"(-4, 1)", "-4", "1"}, {"(-4.0, 0.5)", "-4.0", "0.5"}, {"(Decimal('-3'), Decimal('-1'))", "-3", "-1"}, {"(nan, nan)", "nan", "nan"},
	} {
		q, r, ok := SplitTuple([]byte(tc.in))
		if !ok || string(q) != tc.q || string(r) != tc.r {
			t.Errorf("SplitTuple(%q) = %q, %q, %v", tc.in, q, r, ok)
		}
	}
	if _, _, ok := SplitTuple([]byte("12")); ok {
		t.Error("SplitTuple(12) ok")
	}
}

// testValue is a stand-in command: the value doubled as a decimal
// integer; "bad" fails like Python, "wide" gives text needing quotes.
func testValue() func(dst, v []byte) ([]byte, error) {
	return func(dst, v []byte) ([]byte, error) {
		switch string(v) {
		case "wide":
			return append(dst, "1,000"...), nil
		case "tab":
			return append(dst, "a\tb"...), nil
		case "semi":
			return append(dst, "1;000|0"...), nil
		}
		n, err := strconv.Atoi(string(v))
		if err != nil {
			dst = append(dst, "partial"...) // discarded on error
			return dst, errors.New("ValueError: invalid literal for int() with base 10: " + strconv.Quote(string(v)))
		}
		return strconv.AppendInt(dst, int64(2*n), 10), nil
	}
}

// testPair is a stand-in two-operand command: "(a+b, a-b)".
func testPair() func(dst, a, b []byte) ([]byte, error) {
	return func(dst, a, b []byte) ([]byte, error) {
		x, err1 := strconv.Atoi(string(a))
		y, err2 := strconv.Atoi(string(b))
		if err1 != nil || err2 != nil {
			return dst, errors.New("ValueError: bad operand")
		}
		return fmt.Appendf(dst, "(%d, %d)", x+y, x-y), nil
	}
}

type runCase struct {
	name      string
	cfg       Config
	pair      bool
	split     bool
	in        string
	out, errs string
	err       error
	stats     *Stats // if set, the counts the run must give
}

func (tc runCase) run(t *testing.T, jobs, chunk int) (string, string, error) {
	return tc.runPieces(t, jobs, chunk, 0)
}

// runPieces is run with Config.MaxChunkOutput set to maxOut.
func (tc runCase) runPieces(t *testing.T, jobs, chunk, maxOut int) (string, string, error) {
	t.Helper()
	cfg := tc.cfg
	cfg.Jobs, cfg.ChunkSize, cfg.MaxChunkOutput = jobs, chunk, maxOut
	tr := Transform{NewValue: testValue}
	if tc.pair {
		tr = Transform{NewPair: testPair, SplitPair: tc.split}
	}
	var out, errs bytes.Buffer
	var st Stats
	cfg.Stats = &st
	err := Run(cfg, tr, iotest.HalfReader(strings.NewReader(tc.in)), &out, &errs)
	if tc.stats != nil && st != *tc.stats {
		t.Errorf("%s (jobs %d, chunk %d): stats %+v, want %+v", tc.name, jobs, chunk, st, *tc.stats)
	}
	if st.Errors != strings.Count(errs.String(), "\n") {
		t.Errorf("%s (jobs %d, chunk %d): %d errors counted, %d messages written", tc.name, jobs, chunk, st.Errors, strings.Count(errs.String(), "\n"))
	}
	return out.String(), errs.String(), err
}

func col(names ...string) []Column {
	var cs []Column
	for _, n := range names {
		if i, err := strconv.Atoi(n); err == nil {
			cs = append(cs, Column{Index: i})
		} else {
			cs = append(cs, Column{Name: n})
		}
	}
	return cs
}

var runCases = []runCase{
	{name: "lines", cfg: Config{}, in: "1\r\n2\n3", out: "2\n4\n6\n"},
	{name: "lines error", cfg: Config{}, in: "1\nx\n3\n", out: "2\n", errs: "pyround: line 2: ValueError: invalid literal for int() with base 10: \"x\"\n", err: ErrFailed},
	{name: "lines keep-going", cfg: Config{KeepGoing: true}, in: "1\nx\n3\n", out: "2\n\n6\n", errs: "pyround: line 2: ValueError: invalid literal for int() with base 10: \"x\"\n", err: ErrFailed},
	{name: "lines empty", cfg: Config{}, in: "", out: ""},
	{name: "csv header", cfg: Config{Format: CSV, Header: true, Columns: col("b")}, in: "a,b,c\r\n1,2,3\r\n\"x\",\"4\",\"y\"\n5,wide,6", out: "a,b,c\r\n1,4,3\r\n\"x\",\"8\",\"y\"\n5,\"1,000\",6"},
	{name: "csv bom", cfg: Config{Format: CSV, Header: true, Columns: col("a")}, in: "\xef\xbb\xbfa,b\n1,2\n", out: "\xef\xbb\xbfa,b\n2,2\n"},
	{name: "csv bom quoted line break", cfg: Config{Format: CSV, Columns: col("2")}, in: bom + "\"a\r\nb\",1\r\n\"c\",2", out: bom + "\"a\r\nb\",2\r\n\"c\",4"}, // found by TestByteProperty
	{name: "csv bom no header", cfg: Config{Format: CSV, Columns: col("1")}, in: "\xef\xbb\xbf1,2\n3,4\n", out: "\xef\xbb\xbf2,2\n6,4\n"},
	{name: "csv index", cfg: Config{Format: CSV, Columns: col("3", "1")}, in: "1,\"a\nb\",3\n4,\"c,d\",5\n", out: "2,\"a\nb\",6\n8,\"c,d\",10\n"},
	{name: "csv quoted newline in selected", cfg: Config{Format: CSV, Columns: col("1")}, in: "\"1\n\",2\n", out: "",
		errs: "pyround: row 1, column 1: ValueError: invalid literal for int() with base 10: \"1\\n\"\n", err: ErrFailed},
	{name: "csv ragged", cfg: Config{Format: CSV, Columns: col("2"), KeepGoing: true}, in: "1,2\n3\n\n4,5\n", out: "1,4\n3\n\n4,10\n",
		errs: "pyround: row 2, column 2: missing: the row has 1 field\n", err: ErrFailed}, // the empty line is missing data, the short row is not
	{name: "csv ragged strict", cfg: Config{Format: CSV, Columns: col("2"), KeepGoing: true, Strict: true}, in: "1,2\n3\n\n4,5\n", out: "1,4\n3\n\n4,10\n",
		errs: "pyround: row 2, column 2: missing: the row has 1 field\npyround: row 3, column 2: missing: the row has 0 fields\n", err: ErrFailed},
	{name: "csv ragged skipped", cfg: Config{Format: CSV, Columns: col("2"), SkipShortRows: true}, in: "1,2\n3\n\n4,5\n", out: "1,4\n3\n\n4,10\n"},
	{name: "tsv ragged skipped", cfg: Config{Format: TSV, Columns: col("2"), SkipShortRows: true}, in: "1\t2\n3\n4\t5", out: "1\t4\n3\n4\t10"},
	{name: "csv ragged stop", cfg: Config{Format: CSV, Columns: col("2")}, in: "1,2\n3\n4,5\n", out: "1,4\n",
		errs: "pyround: row 2, column 2: missing: the row has 1 field\n", err: ErrFailed},
	{name: "csv bad value keep-going", cfg: Config{Format: CSV, Header: true, Columns: col("a", "b"), KeepGoing: true}, in: "a,b\nx,\"y\"\n1,2\n", out: "a,b\n,\"\"\n2,4\n",
		errs: "pyround: row 2, column a: ValueError: invalid literal for int() with base 10: \"x\"\npyround: row 2, column b: ValueError: invalid literal for int() with base 10: \"y\"\n", err: ErrFailed},
	{name: "csv invalid utf8", cfg: Config{Format: CSV, Columns: col("1"), KeepGoing: true}, in: "\xff1,2\n3,\xff\n", out: "\xff1,2\n6,\xff\n",
		errs: "pyround: row 1, column 1: invalid UTF-8\n", err: ErrFailed},
	{name: "csv unterminated", cfg: Config{Format: CSV, Columns: col("1"), KeepGoing: true}, in: "1,2\n\"3,4\n5,6\n", out: "2,2\n\"3,4\n5,6\n",
		errs: "pyround: row 2: unterminated quoted field (the record runs to the end of the input)\n", err: ErrFailed},
	{name: "csv empty with header", cfg: Config{Format: CSV, Header: true, Columns: col("a")}, in: "", errs: "pyround: empty input: no header row\n", err: ErrFailed},
	{name: "csv empty with index", cfg: Config{Format: CSV, Columns: col("1")}, in: "", out: ""},
	{name: "csv header only", cfg: Config{Format: CSV, Header: true, Columns: col("a")}, in: "a,b", out: "a,b"},
	{name: "csv unknown column", cfg: Config{Format: CSV, Header: true, Columns: col("z")}, in: "a,b\n1,2\n", err: &UsageError{`column "z" is not in the header row ("a", "b")`}},
	{name: "csv header index label", cfg: Config{Format: CSV, Header: true, Columns: col("2")}, in: "a,b\n1,x\n", out: "a,b\n",
		errs: "pyround: row 2, column b: ValueError: invalid literal for int() with base 10: \"x\"\n", err: ErrFailed},
	{name: "csv pair", cfg: Config{Format: CSV, Columns: col("1", "3")}, pair: true, in: "5,x,2\n", out: "\"(7, 3)\",x,2\n"},
	{name: "csv pair split", cfg: Config{Format: CSV, Columns: col("3", "1")}, pair: true, split: true, in: "5,x,2\n5,x,q\n", out: "-3,x,7\n", errs: "pyround: row 2, columns 3,1: ValueError: bad operand\n", err: ErrFailed},
	{name: "csv pair split keep-going", cfg: Config{Format: CSV, Columns: col("1", "2"), KeepGoing: true}, pair: true, split: true, in: "q,\"2\",3\n", out: ",\"\",3\n", errs: "pyround: row 1, columns 1,2: ValueError: bad operand\n", err: ErrFailed},
	{name: "tsv", cfg: Config{Format: TSV, Header: true, Columns: col("b")}, in: "a\tb\n\"1\t2\n3\ttab\n", out: "a\tb\n\"1\t4\n",
		errs: "pyround: row 3, column b: the result \"a\\tb\" holds a tab or a line break, which a TSV cell cannot\n", err: ErrFailed},
	{name: "jsonl", cfg: Config{Format: JSONL, Columns: col("x", "s")}, in: "{\"x\": 1, \"s\": \"2\", \"o\": {\"x\": 9}}\r\n{\"s\":\"wide\",\"x\":\"3\"}", out: "{\"x\": 2, \"s\": \"4\", \"o\": {\"x\": 9}}\r\n{\"s\":\"1,000\",\"x\":\"6\"}"},
	{name: "jsonl number to string", cfg: Config{Format: JSONL, Columns: col("x")}, in: "{\"x\":wide}\n{\"x\":5}\n", out: "", errs: "pyround: row 1: invalid JSON: want a value at byte 6\n", err: ErrFailed},
	{name: "jsonl keep-going", cfg: Config{Format: JSONL, Columns: col("x"), KeepGoing: true}, in: "{\"x\":\"q\"}\n{\"y\":1}\n{\"x\":null}\nnot json\n\n{\"x\":\"\\u0031\"}\n", out: "{\"x\":null}\n{\"y\":1}\n{\"x\":null}\nnot json\n\n{\"x\":\"2\"}\n",
		errs: "pyround: row 1, field x: ValueError: invalid literal for int() with base 10: \"q\"\npyround: row 4: invalid JSON: want an object at byte 1\npyround: row 5: invalid JSON: unexpected end of line: want an object at byte 1\n", err: ErrFailed},
	{name: "jsonl keep-going strict", cfg: Config{Format: JSONL, Columns: col("x"), KeepGoing: true, Strict: true}, in: "{\"x\":\"q\"}\n{\"y\":1}\n{\"x\":null}\nnot json\n\n{\"x\":\"\\u0031\"}\n", out: "{\"x\":null}\n{\"y\":1}\n{\"x\":null}\nnot json\n\n{\"x\":\"2\"}\n",
		errs: "pyround: row 1, field x: ValueError: invalid literal for int() with base 10: \"q\"\npyround: row 2, field x: missing\npyround: row 3, field x: got null, want a number or a string\npyround: row 4: invalid JSON: want an object at byte 1\npyround: row 5: invalid JSON: unexpected end of line: want an object at byte 1\n", err: ErrFailed},
	{name: "jsonl pair split", cfg: Config{Format: JSONL, Columns: col("a", "b")}, pair: true, split: true, in: `{"b": 2, "a": "5"}`, out: `{"b": 3, "a": "7"}`},
	{name: "jsonl bom", cfg: Config{Format: JSONL, Columns: col("x")}, in: "\xef\xbb\xbf{\"x\":1}\n", out: "\xef\xbb\xbf{\"x\":2}\n"},
}

// TestRun runs every case on several worker counts and chunk sizes, and
// with chunks handed over in pieces after 1 or 8 bytes of output (every
// record, or every few, a piece of its own) as well as whole.
func TestRun(t *testing.T) {
	runCases := append(slices.Clip(runCases), missingCases...)
	runCases = append(runCases, delimiterCases...)
	runCases = append(runCases, pathCases...)
	for _, tc := range runCases {
		for _, jobs := range []int{1, 3} {
			for _, chunk := range []int{1, 7, 0} {
				for _, maxOut := range []int{0, 1, 8} {
					out, errs, err := tc.runPieces(t, jobs, chunk, maxOut)
					if out != tc.out || errs != tc.errs || fmt.Sprint(err) != fmt.Sprint(tc.err) {
						t.Errorf("%s (jobs %d, chunk %d, max output %d):\n got %q\n     %q\n     %v\nwant %q\n     %q\n     %v", tc.name, jobs, chunk, maxOut, out, errs, err, tc.out, tc.errs, tc.err)
					}
				}
			}
		}
	}
}

// TestPieces: a chunk of many records whose outputs are large is handed
// over in pieces, in order, with failures numbered across the pieces, on
// one worker and on several; and the output a worker holds stays near
// MaxChunkOutput plus one record's output.
func TestPieces(t *testing.T) {
	var in, want, wantErrs strings.Builder
	for i := range 500 {
		if i%97 == 5 {
			in.WriteString("bad\n")
			want.WriteString("\n")
			fmt.Fprintf(&wantErrs, "pyround: line %d: ValueError: no\n", i+1)
			continue
		}
		fmt.Fprintf(&in, "%d\n", i)
		fmt.Fprintf(&want, "%s\n", strings.Repeat(strconv.Itoa(i%10), 1000+i))
	}
	var mu sync.Mutex
	largest := 0
	wide := func() func(dst, v []byte) ([]byte, error) {
		return func(dst, v []byte) ([]byte, error) {
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return dst, errors.New("ValueError: no")
			}
			dst = append(dst, strings.Repeat(strconv.Itoa(n%10), 1000+n)...)
			mu.Lock()
			largest = max(largest, len(dst))
			mu.Unlock()
			return dst, nil
		}
	}
	for _, jobs := range []int{1, 2, 4} {
		largest = 0
		var out, errs bytes.Buffer
		cfg := Config{Jobs: jobs, KeepGoing: true, MaxChunkOutput: 10_000}
		err := Run(cfg, Transform{NewValue: wide}, iotest.HalfReader(strings.NewReader(in.String())), &out, &errs)
		if out.String() != want.String() || errs.String() != wantErrs.String() || err != ErrFailed {
			t.Errorf("jobs %d: %d bytes, %q, %v; want %d bytes, %q, ErrFailed", jobs, out.Len(), errs.String(), err, want.Len(), wantErrs.String())
		}
		if largest > 10_000+1500+2 {
			t.Errorf("jobs %d: a worker held %d bytes of output (MaxChunkOutput 10000, records of at most 1500)", jobs, largest)
		}
	}
}

// TestPiecesStats splits CSV chunks into pieces (MaxChunkOutput) with
// missing and bad cells among them: the rows, the messages and the run's
// counts are those of an unsplit run, for every number of workers.
func TestPiecesStats(t *testing.T) {
	var in, want, wantErrs strings.Builder
	in.WriteString("k,v\n")
	want.WriteString("k,v\n")
	wantStats := Stats{}
	for i := range 400 {
		wantStats.Rows++
		switch {
		case i%31 == 3:
			fmt.Fprintf(&in, "%d, \n", i)
			fmt.Fprintf(&want, "%d, \n", i)
			wantStats.Missing++
		case i%53 == 7:
			fmt.Fprintf(&in, "%d,bad\n", i)
			fmt.Fprintf(&want, "%d,\n", i)
			fmt.Fprintf(&wantErrs, "pyround: row %d, column v: ValueError: no\n", i+2)
			wantStats.Errors++
		default:
			fmt.Fprintf(&in, "%d,%d\n", i, i)
			fmt.Fprintf(&want, "%d,%s\n", i, strings.Repeat(strconv.Itoa(i%10), 1000+i))
			wantStats.Rewritten++
		}
	}
	wide := func() func(dst, v []byte) ([]byte, error) {
		return func(dst, v []byte) ([]byte, error) {
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return dst, errors.New("ValueError: no")
			}
			return append(dst, strings.Repeat(strconv.Itoa(n%10), 1000+n)...), nil
		}
	}
	for _, jobs := range []int{1, 2, 4} {
		var out, errs bytes.Buffer
		var stats Stats
		cfg := Config{Format: CSV, Header: true, Columns: col("v"), Jobs: jobs, KeepGoing: true, MaxChunkOutput: 10_000, ChunkSize: 4096, Stats: &stats}
		err := Run(cfg, Transform{NewValue: wide}, iotest.HalfReader(strings.NewReader(in.String())), &out, &errs)
		if out.String() != want.String() || errs.String() != wantErrs.String() || err != ErrFailed {
			t.Errorf("jobs %d: %d bytes, %q, %v; want %d bytes, %q, ErrFailed", jobs, out.Len(), errs.String(), err, want.Len(), wantErrs.String())
		}
		if stats != wantStats {
			t.Errorf("jobs %d: stats %+v, want %+v", jobs, stats, wantStats)
		}
	}
}

// TestLongRecord runs records far longer than a chunk.
func TestLongRecord(t *testing.T) {
	long := strings.Repeat("x", 3<<20)
	in := "1,\"" + long + "\n\"\n2,y\n"
	tc := runCase{cfg: Config{Format: CSV, Columns: col("1")}, in: in, out: "2,\"" + long + "\n\"\n4,y\n"}
	for _, jobs := range []int{1, 2} {
		if out, errs, err := tc.run(t, jobs, 1024); out != tc.out || errs != "" || err != nil {
			t.Errorf("jobs %d: %d bytes out, %q, %v", jobs, len(out), errs, err)
		}
	}
}

// TestRecordTooLong checks that a record longer than MaxRecord is one
// failed row whose bytes are skipped (memory stays bounded), in line mode
// and in CSV (inside quotes too), with and without a final newline.
func TestRecordTooLong(t *testing.T) {
	huge := strings.Repeat("7", MaxRecord+8<<20)
	msg := func(where string) string { return "pyround: " + where + ": " + ErrRecordTooLong + "\n" }
	for _, tc := range []runCase{
		{name: "lines", cfg: Config{KeepGoing: true}, in: "1\n" + huge + "\n3\n", out: "2\n\n6\n", errs: msg("line 2"), err: ErrFailed},
		{name: "lines stop", cfg: Config{}, in: "1\n" + huge + "\n3\n", out: "2\n", errs: msg("line 2"), err: ErrFailed},
		{name: "lines no newline", cfg: Config{KeepGoing: true}, in: huge, out: "\n", errs: msg("line 1"), err: ErrFailed},
		{name: "csv quoted", cfg: Config{Format: CSV, Columns: col("1"), KeepGoing: true}, in: "1,a\n2,\"" + huge + "\n,\"\n3,b\n", out: "2,a\n\n6,b\n", errs: msg("row 2"), err: ErrFailed},
	} {
		for _, jobs := range []int{1, 2} {
			out, errs, err := tc.run(t, jobs, 0)
			if out != tc.out || errs != tc.errs || fmt.Sprint(err) != fmt.Sprint(tc.err) {
				t.Errorf("%s (jobs %d): got %.80q, %q, %v; want %q, %q, %v", tc.name, jobs, out, errs, err, tc.out, tc.errs, tc.err)
			}
		}
	}
}

func TestHeader(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		in   string
		want []string
		ok   bool
	}{
		{CSV, "a,b\n1,2\n", []string{"a", "b"}, true},
		{CSV, bom + "\"x,y\",\"q\"\"\"\r\n1,2\n", []string{"x,y", "q\""}, true},
		{TSV, "a\t\"b\"\n", []string{"a", "\"b\""}, true},
		{CSV, "only", []string{"only"}, true},
		{CSV, "\"open\n", nil, false},
		{CSV, "", nil, false},
		{JSONL, "{}\n", nil, false},
	} {
		got, ok := Header(tc.f, []byte(tc.in))
		if ok != tc.ok || !slices.Equal(got, tc.want) {
			t.Errorf("Header(%d, %q) = %q, %v; want %q, %v", tc.f, tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
