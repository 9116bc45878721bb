// Command goround prints math.Round(x*10^n)/10^n and
// math.RoundToEven(x*10^n)/10^n for each "x<TAB>n" line of standard input,
// written straight from the standard library for the verification script.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		s, ns, _ := strings.Cut(in.Text(), "\t")
		x, err1 := strconv.ParseFloat(s, 64)
		n, err2 := strconv.Atoi(ns)
		if err1 != nil || err2 != nil {
			fmt.Fprintln(os.Stderr, "goround: bad line", in.Text())
			os.Exit(1)
		}
		p := math.Pow10(n)
		fmt.Fprintf(out, "%s\t%s\n", strconv.FormatFloat(math.Round(x*p)/p, 'g', -1, 64),
			strconv.FormatFloat(math.RoundToEven(x*p)/p, 'g', -1, 64))
	}
}
