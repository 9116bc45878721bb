package main

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/pyops"
)

func TestRecordsCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		// CSV: only the selected cells change; quoting kept or added.
		{args: []string{"round", "-n", "2", "--csv", "--column", "price"}, stdin: "id,price\r\n1,2.675\r\n2,\"1.005\"\n3,-0.001",
			out: "id,price\r\n1,2.67\r\n2,\"1.0\"\n3,-0.0"},
		{args: []string{"format", ",.2f", "--csv", "--column", "2"}, stdin: "a,1234.567,b\n",
			out: "a,\"1,234.57\",b\n"},
		{args: []string{"round", "--csv", "--column", "1", "--header"}, stdin: "x\n2.5\n", out: "x\n2\n"},
		{args: []string{"round", "--tsv", "--column", "b,a"}, stdin: "a\tb\n1.5\t2.5\n", out: "a\tb\n2\t2\n"},
		{args: []string{"hms", "--csv", "--column", "s"}, stdin: "s\n3723\n-1\n", out: "s\n1:02:03\n\"-1 day, 23:59:59\"\n"},
		// Two operands.
		{args: []string{"floordiv", "--csv", "--column", "a", "--column", "b"}, stdin: "a,b\n-7,2\n", out: "a,b\n-4,2\n"},
		{args: []string{"divmod", "--csv", "--column", "a,b"}, stdin: "a,b\n-7,2\n-7.5,2\n", out: "a,b\n-4,1\n-4.0,0.5\n"},
		{args: []string{"divmod", "--as", "decimal", "--jsonl", "--field", "a,b"}, stdin: `{"a": -7, "b": "2"}` + "\n", out: `{"a": -3, "b": "-1"}` + "\n"},
		{args: []string{"mod", "--csv", "--column", "1,2", "--keep-going"}, stdin: "1,0\n7,2\n", out: ",0\n1,2\n",
			errOut: "pyround: row 1, columns 1,2: ZeroDivisionError: integer modulo by zero\n", status: 1},
		// JSONL: numbers stay numbers when they can.
		{args: []string{"round", "-n", "1", "--jsonl", "--field", "x"}, stdin: "{\"x\": 2.25, \"y\": 2.25}\n{\"x\": 1e400}\n{\"x\": \"0.05\"}\n",
			out: "{\"x\": 2.2, \"y\": 2.25}\n{\"x\": \"inf\"}\n{\"x\": \"0.1\"}\n"},
		{args: []string{"format", ".1%", "--jsonl", "--field", "x"}, stdin: `{"x":0.125}`, out: `{"x":"12.5%"}`},
		// Errors: row and column named, rows before written.
		{args: []string{"round", "--csv", "--column", "v"}, stdin: "v\n1.5\nabc\n2.5\n", out: "v\n2\n",
			errOut: "pyround: row 3, column v: ValueError: could not convert string to float: 'abc'\n", status: 1},
		{args: []string{"round", "--csv", "--column", "v", "--keep-going"}, stdin: "v\n1.5\nabc\n2.5\n", out: "v\n2\n\n2\n",
			errOut: "pyround: row 3, column v: ValueError: could not convert string to float: 'abc'\n", status: 1},
		{args: []string{"round", "--csv", "--column", "v"}, stdin: "", errOut: "pyround: empty input: no header row\n", status: 1},
		{args: []string{"round", "--csv", "--column", "1"}, stdin: ""},
		// Line mode keeps its behaviour, through the chunked path too.
		{args: []string{"round", "-n", "2", "--jobs", "3"}, stdin: "2.675\r\n0.125\n1e-5\n12345678.123456789\n5\n", out: "2.67\n0.12\n0.0\n12345678.12\n5\n"},
		{args: []string{"divmod", "--jobs", "2"}, stdin: "7 2\n1\n", out: "(3, 1)\n", errOut: "pyround: line 2: ValueError: not enough values to unpack (expected 2, got 1)\n", status: 1},
		// Usage errors.
		{args: []string{"round", "--column", "a"}, errOut: "pyround: --column needs --csv or --tsv (JSON Lines members are selected with --field)\n", status: 2},
		{args: []string{"round", "--field", "a"}, errOut: "pyround: --field needs --jsonl\n", status: 2},
		{args: []string{"round", "--csv"}, errOut: "pyround: --csv needs --column to say which values to rewrite\n", status: 2},
		{args: []string{"round", "--csv", "--tsv", "--column", "1"}, errOut: "pyround: --csv, --tsv and --jsonl exclude each other\n", status: 2},
		{args: []string{"round", "--csv", "--column", "0"}, errOut: "pyround: invalid --column \"0\": indexes start at 1\n", status: 2},
		{args: []string{"round", "--csv", "--column", "a", "--no-header"}, errOut: "pyround: --column NAME needs a header row: drop --no-header or give indexes\n", status: 2},
		{args: []string{"round", "--csv", "--column", "z"}, stdin: "a,b\n", errOut: "pyround: column \"z\" is not in the header row (\"a\", \"b\")\n", status: 2},
		{args: []string{"round", "--csv", "--column", "1", "2.5"}, errOut: "pyround: --csv reads standard input: give no values as arguments\n", status: 2},
		{args: []string{"mod", "--csv", "--column", "1"}, errOut: "pyround: mod needs two operands: --column A --column B (got 1)\n", status: 2},
		{args: []string{"divmod", "--csv", "--column", "a,1"}, stdin: "a\n1\n", errOut: "pyround: divmod needs two different columns\n", status: 2},
		{args: []string{"round", "--jobs", "-1"}, errOut: "pyround: invalid --jobs -1: want 1 or more (0: the number of CPUs)\n", status: 2},
		{args: []string{"round", "--jsonl", "--field", "x", "--header"}, errOut: "pyround: --header and --no-header need --csv or --tsv\n", status: 2},
	})
}

