package main

import (
	"bytes"
	"io"
	"math/rand/v2"
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

// jobsInput generates a large input of the format with bad values, ragged
// rows, quoting, CRLF and invalid records sprinkled in.
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
	case "csv", "tsv":
		sep := ","
		if format == "tsv" {
			sep = "\t"
		}
		b.WriteString("id" + sep + "a" + sep + "note" + sep + "b" + eol())
		for i := range rows {
			a, bv := val(), val()
			note := "n" + strconv.Itoa(i)
			if format == "csv" {
				switch rng.IntN(20) {
				case 0:
					note = "\"multi\nline, \"\"quoted\"\"\""
				case 1:
					a = "\"" + a + "\""
				}
			}
			if rng.IntN(500) == 0 {
				b.WriteString(strconv.Itoa(i) + sep + a + eol()) // ragged
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
			if a == "" || a == "abc" || a == "1e400" || rng.IntN(5) == 0 {
				a = strconv.Quote(a)
			}
			b.WriteString(`{"id": ` + strconv.Itoa(i) + `, "a": ` + a + `, "s": "x\"y", "b": ` + strconv.Quote(val()) + "}" + eol())
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
// --keep-going, on inputs of many chunks.
func TestJobsIdentical(t *testing.T) {
	rows := 60000
	if testing.Short() {
		rows = 6000
	}
	for _, format := range []string{"lines", "csv", "tsv", "jsonl"} {
		in := jobsInput(format, rows, 1)
		var sel []string
		switch format {
		case "csv", "tsv":
			sel = []string{"--" + format, "--column", "a,b"}
		case "jsonl":
			sel = []string{"--jsonl", "--field", "a,b"}
		}
		for _, kg := range []bool{false, true} {
			args := append([]string{"round", "-n", "2"}, sel...)
			if kg {
				args = append(args, "--keep-going")
			}
			var ref [3]string
			for _, jobs := range []string{"1", "2", "3", "8"} {
				var out, errOut bytes.Buffer
				st := run(append(args, "--jobs", jobs), strings.NewReader(in), &out, &errOut)
				got := [3]string{out.String(), errOut.String(), strconv.Itoa(st)}
				if jobs == "1" {
					ref = got
					if st != 1 || errOut.Len() == 0 {
						t.Fatalf("%v: status %d, %d bytes of messages: the input should have failures", args, st, errOut.Len())
					}
					if kg && strings.Count(out.String(), "\n") < strings.Count(in, "\n") {
						t.Errorf("%v: %d output rows for %d input rows", args, strings.Count(out.String(), "\n"), strings.Count(in, "\n"))
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
