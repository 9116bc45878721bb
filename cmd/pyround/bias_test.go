package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	biasCSV   = "item,price\na,0.125\nb,0.375\nc,\nd,1.005\n"
	biasTSV   = "a\t0.125\nb\t0.375\nc\t \nd\t1.005\n"
	biasJSONL = "{\"p\": 0.125}\n{\"p\": \"0.375\"}\n{\"p\": \"\"}\n{\"q\": 1, \"p\": 1.005}\n"
	biasLines = "0.125\n0.375\n\n1.005\n"
	// The table of those three values, 0.125 0.375 1.005, to 2 places.
	biasTable3 = `3 values (SOURCE), rounded to 2 places; error = rounded − value, exact

mode       total error  mean error         worst drift  at value
HALF_EVEN  -0.005       -0.00166666666667  0.005        1
HALF_UP    0.015        0.005              0.015        3
HALF_DOWN  -0.015       -0.005             0.015        3
UP         0.015        0.005              0.015        3
DOWN       -0.015       -0.005             0.015        3
CEILING    0.015        0.005              0.015        3
FLOOR      -0.015       -0.005             0.015        3
05UP       -0.005       -0.00166666666667  0.01         2
`
	conversionSyntax = "InvalidOperation: [<class 'decimal.ConversionSyntax'>]"
)

// TestBiasInput reads the same three values from every format, from
// standard input and from a FILE argument, and checks the errors, exit
// statuses and --keep-going against round's rules.
func TestBiasInput(t *testing.T) {
	dir := t.TempDir()
	file := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvPath, tsvPath := file("p.csv", biasCSV), file("p.tsv", biasTSV)
	// Empty lines and rows without the column: the old reader skipped them.
	raggedPath := file("ragged.csv", strings.Replace(biasCSV, "\n", "\n\nz\n", 1))
	jsonlPath, linesPath := file("p.jsonl", biasJSONL), file("p.txt", biasLines)
	table := func(source string) string { return strings.Replace(biasTable3, "SOURCE", source, 1) }
	badCSV := "item,price\na,0.125\nb,x\nc,nan\nd,0.375\ne,1.005\n"
	bad := "pyround: row 3, column price: " + conversionSyntax + "\n"
	const oldNote = "pyround: --csv FILE is deprecated; use --csv --column NAME FILE\n"
	runCLICases(t, []cliCase{
		// The same values from every format, standard input and FILE.
		{args: []string{"bias", "--csv", "--column", "price"}, stdin: biasCSV, out: table("column price of standard input")},
		{args: []string{"bias", "--csv", "--column", "price", "-"}, stdin: biasCSV, out: table("column price of standard input")},
		{args: []string{"bias", "--csv", "--column", "price", csvPath}, out: table("column price of " + csvPath)},
		{args: []string{"bias", "--csv", "--column", "2", "--header", csvPath}, out: table("column 2 of " + csvPath)},
		{args: []string{"bias", "--tsv", "--column", "2"}, stdin: biasTSV, out: table("column 2 of standard input")},
		{args: []string{"bias", "--tsv", "--column", "2", tsvPath}, out: table("column 2 of " + tsvPath)},
		{args: []string{"bias", "--jsonl", "--field", "p"}, stdin: biasJSONL, out: table("field p of standard input")},
		{args: []string{"bias", "--jsonl", "--field", "p", jsonlPath}, out: table("field p of " + jsonlPath)},
		{args: []string{"bias", "-"}, stdin: biasLines, out: table("lines of standard input")},
		{args: []string{"bias", linesPath}, out: table("lines of " + linesPath)},
		{args: []string{"bias", "-"}, stdin: "0.125\r\n 0.375 \r\n\r\n1_0.05e-1\r\n", out: table("lines of standard input")},
		{args: []string{"bias", "--csv", "--column", "price"}, stdin: "\ufeffitem,price\r\na,\"0.125\"\r\nb,0.375\r\nd,1.005", out: table("column price of standard input")},
		// The old spelling: the same table, and one note.
		{args: []string{"bias", "--csv", csvPath, "--column", "price"}, out: table("column price of " + csvPath), errOut: oldNote},
		{args: []string{"bias", "--csv=" + csvPath, "--column=price"}, out: table("column price of " + csvPath), errOut: oldNote},
		{args: []string{"bias", "--csv", csvPath, "--column", "2"}, out: table("column 2 of " + csvPath), errOut: oldNote},
		{args: []string{"bias", "--csv", raggedPath, "--column", "price"}, out: table("column price of " + raggedPath), errOut: oldNote},
		{args: []string{"bias", "--csv", csvPath, "--column", "nope"}, errOut: oldNote + "pyround: " + csvPath + ": no column \"nope\" (columns: item, price)\n", status: 1},
		{args: []string{"bias", "--csv", csvPath}, errOut: oldNote + "pyround: --csv needs --column NAME\n", status: 2},
		{args: []string{"bias", "--csv", csvPath, "--column", "price", "--delimiter", ";"}, errOut: oldNote + "pyround: --csv FILE takes no other input flags; use --csv --column NAME FILE\n", status: 2},
		// Bad values: round's messages and statuses.
		{args: []string{"bias", "--csv", "--column", "price"}, stdin: badCSV, errOut: bad, status: 1},
		{args: []string{"bias", "--csv", "--column", "price", "--keep-going"}, stdin: badCSV, out: table("column price of standard input"),
			errOut: bad + "pyround: row 4, column price: ValueError: not a finite number: 'nan'\n", status: 1},
		{args: []string{"bias", "-"}, stdin: "0.125\nabc\n", errOut: "pyround: line 2: " + conversionSyntax + "\n", status: 1},
		{args: []string{"bias", "--jsonl", "--field", "p", "--keep-going"}, stdin: biasJSONL + "{\"p\": null}\n{}\nnot json\n", out: table("field p of standard input"),
			errOut: "pyround: row 7: invalid JSON: want an object at byte 1\n", status: 1}, // null and absent values are missing: skipped
		{args: []string{"bias", "--tsv", "--column", "3"}, stdin: biasTSV, errOut: "pyround: row 1, column 3: missing: the row has 2 fields\n", status: 1},
		{args: []string{"bias", "--csv", "--column", "2"}, stdin: biasCSV, errOut: "pyround: row 1, column 2: " + conversionSyntax + "\n", status: 1},
		{args: []string{"bias", "--csv", "--column", "price", "--keep-going"}, stdin: "price\nx\n", errOut: "pyround: row 2, column price: " + conversionSyntax + "\npyround: no values\n", status: 1},
		{args: []string{"bias", "--csv", "--column", "price"}, stdin: "price\n\n", errOut: "pyround: no values\n", status: 1}, // an empty line is missing values
		{args: []string{"bias", "--csv", "--delimiter", ";", "--column", "price"}, stdin: "item;price\nbook;0.125\npen;0,5\n", errOut: "pyround: row 3, column price: " + conversionSyntax + "\n", status: 1},
		{args: []string{"bias", "--jsonl", "--field", "/p/net", "--keep-going"}, stdin: "{\"p\": {\"net\": \"x\"}}\n", errOut: "pyround: row 1, field /p/net: " + conversionSyntax + "\npyround: no values\n", status: 1},
		{args: []string{"bias", "-"}, stdin: "\n \n", errOut: "pyround: no values\n", status: 1},
		{args: []string{"bias", filepath.Join(dir, "none.csv")}, errOut: "pyround: open " + filepath.Join(dir, "none.csv") + ": no such file or directory\n", status: 1},
		// Usage errors (exit status 2).
		{args: []string{"bias", "--csv", "--column", "nope"}, stdin: biasCSV, errOut: "pyround: column \"nope\" is not in the header row (\"item\", \"price\")\n", status: 2},
		{args: []string{"bias", "--csv", "--column", "price,item"}, stdin: biasCSV, errOut: "pyround: bias reads one column; got 2 (column price,item)\n", status: 2},
		{args: []string{"bias", "--csv", "--column", "price", "--column", "item"}, stdin: biasCSV, errOut: "pyround: bias reads one column; got 2 (column price,item)\n", status: 2},
		{args: []string{"bias", "--csv"}, stdin: biasCSV, errOut: "pyround: bias needs --column NAME|INDEX to say which column to read\n", status: 2},
		{args: []string{"bias", "--jsonl", "--column", "p"}, stdin: biasJSONL, errOut: "pyround: bias needs --field NAME to say which member to read\n", status: 2},
		{args: []string{"bias", "--csv", "--tsv", "--column", "1"}, errOut: "pyround: --csv, --tsv and --jsonl exclude each other\n", status: 2},
		{args: []string{"bias", "--column", "price"}, errOut: "pyround: --column needs --csv or --tsv (JSON Lines members are selected with --field)\n", status: 2},
		{args: []string{"bias", "--dist", "uniform", "-"}, stdin: biasLines, errOut: "pyround: --dist generates values: it does not apply when values are read\n", status: 2},
		{args: []string{"bias", "a", "b"}, errOut: "pyround: accepts at most 1 arg(s), received 2\n", status: 2},
	})
}

