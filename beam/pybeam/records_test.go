package pybeam

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyops"
)

// csvRows returns n generated CSV data rows: prices with ties and their
// neighbours, ints past 2^53, blanks (missing), bad values, quoted cells
// with commas, CRLF endings.
func csvRows(rng *rand.Rand, n int) []string {
	values := []string{"2.675", "0.125", "2.6750000000000003", "-0.0", "nan", "-inf", "1e400", "9007199254740993",
		"", " ", "abc", "1_000.5", "\"3.14159\"", "5e-324", "-2.5", "12345678901234567890.125"}
	rows := make([]string, n)
	for i := range rows {
		var v string
		if rng.IntN(3) == 0 {
			v = values[rng.IntN(len(values))]
		} else {
			v = fmt.Sprintf("%.*f", rng.IntN(5), (rng.Float64()-0.5)*2000)
		}
		end := ""
		if rng.IntN(5) == 0 {
			end = "\r"
		}
		rows[i] = fmt.Sprintf("%d,\"note, %d\",%s%s", i, rng.IntN(100), v, end)
	}
	return rows
}

// cliOutput is what the pyround command's record layer writes for header
// and rows with --keep-going: the header row, the output rows, and a
// Failed for each row it reports, with its messages (without "pyround: row
// N, ") joined by "; ".
func cliOutput(t *testing.T, spec pyops.Spec, r Records, header string, rows []string) (outHeader string, out []string, failed []Failed) {
	t.Helper()
	cfg, tr, _, err := r.config(spec, header, false)
	if err != nil {
		t.Fatal(err)
	}
	var in bytes.Buffer
	first := 1 // the row number of rows[0]
	if header != "" {
		in.WriteString(header + "\n")
		first = 2
	}
	for _, row := range rows {
		in.WriteString(row + "\n")
	}
	var outBuf, errBuf bytes.Buffer
	records.Run(cfg, tr, &in, &outBuf, &errBuf)
	if r.QuotedLineBreaks {
		out = records.SplitRecords(cfg, outBuf.String())
	} else {
		out = strings.Split(strings.TrimSuffix(outBuf.String(), "\n"), "\n")
	}
	if header != "" {
		outHeader, out = out[0], out[1:]
	}
	last := -1
	for _, m := range strings.Split(strings.TrimSuffix(errBuf.String(), "\n"), "\n") {
		var row int
		if _, err := fmt.Sscanf(m, "pyround: row %d", &row); err != nil {
			t.Fatalf("message %q", m)
		}
		// "row N, column c: msg", or "row N: msg" for the whole record.
		rest := strings.TrimPrefix(m, fmt.Sprintf("pyround: row %d", row))[2:]
		if row == last {
			failed[len(failed)-1].Error += "; " + rest
			continue
		}
		failed = append(failed, Failed{Input: rows[row-first], Error: rest})
		last = row
	}
	return outHeader, out, failed
}

// TestRewriteRecordsMatchesCLI: on prism, RewriteRecords gives each row
// the bytes the pyround command writes for it, and each failing row one
// Failed with the command's messages.
func TestRewriteRecordsMatchesCLI(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	rows := csvRows(rng, 3000)
	cases := []struct {
		spec   pyops.Spec
		r      Records
		header string
	}{
		{pyops.Spec{Op: "round", N: "2"}, Records{Format: "csv", Columns: []string{"price"}}, "id,note,price"},
		{pyops.Spec{Op: "round", N: "1", Mode: "half-up", As: "decimal"}, Records{Format: "csv", Columns: []string{"3"}}, ""},
		{pyops.Spec{Op: "round", Increment: "0.05"}, Records{Format: "csv", Columns: []string{"price"}, Into: "cash"}, "id,note,price"},
		{pyops.Spec{Op: "format", Format: ",.2f"}, Records{Format: "csv", Columns: []string{"price"}}, "id,note,price"},
		{pyops.Spec{Op: "divmod"}, Records{Format: "csv", Columns: []string{"price", "id"}}, "id,note,price"},
		{pyops.Spec{Op: "hms"}, Records{Format: "csv", Columns: []string{"3"}, Strict: true}, ""},
		{pyops.Spec{Op: "round", N: "2"}, Records{Format: "csv", Columns: []string{"price,note"}}, "id,note,price"}, // two failures in a row
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s %v", tc.spec.Op, tc.r.Columns), func(t *testing.T) {
			checkRewrite(t, tc.spec, tc.r, tc.header, rows)
		})
	}
}

