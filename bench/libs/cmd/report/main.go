// Command report turns one run of bench/run.sh into the library
// comparison section of BENCHMARKS.md: it joins the Go benchmarks (median
// of the runs), CPython's timings and the mismatch counts, computes the
// ratios, checks the targets, and replaces the text between the
// "<!-- bench:libraries begin -->" and "<!-- bench:libraries end -->"
// markers of the file given with -write (appending the section if the
// markers are missing), leaving the rest of the file alone.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const (
	begin = "<!-- bench:libraries begin -->"
	end   = "<!-- bench:libraries end -->"
)

type impl struct {
	key, label string
	pyround    bool // one of pyround's paths
	unsafe     bool // a lower bound, not a candidate
}

type row struct {
	title     string
	bench     string // benchmark group: key prefix of the Go benchmarks
	mism      string // mismatch group (bench if empty)
	cpython   string // CPython benchmark name
	note      string
	impls     []impl
	floatGoal bool // the 2x-of-unsafe target applies
}

var (
	ns     = map[string][]float64{}
	allocs = map[string]string{}
	cpy    = map[string]float64{}
	mism   = map[string][2]int{}
	cpuLn  string
)

func main() {
	benchFile := flag.String("bench", "", "go test -bench output")
	cpyFile := flag.String("cpython", "", "bench/cpython_libs.py output")
	mismFile := flag.String("mismatches", "", "cmd/mismatches output")
	statFile := flag.String("benchstat", "", "benchstat output (optional)")
	write := flag.String("write", "", "BENCHMARKS.md to update")
	machine := flag.String("machine", "", "machine description")
	load := flag.String("load", "", "load averages during the run")
	count := flag.Int("count", 0, "runs per benchmark")
	n := flag.Int("n", 0, "inputs per data set in the mismatch counts")
	flag.Parse()
	readBench(*benchFile)
	readCPython(*cpyFile)
	readMismatches(*mismFile)
	var stat string
	if *statFile != "" {
		if b, err := os.ReadFile(*statFile); err == nil {
			stat = trimStat(string(b), *benchFile)
		}
	}
	var b strings.Builder
	render(&b, *machine, *load, *count, *n, stat)
	if *write == "" {
		fmt.Print(b.String())
		return
	}
	old, err := os.ReadFile(*write)
	if err != nil && !os.IsNotExist(err) {
		fatal("%v", err)
	}
	section := begin + "\n" + b.String() + end + "\n"
	text := string(old)
	if i, j := strings.Index(text, begin), strings.Index(text, end); i >= 0 && j > i {
		text = text[:i] + section + strings.TrimPrefix(text[j+len(end):], "\n")
	} else {
		if text == "" {
			text = "# Benchmarks\n"
		}
		text = strings.TrimRight(text, "\n") + "\n\n" + section
	}
	if err := os.WriteFile(*write, []byte(text), 0o644); err != nil {
		fatal("%v", err)
	}
}

// trimStat keeps benchstat's first table (sec/op), with the temporary
// file name shortened.
func trimStat(s, benchFile string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		out = append(out, strings.ReplaceAll(l, benchFile, "bench.txt"))
		if strings.HasPrefix(l, "geomean") || strings.HasPrefix(l, "¹") {
			if !strings.HasPrefix(l, "geomean") || !strings.Contains(s, "¹") {
				break
			}
		}
	}
	return strings.Join(out, "\n") + "\n"
}

func fatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "report: "+format+"\n", args...)
	os.Exit(1)
}

var procSuffix = regexp.MustCompile(`-\d+$`)

func readBench(path string) {
	eachLine(path, func(fs []string) {
		if len(fs) > 0 && fs[0] == "cpu:" && cpuLn == "" {
			cpuLn = strings.Join(fs[1:], " ")
		}
		if len(fs) < 4 || !strings.HasPrefix(fs[0], "Benchmark") {
			return
		}
		name := procSuffix.ReplaceAllString(strings.TrimPrefix(fs[0], "Benchmark"), "")
		for i := 2; i+1 < len(fs); i++ {
			switch fs[i+1] {
			case "ns/op":
				v, _ := strconv.ParseFloat(fs[i], 64)
				ns[name] = append(ns[name], v)
			case "allocs/op":
				allocs[name] = fs[i]
			}
		}
	})
}

