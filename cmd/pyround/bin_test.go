package main

import "testing"

// TestBinCmd checks bin's wiring; the answers are Python's (the binvalue
// oracle's hand-picked cases, and python3 for the timestamp rows).
func TestBinCmd(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"bin", "--width", "10", "37", "-5"}, "", "30\n-10\n", "", 0},
		{[]string{"bin", "--width", "0.1", "0.7"}, "", "0.6000000000000001\n", "", 0},
		{[]string{"bin", "--as", "decimal", "--width", "0.1", "0.7", "-0.05"}, "", "0.7\n-0.1\n", "", 0},
		{[]string{"bin", "--width", "10", "--label", "range", "37"}, "", "[30, 40)\n", "", 0},
		{[]string{"bin", "--width", "5m", "2024-05-06T07:08:09Z"}, "", "2024-05-06T07:05:00+00:00\n", "", 0},
		{[]string{"bin", "--width", "30m", "--origin", "2024-01-01T00:10", "2024-01-01T01:05"}, "", "2024-01-01T00:40:00\n", "", 0},
		{[]string{"bin", "--width", "1d", "7"}, "", "", "pyround: argument 1: TypeError: unsupported operand type(s) for //: 'int' and 'datetime.timedelta'\n", 1},
		{[]string{"bin", "--width", "0"}, "5\n", "", "pyround: line 1: ZeroDivisionError: integer division or modulo by zero\n", 1},
		{[]string{"bin", "--width", "5x", "7"}, "", "", "pyround: ValueError: could not convert string to float: '5x'\n", 1},
		{[]string{"bin", "--width", "10", "--label", "foo", "3"}, "", "", "pyround: invalid --label \"foo\": want lower, index or range\n", 2},
		{[]string{"bin", "3"}, "", "", "pyround: required flag --width W not set\n", 2},
		{[]string{"bin", "--width", "10", "--csv", "--column", "age", "--into", "decade"}, "name,age\nann,37\nbob,\ncy,-3\n",
			"name,age,decade\nann,37,30\nbob,,\ncy,-3,-10\n", "", 0},
		{[]string{"bin", "--width", "1h", "--csv", "--column", "ts", "--into", "hour"}, "ts,v\n2024-05-06 07:08:09,1\n,2\n2024-05-06T23:59:59.999999-01:00,3\n",
			"ts,v,hour\n2024-05-06 07:08:09,1,2024-05-06T07:00:00\n,2,\n2024-05-06T23:59:59.999999-01:00,3,2024-05-06T23:00:00-01:00\n", "", 0},
		{[]string{"bin", "--width", "1d", "--jsonl", "--field", "t", "--keep-going"}, "{\"t\":\"2024-05-06T07:08:09Z\"}\n{\"t\":1}\n",
			"{\"t\":\"2024-05-06T00:00:00+00:00\"}\n{\"t\":null}\n", "pyround: row 2, field t: TypeError: unsupported operand type(s) for //: 'int' and 'datetime.timedelta'\n", 1},
	})
}
