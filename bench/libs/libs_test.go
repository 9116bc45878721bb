package libs

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/cockroachdb/apd/v3"
	eric "github.com/ericlagergren/decimal"
	gv "github.com/govalues/decimal"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Benchmark data; bench/cpython_libs.py times CPython on the same values.
var (
	benchFloats   = Floats(1<<20, 1, 1e6)
	benchPrices   = Prices(1<<20, 3)
	benchDecs     = Decimals(1<<16, 4)
	benchIntPairs = IntPairs(1<<20, 5)
	benchFltPairs = FloatPairs(1<<20, 1)
	benchDecPairs = DecPairs(1<<16, 6)
)

var (
	sinkF float64
	sinkI int64
	sinkD decimal.Decimal
	sinkG gv.Decimal
	sinkX fixed.Decimal
	sinkB []byte
	sinkS string
)

// TestDataMatchesPython pins the generators to bench/benchdata.py (its
// self-check prints the same values).
func TestDataMatchesPython(t *testing.T) {
	got := fmt.Sprint(benchFloats[0], benchFloats[len(benchFloats)-1], benchPrices[0], benchDecs[0], benchIntPairs[0], benchFltPairs[0], benchDecPairs[0])
	want := "133123.1503445618 358179.53979089763 3139.053 {458955049054603978 -4} [160154358618 876344] [133123.1503445618 182.37946839615893] [{215125184110592 -5} {871686 0}]"
	if got != want {
		t.Fatalf("benchmark data drifted:\n got %s\nwant %s", got, want)
	}
}

func benchRound2(b *testing.B, xs []float64) {
	mask := len(xs) - 1
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		var s float64
		for i := 0; i < b.N; i++ {
			s += rounding.Round(xs[i&mask], 2)
		}
		sinkF = s
	})
	// The slice API on the same data, per value: blocks of 1024 values
	// into a reused buffer (the column a pipeline would hold).
	b.Run("pyround-slice", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]float64, 0, 1024)
		var s float64
		for i := 0; i < b.N; {
			j := i & mask
			n := min(1024, b.N-i, len(xs)-j)
			buf = rounding.AppendRounded(buf[:0], xs[j:j+n], 2)
			s += buf[n-1]
			i += n
		}
		sinkF = s
	})
	b.Run("strconv", func(b *testing.B) {
		b.ReportAllocs()
		var buf [64]byte
		var s float64
		for i := 0; i < b.N; i++ {
			t := strconv.AppendFloat(buf[:0], xs[i&mask], 'f', 2, 64)
			f, _ := strconv.ParseFloat(string(t), 64)
			s += f
		}
		sinkF = s
	})
	b.Run("shopspring", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkD = decimal.NewFromFloat(xs[i&mask]).RoundBank(2)
		}
	})
	b.Run("govalues", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			d, _ := gv.NewFromFloat64(xs[i&mask])
			sinkG = d.Round(2)
		}
	})
	b.Run("apd", func(b *testing.B) {
		b.ReportAllocs()
		ctx := APDContext(rounding.HalfEven)
		var d, r apd.Decimal
		for i := 0; i < b.N; i++ {
			d.SetFloat64(xs[i&mask])
			ctx.Quantize(&r, &d, -2)
		}
		sinkS = r.String()
	})
	b.Run("ericlagergren", func(b *testing.B) {
		b.ReportAllocs()
		ctx := EricContext(rounding.HalfEven)
		z := new(eric.Big)
		for i := 0; i < b.N; i++ {
			z.SetFloat64(xs[i&mask])
			ctx.Quantize(z, 2)
		}
		sinkS = z.String()
	})
	b.Run("unsafe-math", func(b *testing.B) {
		b.ReportAllocs()
		var s float64
		for i := 0; i < b.N; i++ {
			s += math.RoundToEven(xs[i&mask]*100) / 100
		}
		sinkF = s
	})
}

// BenchmarkRound2Floats: round(x, 2) on floats uniform in [-1e6, 1e6].
func BenchmarkRound2Floats(b *testing.B) { benchRound2(b, benchFloats) }

// BenchmarkRound2Prices: round(x, 2) on floats with three decimals.
func BenchmarkRound2Prices(b *testing.B) { benchRound2(b, benchPrices) }