// TestRewriteRecordsJSONLAndTSV: the same check on JSON Lines (numbers,
// strings, null, absent and nested members, a line that is no object)
// and on TSV.
func TestRewriteRecordsJSONLAndTSV(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	csv := csvRows(rng, 2000)
	var jsonl, tsv []string
	for i, row := range csv {
		cells := strings.SplitN(row, ",", 2)
		price := row[strings.LastIndexByte(row, ',')+1:]
		price = strings.Trim(strings.TrimSuffix(price, "\r"), `"`)
		var v string
		switch i % 7 {
		case 0:
			v = `null`
		case 1:
			v = `"` + price + `"`
		case 2:
			jsonl = append(jsonl, `{"id": `+cells[0]+`}`) // absent
			tsv = append(tsv, cells[0]+"\tx\t"+price)
			continue
		case 3:
			jsonl = append(jsonl, `not json `+price)
			tsv = append(tsv, cells[0]+"\t"+price) // too few fields
			continue
		default:
			if _, err := fmt.Sscan(price, new(float64)); err == nil && !strings.ContainsAny(price, "_ni") && price != "" {
				v = price
			} else {
				v = `"` + price + `"`
			}
		}
		jsonl = append(jsonl, `{"id": `+cells[0]+`, "order": {"price": `+v+`, "n": 1}}`)
		tsv = append(tsv, cells[0]+"\tnote\t"+price)
	}
	checkRewrite(t, pyops.Spec{Op: "round", N: "1"}, Records{Format: "jsonl", Columns: []string{"order.price"}}, "", jsonl)
	checkRewrite(t, pyops.Spec{Op: "round", Increment: "0.25", Mode: "ceiling"}, Records{Format: "jsonl", Columns: []string{"/order/price"}, Into: "cash"}, "", jsonl)
	checkRewrite(t, pyops.Spec{Op: "format", Format: ".3e"}, Records{Format: "tsv", Columns: []string{"price"}}, "id\tnote\tprice", tsv)
}

// checkRewrite runs RewriteRecords on prism and compares its lines and
// dead letter with what the command's record layer gives for the same
// input.
func checkRewrite(t *testing.T, spec pyops.Spec, r Records, header string, rows []string) {
	t.Helper()
	checkRewriteOf(t, spec, r, header, rows, func(s beam.Scope) beam.PCollection { return beam.CreateList(s, rows) })
}

// checkRewriteOf is checkRewrite on the records lines puts in the
// pipeline, which are rows.
func checkRewriteOf(t *testing.T, spec pyops.Spec, r Records, header string, rows []string, lines func(beam.Scope) beam.PCollection) {
	t.Helper()
	wantHeader, want, wantFailed := cliOutput(t, spec, r, header, rows)
	if len(want) != len(rows) || len(wantFailed) == 0 {
		t.Fatalf("the command gives %d rows for %d, %d failures: the test needs one row each and some failures", len(want), len(rows), len(wantFailed))
	}
	p, s := beam.NewPipelineWithRoot()
	res, err := RewriteRecords(s, spec, r, header, lines(s))
	if err != nil {
		t.Fatal(err)
	}
	if res.Header != wantHeader {
		t.Errorf("header %q, want %q", res.Header, wantHeader)
	}
	passert.Equals(s, res.Lines, anys(want)...)
	passert.Equals(s, res.Failed, anys(wantFailed)...)
	ptest.RunAndValidate(t, p)
}

// TestQuotedLineBreak: a CSV field holding a line break arrives as two
// lines; the one that opens the quote fails with a message that says
// why, the second (two fields: its quote is not at a field's start) as
// too short, and both are written as they were.
func TestQuotedLineBreak(t *testing.T) {
	lines := []string{`1,"a note`, `continued",2.675`, `3,plain,0.125`}
	p, s := beam.NewPipelineWithRoot()
	res, err := RewriteRecords(s, pyops.Spec{Op: "round", N: "2"}, Records{Format: "csv", Columns: []string{"3"}}, "", beam.CreateList(s, lines))
	if err != nil {
		t.Fatal(err)
	}
	passert.Equals(s, res.Lines, `1,"a note`, `continued",2.675`, `3,plain,0.12`)
	passert.Equals(s, res.Failed, Failed{Input: `1,"a note`, Error: errLineBreak},
		Failed{Input: `continued",2.675`, Error: "column 3: missing: the row has 2 fields"})
	ptest.RunAndValidate(t, p)
}
