package pyparse_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// benchReprs holds 1M reprs of random floats: half from random bits
// (subnormals included), half short decimals.
var benchReprs = sync.OnceValue(func() []string {
	r := rand.New(rand.NewPCG(11, 12))
	out := make([]string, 1<<20)
	for i := range out {
		var x float64
		if i%2 == 0 {
			for x = math.NaN(); math.IsNaN(x) || math.IsInf(x, 0); {
				x = math.Float64frombits(r.Uint64())
			}
		} else {
			x = math.Round(r.NormFloat64()*1e6) / math.Pow10(r.IntN(9))
		}
		out[i] = pyfmt.Repr(x)
	}
	return out
})

func BenchmarkFloat(b *testing.B) {
	in := benchReprs()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := pyparse.Float(in[i&(len(in)-1)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrconvParseFloat(b *testing.B) {
	in := benchReprs()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := strconv.ParseFloat(in[i&(len(in)-1)], 64); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFloatBytes(b *testing.B) {
	in := benchReprs()
	bs := make([][]byte, 1<<16)
	for i := range bs {
		bs[i] = []byte(in[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := pyparse.Float(bs[i&(len(bs)-1)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFloatUnderscores(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pyparse.Float(" 1_234_567.890_123e-1_0\n"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := pyparse.Int("-1234567890123", nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIntBig(b *testing.B) {
	z := new(big.Int)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := pyparse.Int("123456789012345678901234567890123456789", z); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseDecimal(b *testing.B) {
	var d pyparse.Decimal
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = parseInto(&d, buf[:0], "-12345.678900e-3"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAllocs(t *testing.T) {
	skipIfRace(t)
	z := new(big.Int)
	var d pyparse.Decimal
	buf := make([]byte, 0, 64)
	bs := []byte("\u00a0-1_234.5e1_0\t")
	for name, f := range map[string]func(){
		"Float":         func() { _, _ = pyparse.Float("-1.2345678901234567e-300") },
		"Float bytes":   func() { _, _ = pyparse.Float(bs) },
		"Float slow":    func() { _, _ = pyparse.Float(" ١٢٣_٤.٥e-1_0 ") },
		"Float inf":     func() { _, _ = pyparse.Float(" -Infinity ") },
		"Int":           func() { _, _, _ = pyparse.Int(" -9_223_372_036_854_775_808 ", nil) },
		"Int bytes":     func() { _, _, _ = pyparse.Int([]byte("12345"), nil) },
		"Int big":       func() { _, _, _ = pyparse.Int("-123456789012345678901234567890123456789_0", z) },
		"Int 2^64":      func() { _, _, _ = pyparse.Int("18446744073709551616", z) },
		"ParseDecimal":  func() { buf, _ = parseInto(&d, buf[:0], " -1_2.30E+7 ") },
		"Decimal NaN":   func() { buf, _ = parseInto(&d, buf[:0], "-sNaN0012") },
		"Decimal bytes": func() { buf, _ = parseInto(&d, buf[:0], bs) },
	} {
		f()
		if allocs := testing.AllocsPerRun(100, f); allocs != 0 {
			t.Errorf("%s allocates %v times", name, allocs)
		}
	}
}