// BenchmarkQuantize: Decimal.quantize(Decimal('0.01'), rounding=MODE) on
// decimals of up to 18 digits, for each library that has MODE.
func BenchmarkQuantize(b *testing.B) {
	n := len(benchDecs)
	mask := n - 1
	shop := make([]decimal.Decimal, n)
	gvs := make([]gv.Decimal, n)
	apds := make([]apd.Decimal, n)
	erics := make([]*eric.Big, n)
	texts := make([]string, n)
	fixeds := make([]fixed.Decimal, n)
	for i, d := range benchDecs {
		shop[i], gvs[i], erics[i], texts[i], fixeds[i] = d.Shopspring(), d.Govalues(), d.Eric(), d.Text(), d.Fixed()
		apds[i].Set(d.APD())
	}
	q := apd.New(1, -2)
	for _, m := range rounding.Modes {
		b.Run(m.String()+"/pyround", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkD, _ = rounding.RoundDecimal(shop[i&mask], 2, m)
			}
		})
		b.Run(m.String()+"/pyround-text", func(b *testing.B) {
			b.ReportAllocs()
			buf := make([]byte, 0, 64)
			for i := 0; i < b.N; i++ {
				buf, _ = pyops.AppendRoundText(buf[:0], texts[i&mask], 2, m)
			}
			sinkB = buf
		})
		b.Run(m.String()+"/pyround-fixed", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkX, _ = fixeds[i&mask].Quantize(2, m)
			}
		})
		b.Run(m.String()+"/pyround-apd", func(b *testing.B) {
			b.ReportAllocs()
			ctx := pydecimal.DefaultContext()
			var r apd.Decimal
			for i := 0; i < b.N; i++ {
				ctx.Quantize(&r, &apds[i&mask], q, m)
			}
			sinkS = r.String()
		})
		if f, ok := ShopspringModes[m]; ok {
			b.Run(m.String()+"/shopspring", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					sinkD = f(shop[i&mask], 2)
				}
			})
		}
		if f, ok := GovaluesModes[m]; ok {
			b.Run(m.String()+"/govalues", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					sinkG = f(gvs[i&mask], 2)
				}
			})
		}
		if _, ok := APDModes[m]; ok {
			b.Run(m.String()+"/apd", func(b *testing.B) {
				b.ReportAllocs()
				ctx := APDContext(m)
				var r apd.Decimal
				for i := 0; i < b.N; i++ {
					ctx.Quantize(&r, &apds[i&mask], -2)
				}
				sinkS = r.String()
			})
		}
		if _, ok := EricModes[m]; ok {
			b.Run(m.String()+"/ericlagergren", func(b *testing.B) {
				b.ReportAllocs()
				ctx := EricContext(m)
				z := new(eric.Big)
				for i := 0; i < b.N; i++ {
					z.Copy(erics[i&mask])
					ctx.Quantize(z, 2)
				}
				sinkS = z.String()
			})
		}
	}
}

// BenchmarkDivModInt64: divmod(a, b) on int64.
func BenchmarkDivModInt64(b *testing.B) {
	ps := benchIntPairs
	mask := len(ps) - 1
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		var s int64
		for i := 0; i < b.N; i++ {
			p := ps[i&mask]
			q, r, _ := divmod.DivMod(p[0], p[1])
			s += q + r
		}
		sinkI = s
	})
	b.Run("go-truncating", func(b *testing.B) {
		b.ReportAllocs()
		var s int64
		for i := 0; i < b.N; i++ {
			p := ps[i&mask]
			s += p[0]/p[1] + p[0]%p[1]
		}
		sinkI = s
	})
}

// BenchmarkDivModFloat: divmod(a, b) on float64.
func BenchmarkDivModFloat(b *testing.B) {
	ps := benchFltPairs
	mask := len(ps) - 1
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		var s float64
		for i := 0; i < b.N; i++ {
			p := ps[i&mask]
			q, r, _ := divmod.DivModFloat(p[0], p[1])
			s += q + r
		}
		sinkF = s
	})
	b.Run("go-truncating", func(b *testing.B) {
		b.ReportAllocs()
		var s float64
		for i := 0; i < b.N; i++ {
			p := ps[i&mask]
			s += math.Trunc(p[0]/p[1]) + math.Mod(p[0], p[1])
		}
		sinkF = s
	})
	b.Run("go-naive-floor", func(b *testing.B) {
		b.ReportAllocs()
		var s float64
		for i := 0; i < b.N; i++ {
			p := ps[i&mask]
			q := math.Floor(p[0] / p[1])
			s += q + (p[0] - q*p[1])
		}
		sinkF = s
	})
}