// TestMissingCLI: blank cells, empty lines, JSON nulls and absent values
// pass through every column-rewriting command unchanged; --strict makes
// them errors again; plain lines keep Python's error for a blank line.
func TestMissingCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{args: []string{"round", "-n", "1", "--csv", "--column", "v"}, stdin: "id,v\n1,2.25\n2,\n3, \n4,\"\"\n\n5,\u00a0\r\n",
			out: "id,v\n1,2.2\n2,\n3, \n4,\"\"\n\n5,\u00a0\r\n"},
		{args: []string{"format", ".2f", "--tsv", "--column", "2"}, stdin: "a\t\nb\t1\n", out: "a\t\nb\t1.00\n"},
		{args: []string{"hms", "--jsonl", "--field", "t"}, stdin: "{\"t\": null}\n{\"t\": \"\"}\n{\"u\": 1}\n{\"t\": 61}\n",
			out: "{\"t\": null}\n{\"t\": \"\"}\n{\"u\": 1}\n{\"t\": \"0:01:01\"}\n"},
		{args: []string{"floordiv", "--csv", "--column", "a,b"}, stdin: "a,b\n7,\n,2\n7,2\n", out: "a,b\n,\n,2\n3,2\n"},
		{args: []string{"mod", "--jsonl", "--field", "a,b"}, stdin: "{\"a\": 7, \"b\": null}\n{\"b\": 2}\n", out: "{\"a\": null, \"b\": null}\n{\"b\": 2}\n"},
		{args: []string{"divmod", "--csv", "--column", "a,b"}, stdin: "a,b\n7,\n\"7\",\" \"\n, 2\n7,2\n", out: "a,b\n,\n\"\",\" \"\n,\n3,1\n"},
		{args: []string{"divmod", "--jsonl", "--field", "a,b"}, stdin: "{\"a\": \"\", \"b\": 2}\n{\"b\": 2}\n", out: "{\"a\": \"\", \"b\": null}\n{\"b\": null}\n"},
		// --strict: today's errors, naming row and column.
		{args: []string{"round", "--csv", "--column", "v", "--strict"}, stdin: "v\n1.5\n\n", out: "v\n2\n",
			errOut: "pyround: row 3, column v: missing: the row has 0 fields\n", status: 1},
		{args: []string{"round", "--csv", "--column", "v", "--strict", "--keep-going"}, stdin: "v\n \n2.5\n", out: "v\n\n2\n",
			errOut: "pyround: row 2, column v: ValueError: could not convert string to float: ' '\n", status: 1},
		{args: []string{"round", "--jsonl", "--field", "a.b", "--strict"}, stdin: "{\"a\": {\"b\": 1.5}}\n{\"a\": {}}\n", out: "{\"a\": {\"b\": 2}}\n",
			errOut: "pyround: row 2, field a.b: missing\n", status: 1},
		{args: []string{"round", "--jsonl", "--field", "x", "--strict"}, stdin: "{\"x\": null}\n",
			errOut: "pyround: row 1, field x: got null, want a number or a string\n", status: 1},
		{args: []string{"divmod", "--csv", "--column", "1,2", "--strict"}, stdin: "7,\n",
			errOut: "pyround: row 1, columns 1,2: ValueError: could not convert string to float: ''\n", status: 1},
		// Lines: a blank line is round('')'s error, as before.
		{args: []string{"round"}, stdin: "1.5\n\n", out: "2\n", errOut: "pyround: line 2: ValueError: could not convert string to float: ''\n", status: 1},
		{args: []string{"round", "--strict"}, errOut: "pyround: --strict needs --csv, --tsv or --jsonl (lines have no missing values: a blank line is an error)\n", status: 2},
	})
}

