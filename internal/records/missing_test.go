package records

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"
)

// missingCases are the missing values of CSV, TSV and JSONL: passed
// through byte for byte by default, errors with Strict (as before).
var missingCases = []runCase{
	// CSV and TSV: empty and white-space cells, quoted or not, keep their
	// bytes; the function is not called for them.
	{name: "csv blank cells", cfg: Config{Format: CSV, Columns: col("1", "2")}, in: "1,\n, \n\"\",\"  \"\r\n\t,4\n5,\"\"",
		out: "2,\n, \n\"\",\"  \"\r\n\t,8\n10,\"\"", stats: &Stats{Rows: 5, Rewritten: 3, Missing: 7}},
	{name: "csv python white space", cfg: Config{Format: CSV, Columns: col("1")}, in: "\u00a0\u3000\n\x1c\x1f\v\f\n\u2028 \u205f\n", out: "\u00a0\u3000\n\x1c\x1f\v\f\n\u2028 \u205f\n",
		stats: &Stats{Rows: 3, Missing: 3}},
	{name: "csv not white space", cfg: Config{Format: CSV, Columns: col("1"), KeepGoing: true}, in: "\u200b\n\ufeff\n", out: "\n\n",
		errs: "pyround: row 1, column 1: ValueError: invalid literal for int() with base 10: \"\\u200b\"\npyround: row 2, column 1: ValueError: invalid literal for int() with base 10: \"\\ufeff\"\n",
		err:  ErrFailed, stats: &Stats{Rows: 2, Errors: 2}},
	{name: "csv empty lines", cfg: Config{Format: CSV, Header: true, Columns: col("b", "a")}, in: "a,b\n\n1,2\r\n\r\n\n3,4",
		out: "a,b\n\n2,4\r\n\r\n\n6,8", stats: &Stats{Rows: 5, Rewritten: 4, Missing: 6}},
	{name: "csv short row still fails", cfg: Config{Format: CSV, Columns: col("3")}, in: "\n1,2\n", out: "\n",
		errs: "pyround: row 2, column 3: missing: the row has 2 fields\n", err: ErrFailed, stats: &Stats{Rows: 2, Missing: 1, Errors: 1}},
	{name: "csv strict blank", cfg: Config{Format: CSV, Columns: col("2"), Strict: true}, in: "1,2\n3, \n", out: "1,4\n",
		errs: "pyround: row 2, column 2: ValueError: invalid literal for int() with base 10: \" \"\n", err: ErrFailed, stats: &Stats{Rows: 2, Rewritten: 1, Errors: 1}},
	{name: "csv strict empty line", cfg: Config{Format: CSV, Columns: col("1"), Strict: true}, in: "1\n\n", out: "2\n",
		errs: "pyround: row 2, column 1: missing: the row has 0 fields\n", err: ErrFailed},
	{name: "tsv blank cells", cfg: Config{Format: TSV, Header: true, Columns: col("x"), KeepGoing: true}, in: "x\ty\n\t1\n \t2\n\n\"\"\t3\n",
		out: "x\ty\n\t1\n \t2\n\n\t3\n", errs: "pyround: row 5, column x: ValueError: invalid literal for int() with base 10: \"\\\"\\\"\"\n",
		err: ErrFailed, stats: &Stats{Rows: 4, Missing: 3, Errors: 1}}, // TSV has no quoting: "" is two quotes
	{name: "csv keep-going counts", cfg: Config{Format: CSV, Columns: col("1", "2"), KeepGoing: true}, in: "1,x\n,2\n\n",
		out: "2,\n,4\n\n", errs: "pyround: row 1, column 2: ValueError: invalid literal for int() with base 10: \"x\"\n",
		err: ErrFailed, stats: &Stats{Rows: 3, Rewritten: 2, Missing: 3, Errors: 1}},

	// Two operands: a missing one makes the results missing; a result
	// cell that is the missing value keeps its bytes, another one is
	// emptied (quoted as it was); B without SplitPair is an operand.
	{name: "csv pair A missing", cfg: Config{Format: CSV, Columns: col("1", "2")}, pair: true, in: " ,2\n", out: " ,2\n", stats: &Stats{Rows: 1, Missing: 1}},
	{name: "csv pair B missing", cfg: Config{Format: CSV, Columns: col("1", "2")}, pair: true, in: "5,\n\"5\",\"\"\n7,3\n", out: ",\n\"\",\"\"\n\"(10, 4)\",3\n",
		stats: &Stats{Rows: 3, Rewritten: 1, Missing: 2}},
	{name: "csv pair split", cfg: Config{Format: CSV, Columns: col("1", "2")}, pair: true, split: true, in: ",2\n5,\"\"\n\"5\", \n\t,\n\n7,3\n",
		out: ",\n,\"\"\n\"\", \n\t,\n\n10,4\n", stats: &Stats{Rows: 6, Rewritten: 2, Missing: 10}},
	{name: "csv pair missing beats bad", cfg: Config{Format: CSV, Columns: col("1", "2")}, pair: true, split: true, in: "x,\n", out: ",\n", stats: &Stats{Rows: 1, Missing: 2}},
	{name: "csv pair strict", cfg: Config{Format: CSV, Columns: col("1", "2"), Strict: true, KeepGoing: true}, pair: true, split: true, in: "5,\n", out: ",\n",
		errs: "pyround: row 1, columns 1,2: ValueError: bad operand\n", err: ErrFailed, stats: &Stats{Rows: 1, Errors: 1}},

	// JSONL: null, a blank string and an absent member pass through; a
	// missing member is not added.
	{name: "jsonl missing", cfg: Config{Format: JSONL, Columns: col("x")}, in: "{\"x\": null}\n{\"x\": \"\"}\n{\"x\":\" \\u3000\\t\"}\n{\"y\": 1}\n{}\n{\"x\": 2}\n",
		out: "{\"x\": null}\n{\"x\": \"\"}\n{\"x\":\" \\u3000\\t\"}\n{\"y\": 1}\n{}\n{\"x\": 4}\n", stats: &Stats{Rows: 6, Rewritten: 1, Missing: 5}},
	{name: "jsonl strict", cfg: Config{Format: JSONL, Columns: col("x"), Strict: true, KeepGoing: true}, in: "{\"x\": null}\n{\"x\": \"\"}\n{\"y\": 1}\n",
		out:  "{\"x\": null}\n{\"x\": null}\n{\"y\": 1}\n",
		errs: "pyround: row 1, field x: got null, want a number or a string\npyround: row 2, field x: ValueError: invalid literal for int() with base 10: \"\"\npyround: row 3, field x: missing\n",
		err:  ErrFailed, stats: &Stats{Rows: 3, Errors: 3}},
	{name: "jsonl pair", cfg: Config{Format: JSONL, Columns: col("a", "b"), KeepGoing: true}, pair: true, split: true,
		in:   "{\"a\": null, \"b\": 2}\n{\"b\": 2}\n{\"a\": 5, \"b\": \"\"}\n{\"a\":5,\"b\":\"x\"}\n{\"a\":5}\n",
		out:  "{\"a\": null, \"b\": null}\n{\"b\": null}\n{\"a\": null, \"b\": \"\"}\n{\"a\":null,\"b\":null}\n{\"a\":null}\n",
		errs: "pyround: row 4, fields a,b: ValueError: bad operand\n", err: ErrFailed, stats: &Stats{Rows: 5, Missing: 8, Errors: 1}},
	{name: "jsonl pair no split", cfg: Config{Format: JSONL, Columns: col("a", "b")}, pair: true,
		in: "{\"a\": 5, \"b\": null}\n{\"b\": 1}\n{\"a\": 5, \"b\": 1}\n", out: "{\"a\": null, \"b\": null}\n{\"b\": 1}\n{\"a\": \"(6, 4)\", \"b\": 1}\n",
		stats: &Stats{Rows: 3, Rewritten: 1, Missing: 2}},
	{name: "jsonl keep-going counts", cfg: Config{Format: JSONL, Columns: col("x", "y"), KeepGoing: true}, in: "{\"x\":1,\"y\":\"q\"}\n{\"x\":[]}\n",
		out:  "{\"x\":2,\"y\":null}\n{\"x\":[]}\n",
		errs: "pyround: row 1, field y: ValueError: invalid literal for int() with base 10: \"q\"\npyround: row 2, field x: got an array, want a number or a string\n",
		err:  ErrFailed, stats: &Stats{Rows: 2, Rewritten: 1, Errors: 2}},

	// Lines: nothing is missing; a blank line is the function's error.
	{name: "lines blank", cfg: Config{KeepGoing: true}, in: "1\n\n \n", out: "2\n\n\n",
		errs: "pyround: line 2: ValueError: invalid literal for int() with base 10: \"\"\npyround: line 3: ValueError: invalid literal for int() with base 10: \" \"\n",
		err:  ErrFailed, stats: &Stats{Rows: 3, Rewritten: 1, Errors: 2}},
}