// BenchmarkDivModDecimal: divmod on decimals. pyround gives floor
// (int/float) semantics on shopspring values and Python's decimal-module
// (truncating) semantics on apd values; the peers all truncate.
func BenchmarkDivModDecimal(b *testing.B) {
	n := len(benchDecPairs)
	mask := n - 1
	shop := make([][2]decimal.Decimal, n)
	gvs := make([][2]gv.Decimal, n)
	apds := make([][2]apd.Decimal, n)
	erics := make([][2]*eric.Big, n)
	fixeds := make([][2]fixed.Decimal, n)
	for i, p := range benchDecPairs {
		shop[i] = [2]decimal.Decimal{p[0].Shopspring(), p[1].Shopspring()}
		fixeds[i] = [2]fixed.Decimal{p[0].Fixed(), p[1].Fixed()}
		gvs[i] = [2]gv.Decimal{p[0].Govalues(), p[1].Govalues()}
		apds[i][0].Set(p[0].APD())
		apds[i][1].Set(p[1].APD())
		erics[i] = [2]*eric.Big{p[0].Eric(), p[1].Eric()}
	}
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &shop[i&mask]
			sinkD, _, _ = divmod.DivModDecimal(p[0], p[1])
		}
	})
	b.Run("pyround-fixed-floor", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &fixeds[i&mask]
			sinkX, _, _ = fixed.FloorDivMod(p[0], p[1])
		}
	})
	b.Run("pyround-fixed", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &fixeds[i&mask]
			sinkX, _, _ = fixed.DivMod(p[0], p[1])
		}
	})
	b.Run("pyround-apd", func(b *testing.B) {
		b.ReportAllocs()
		ctx := pydecimal.DefaultContext()
		var q, r apd.Decimal
		for i := 0; i < b.N; i++ {
			p := &apds[i&mask]
			ctx.DivMod(&q, &r, &p[0], &p[1])
		}
		sinkS = q.String()
	})
	b.Run("shopspring", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &shop[i&mask]
			sinkD, _ = p[0].QuoRem(p[1], 0)
		}
	})
	b.Run("govalues", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &gvs[i&mask]
			sinkG, _, _ = p[0].QuoRem(p[1])
		}
	})
	b.Run("apd", func(b *testing.B) {
		b.ReportAllocs()
		ctx := APDContext(rounding.HalfEven)
		var q, r apd.Decimal
		for i := 0; i < b.N; i++ {
			p := &apds[i&mask]
			ctx.QuoInteger(&q, &p[0], &p[1])
			ctx.Rem(&r, &p[0], &p[1])
		}
		sinkS = q.String()
	})
	b.Run("ericlagergren", func(b *testing.B) {
		b.ReportAllocs()
		// QuoInt and Rem: this version's QuoRem returns remainders with
		// a wrong exponent (80247910592 for 802479.10592).
		q, r := new(eric.Big), new(eric.Big)
		q.Context = EricContext(rounding.HalfEven)
		r.Context = q.Context
		for i := 0; i < b.N; i++ {
			p := &erics[i&mask]
			q.QuoInt(p[0], p[1])
			r.Rem(p[0], p[1])
		}
		sinkS = q.String()
	})
}

// BenchmarkRepr: repr(x) / str(x) of floats.
func BenchmarkRepr(b *testing.B) {
	xs := benchFloats
	mask := len(xs) - 1
	buf := make([]byte, 0, 64)
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf = pyfmt.AppendRepr(buf[:0], xs[i&mask])
		}
		sinkB = buf
	})
	b.Run("strconv", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf = strconv.AppendFloat(buf[:0], xs[i&mask], 'g', -1, 64)
		}
		sinkB = buf
	})
	b.Run("fmt", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf = fmt.Appendf(buf[:0], "%v", xs[i&mask])
		}
		sinkB = buf
	})
}

// BenchmarkFormat2f: format(x, '.2f') of floats.
func BenchmarkFormat2f(b *testing.B) {
	xs := benchFloats
	mask := len(xs) - 1
	buf := make([]byte, 0, 64)
	sp, err := pyfmt.ParseSpec(".2f")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("pyround", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf, _ = pyfmt.AppendFormatFloat(buf[:0], xs[i&mask], sp)
		}
		sinkB = buf
	})
	b.Run("strconv", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf = strconv.AppendFloat(buf[:0], xs[i&mask], 'f', 2, 64)
		}
		sinkB = buf
	})
	b.Run("fmt", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			buf = fmt.Appendf(buf[:0], "%.2f", xs[i&mask])
		}
		sinkB = buf
	})
}