// TestBiasOldSpellingSameOutput requires the deprecated --csv FILE to
// print what --csv ... FILE prints, JSON and SVG included.
func TestBiasOldSpellingSameOutput(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "p.csv")
	os.WriteFile(csvPath, []byte(biasCSV), 0o644)
	oldSVG, newSVG := filepath.Join(dir, "old.svg"), filepath.Join(dir, "new.svg")
	oldOut, oldErr, oldStatus := runOut([]string{"bias", "--csv", csvPath, "--column", "price", "--json", "--svg", oldSVG}, "")
	newOut, newErr, newStatus := runOut([]string{"bias", "--csv", "--column", "price", "--json", "--svg", newSVG, csvPath}, "")
	if oldStatus != 0 || newStatus != 0 || newErr != "" || strings.Count(oldErr, "deprecated") != 1 {
		t.Fatalf("old: %d %q; new: %d %q", oldStatus, oldErr, newStatus, newErr)
	}
	if oldOut != newOut {
		t.Errorf("--json differs:\nold %s\nnew %s", oldOut, newOut)
	}
	var b biasJSON
	if err := json.Unmarshal([]byte(newOut), &b); err != nil || b.Source != "column price of "+csvPath || b.Values != 3 {
		t.Errorf("json %+v, %v", b, err)
	}
	o, _ := os.ReadFile(oldSVG)
	n, _ := os.ReadFile(newSVG)
	if len(o) == 0 || string(o) != string(n) {
		t.Error("the SVGs differ")
	}
	help, _, _ := runOut([]string{"bias", "--help"}, "")
	if strings.Contains(help, "csv-file") || strings.Contains(help, "--csv FILE") {
		t.Errorf("bias --help shows the old spelling:\n%s", help)
	}
}

func TestBiasLegacyArgs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"--csv p.csv --column price", "--csv-file p.csv --column price"},
		{"--csv=p.csv --column price", "--csv-file=p.csv --column price"},
		{"--csv --column price p.csv", "--csv --column price p.csv"},
		{"--csv - --column price", "--csv - --column price"},
		{"--csv=true --column price", "--csv=true --column price"},
		{"--csv=false", "--csv=false"},
		{"--json --csv", "--json --csv"},
		{"-- --csv p.csv", "-- --csv p.csv"},
	} {
		if got := strings.Join(biasLegacyArgs(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