// delimiterCases are CSV with other delimiters.
var delimiterCases = []runCase{
	{name: "semicolon", cfg: Config{Format: CSV, Delimiter: ';', Header: true, Columns: col("b")}, in: "a;b;c\r\n\"x;y\";2,5;\"q\"\"\"\r\n1,5;\"3\";z\n4;semi;5\n6;;7",
		out: "a;b;c\r\n", errs: "pyround: row 2, column b: ValueError: invalid literal for int() with base 10: \"2,5\"\n", err: ErrFailed,
		stats: &Stats{Rows: 1, Errors: 1}},
	{name: "semicolon keep-going", cfg: Config{Format: CSV, Delimiter: ';', Header: true, Columns: col("b"), KeepGoing: true}, in: "a;b;c\r\n\"x;y\";2,5;\"q\"\"\"\r\n1,5;\"3\";z\n4;semi;5\n6;;7",
		out:  "a;b;c\r\n\"x;y\";;\"q\"\"\"\r\n1,5;\"6\";z\n4;\"1;000|0\";5\n6;;7",
		errs: "pyround: row 2, column b: ValueError: invalid literal for int() with base 10: \"2,5\"\n", err: ErrFailed,
		stats: &Stats{Rows: 4, Rewritten: 2, Missing: 1, Errors: 1}},
	{name: "pipe", cfg: Config{Format: CSV, Delimiter: '|', Columns: col("2")}, in: "\"a|\nb\"|1|x\n|2|\n|semi\n", out: "\"a|\nb\"|2|x\n|4|\n|\"1;000|0\"\n"},
	{name: "pipe comma is data", cfg: Config{Format: CSV, Delimiter: '|', Columns: col("1")}, in: "1,2|3\n", out: "",
		errs: "pyround: row 1, column 1: ValueError: invalid literal for int() with base 10: \"1,2\"\n", err: ErrFailed},
	{name: "csv with tab", cfg: Config{Format: CSV, Delimiter: '\t', Columns: col("2")}, in: "\"a\tb\"\t1\n\"x\"\t\"2\"\n", out: "\"a\tb\"\t2\n\"x\"\t\"4\"\n"},
	{name: "hive", cfg: Config{Format: CSV, Delimiter: 1, Columns: col("1")}, in: "1\x012\n", out: "2\x012\n"},
	{name: "pair semicolon", cfg: Config{Format: CSV, Delimiter: ';', Columns: col("1", "2")}, pair: true, in: "5;3\n5;x\n", out: "(8, 2);3\n",
		errs: "pyround: row 2, columns 1,2: ValueError: bad operand\n", err: ErrFailed}, // a comma is data
	{name: "delimiter on tsv", cfg: Config{Format: TSV, Delimiter: ';', Columns: col("1")}, err: &UsageError{"a delimiter needs CSV (TSV is always TAB)"}},
	{name: "bad delimiter", cfg: Config{Format: CSV, Delimiter: '"', Columns: col("1")}, err: &UsageError{`invalid delimiter "\"": the quote character cannot be the delimiter`}},
}

