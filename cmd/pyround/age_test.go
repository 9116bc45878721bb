package main

import (
	"testing"

	"github.com/pyround/pyround/convert"
)

// TestAgeCLI covers `pyround age`: the table, --json, the 29 February
// rule, errors and usage errors. The ages are those of gen_time.py's
// datetime.date reference (convert/testdata/age.tsv holds the same pairs).
func TestAgeCLI(t *testing.T) {
	saved := ageToday
	ageToday = func() convert.Date { return convert.Date{Year: 2025, Month: 6, Day: 14} }
	defer func() { ageToday = saved }()
	runCLICases(t, []cliCase{
		{[]string{"age", "42"}, "", "age      42\ndecades  4\nyears    2\n", "", 0},
		{[]string{"age", "7", "--json"}, "", `{"age":7,"decades":0,"years":7}` + "\n", "", 0},
		{[]string{"age", "1990-06-15"}, "", "born     1990-06-15\non       2025-06-14\nage      34\ndecades  3\nyears    4\n", "", 0},
		{[]string{"age", "2000-02-29", "--on", "2001-02-28", "--json"}, "", `{"born":"2000-02-29","on":"2001-02-28","age":0,"decades":0,"years":0}` + "\n", "", 0},
		{[]string{"age", "2000-02-29", "--on", "2001-03-01", "--json"}, "", `{"born":"2000-02-29","on":"2001-03-01","age":1,"decades":0,"years":1}` + "\n", "", 0},
		{[]string{"age", "-5"}, "", "", "pyround: ValueError: age -5 is negative\n", 1},
		{[]string{"age", "2025-01-01", "--on", "2024-12-31"}, "", "", "pyround: ValueError: birth date 2025-01-01 is after the reference date 2024-12-31\n", 1},
		{[]string{"age", "2023-02-29"}, "", "", "pyround: ValueError: day is out of range for month\n", 1},
		{[]string{"age", "1990-1-5"}, "", "", "pyround: ValueError: invalid date '1990-1-5': want YYYY-MM-DD\n", 1},
		{[]string{"age", "42", "--on", "2020-01-01"}, "", "", "pyround: --on needs a birth date, not an age\n", 2},
		{[]string{"age"}, "", "", "pyround: accepts 1 arg(s), received 0\n", 2},
	})
}
