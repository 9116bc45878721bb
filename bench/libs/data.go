// Package libs compares pyround with CPython and the Go decimal libraries
// (shopspring/decimal, govalues/decimal, cockroachdb/apd/v3,
// ericlagergren/decimal) on identical data: the benchmarks in libs_test.go,
// the mismatch counts of cmd/mismatches against Python's own results
// (bench/expected.py) and the table of cmd/report, all run by
// bench/run.sh. It is a module of its own so that pyround's module does not
// depend on the peers it is measured against.
package libs

// The data generators below are splitmix64, the same sequences that
// bench/benchdata.py produces in Python, so Go and CPython see identical
// inputs; TestDataMatchesPython pins them.

// SplitMix is the splitmix64 generator.
type SplitMix struct{ state uint64 }

// NewSplitMix seeds a generator.
func NewSplitMix(seed uint64) *SplitMix { return &SplitMix{seed} }

// Next returns the next 64 random bits.
func (s *SplitMix) Next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Floats returns n floats uniform in [-scale, scale] (seed 1, scale 1e6 is
// the data of rounding/bench_test.go and bench/cpython_round.py).
func Floats(n int, seed uint64, scale float64) []float64 {
	g := NewSplitMix(seed)
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(g.Next()>>11)*0x1p-53*2*scale - scale
	}
	return xs
}

// Prices returns n floats k/1000 with k uniform in [-1e9, 1e9): values
// typed with three decimals, one in ten of which ends in 5, a tie in the
// text but not in binary (2.675 is 2.67499999999999982...), where rounding
// the shortest repr and rounding the float disagree.
func Prices(n int, seed uint64) []float64 {
	g := NewSplitMix(seed)
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = float64(int64(g.Next()%2_000_000_000)-1_000_000_000) / 1000
	}
	return xs
}

// Dec is a decimal coef × 10^Exp, the portable form of the decimal data.
type Dec struct {
	Coef int64
	Exp  int32
}

// Decimals returns n decimals with up to 18 significant digits (a
// coefficient uniform in [-5e17, 5e17)) and 0 to 8 fractional digits.
func Decimals(n int, seed uint64) []Dec {
	g := NewSplitMix(seed)
	ds := make([]Dec, n)
	for i := range ds {
		c := int64(g.Next()%1_000_000_000_000_000_000) - 500_000_000_000_000_000
		e := -int32(g.Next() % 9)
		ds[i] = Dec{c, e}
	}
	return ds
}

// DecPairs returns n dividend, divisor pairs: a with up to 16 digits and
// 0 to 8 fractional digits, b a non-zero coefficient in [-1e6, 1e6) with
// 0 to 2 fractional digits.
func DecPairs(n int, seed uint64) [][2]Dec {
	g := NewSplitMix(seed)
	ps := make([][2]Dec, n)
	for i := range ps {
		a := Dec{int64(g.Next()%2_000_000_000_000_000) - 1_000_000_000_000_000, -int32(g.Next() % 9)}
		b := Dec{int64(g.Next()%2_000_000) - 1_000_000, -int32(g.Next() % 3)}
		if b.Coef == 0 {
			b.Coef = 1
		}
		ps[i] = [2]Dec{a, b}
	}
	return ps
}

// IntPairs returns n int64 pairs, a uniform in [-1e12, 1e12), b non-zero
// in [-1e6, 1e6).
func IntPairs(n int, seed uint64) [][2]int64 {
	g := NewSplitMix(seed)
	ps := make([][2]int64, n)
	for i := range ps {
		a := int64(g.Next()%2_000_000_000_000) - 1_000_000_000_000
		b := int64(g.Next()%2_000_000) - 1_000_000
		if b == 0 {
			b = 1
		}
		ps[i] = [2]int64{a, b}
	}
	return ps
}

// FloatPairs returns n float pairs: a from Floats(n, seed, 1e6), b from
// Floats(n, seed+1, 1e3) with 0 replaced by 1 (the data of
// divmod/float_test.go and bench/cpython_divmod.py for seed 1).
func FloatPairs(n int, seed uint64) [][2]float64 {
	as, bs := Floats(n, seed, 1e6), Floats(n, seed+1, 1e3)
	ps := make([][2]float64, n)
	for i := range ps {
		if bs[i] == 0 {
			bs[i] = 1
		}
		ps[i] = [2]float64{as[i], bs[i]}
	}
	return ps
}

// Text is d in plain notation ("-1234.5678"), as typed in a file.
func (d Dec) Text() string {
	return string(d.AppendText(nil))
}

// AppendText appends d in plain notation.
func (d Dec) AppendText(dst []byte) []byte {
	c := d.Coef
	if c < 0 {
		dst = append(dst, '-')
		c = -c
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + c%10)
		c /= 10
		if c == 0 {
			break
		}
	}
	ds := digits[i:]
	frac := int(-d.Exp)
	if frac <= 0 {
		dst = append(dst, ds...)
		for ; frac < 0; frac++ {
			dst = append(dst, '0')
		}
		return dst
	}
	if len(ds) <= frac {
		dst = append(dst, '0', '.')
		for k := len(ds); k < frac; k++ {
			dst = append(dst, '0')
		}
		return append(dst, ds...)
	}
	dst = append(dst, ds[:len(ds)-frac]...)
	dst = append(dst, '.')
	return append(dst, ds[len(ds)-frac:]...)
}
