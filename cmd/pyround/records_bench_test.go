package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"
)

// benchFloats returns n lines of one float each, as Python's repr writes
// them.
func benchFloats(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	var b []byte
	for range n {
		b = strconv.AppendFloat(b, rng.Float64()*2e4-1e4, 'g', -1, 64)
		b = append(b, '\n')
	}
	return b
}

// benchCSV returns a header and n rows of 10 columns: floats, ints and
// text.
func benchCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(3, 4))
	b := []byte("id,a,b,c,d,e,f,g,h,name\n")
	for i := range n {
		b = fmt.Appendf(b, "%d,%v,%v,%d,%v,%v,%d,%v,%v,name%d\n", i, rng.Float64()*100, rng.Float64()*1e4, rng.IntN(1000),
			rng.Float64(), rng.Float64()*10, rng.IntN(100), rng.Float64()*1e3, rng.Float64(), i)
	}
	return b
}

func benchRun(b *testing.B, input []byte, rows int, args ...string) {
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if st := run(args, bytes.NewReader(input), io.Discard, io.Discard); st != 0 {
			b.Fatalf("status %d", st)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
}

// BenchmarkLineRound is `pyround round -n 2` over lines of one float: the
// line-mode hot path (ns/row is per line).
func BenchmarkLineRound(b *testing.B) {
	const n = 2_000_000
	in := benchFloats(n)
	for _, jobs := range []string{"1", "2"} {
		b.Run("jobs="+jobs, func(b *testing.B) { benchRun(b, in, n, "round", "-n", "2", "--jobs", jobs) })
	}
}

// BenchmarkCSVRound rounds 2 of 10 columns of a CSV (ns/row is per row).
func BenchmarkCSVRound(b *testing.B) {
	const n = 100_000
	in := benchCSV(n)
	for _, jobs := range []string{"1", "2"} {
		b.Run("jobs="+jobs, func(b *testing.B) { benchRun(b, in, n, "round", "-n", "2", "--csv", "--column", "b,e", "--jobs", jobs) })
	}
}

// BenchmarkLineRoundDecimal is `pyround round --as decimal -n 2`: decimal
// columns take package fixed's path (ns/row is per line).
func BenchmarkLineRoundDecimal(b *testing.B) {
	const n = 1_000_000
	in := benchFloats(n)
	benchRun(b, in, n, "round", "--as", "decimal", "-n", "2", "--jobs", "1")
}
