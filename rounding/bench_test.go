package rounding_test

import (
	"math/rand"
	"strconv"
	"testing"

	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// benchFloats is the benchmark data: 1M uniform float64 in
// [-1e6, 1e6], from a fixed seed so every implementation sees the same
// values (internal/bench/cpython_round.py regenerates the same sequence).
var benchFloats = func() []float64 {
	r := rand.New(rand.NewSource(1))
	xs := make([]float64, 1<<20)
	for i := range xs {
		xs[i] = (r.Float64()*2 - 1) * 1e6
	}
	return xs
}()

var sinkF float64

func BenchmarkRound2(b *testing.B) {
	xs := benchFloats
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		s += rounding.Round(xs[i&(len(xs)-1)], 2)
	}
	sinkF = s
}

// BenchmarkStrconvRoundTrip2 is the baseline: format with 'f' (correctly
// rounded half-even on the exact value, so also Python-exact) and parse back.
func BenchmarkStrconvRoundTrip2(b *testing.B) {
	xs := benchFloats
	b.ReportAllocs()
	var buf [64]byte
	var s float64
	for i := 0; i < b.N; i++ {
		t := strconv.AppendFloat(buf[:0], xs[i&(len(xs)-1)], 'f', 2, 64)
		f, _ := strconv.ParseFloat(string(t), 64)
		s += f
	}
	sinkF = s
}

var benchDecimals = func() []decimal.Decimal {
	r := rand.New(rand.NewSource(2))
	ds := make([]decimal.Decimal, 1<<16)
	for i := range ds {
		// up to 18 significant digits, 0..8 fractional digits
		ds[i] = decimal.New(r.Int63n(1e18)-5e17, -int32(r.Intn(9)))
	}
	return ds
}()

var sinkD decimal.Decimal

func BenchmarkRoundDecimalHalfEven2(b *testing.B) {
	ds := benchDecimals
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkD, _ = rounding.RoundDecimal(ds[i&(len(ds)-1)], 2, rounding.HalfEven)
	}
}

func BenchmarkShopspringRoundBank2(b *testing.B) {
	ds := benchDecimals
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkD = ds[i&(len(ds)-1)].RoundBank(2)
	}
}