func readCPython(path string) {
	eachLine(path, func(fs []string) {
		if len(fs) == 4 && strings.HasPrefix(fs[0], "BenchmarkCPython/") {
			v, _ := strconv.ParseFloat(fs[2], 64)
			cpy[strings.TrimPrefix(fs[0], "BenchmarkCPython/")] = v
		}
	})
}

func readMismatches(path string) {
	// Lines are KEY\tMISMATCHES\tTOTAL; keys are benchmark names, without spaces.
	eachLine(path, func(fs []string) {
		if len(fs) == 3 {
			a, _ := strconv.Atoi(fs[1])
			n, _ := strconv.Atoi(fs[2])
			mism[fs[0]] = [2]int{a, n}
		}
	})
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

var (
	floatImpls = []impl{
		{"pyround", "pyround `rounding.Round(x, 2)`", true, false},
		{"pyround-slice", "pyround `rounding.AppendRounded(dst, xs, 2)`, per value", true, false},
		{"strconv", "strconv `AppendFloat(x, 'f', 2)` + `ParseFloat`", false, false},
		{"shopspring", "shopspring `NewFromFloat(x).RoundBank(2)`", false, false},
		{"govalues", "govalues `NewFromFloat64(x)` + `Round(2)`", false, false},
		{"apd", "apd `SetFloat64(x)` + `Quantize(-2)`", false, false},
		{"ericlagergren", "ericlagergren `SetFloat64(x)` + `Quantize(2)`", false, false},
		{"unsafe-math", "`math.RoundToEven(x*100)/100` (unsafe lower bound)", false, true},
	}
	modeImpls = []impl{
		{"pyround", "pyround `RoundDecimal` (shopspring)", true, false},
		{"pyround-text", "pyround `AppendRoundText` (text)", true, false},
		{"pyround-apd", "pyround `pydecimal.Context.Quantize` (apd)", true, false},
		{"pyround-fixed", "pyround `fixed.Decimal.Quantize`", true, false},
		{"shopspring", "shopspring", false, false},
		{"govalues", "govalues", false, false},
		{"apd", "apd `Quantize`", false, false},
		{"ericlagergren", "ericlagergren `Quantize`", false, false},
	}
	modes   = []string{"HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"}
	decDivs = []impl{
		{"shopspring", "shopspring `QuoRem(b, 0)`", false, false},
		{"govalues", "govalues `QuoRem`", false, false},
		{"apd", "apd `QuoInteger` + `Rem`", false, false},
		{"ericlagergren", "ericlagergren `QuoInt` + `Rem`", false, false},
	}
)

func rows() []row {
	rs := []row{
		{title: "round(x, 2), floats uniform in [-1e6, 1e6]", bench: "Round2Floats", cpython: "Round2Floats", impls: floatImpls, floatGoal: true},
		{title: "round(x, 2), floats with three decimals (k/1000, prices)", bench: "Round2Prices", cpython: "Round2Prices", impls: floatImpls, floatGoal: true},
	}
	for _, m := range modes {
		rs = append(rs, row{title: "Decimal.quantize(Decimal('0.01'), ROUND_" + m + ")", bench: "Quantize/" + m, cpython: "Quantize/" + m, impls: modeImpls})
	}
	rs = append(rs,
		row{title: "divmod(a, b), int64", bench: "DivModInt64", cpython: "DivModInt64", impls: []impl{
			{"pyround", "pyround `divmod.DivMod`", true, false},
			{"go-truncating", "Go `a / b`, `a % b` (truncating)", false, false}}},
		row{title: "divmod(a, b), float64", bench: "DivModFloat", cpython: "DivModFloat",
			note: "a uniform in [-1e6, 1e6], b in [-1e3, 1e3]. `a - q*b` rounds, where Python's remainder (fmod) is exact.",
			impls: []impl{
				{"pyround", "pyround `divmod.DivModFloat`", true, false},
				{"go-truncating", "Go `math.Trunc(a/b)`, `math.Mod(a, b)` (truncating)", false, false},
				{"go-naive-floor", "Go `q := math.Floor(a/b)`, `a - q*b`", false, false}}},
		row{title: "floor divmod of decimals (// and % as for int and float)", bench: "DivModDecimal", mism: "DivModDecimalFloor", cpython: "DivModDecimal",
			note: "Python's Decimal has no floor divmod; the CPython time is its (truncating) Decimal divmod. The peers truncate, so they differ wherever the signs differ.",
			impls: append([]impl{{"pyround", "pyround `divmod.DivModDecimal` (shopspring)", true, false},
				{"pyround-fixed-floor", "pyround `fixed.FloorDivMod`", true, false}}, decDivs...)},
		row{title: "divmod(Decimal, Decimal), decimal-module semantics (truncating)", bench: "DivModDecimal", mism: "DivModDecimalPython", cpython: "DivModDecimal",
			impls: append([]impl{{"pyround-apd", "pyround `pydecimal.Context.DivMod` (apd)", true, false},
				{"pyround-fixed", "pyround `fixed.DivMod`", true, false}}, decDivs...)},
		row{title: "repr(x), floats uniform in [-1e6, 1e6]", bench: "Repr", cpython: "Repr",
			note: "On this data (never integral, below 1e6 in magnitude) Go's shortest `'g'` happens to print what repr prints; they differ on integral floats (`5.0` against `5`) and from 1e6 to 1e16 (`1234567.0` against `1.234567e+06`).",
			impls: []impl{
				{"pyround", "pyround `pyfmt.AppendRepr`", true, false},
				{"strconv", "strconv `AppendFloat(x, 'g', -1)`", false, false},
				{"fmt", "fmt `Appendf(\"%v\")`", false, false}}},
		row{title: "format(x, '.2f'), same floats", bench: "Format2f", cpython: "Format2f", impls: []impl{
			{"pyround", "pyround `pyfmt.AppendFormatFloat` (parsed spec)", true, false},
			{"strconv", "strconv `AppendFloat(x, 'f', 2)`", false, false},
			{"fmt", "fmt `Appendf(\"%.2f\")`", false, false}}},
	)
	return rs
}

type result struct {
	impl
	ns      float64
	allocs  string
	bad, n  int
	present bool
}

func results(r row) []result {
	mg := r.mism
	if mg == "" {
		mg = r.bench
	}
	var out []result
	for _, im := range r.impls {
		v, ok := ns[r.bench+"/"+im.key]
		if !ok {
			continue
		}
		m, mok := mism[mg+"/"+im.key]
		res := result{impl: im, ns: median(v), allocs: allocs[r.bench+"/"+im.key], present: true, bad: -1}
		if mok {
			res.bad, res.n = m[0], m[1]
		}
		out = append(out, res)
	}
	return out
}

func fastestPeer(rs []result, correct bool) (result, bool) {
	var best result
	found := false
	for _, r := range rs {
		if r.pyround || r.unsafe || (correct && r.bad != 0) {
			continue
		}
		if !found || r.ns < best.ns {
			best, found = r, true
		}
	}
	return best, found
}

func fastestPyround(rs []result) (result, bool) {
	var best result
	found := false
	for _, r := range rs {
		if r.pyround && (!found || r.ns < best.ns) {
			best, found = r, true
		}
	}
	return best, found
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func fmtNs(v float64) string {
	switch {
	case math.IsNaN(v):
		return "—"
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	default:
		return fmt.Sprintf("%.1f", v)
	}
}

func fmtMism(r result) string {
	if r.bad < 0 {
		return "—"
	}
	if r.bad == 0 {
		return "0"
	}
	return fmt.Sprintf("**%d** (%.2f%%)", r.bad, 100*float64(r.bad)/float64(r.n))
}

func render(b *strings.Builder, machine, load string, count, n int, stat string) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("## Against CPython and the Go decimal libraries: `bash bench/run.sh`\n\n")
	p("%s", machine)
	if cpuLn != "" {
		p(" CPU: %s.", cpuLn)
	}
	p("\nGo times are the median of %d runs of the whole suite (`bench/libs`, its own module pinning shopspring/decimal, govalues/decimal, cockroachdb/apd/v3 and ericlagergren/decimal), interleaved so that load falls on every row alike; ", count)
	p("CPython times are timeit's best of 5 per element, including the loop (`bench/cpython_libs.py`). %s\n\n", load)
	p("Mismatches: on the first %s values of each data set, results", thousands(n))
	p(" whose value differs from CPython 3.11's own (`round(x, 2)`, `Decimal.quantize`, `divmod`, `repr`, `format`), ")
	p("written by `bench/expected.py` and counted by `bench/libs/cmd/mismatches`; an error where Python has a result counts too. ")
	p("\"vs CPython\" is CPython's time over the implementation's (higher is faster); \"vs best correct peer\" is the implementation's time over the fastest Go peer with 0 mismatches (below 1 is faster).\n\n")

	type verdict struct {
		title, py, fastest, mm, goal string
	}
	var verdicts []verdict
	for _, r := range rows() {
		rs := results(r)
		if len(rs) == 0 {
			continue
		}
		best, hasBest := fastestPeer(rs, true)
		cp, hasCp := cpy[r.cpython]
		if r.bench == "Quantize/HALF_EVEN" {
			p("Decimals below: up to 18 significant digits, 0 to 8 decimals; a peer without a mode has no line in its table.\n\n")
		}
		p("#### %s\n\n", r.title)
		if r.note != "" {
			p("%s\n\n", r.note)
		}
		p("| implementation | ns/op | allocs/op | mismatches | vs CPython | vs best correct peer |\n|---|---|---|---|---|---|\n")
		if hasCp {
			p("| CPython 3.11 | %s | — | 0 (the reference) | 1x | — |\n", fmtNs(cp))
		}
		for _, x := range rs {
			vsC, vsP := "—", "—"
			if hasCp {
				vsC = fmt.Sprintf("%.1fx", cp/x.ns)
			}
			if hasBest {
				vsP = fmt.Sprintf("%.2f", x.ns/best.ns)
			}
			label := x.label
			if x.pyround {
				label = "**" + label + "**"
			}
			p("| %s | %s | %s | %s | %s | %s |\n", label, fmtNs(x.ns), x.allocs, fmtMism(x), vsC, vsP)
		}
		p("\n")

		// Targets: pyround (its fastest path) is the fastest of the
		// implementations with zero mismatches, with zero mismatches itself.
		py, _ := fastestPyround(rs)
		v := verdict{title: r.title, py: fmt.Sprintf("%s %s ns", py.key, fmtNs(py.ns))}
		allZero := true
		for _, x := range rs {
			if x.pyround && x.bad != 0 {
				allZero = false
			}
		}
		if py.bad == 0 && allZero {
			v.mm = "0: met"
		} else if py.bad == 0 {
			v.mm = "fastest path 0; **another pyround path has mismatches**"
		} else {
			v.mm = fmt.Sprintf("**%d: not met**", py.bad)
		}
		any, hasAny := fastestPeer(rs, false)
		switch {
		case !hasBest && !hasAny:
			v.fastest = "no peer"
		case hasBest && py.ns <= best.ns:
			v.fastest = fmt.Sprintf("met: %.2fx of %s (fastest correct peer)", py.ns/best.ns, best.key)
		case hasBest:
			v.fastest = fmt.Sprintf("**not met: %.2fx of %s**", py.ns/best.ns, best.key)
		default:
			v.fastest = "met: every peer has mismatches"
		}
		if hasAny && any.ns < py.ns && (!hasBest || any.key != best.key) {
			v.fastest += fmt.Sprintf("; %s (%d mismatches) is %.2fx faster", any.key, any.bad, py.ns/any.ns)
		}
		if r.floatGoal {
			for _, x := range rs {
				if x.unsafe {
					q := py.ns / x.ns
					if q <= 2 {
						v.goal = fmt.Sprintf("%.2fx of the unsafe bound: met", q)
					} else {
						v.goal = fmt.Sprintf("**%.2fx of the unsafe bound: not met**", q)
					}
				}
			}
		}
		verdicts = append(verdicts, v)
	}
	p("### Targets\n\n")
	p("pyround is the fastest implementation with zero mismatches in every row (its fastest path counts), and within 2x of the unsafe lower bound for float rounding.\n\n")
	p("| row | pyround (fastest path) | fastest with 0 mismatches | pyround mismatches | ≤ 2x unsafe bound |\n|---|---|---|---|---|\n")
	for _, v := range verdicts {
		g := v.goal
		if g == "" {
			g = "—"
		}
		p("| %s | %s | %s | %s | %s |\n", v.title, v.py, v.fastest, v.mm, g)
	}
	p("\n")
	if stat != "" {
		p("<details><summary>benchstat of the Go runs (spread across runs)</summary>\n\n```\n%s```\n\n</details>\n\n", stat)
	}
}

// eachLine calls fn with the fields of every line of the file at path.
func eachLine(path string, fn func(fs []string)) {
	f, err := os.Open(path)
	if err != nil {
		fatal("%v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fn(strings.Fields(sc.Text()))
	}
}