// TestDelimiterCLI: --delimiter reads and writes CSV separated by another
// character; unusable delimiters are usage errors.
func TestDelimiterCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{args: []string{"round", "-n", "2", "--csv", "--delimiter", ";", "--column", "price"}, stdin: "item;price\n\"a;b\";2.675\nc,d;1.005\n",
			out: "item;price\n\"a;b\";2.67\nc,d;1.0\n"},
		{args: []string{"format", ";>3", "--csv", "--delimiter", ";", "--column", "1"}, stdin: "1;x\n", out: "\";;1\";x\n"},
		{args: []string{"format", ",.2f", "--csv", "--delimiter", "|", "--column", "2"}, stdin: "a|1234.5\n", out: "a|1,234.50\n"},
		{args: []string{"round", "--csv", "--delimiter", `\t`, "--column", "2"}, stdin: "\"a\tb\"\t2.5\n", out: "\"a\tb\"\t2\n"},
		{args: []string{"divmod", "--csv", "--delimiter", ";", "--column", "a,b"}, stdin: "a;b\n-7,5;2\n", out: "a;b\n",
			errOut: "pyround: row 2, columns a,b: ValueError: could not convert string to float: '-7,5'\n", status: 1},
		{args: []string{"round", "--csv", "--delimiter", ";;", "--column", "1"}, errOut: "pyround: invalid --delimiter \";;\": want one character, not 2\n", status: 2},
		{args: []string{"round", "--csv", "--delimiter", "€", "--column", "1"}, errOut: "pyround: invalid --delimiter \"€\": want one ASCII character (\"€\" is 3 bytes in UTF-8)\n", status: 2},
		{args: []string{"round", "--csv", "--delimiter", `"`, "--column", "1"}, errOut: "pyround: invalid --delimiter \"\\\"\": the quote character cannot be the delimiter\n", status: 2},
		{args: []string{"round", "--csv", "--delimiter", "\n", "--column", "1"}, errOut: "pyround: invalid --delimiter \"\\n\": a line break cannot be the delimiter\n", status: 2},
		{args: []string{"round", "--csv", "--delimiter", ".", "--column", "1"}, errOut: "pyround: invalid --delimiter \".\": it occurs in numbers (2.5, -1, 1e+16, inf), which it would split\n", status: 2},
		{args: []string{"round", "--csv", "--delimiter", "", "--column", "1"}, errOut: "pyround: invalid --delimiter \"\": want one character\n", status: 2},
		{args: []string{"round", "--delimiter", ";"}, errOut: "pyround: --delimiter needs --csv (--tsv is always TAB)\n", status: 2},
		{args: []string{"round", "--tsv", "--delimiter", ";", "--column", "1"}, errOut: "pyround: --delimiter needs --csv (--tsv is always TAB)\n", status: 2},
	})
}

