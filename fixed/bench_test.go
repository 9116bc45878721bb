package fixed

import (
	"testing"

	"github.com/pyround/pyround/rounding"
)

// splitmix64, the generator of bench/libs's data: the benchmarks here see
// the values bench/libs measures (Decimals seed 4, DecPairs seed 6).
type splitMix struct{ state uint64 }

func (s *splitMix) next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func benchDecimals(n int) []Decimal {
	g := &splitMix{4}
	ds := make([]Decimal, n)
	for i := range ds {
		c := int64(g.next()%1_000_000_000_000_000_000) - 500_000_000_000_000_000
		s := int(g.next() % 9)
		ds[i], _ = New(c, s)
	}
	return ds
}

func benchPairs(n int) [][2]Decimal {
	g := &splitMix{6}
	ps := make([][2]Decimal, n)
	for i := range ps {
		a, _ := New(int64(g.next()%2_000_000_000_000_000)-1_000_000_000_000_000, int(g.next()%9))
		bc := int64(g.next()%2_000_000) - 1_000_000
		if bc == 0 {
			bc = 1
		}
		b, _ := New(bc, int(g.next()%3))
		ps[i] = [2]Decimal{a, b}
	}
	return ps
}

var (
	sinkDec Decimal
	sinkBuf []byte
)

func BenchmarkQuantize(b *testing.B) {
	ds := benchDecimals(1 << 16)
	mask := len(ds) - 1
	for _, m := range rounding.Modes {
		b.Run(m.String(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkDec, _ = ds[i&mask].Quantize(2, m)
			}
		})
	}
}

func BenchmarkDivMod(b *testing.B) {
	ps := benchPairs(1 << 16)
	mask := len(ps) - 1
	b.Run("trunc", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &ps[i&mask]
			sinkDec, _, _ = DivMod(p[0], p[1])
		}
	})
	b.Run("floor", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			p := &ps[i&mask]
			sinkDec, _, _ = FloorDivMod(p[0], p[1])
		}
	})
}

func BenchmarkParse(b *testing.B) {
	ds := benchDecimals(1 << 12)
	texts := make([]string, len(ds))
	for i, d := range ds {
		texts[i] = d.String()
	}
	mask := len(texts) - 1
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkDec, _ = Parse(texts[i&mask])
	}
}

func BenchmarkAppendText(b *testing.B) {
	ds := benchDecimals(1 << 12)
	mask := len(ds) - 1
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = ds[i&mask].AppendText(buf[:0])
	}
	sinkBuf = buf
}
