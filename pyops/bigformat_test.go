package pyops_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/internal/oracle"
)

// bigFormatCases are format() cases whose result is 10^3 to 10^6
// characters: huge precisions (the zeros after a float's exact digits, a
// Decimal's padding), zero padding inside the groups, wide fills, for
// floats, ints and Decimals. pyfmt writes their long runs in blocks, not
// digit by digit; python3 checks every byte of them.
func bigFormatCases(r *rand.Rand, n int) [][]string {
	size := func() int {
		switch r.IntN(5) {
		case 0: // around pyfmt's block sizes (32 KiB fill blocks, 64 KiB allocations)
			return []int{32 << 10, 64 << 10}[r.IntN(2)] + r.IntN(11) - 5
		}
		return int(math.Pow(10, 3+3*r.Float64())) // log-uniform in [10^3, 10^6)
	}
	floats := []string{"2.5", "1234567.891", "-0.0001", "1e-300", "-1.5e300", "5e-324", "0.1", "-0.0", "nan", "-inf", "1e22", "123456789.125", "0.5"}
	ints := []string{"12345", "-987654321", "0", "7", "-" + strings.Repeat("9", 40), "255"}
	decimals := []string{"1234.5678", "-0.000", "1E+5", "-1E-7", "123456789012345678901234567890.5", "NaN", "-Infinity", "0", "9.9999", "1E+1000", "5E-2000"}
	floatSpecs := []string{",.{N}f", "_.{N}f", ".{N}e", "#.{N}g", "#.{N}G", ".{N}%", "z,.{N}F", "+.{N}E", "0{N},", "0{N}_.2f", "0={N},.3e", "*^{N}", "ç<{N},.2f",
		"-^{N}_.{M}f", "0{N},.{M}f", "{N}.{M}e", "#0{N}.{M}", "={N},"}
	intSpecs := []string{"0{N},", "0={N}_", "*^{N}", "+0{N}_x", "#0{N}_b", "{N},", "ç>{N}_", "0{N}", "0{N},.{M}f", "{N},.{M}e"}
	decSpecs := []string{",.{N}f", ".{N}e", ".{N}%", "0{N},.2f", "*^{N},.3%", "{N},", "0{N},", "+0{N}", ",.{M}f", "z.{N}F", ".{N}E", "0{N},.{M}f"}
	var cases [][]string
	for range n {
		var as, v, spec string
		switch r.IntN(3) {
		case 0:
			as, v, spec = "auto", floats[r.IntN(len(floats))], floatSpecs[r.IntN(len(floatSpecs))]
		case 1:
			as, v, spec = "auto", ints[r.IntN(len(ints))], intSpecs[r.IntN(len(intSpecs))]
		default:
			as, v, spec = "decimal", decimals[r.IntN(len(decimals))], decSpecs[r.IntN(len(decSpecs))]
		}
		spec = strings.ReplaceAll(spec, "{N}", strconv.Itoa(size()))
		spec = strings.ReplaceAll(spec, "{M}", strconv.Itoa(size()/2))
		cases = append(cases, []string{as, spec, v})
	}
	return cases
}

// TestFormatBigLive compares pyops.Format with python3's format() on
// results of a thousand to a million characters: 200 cases (a
// hundredth of the other live tests' count, PYROUND_DIFF_CASES scaling
// both).
func TestFormatBigLive(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 18))
	args := append(bigFormatCases(r, max(1, oracle.CaseCount(t, 20000)/100)),
		// the specs of bench/bigformat, at a thousandth of their size
		[]string{"auto", ",.1000000f", "2.5"}, []string{"auto", "_.1000000f", "1234567.891"},
		[]string{"auto", "0=1000000,", "12345"}, []string{"auto", "*^1000000", "12345"},
		[]string{"decimal", ",.1000000f", "1234.5678"})
	want, err := o.EvalBatch("format", args)
	if err != nil {
		t.Fatal(err)
	}
	cases := make([]oracle.Case, len(args))
	for i := range args {
		cases[i] = oracle.Case{Args: args[i], Want: want[i]}
	}
	opcheck.Check(t, "format", cases)
}
