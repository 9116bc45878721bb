package rounding_test

import (
	"math"
	"math/rand"
	"strconv"
	"testing"

	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// benchFloats is the benchmark data: 1M uniform float64 in
// [-1e6, 1e6] from splitmix64 with seed 1, a generator simple enough that
// bench/cpython_round.py reproduces the same values bit for bit for the
// CPython baseline.
var benchFloats = func() []float64 {
	xs := make([]float64, 1<<20)
	state := uint64(1)
	for i := range xs {
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		z ^= z >> 31
		xs[i] = float64(z>>11)*0x1p-53*2e6 - 1e6
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

// BenchmarkUnsafeRound2 is the lower bound issue 9 measures Round against:
// math.RoundToEven(x*100)/100, which is wrong for 4% of three-decimal
// prices (it rounds the rounded product, not x's exact value).
func BenchmarkUnsafeRound2(b *testing.B) {
	xs := benchFloats
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		s += math.RoundToEven(xs[i&(len(xs)-1)]*100) / 100
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

// TestBenchDataMatchesCPython pins the benchmark data to the sequence
// bench/cpython_round.py generates (its stderr prints these two values),
// so Go and CPython are timed on identical inputs.
func TestBenchDataMatchesCPython(t *testing.T) {
	if first, last := benchFloats[0], benchFloats[len(benchFloats)-1]; first != 133123.1503445618 || last != 358179.53979089763 {
		t.Fatalf("benchmark data drifted: first %v, last %v", first, last)
	}
}

// shopspringModes are shopspring's own rounding methods for the modes it
// has; RoundBank is the named baseline.
var shopspringModes = []struct {
	mode rounding.Mode
	fn   func(decimal.Decimal, int32) decimal.Decimal
}{
	{rounding.HalfEven, decimal.Decimal.RoundBank},
	{rounding.HalfUp, decimal.Decimal.Round},
	{rounding.Up, decimal.Decimal.RoundUp},
	{rounding.Down, decimal.Decimal.RoundDown},
	{rounding.Ceiling, decimal.Decimal.RoundCeil},
	{rounding.Floor, decimal.Decimal.RoundFloor},
}

func BenchmarkRoundDecimalModes(b *testing.B) {
	ds := benchDecimals
	for _, m := range rounding.Modes {
		b.Run(m.String(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkD, _ = rounding.RoundDecimal(ds[i&(len(ds)-1)], 2, m)
			}
		})
	}
}

func BenchmarkShopspringModes(b *testing.B) {
	ds := benchDecimals
	for _, s := range shopspringModes {
		b.Run(s.mode.String(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkD = s.fn(ds[i&(len(ds)-1)], 2)
			}
		})
	}
}

// BenchmarkAppendRounded2 is Round(x, 2) through the slice API, per
// element: blocks of 1024 into a reused buffer.
func BenchmarkAppendRounded2(b *testing.B) {
	xs := benchFloats
	b.ReportAllocs()
	buf := make([]float64, 0, 1024)
	var s float64
	for i := 0; i < b.N; i += 1024 {
		j := i & (len(xs) - 1)
		n := min(1024, b.N-i)
		buf = rounding.AppendRounded(buf[:0], xs[j:j+n], 2)
		s += buf[n-1]
	}
	sinkF = s
}
