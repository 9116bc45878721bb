package main

import "testing"

// TestPagesCLI covers `pyround pages`: the table, --json, the empty list,
// clamping and errors. Page counts, offsets and texts are those of
// gen_time.py's reference (convert/testdata/pages.tsv).
func TestPagesCLI(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"pages", "95", "--per-page", "10", "--page", "3"}, "",
			"total     95\nper page  10\npages     10\npage      3\noffset    20\nlimit     10\nshowing   Showing 21–30 of 95\nlinks     1 2 [3] 4 5 … 10\n", "", 0},
		{[]string{"pages", "200", "-n", "10", "-p", "6", "--json"}, "",
			`{"total":200,"per_page":10,"pages":20,"page":6,"offset":50,"limit":10,"showing":"Showing 51–60 of 200","links":[{"page":1},{"ellipsis":true},{"page":4},{"page":5},{"page":6,"current":true},{"page":7},{"page":8},{"ellipsis":true},{"page":20}]}` + "\n", "", 0},
		{[]string{"pages", "0", "-n", "10", "--json"}, "",
			`{"total":0,"per_page":10,"pages":0,"page":1,"offset":0,"limit":0,"showing":"Showing 0 of 0","links":[{"page":1,"current":true}]}` + "\n", "", 0},
		{[]string{"pages", "95", "-n", "10", "-p", "99", "--clamp", "--window", "1", "--json"}, "",
			`{"total":95,"per_page":10,"pages":10,"page":10,"offset":90,"limit":5,"showing":"Showing 91–95 of 95","links":[{"page":1},{"ellipsis":true},{"page":9},{"page":10,"current":true}]}` + "\n", "", 0},
		{[]string{"pages", "95", "-n", "10", "-p", "11"}, "", "", "pyround: ValueError: page 11 is out of range 1..10\n", 1},
		{[]string{"pages", "95", "-n", "0"}, "", "", "pyround: ValueError: page size 0 is not positive\n", 1},
		{[]string{"pages", "95", "-n", "-5"}, "", "", "pyround: ValueError: page size -5 is not positive\n", 1},
		{[]string{"pages", "-1", "-n", "5"}, "", "", "pyround: ValueError: total -1 is negative\n", 1},
		{[]string{"pages", "abc", "-n", "5"}, "", "", "pyround: ValueError: invalid literal for int() with base 10: 'abc'\n", 1},
		{[]string{"pages", "95"}, "", "", "pyround: required flag --per-page N not set\n", 2},
	})
}
