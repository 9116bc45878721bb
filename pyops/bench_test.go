package pyops_test

import (
	"math/rand"
	"strconv"
	"testing"

	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// benchTexts are the decimal texts of package rounding's benchmarks: up
// to 18 significant digits, 0..8 fractional digits (the same generator
// and seed, so the rows compare across releases).
var benchTexts = func() []string {
	r := rand.New(rand.NewSource(2))
	ts := make([]string, 1<<16)
	for i := range ts {
		ts[i] = decimal.New(r.Int63n(1e18)-5e17, -int32(r.Intn(9))).String()
	}
	return ts
}()

// benchFloats are Python reprs of price-like floats, as a CSV column holds
// them.
var benchFloats = func() [][]byte {
	r := rand.New(rand.NewSource(3))
	fs := make([][]byte, 1<<16)
	for i := range fs {
		fs[i] = strconv.AppendFloat(nil, r.Float64()*2e4-1e4, 'g', -1, 64)
	}
	return fs
}()

// BenchmarkAppendRoundText is the text-to-text Decimal path.
func BenchmarkAppendRoundText(b *testing.B) {
	ts := benchTexts
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf, _ = pyops.AppendRoundText(buf[:0], ts[i&(len(ts)-1)], 2, mode.HalfEven)
	}
	sinkB = buf
}

// BenchmarkRound2 is print(round(x, 2)) of a float's text: the fast path
// for most values, the exact one near ties.
func BenchmarkRound2(b *testing.B) {
	r := pyops.Round{HasN: true, N: 2}
	benchValues(b, r.Append)
}

// BenchmarkRoundDecimal2 is Decimal(text).quantize(Decimal('0.01')).
func BenchmarkRoundDecimal2(b *testing.B) {
	r := pyops.Round{As: pyops.Decimal, HasN: true, N: 2}
	benchValues(b, r.Append)
}

// BenchmarkFormat2f is format(x, '.2f') of a float's text.
func BenchmarkFormat2f(b *testing.B) {
	benchValues(b, pyops.NewFormat(".2f", pyops.Auto).Append)
}

// BenchmarkDivModFloat is divmod(x, 7.5) of a float's text.
func BenchmarkDivModFloat(b *testing.B) {
	d := pyops.Div{Op: pyops.DivMod}
	seven := []byte("7.5")
	benchValues(b, func(dst, v []byte) ([]byte, error) { return d.Append(dst, v, seven) })
}

func benchValues(b *testing.B, f func(dst, v []byte) ([]byte, error)) {
	fs := benchFloats
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf, _ = f(buf[:0], fs[i&(len(fs)-1)])
	}
	sinkB = buf
}

// BenchmarkAppendRoundIncrementText is decimal text to 0.05, half-up, text
// out (Decimal(q) * Decimal('0.05')): the --as decimal path of
// pyround round --cash CHF.
func BenchmarkAppendRoundIncrementText(b *testing.B) {
	ts := benchTexts
	cash := rounding.MustParseIncrement("0.05")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf, _ = pyops.AppendRoundIncrementText(buf[:0], ts[i&(len(ts)-1)], cash, mode.HalfUp)
	}
	sinkB = buf
}

// BenchmarkRoundIncrementFloat is print(the float nearest to q·0.05) of a
// float's text: pyround round --cash CHF on a CSV column.
func BenchmarkRoundIncrementFloat(b *testing.B) {
	r := pyops.RoundIncrement{Inc: rounding.MustParseIncrement("0.05"), Mode: mode.HalfUp}
	benchValues(b, r.Append)
}
