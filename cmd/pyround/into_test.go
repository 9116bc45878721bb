package main

import "testing"

// TestInto checks --into on the commands that have it: the selected cell
// is kept and the result goes to a new last column or member.
func TestInto(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"round", "-n", "2", "--csv", "--column", "p", "--into", "r"}, "id,p\r\n1,2.675\r\n2,\r\n3,-0.005\r\n",
			"id,p,r\r\n1,2.675,2.67\r\n2,,\r\n3,-0.005,-0.01\r\n", "", 0},
		{[]string{"round", "-n", "2", "--csv", "--column", "p", "--into", "r", "--keep-going"}, "p\nx\n1.005\n",
			"p,r\nx,\n1.005,1.0\n", "pyround: row 2, column p: ValueError: could not convert string to float: 'x'\n", 1},
		{[]string{"round", "--tsv", "--column", "2", "--into", "r"}, "a\t2.5\nb\t3.5\n", "a\t2.5\t2\nb\t3.5\t4\n", "", 0},
		{[]string{"round", "-n", "2", "--jsonl", "--field", "amount.net", "--into", "net2"},
			"{\"amount\":{\"net\":2.675}}\n{\"net2\":1,\"amount\":{\"net\":\"0.125\"}}\n{\"amount\":null}\n",
			"{\"amount\":{\"net\":2.675},\"net2\":2.67}\n{\"net2\":0.12,\"amount\":{\"net\":\"0.125\"}}\n{\"amount\":null,\"net2\":null}\n", "", 0},
		{[]string{"format", "--csv", "--column", "v", "--into", "f", ",.2f"}, "v\n1234.5\n", "v,f\n1234.5,\"1,234.50\"\n", "", 0},
		{[]string{"hms", "--jsonl", "--field", "s", "--into", "t"}, "{\"s\":90061}\n", "{\"s\":90061,\"t\":\"1 day, 1:01:01\"}\n", "", 0},
		{[]string{"round", "--into", "r", "2.5"}, "", "", "pyround: --into needs --csv, --tsv or --jsonl\n", 2},
		{[]string{"round", "--csv", "--column", "a,b", "--into", "r"}, "a,b\n1,2\n", "", "pyround: --into takes the result of one column (got 2)\n", 2},
		{[]string{"round", "--csv", "--column", "a", "--into", "a"}, "a,b\n1,2\n", "", "pyround: column \"a\" is in the header row already; --into names a new column\n", 2},
	})
}
