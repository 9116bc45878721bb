// Command mismatches counts, for every implementation in bench/libs's
// benchmarks, the results that differ from Python's: it reads what
// bench/expected.py writes (CPython's results on the same data) from
// standard input, recomputes each result with each Go implementation, and
// prints one line per implementation, "benchmark-name<TAB>mismatches<TAB>inputs".
//
// Results are compared by value: floats with ==, decimals numerically
// (1.2 and 1.20 are the same result), except pyround's text path and
// fixed.Decimal's Quantize, whose output must be Python's str() byte for
// byte. An error where Python has a
// result counts as a mismatch.
//
//	python3 bench/expected.py | go run ./cmd/mismatches
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
	eric "github.com/ericlagergren/decimal"
	gv "github.com/govalues/decimal"
	"github.com/pyround/pyround/bench/libs"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

var (
	counts = map[string]int{}
	totals = map[string]int{}
)

func tally(key string, bad bool) {
	totals[key]++
	if bad {
		counts[key]++
	}
}

func main() {
	count(os.Stdin)
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s\t%d\t%d\n", k, counts[k], totals[k])
	}
}

// count reads bench/expected.py's output and counts the mismatches into
// counts and totals.
func count(r io.Reader) {
	in := bufio.NewReaderSize(r, 1<<20)
	for {
		header, err := in.ReadString('\n')
		if err != nil {
			break
		}
		var name string
		var n int
		if _, err := fmt.Sscanf(header, "# %s %d", &name, &n); err != nil {
			fatal("bad section header %q", header)
		}
		lines := make([]string, n)
		for i := range lines {
			l, err := in.ReadString('\n')
			if err != nil {
				fatal("section %s: %v", name, err)
			}
			lines[i] = strings.TrimSuffix(l, "\n")
		}
		switch name {
		case "floats":
			floats(libs.Floats(n, 1, 1e6), lines, "Round2Floats", true)
		case "prices":
			floats(libs.Prices(n, 3), lines, "Round2Prices", false)
		case "decimals":
			decimals(libs.Decimals(n, 4), lines)
		case "intpairs":
			intPairs(libs.IntPairs(n, 5), lines)
		case "floatpairs":
			floatPairs(libs.FloatPairs(n, 1), lines)
		case "decpairs":
			decPairs(libs.DecPairs(n, 6), lines)
		default:
			fatal("unknown section %q", name)
		}
	}
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "mismatches: "+format+"\n", args...)
	os.Exit(1)
}

func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

func floats(xs []float64, lines []string, row string, format bool) {
	apdCtx := libs.APDContext(rounding.HalfEven)
	ericCtx := libs.EricContext(rounding.HalfEven)
	var buf [64]byte
	var col [1]float64
	sp, _ := pyfmt.ParseSpec(".2f")
	for i, x := range xs {
		f := strings.Split(lines[i], "\t")
		want := parseFloat(f[0])
		tally(row+"/pyround", rounding.Round(x, 2) != want)
		col[0] = x
		tally(row+"/pyround-slice", rounding.AppendRounded(col[:0], col[:], 2)[0] != want)
		t := strconv.AppendFloat(buf[:0], x, 'f', 2, 64)
		tally(row+"/strconv", parseFloat(string(t)) != want)
		tally(row+"/shopspring", parseFloat(decimal.NewFromFloat(x).RoundBank(2).String()) != want)
		g, err := gv.NewFromFloat64(x)
		tally(row+"/govalues", err != nil || parseFloat(g.Round(2).String()) != want)
		var d, r apd.Decimal
		d.SetFloat64(x)
		_, err = apdCtx.Quantize(&r, &d, -2)
		tally(row+"/apd", err != nil || parseFloat(r.String()) != want)
		z := new(eric.Big).SetFloat64(x)
		ericCtx.Quantize(z, 2)
		tally(row+"/ericlagergren", parseFloat(z.String()) != want)
		tally(row+"/unsafe-math", math.RoundToEven(x*100)/100 != want)
		if !format {
			continue
		}
		tally("Repr/pyround", string(pyfmt.AppendRepr(buf[:0], x)) != f[1])
		tally("Repr/strconv", string(strconv.AppendFloat(buf[:0], x, 'g', -1, 64)) != f[1])
		tally("Repr/fmt", fmt.Sprintf("%v", x) != f[1])
		s, err := pyfmt.AppendFormatFloat(buf[:0], x, sp)
		tally("Format2f/pyround", err != nil || string(s) != f[2])
		tally("Format2f/strconv", string(strconv.AppendFloat(buf[:0], x, 'f', 2, 64)) != f[2])
		tally("Format2f/fmt", fmt.Sprintf("%.2f", x) != f[2])
	}
}

// sameValue reports whether the decimal text got has the value of want.
func sameValue(want *apd.Decimal, got string) bool {
	var g apd.Decimal
	if _, _, err := g.SetString(got); err != nil {
		return false
	}
	return g.Form == apd.Finite && want.Cmp(&g) == 0
}