// TestFieldPathCLI: --field addresses nested values by dotted path or
// JSON Pointer; only that value's bytes change.
func TestFieldPathCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{args: []string{"round", "-n", "2", "--jsonl", "--field", "amount.net"}, stdin: "{\"id\": 1, \"amount\": {\"net\": 2.675, \"tax\": 0.125}}\n{\"id\": 2}\n{\"amount\": 5}\n",
			out: "{\"id\": 1, \"amount\": {\"net\": 2.67, \"tax\": 0.125}}\n{\"id\": 2}\n{\"amount\": 5}\n"},
		{args: []string{"round", "-n", "2", "--jsonl", "--field", "/amount/net,/a~1b", "--field", "items.1"}, stdin: "{\"a/b\":0.125 ,\"items\":[1.005, 2.675],\"amount\":{ \"net\" : \"1.005\" }}\n",
			out: "{\"a/b\":0.12 ,\"items\":[1.005, 2.67],\"amount\":{ \"net\" : \"1.0\" }}\n"},
		{args: []string{"round", "--jsonl", "--field", "a.b"}, stdin: "{\"a.b\": 2.5, \"a\": {\"b\": 3.5}}\n", out: "{\"a.b\": 2, \"a\": {\"b\": 3.5}}\n"},
		{args: []string{"round", "--jsonl", "--field", "/a/b"}, stdin: "{\"a.b\": 2.5, \"a\": {\"b\": 3.5}}\n", out: "{\"a.b\": 2.5, \"a\": {\"b\": 4}}\n"},
		{args: []string{"round", "--jsonl", "--field", "a.b"}, stdin: "{\"a\": {\"b\": [1]}}\n", errOut: "pyround: row 1, field a.b: got an array, want a number or a string\n", status: 1},
		{args: []string{"round", "--jsonl", "--field", "/a~x"}, errOut: "pyround: invalid --field \"/a~x\": in a JSON Pointer '~' must be followed by 0 (for ~) or 1 (for /)\n", status: 2},
		{args: []string{"round", "--jsonl", "--field", "a..b"}, errOut: "pyround: invalid --field \"a..b\": empty name in a dotted path (a JSON Pointer such as /a//b addresses empty names and names with dots)\n", status: 2},
	})
}

// TestStdinDirectory: standard input that is a directory is the same
// message in every mode.
func TestStdinDirectory(t *testing.T) {
	for _, args := range [][]string{
		{"round"}, {"round", "--jobs", "1"}, {"round", "--csv", "--column", "1"}, {"round", "--csv", "--column", "price"},
		{"round", "--tsv", "--column", "price"}, {"round", "--jsonl", "--field", "x"}, {"divmod", "--csv", "--column", "a,b"}, {"round", "--csv", "--delimiter", ";", "--column", "a"},
	} {
		dir, err := os.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		st := run(args, dir, &out, &errOut)
		dir.Close()
		if st != 1 || out.Len() != 0 || !strings.HasPrefix(errOut.String(), "pyround: reading input: read ") || !strings.HasSuffix(errOut.String(), ": is a directory\n") ||
			strings.Count(errOut.String(), "\n") != 1 {
			t.Errorf("%q < a directory: status %d, %q, %q", args, st, out.String(), errOut.String())
		}
	}
}

// TestSummary: with --keep-going or missing values a record run ends with
// one summary line on standard error, only when it is a terminal.
func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		in      string
		term    bool
		out     string
		summary string
		status  int
	}{
		{[]string{"round", "--csv", "--column", "v"}, "v\n1.5\n\n \n2.5\n", true, "v\n2\n\n \n2\n", "pyround: 4 rows, 2 cells rewritten, 2 missing, 0 errors\n", 0},
		{[]string{"round", "--csv", "--column", "v"}, "v\n1.5\n\n", false, "v\n2\n\n", "", 0},
		{[]string{"round", "--csv", "--column", "v"}, "v\n1.5\n", true, "v\n2\n", "", 0}, // nothing missing, no --keep-going
		{[]string{"round", "--csv", "--column", "v", "--keep-going"}, "v\n1.5\n", true, "v\n2\n", "pyround: 1 row, 1 cell rewritten, 0 missing, 0 errors\n", 0},
		{[]string{"round", "--jsonl", "--field", "a,b", "--keep-going"}, "{\"a\":1.5,\"b\":\"x\"}\n{}\nbad\n", true, "{\"a\":2,\"b\":null}\n{}\nbad\n",
			"pyround: row 1, field b: ValueError: could not convert string to float: 'x'\npyround: row 3: invalid JSON: want an object at byte 1\n" +
				"pyround: 3 rows, 1 cell rewritten, 2 missing, 2 errors\n", 1},
		{[]string{"divmod", "--csv", "--column", "1,2"}, "7,2\n7,\nx,2\n", true, "3,1\n,\n",
			"pyround: row 3, columns 1,2: ValueError: could not convert string to float: 'x'\npyround: 3 rows, 2 cells rewritten, 2 missing, 1 error\n", 1},
		{[]string{"round", "--keep-going"}, "1.5\nx\n", true, "2\n\n", "pyround: line 2: ValueError: could not convert string to float: 'x'\n", 1}, // lines: no summary
	} {
		for _, jobs := range []int{1, 3} {
			var out, errOut bytes.Buffer
			st := runWithTerminal(append(tc.args, "--jobs", strconv.Itoa(jobs)), tc.term, strings.NewReader(tc.in), &out, &errOut)
			if out.String() != tc.out || errOut.String() != tc.summary || st != tc.status {
				t.Errorf("%q (terminal %v, jobs %d): got (%q, %q, %d), want (%q, %q, %d)", tc.args, tc.term, jobs, out.String(), errOut.String(), st, tc.out, tc.summary, tc.status)
			}
		}
	}
}

