package rounding_test

import (
	"math"
	"testing"

	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// benchPrices are 1M prices with cents, 0.00 to 9999.99, from benchFloats:
// the values cash rounding to 0.05 meets, a tenth of them ties (x.x25, x.x75).
var benchPrices = func() []float64 {
	xs := make([]float64, len(benchFloats))
	for i, f := range benchFloats {
		xs[i] = math.Floor(math.Abs(f)/100*100) / 100
	}
	return xs
}()

var cash = rounding.MustParseIncrement("0.05")

// BenchmarkRoundFloatIncrement is float64 to 0.05 (Swiss cash) half-up,
// exact: the target is 15 ns/op with no allocation.
func BenchmarkRoundFloatIncrement(b *testing.B) {
	xs := benchPrices
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		r, _ := rounding.RoundFloatIncrement(xs[i&(len(xs)-1)], cash, rounding.HalfUp)
		s += r
	}
	sinkF = s
}

// BenchmarkMathRoundIncrement is the common idiom, fast and wrong
// (TestMathRoundIncrementMismatches counts how often).
func BenchmarkMathRoundIncrement(b *testing.B) {
	xs := benchPrices
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		s += math.Round(xs[i&(len(xs)-1)]/0.05) * 0.05
	}
	sinkF = s
}

// BenchmarkShopspringRoundCash is shopspring's RoundCash(5) on the same
// prices as decimals (the conversion is outside the loop).
func BenchmarkShopspringRoundCash(b *testing.B) {
	ds := make([]decimal.Decimal, 1<<16)
	for i := range ds {
		ds[i] = decimal.NewFromFloat(benchPrices[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	var d decimal.Decimal
	for i := 0; i < b.N; i++ {
		d = ds[i&(len(ds)-1)].RoundCash(5)
	}
	sinkF, _ = d.Float64()
}

// TestMathRoundIncrementMismatches counts the prices of benchPrices where
// math.Round(x/0.05)*0.05 differs from the exact half-up answer (the
// float nearest to the rounded multiple of 0.05) and logs the count.
func TestMathRoundIncrementMismatches(t *testing.T) {
	n := 0
	for _, x := range benchPrices {
		want, err := rounding.RoundFloatIncrement(x, cash, rounding.HalfUp)
		if err != nil {
			t.Fatal(err)
		}
		if math.Round(x/0.05)*0.05 != want {
			n++
		}
	}
	if n == 0 {
		t.Fatal("math.Round(x/0.05)*0.05 agrees everywhere: the comparison is broken")
	}
	t.Logf("math.Round(x/0.05)*0.05 differs from the exact answer on %d of %d prices (%.1f%%)", n, len(benchPrices), 100*float64(n)/float64(len(benchPrices)))
}

// BenchmarkRoundDecimalIncrement is shopspring decimals to 0.05 half-up,
// exact at any size, on the prices of BenchmarkShopspringRoundCash.
func BenchmarkRoundDecimalIncrement(b *testing.B) {
	ds := make([]decimal.Decimal, 1<<16)
	for i := range ds {
		ds[i] = decimal.NewFromFloat(benchPrices[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	var d decimal.Decimal
	for i := 0; i < b.N; i++ {
		d, _ = rounding.RoundDecimalIncrement(ds[i&(len(ds)-1)], cash, rounding.HalfUp)
	}
	sinkF, _ = d.Float64()
}

// BenchmarkRoundIntIncrement is int64 to a lot size of 25, half-even, on
// the prices in cents.
func BenchmarkRoundIntIncrement(b *testing.B) {
	lot := rounding.MustParseIncrement("25")
	xs := make([]int64, 1<<16)
	for i := range xs {
		xs[i] = int64(benchPrices[i] * 100)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var s int64
	for i := 0; i < b.N; i++ {
		v, _ := rounding.RoundIntIncrement(xs[i&(len(xs)-1)], lot, rounding.HalfEven)
		s += v
	}
	sinkF = float64(s)
}