// pathCases address nested JSONL values.
var pathCases = []runCase{
	{name: "dotted", cfg: Config{Format: JSONL, Columns: col("amount.net")}, in: "{\"id\":1, \"amount\": {\"net\": 5, \"gross\": 6}}\n{\"amount\":{\"net\":\"7\"}}\n",
		out: "{\"id\":1, \"amount\": {\"net\": 10, \"gross\": 6}}\n{\"amount\":{\"net\":\"14\"}}\n"},
	{name: "pointer", cfg: Config{Format: JSONL, Columns: col("/amount/net")}, in: "{\"amount\": {\"net\": 5}}\n", out: "{\"amount\": {\"net\": 10}}\n"},
	{name: "pointer escapes", cfg: Config{Format: JSONL, Columns: col("/a~1b/c~0d", "/~01")}, in: "{\"a/b\": {\"c~d\": 1}, \"~1\": 2, \"/\": 3, \"~\":{\"1\":4}}\n",
		out: "{\"a/b\": {\"c~d\": 2}, \"~1\": 4, \"/\": 3, \"~\":{\"1\":4}}\n"},
	{name: "pointer dots and empty names", cfg: Config{Format: JSONL, Columns: col("/a.b", "/", "/c/")}, in: "{\"a.b\": 1, \"a\": {\"b\": 9}, \"\": 2, \"c\": {\"\": 3}}\n",
		out: "{\"a.b\": 2, \"a\": {\"b\": 9}, \"\": 4, \"c\": {\"\": 6}}\n"},
	{name: "arrays", cfg: Config{Format: JSONL, Columns: col("items.1.price", "/items/0/price")}, in: "{\"items\": [{\"price\": 1}, {\"price\": \"2\"}]}\n{\"items\": [{\"price\": 3}]}\n{\"items\": {\"1\": {\"price\": 4}}}\n",
		out: "{\"items\": [{\"price\": 2}, {\"price\": \"4\"}]}\n{\"items\": [{\"price\": 6}]}\n{\"items\": {\"1\": {\"price\": 8}}}\n", stats: &Stats{Rows: 3, Rewritten: 4, Missing: 2}},
	{name: "array element", cfg: Config{Format: JSONL, Columns: col("v.2")}, in: "{\"v\": [1, [2], 3, 4]}\n{\"v\": [ 1 , 2 ]}\n", out: "{\"v\": [1, [2], 6, 4]}\n{\"v\": [ 1 , 2 ]}\n"},
	{name: "no canonical index", cfg: Config{Format: JSONL, Columns: col("v.01", "/v/-")}, in: "{\"v\": [1, 2]}\n{\"v\": {\"01\": 1, \"-\": 2}}\n", out: "{\"v\": [1, 2]}\n{\"v\": {\"01\": 2, \"-\": 4}}\n",
		stats: &Stats{Rows: 2, Rewritten: 2, Missing: 2}},
	{name: "missing paths", cfg: Config{Format: JSONL, Columns: col("a.b.c")}, in: "{\"a\": 1}\n{\"a\": {\"b\": \"s\"}}\n{\"a\": {\"b\": [1]}}\n{\"a\": {\"x\": {\"c\": 1}}}\n{\"a\":{\"b\":{\"c\":null}}}\n{\"a\":null}\n",
		out: "{\"a\": 1}\n{\"a\": {\"b\": \"s\"}}\n{\"a\": {\"b\": [1]}}\n{\"a\": {\"x\": {\"c\": 1}}}\n{\"a\":{\"b\":{\"c\":null}}}\n{\"a\":null}\n", stats: &Stats{Rows: 6, Missing: 6}},
	{name: "missing path strict", cfg: Config{Format: JSONL, Columns: col("a.b"), Strict: true, KeepGoing: true}, in: "{\"a\": [1]}\n{\"a\": {\"b\": 1}}\n",
		out: "{\"a\": [1]}\n{\"a\": {\"b\": 2}}\n", errs: "pyround: row 1, field a.b: missing\n", err: ErrFailed},
	{name: "dotted name literal first", cfg: Config{Format: JSONL, Columns: col("a.b")}, in: "{\"a\": {\"b\": 1}, \"a.b\": 2}\n{\"a\": {\"b\": 1}}\n{\"a.b\": null, \"a\": {\"b\": 1}}\n",
		out: "{\"a\": {\"b\": 1}, \"a.b\": 4}\n{\"a\": {\"b\": 2}}\n{\"a.b\": null, \"a\": {\"b\": 1}}\n"},
	{name: "last key wins at every level", cfg: Config{Format: JSONL, Columns: col("a.b")}, in: "{\"a\":{\"b\":1,\"b\":2}}\n{\"a\":{\"b\":1},\"a\":{\"c\":2}}\n{\"a\":{\"c\":2},\"a\":{\"b\":3}}\n{\"a\":{\"b\":1},\"a\":7}\n",
		out: "{\"a\":{\"b\":1,\"b\":4}}\n{\"a\":{\"b\":1},\"a\":{\"c\":2}}\n{\"a\":{\"c\":2},\"a\":{\"b\":6}}\n{\"a\":{\"b\":1},\"a\":7}\n"},
	{name: "escaped keys on the path", cfg: Config{Format: JSONL, Columns: col("a.b")}, in: "{\"\\u0061\": {\"\\u0062\": 1}}\n", out: "{\"\\u0061\": {\"\\u0062\": 2}}\n"},
	{name: "same value twice", cfg: Config{Format: JSONL, Columns: col("a.b", "/a/b")}, in: "{\"a\": {\"b\": 1}}\n", out: "{\"a\": {\"b\": 2}}\n", stats: &Stats{Rows: 1, Rewritten: 1}},
	{name: "same value twice split", cfg: Config{Format: JSONL, Columns: col("a.b", "/a/b")}, pair: true, split: true, in: "{\"a\": {\"b\": 1}}\n{\"a.b\": 1, \"a\": {\"b\": 2}}\n", out: "",
		errs: "pyround: row 1, fields a.b,/a/b: both fields address the same value\n", err: ErrFailed},
	{name: "bad pointer", cfg: Config{Format: JSONL, Columns: col("/a~2")}, err: &UsageError{`invalid field "/a~2": in a JSON Pointer '~' must be followed by 0 (for ~) or 1 (for /)`}},
	{name: "empty segment", cfg: Config{Format: JSONL, Columns: col("a..b")}, err: &UsageError{`invalid field "a..b": empty name in a dotted path (a JSON Pointer such as /a//b addresses empty names and names with dots)`}},
	{name: "nested invalid JSON", cfg: Config{Format: JSONL, Columns: col("a.b")}, in: "{\"a\": {\"b\": 1,}}\n", errs: "pyround: row 1: invalid JSON: want a string at byte 15\n", err: ErrFailed},
}