// TestRoundFastCLI runs texts that take pyops's fast path of round -n N
// (or just miss it) through the CLI.
func TestRoundFastCLI(t *testing.T) {
	// Python 3.11's print(round(float(TEXT), N)), through the CLI (fast
	// path or not).
	runCLICases(t, []cliCase{{args: []string{"round", "-n", "2"}, stdin: "-0.001\n9.999\n2.675\n1.005\n0.125\n0.135\n-2.5\n007.125\n",
		out: "-0.0\n10.0\n2.67\n1.0\n0.12\n0.14\n-2.5\n7.12\n"},
		{args: []string{"round", "-n", "8"}, stdin: "0.00012345\n0.000012345\n123456789.123456789\n", out: "0.00012345\n1.234e-05\n123456789.12345679\n"},
		{args: []string{"round", "-n", "0"}, stdin: "999999999999999.9\n0.5\n1.5\n", out: "1000000000000000.0\n0.0\n2.0\n"},
	})
}

// jobsInput generates a large input of the format with bad values, missing
// values (blank cells, empty lines, JSON nulls and absent members), ragged
// rows, quoting, CRLF and invalid records sprinkled in. Format "csv;" is
// CSV separated by semicolons.
func jobsInput(format string, rows int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 11))
	var b strings.Builder
	val := func() string {
		switch rng.IntN(200) {
		case 0:
			return "abc"
		case 1:
			return ""
		case 2:
			return "1e400"
		case 3:
			return " "
		case 4:
			return "\u00a0\t"
		}
		return strconv.FormatFloat((rng.Float64()-0.5)*1e4, 'f', -1, 64)
	}
	eol := func() string {
		if rng.IntN(3) == 0 {
			return "\r\n"
		}
		return "\n"
	}
	switch format {
	case "csv", "tsv", "csv;":
		sep := ","
		switch format {
		case "tsv":
			sep = "\t"
		case "csv;":
			sep = ";"
		}
		b.WriteString("id" + sep + "a" + sep + "note" + sep + "b" + eol())
		for i := range rows {
			a, bv := val(), val()
			note := "n" + strconv.Itoa(i)
			if format != "tsv" {
				switch rng.IntN(20) {
				case 0:
					note = "\"multi\nline, \"\"quoted\"\"; \""
				case 1:
					a = "\"" + a + "\""
				}
			}
			switch rng.IntN(500) {
			case 0:
				b.WriteString(strconv.Itoa(i) + sep + a + eol()) // ragged
				continue
			case 1:
				b.WriteString(eol()) // an empty line
				continue
			}
			b.WriteString(strconv.Itoa(i) + sep + a + sep + note + sep + bv + eol())
		}
	case "jsonl":
		for i := range rows {
			switch rng.IntN(400) {
			case 0:
				b.WriteString("{bad json" + eol())
				continue
			case 1:
				b.WriteString(`{"id":` + strconv.Itoa(i) + `}` + eol())
				continue
			}
			a := val()
			if _, err := strconv.ParseFloat(a, 64); err != nil || rng.IntN(5) == 0 {
				a = strconv.Quote(a)
			}
			n := `{"v": ` + strconv.Quote(val()) + `, "w": [1, {}]}`
			switch rng.IntN(50) {
			case 0:
				a = "null"
			case 1:
				n = "[]" // n.v is missing
			case 2:
				n = `{"v": null}`
			}
			b.WriteString(`{"id": ` + strconv.Itoa(i) + `, "a": ` + a + `, "s": "x\"y", "n": ` + n + `, "b": ` + strconv.Quote(val()) + "}" + eol())
		}
	default:
		for range rows {
			b.WriteString(val() + eol())
		}
	}
	return b.String()
}