func decimals(ds []libs.Dec, lines []string) {
	q := apd.New(1, -2)
	py := pydecimal.DefaultContext()
	var buf []byte
	for i, d := range ds {
		f := strings.Split(lines[i], "\t")
		shop, gvd, ad, text, fd := d.Shopspring(), d.Govalues(), d.APD(), d.Text(), d.Fixed()
		for k, m := range rounding.Modes {
			row := "Quantize/" + m.String() + "/"
			var want apd.Decimal
			if _, _, err := want.SetString(f[k]); err != nil {
				fatal("bad expected decimal %q", f[k])
			}
			r, err := rounding.RoundDecimal(shop, 2, m)
			tally(row+"pyround", err != nil || !sameValue(&want, r.String()))
			var e error
			buf, e = pyops.AppendRoundText(buf[:0], text, 2, m)
			tally(row+"pyround-text", e != nil || string(buf) != f[k])
			fr, e := fd.Quantize(2, m)
			tally(row+"pyround-fixed", e != nil || fr.String() != f[k])
			var z apd.Decimal
			e = py.Quantize(&z, ad, q, m)
			tally(row+"pyround-apd", e != nil || z.String() != f[k])
			if fn, ok := libs.ShopspringModes[m]; ok {
				tally(row+"shopspring", !sameValue(&want, fn(shop, 2).String()))
			}
			if fn, ok := libs.GovaluesModes[m]; ok {
				tally(row+"govalues", !sameValue(&want, fn(gvd, 2).String()))
			}
			if _, ok := libs.APDModes[m]; ok {
				_, e := libs.APDContext(m).Quantize(&z, ad, -2)
				tally(row+"apd", e != nil || !sameValue(&want, z.String()))
			}
			if _, ok := libs.EricModes[m]; ok {
				ctx := libs.EricContext(m)
				b := d.Eric()
				ctx.Quantize(b, 2)
				tally(row+"ericlagergren", !sameValue(&want, b.String()))
			}
		}
	}
}

func intPairs(ps [][2]int64, lines []string) {
	for i, p := range ps {
		var wq, wr int64
		fmt.Sscan(lines[i], &wq, &wr)
		q, r, err := divmod.DivMod(p[0], p[1])
		tally("DivModInt64/pyround", err != nil || q != wq || r != wr)
		tally("DivModInt64/go-truncating", p[0]/p[1] != wq || p[0]%p[1] != wr)
	}
}

func floatPairs(ps [][2]float64, lines []string) {
	for i, p := range ps {
		f := strings.Fields(lines[i])
		wq, wr := parseFloat(f[0]), parseFloat(f[1])
		q, r, err := divmod.DivModFloat(p[0], p[1])
		tally("DivModFloat/pyround", err != nil || q != wq || r != wr)
		tally("DivModFloat/go-truncating", math.Trunc(p[0]/p[1]) != wq || math.Mod(p[0], p[1]) != wr)
		fq := math.Floor(p[0] / p[1])
		tally("DivModFloat/go-naive-floor", fq != wq || p[0]-fq*p[1] != wr)
	}
}

func decPairs(ps [][2]libs.Dec, lines []string) {
	py := pydecimal.DefaultContext()
	apdCtx := libs.APDContext(rounding.HalfEven)
	for i, p := range ps {
		f := strings.Fields(lines[i])
		var w [4]apd.Decimal
		for k := range w {
			if _, _, err := w[k].SetString(f[k]); err != nil {
				fatal("bad expected decimal %q", f[k])
			}
		}
		// Each result is checked against the floor pair (row
		// DivModDecimalFloor) and against the decimal module's truncating
		// pair (row DivModDecimalPython).
		check := func(impl, q, r string, err error) {
			tally("DivModDecimalFloor/"+impl, err != nil || !sameValue(&w[0], q) || !sameValue(&w[1], r))
			tally("DivModDecimalPython/"+impl, err != nil || !sameValue(&w[2], q) || !sameValue(&w[3], r))
		}
		sa, sb := p[0].Shopspring(), p[1].Shopspring()
		q, r, err := divmod.DivModDecimal(sa, sb)
		check("pyround", q.String(), r.String(), err)
		fq, fr, err := fixed.FloorDivMod(p[0].Fixed(), p[1].Fixed())
		check("pyround-fixed-floor", fq.String(), fr.String(), err)
		fq, fr, err = fixed.DivMod(p[0].Fixed(), p[1].Fixed())
		check("pyround-fixed", fq.String(), fr.String(), err)
		var aq, ar apd.Decimal
		err = py.DivMod(&aq, &ar, p[0].APD(), p[1].APD())
		check("pyround-apd", aq.String(), ar.String(), err)
		q, r = sa.QuoRem(sb, 0)
		check("shopspring", q.String(), r.String(), nil)
		gq, gr, err := p[0].Govalues().QuoRem(p[1].Govalues())
		check("govalues", gq.String(), gr.String(), err)
		_, err1 := apdCtx.QuoInteger(&aq, p[0].APD(), p[1].APD())
		_, err2 := apdCtx.Rem(&ar, p[0].APD(), p[1].APD())
		if err1 == nil {
			err1 = err2
		}
		check("apd", aq.String(), ar.String(), err1)
		eq, er := new(eric.Big), new(eric.Big)
		eq.Context = libs.EricContext(rounding.HalfEven)
		er.Context = eq.Context
		eq.QuoInt(p[0].Eric(), p[1].Eric())
		er.Rem(p[0].Eric(), p[1].Eric())
		check("ericlagergren", eq.String(), er.String(), nil)
	}
}