func TestParseDelimiter(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want byte
		err  string
	}{
		{",", ',', ""}, {";", ';', ""}, {"|", '|', ""}, {"\t", '\t', ""}, {`\t`, '\t', ""}, {" ", ' ', ""}, {":", ':', ""}, {"\x01", 1, ""}, {"\x1f", 0x1f, ""},
		{"", 0, "want one character"},
		{";;", 0, "want one character, not 2"},
		{"€", 0, `want one ASCII character ("€" is 3 bytes in UTF-8)`},
		{"\xff", 0, "want one ASCII character"},
		{`"`, 0, "the quote character cannot be the delimiter"},
		{"\n", 0, "a line break cannot be the delimiter"},
		{"\r", 0, "a line break cannot be the delimiter"},
		{"\x00", 0, "NUL cannot be the delimiter"}, // found by FuzzCSVDelimiter: 0 was read as the default, a comma
		{"5", 0, "it occurs in numbers (2.5, -1, 1e+16, inf), which it would split"},
		{"e", 0, "it occurs in numbers (2.5, -1, 1e+16, inf), which it would split"},
		{".", 0, "it occurs in numbers (2.5, -1, 1e+16, inf), which it would split"},
		{"-", 0, "it occurs in numbers (2.5, -1, 1e+16, inf), which it would split"},
	} {
		got, err := ParseDelimiter(tc.in)
		if got != tc.want || fmt.Sprint(err) != fmt.Sprint(tc.err) && !(err == nil && tc.err == "") {
			t.Errorf("ParseDelimiter(%q) = %q, %v; want %q, %q", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestFieldProbes(t *testing.T) {
	for _, tc := range []struct {
		name string
		want string // the probes' segments, or "!" + error
	}{
		{"x", "[x]"},
		{"a.b", "[a.b] [a b]"},
		{"items.0.price", "[items.0.price] [items 0#0 price]"},
		{"/a/b", "[a b]"},
		{"/a.b", "[a.b]"},
		{"/", "[]"},
		{"//", "[ ]"},
		{"/~0~1/~01", "[~/ ~1]"},
		{"/v/10/01/-", "[v 10#10 01 -]"},
		{"/a~", "!in a JSON Pointer '~' must be followed by 0 (for ~) or 1 (for /)"},
		{"/a~x", "!in a JSON Pointer '~' must be followed by 0 (for ~) or 1 (for /)"},
		{"a.", "!empty name in a dotted path (a JSON Pointer such as /a//b addresses empty names and names with dots)"},
		{".a", "!empty name in a dotted path (a JSON Pointer such as /a//b addresses empty names and names with dots)"},
		{"", "!empty field"},
	} {
		probes, err := fieldProbes(0, tc.name)
		var got string
		if err != nil {
			got = "!" + err.Error()
		} else {
			var ps []string
			for _, p := range probes {
				var segs []string
				for _, s := range p.segs {
					if s.index >= 0 {
						segs = append(segs, fmt.Sprintf("%s#%d", s.key, s.index))
					} else {
						segs = append(segs, s.key)
					}
				}
				ps = append(ps, "["+strings.Join(segs, " ")+"]")
			}
			got = strings.Join(ps, " ")
		}
		if got != tc.want {
			t.Errorf("fieldProbes(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestReadErrorFirst: input that cannot be read at all (standard input
// that is a directory) is the same message in every format, header row
// or not, and counts as one error.
func TestReadErrorFirst(t *testing.T) {
	for _, cfg := range []Config{
		{}, {Format: CSV, Columns: col("1")}, {Format: CSV, Header: true, Columns: col("a")}, {Format: TSV, Header: true, Columns: col("a")},
		{Format: JSONL, Columns: col("a")},
	} {
		for _, jobs := range []int{1, 2} {
			var out, errs bytes.Buffer
			var st Stats
			cfg.Jobs, cfg.Stats = jobs, &st
			err := Run(cfg, Transform{NewValue: testValue}, iotest.ErrReader(errors.New("read /dev/stdin: is a directory")), &out, &errs)
			if err != ErrFailed || out.String() != "" || errs.String() != "pyround: reading input: read /dev/stdin: is a directory\n" || st != (Stats{Errors: 1}) {
				t.Errorf("%+v: %v, %q, %q, %+v", cfg, err, out.String(), errs.String(), st)
			}
		}
	}
}