// TestJobsIdentical checks that every --jobs value gives the same output,
// messages and status as --jobs 1, for every format, with and without
// --keep-going and --strict, on inputs of many chunks (the summary line
// that ends a run on a terminal included).
func TestJobsIdentical(t *testing.T) {
	rows := 60000
	if testing.Short() {
		rows = 6000
	}
	for _, format := range []string{"lines", "csv", "tsv", "jsonl", "csv;"} {
		in := jobsInput(format, rows, 1)
		var sel []string
		switch format {
		case "csv", "tsv":
			sel = []string{"--" + format, "--column", "a,b"}
		case "csv;":
			sel = []string{"--csv", "--delimiter", ";", "--column", "a,b"}
		case "jsonl":
			sel = []string{"--jsonl", "--field", "a,b,n.v,/n/w/0"}
		}
		for _, mode := range []string{"", "--keep-going", "--strict", "--strict --keep-going"} {
			if format == "lines" && strings.Contains(mode, "strict") {
				continue
			}
			kg := strings.Contains(mode, "keep-going")
			args := append(append([]string{"round", "-n", "2"}, sel...), strings.Fields(mode)...)
			var ref [3]string
			for _, jobs := range []string{"1", "2", "3", "8"} {
				var out, errOut bytes.Buffer
				st := runWithTerminal(append(args, "--jobs", jobs), true, strings.NewReader(in), &out, &errOut) // the summary line too
				got := [3]string{out.String(), errOut.String(), strconv.Itoa(st)}
				if jobs == "1" {
					ref = got
					if st != 1 || errOut.Len() == 0 {
						t.Fatalf("%v: status %d, %d bytes of messages: the input should have failures", args, st, errOut.Len())
					}
					if kg && strings.Count(out.String(), "\n") < strings.Count(in, "\n") {
						t.Errorf("%v: %d output rows for %d input rows", args, strings.Count(out.String(), "\n"), strings.Count(in, "\n"))
					}
					lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
					summary := lines[len(lines)-1]
					switch strict := strings.Contains(mode, "strict"); {
					case format == "lines" || !kg: // no summary, or one only when a missing value came before the failure
					case !strings.HasSuffix(summary, " errors") || strict != strings.Contains(summary, " 0 missing"):
						t.Errorf("%v: summary %q", args, summary)
					}
					continue
				}
				if got != ref {
					t.Errorf("%v --jobs %s differs from --jobs 1 (%d/%d bytes out, %d/%d bytes of messages, status %s/%s)",
						args, jobs, len(got[0]), len(ref[0]), len(got[1]), len(ref[1]), got[2], ref[2])
				}
			}
		}
	}
}

// TestProgress checks when the bar is drawn: only on a terminal, for a
// regular file's known size, and never with --quiet.
func TestProgress(t *testing.T) {
	in := strings.Repeat("2.5\n", 100000)
	for _, tc := range []struct {
		term, file, quiet bool
		bar               bool
	}{{true, true, false, true}, {false, true, false, false}, {true, false, false, false}, {true, true, true, false}} {
		var out, errOut bytes.Buffer
		rf := &recordFlags{quiet: tc.quiet, jobs: 2}
		r := &lineRunner{in: strings.NewReader(in), out: &out, errOut: &errOut, rec: rf, progress: &progressEnv{
			isTerminal: func(io.Writer) bool { return tc.term },
			inputSize:  func(io.Reader) (int64, bool) { return int64(len(in)), tc.file },
		}}
		err := r.runValues(nil, "round", func() valueFunc { o := &pyops.Round{}; return o.Append })
		if err != nil || out.String() != strings.Repeat("2\n", 100000) {
			t.Fatalf("%+v: %v, %d bytes out", tc, err, out.Len())
		}
		if drawn := strings.Contains(errOut.String(), "pyround"); drawn != tc.bar {
			t.Errorf("%+v: bar drawn %v, want %v: %q", tc, drawn, tc.bar, errOut.String())
		}
	}
}

// runWithTerminal runs the CLI with standard error taken for a terminal
// (or not) and no progress bar: the summary's terminal check, injected.
func runWithTerminal(args []string, term bool, in io.Reader, out, errOut io.Writer) int {
	saved := defaultProgressEnv
	defer func() { defaultProgressEnv = saved }()
	defaultProgressEnv = progressEnv{
		isTerminal: func(io.Writer) bool { return term },
		inputSize:  func(io.Reader) (int64, bool) { return 0, false },
	}
	return run(args, in, out, errOut)
}
