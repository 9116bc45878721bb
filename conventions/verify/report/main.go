// Command report prints, as a Markdown table, how many inputs of
// golden.tsv each function of package conventions answers as its real
// system does, with the first mismatches of each.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/pyfmt"

	"github.com/pyround/pyround/conventions/verify/golden"
	"github.com/pyround/pyround/internal/tsv"
)

func main() {
	if len(os.Args) != 2 && len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: report golden.tsv [java_tostring.tsv]")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	defer f.Close()
	tallies, err := golden.Check(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	fmt.Println("| convention | system | inputs | mismatches |")
	fmt.Println("| --- | --- | ---: | ---: |")
	for _, t := range tallies {
		fmt.Printf("| %s | %s | %d | %d |\n", t.Convention.ID, t.Convention.System, t.Inputs, len(t.Mismatches))
	}
	excelVsLO(os.Args[1])
	if len(os.Args) == 3 {
		javaToString(os.Args[2])
	}
	for _, t := range tallies {
		for i, m := range t.Mismatches {
			if i == 0 {
				fmt.Printf("\nMismatches of %s (system, then Go):\n\n", t.Convention.ID)
			}
			if i == 10 {
				fmt.Printf("- ... %d more\n", len(t.Mismatches)-10)
				break
			}
			fmt.Printf("- `%s`, n=%d: `%s` vs `%s`\n", m.Input, m.N, m.System, m.Go)
		}
	}
}

// excelVsLO counts the inputs on which ExcelRound, the documented model of
// Excel (there is no Excel here to check it against), and LibreOffice
// Calc's ROUND, checked above, differ.
func excelVsLO(path string) {
	rows, err := tsv.ReadFile(path)
	if err != nil || len(rows) == 0 {
		return
	}
	lines := rows[1:] // after the header
	differ := 0
	var first []string
	for _, l := range lines {
		f := l.Fields
		x, _ := strconv.ParseFloat(f[0], 64)
		n, _ := strconv.Atoi(f[1])
		if e, lo := conventions.ExcelRound(x, n), conventions.LibreOfficeRound(x, n); e != lo {
			differ++
			if len(first) < 3 {
				first = append(first, fmt.Sprintf("`%s`, n=%d: %s vs %s", f[0], n, pyfmt.Repr(e), pyfmt.Repr(lo)))
			}
		}
	}
	fmt.Printf("\nexcel_round is modelled from Excel's documentation only (no Excel here);"+
		" it differs from LibreOffice's ROUND on %d of %d inputs", differ, len(lines))
	if len(first) > 0 {
		fmt.Printf(", e.g. %s", strings.Join(first, "; "))
	}
	fmt.Println(".")
}

// javaToString reports conventions.JavaDoubleToString against JDK 17's
// Double.toString.
func javaToString(path string) {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	defer f.Close()
	t, err := golden.CheckJavaToString(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	fmt.Printf("\nJavaDoubleToString (the Double.toString inside java_valueof) against JDK 17's Double.toString: "+
		"%d doubles, %d mismatches; on %d of them JDK 17 prints more digits than the shortest.\n",
		t.Inputs, len(t.Mismatches), t.NotShortest)
	for i, m := range t.Mismatches {
		if i == 10 {
			break
		}
		fmt.Printf("- %s\n", m)
	}
}
