package divmod_test

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/pyround/pyround/internal/cpyref"
	"github.com/pyround/pyround/internal/proptest"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
)

func ExampleDivModFloat() {
	show := func(a, b float64) {
		q, r, err := divmod.DivModFloat(a, b)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("(%s, %s)\n", pyfmt.Repr(q), pyfmt.Repr(r))
	}
	show(-7.5, 2)
	show(0.3, 0.1)
	show(-1e-20, 1)
	show(-1, math.Inf(1))
	show(1, 0)
	// Output:
	// (-4.0, 0.5)
	// (2.0, 0.09999999999999998)
	// (-1.0, 1.0)
	// (-1.0, inf)
	// ZeroDivisionError: float divmod()
}

// Python's // is not floor(a / b): 0.1 is slightly more than 1/10.
func ExampleFloorDivFloat() {
	q, _ := divmod.FloorDivFloat(1, 0.1)
	fmt.Println(q, math.Floor(1/0.1))
	// (a - fmod(a, b)) / b is -61.00000000000001 here: snapped, not floored
	q, _ = divmod.FloorDivFloat(-383.03635179613127, 6.322527182400627)
	fmt.Println(q)
	q, _ = divmod.FloorDivFloat(math.Copysign(0, -1), 1)
	fmt.Println(pyfmt.Repr(q))
	// Output:
	// 9 10
	// -61
	// -0.0
}

// ModFloat has the divisor's sign; math.Mod (C's fmod) the dividend's,
// math.Remainder (IEEE) rounds the quotient to nearest.
func ExampleModFloat() {
	r, _ := divmod.ModFloat(-7.5, 2)
	fmt.Println(r, math.Mod(-7.5, 2), math.Remainder(-7.5, 2))
	r, _ = divmod.ModFloat(0, -1)
	fmt.Println(pyfmt.Repr(r))
	_, err := divmod.ModFloat(1, math.Copysign(0, -1))
	fmt.Println(err)
	// Output:
	// 0.5 -1.5 0.5
	// -0.0
	// ZeroDivisionError: float modulo
}

func ExampleIntToFloat() {
	x, _ := new(big.Int).SetString("9007199254740993", 10) // 2**53 + 1, a tie
	f, _ := divmod.IntToFloat(x)
	fmt.Println(pyfmt.Repr(f))
	x.Lsh(big.NewInt(1), 1024)
	_, err := divmod.IntToFloat(x)
	fmt.Println(err)
	// Output:
	// 9007199254740992.0
	// OverflowError: int too large to convert to float
}

// same compares floats bit for bit, except that every NaN is the same
// (Python prints them all as nan).
func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// randFloat draws operands where division is delicate: any bit pattern
// (subnormals, huge, NaN, ±Inf), everyday magnitudes, signed zeros, small
// integers, and a multiple of another float nudged by an ulp.
func randFloat(r *rand.Rand, other float64) float64 {
	switch r.IntN(10) {
	case 0, 1:
		return math.Float64frombits(r.Uint64())
	case 2:
		return []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.1, -0.1,
			5e-324, -5e-324, math.MaxFloat64, -math.MaxFloat64, 2.2250738585072014e-308, 1e-300, 1e300,
			1 << 53, -(1 << 53), 0.5, 3}[r.IntN(20)]
	case 3:
		return float64(r.IntN(41) - 20)
	case 4:
		return (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(40)-20))
	case 5, 6:
		k := float64(r.IntN(2000) - 1000)
		if r.IntN(4) == 0 {
			k = math.Ldexp(r.Float64(), r.IntN(60))
		}
		v := k * other
		switch r.IntN(3) {
		case 0:
			v = math.Nextafter(v, math.Inf(1))
		case 1:
			v = math.Nextafter(v, math.Inf(-1))
		}
		return v
	}
	return (r.Float64()*2 - 1) * 1e6
}

// TestFmodMatchesMathMod checks the fast remainder against math.Mod
// through the whole algorithm, on many more operands than the live test.
func TestFmodMatchesMathMod(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 2))
	n := 1_000_000
	if testing.Short() {
		n /= 10
	}
	for i := 0; i < n; i++ {
		b := randFloat(r, 1)
		a := randFloat(r, b)
		if b == 0 {
			continue
		}
		q, m, _ := divmod.DivModFloat(a, b)
		wq, wm := cpyref.FloatDivMod(a, b)
		if !same(q, wq) || !same(m, wm) {
			t.Fatalf("divmod(%v, %v) = (%v, %v), CPython's algorithm with math.Mod: (%v, %v)", a, b, q, m, wq, wm)
		}
		if f, _ := divmod.FloorDivFloat(a, b); !same(f, q) {
			t.Fatalf("FloorDivFloat(%v, %v) = %v, DivModFloat's quotient %v", a, b, f, q)
		}
		if md, _ := divmod.ModFloat(a, b); !same(md, m) {
			t.Fatalf("ModFloat(%v, %v) = %v, DivModFloat's remainder %v", a, b, md, m)
		}
	}
}

func TestPropertyFloat(t *testing.T) {
	anyFloat := gen.UInt64().Map(math.Float64frombits)
	props := proptest.Properties(t, 200000)
	props.Property("CPython's algorithm; r is 0 or has b's sign, |r| <= |b|; q is integral", prop.ForAll(
		func(a, b float64) bool {
			q, r, err := divmod.DivModFloat(a, b)
			if b == 0 {
				return err == divmod.ErrFloatDivModByZero && math.IsNaN(q) && math.IsNaN(r)
			}
			wq, wr := cpyref.FloatDivMod(a, b)
			if err != nil || !same(q, wq) || !same(r, wr) {
				return false
			}
			if math.IsNaN(r) {
				return math.IsNaN(q)
			}
			return math.Signbit(r) == math.Signbit(b) && math.Abs(r) <= math.Abs(b) &&
				(math.IsInf(q, 0) || math.IsNaN(q) || q == math.Trunc(q))
		}, gen.OneGenOf(anyFloat, gen.Float64Range(-1e6, 1e6)), gen.OneGenOf(anyFloat, gen.Float64Range(-10, 10))))
	props.TestingRun(t)
}

func TestFloatZeroDivisor(t *testing.T) {
	for _, b := range []float64{0, math.Copysign(0, -1)} {
		for _, a := range []float64{1, 0, math.NaN(), math.Inf(1)} {
			if q, err := divmod.FloorDivFloat(a, b); err != divmod.ErrFloatFloorDivByZero || !math.IsNaN(q) {
				t.Errorf("%v // %v: %v, %v", a, b, q, err)
			}
			if r, err := divmod.ModFloat(a, b); err != divmod.ErrFloatModByZero || !math.IsNaN(r) {
				t.Errorf("%v %% %v: %v, %v", a, b, r, err)
			}
			if _, _, err := divmod.DivModFloat(a, b); err != divmod.ErrFloatDivModByZero {
				t.Errorf("divmod(%v, %v): %v", a, b, err)
			}
		}
	}
}

// floatText is Python's repr, so that an integral value reads as a float
// ("-59.0"), never as an int.
func floatText(f float64) string { return pyfmt.Repr(f) }

// TestLiveFloat compares the float functions with python3 on fresh
// operands.
func TestLiveFloat(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 3))
	n := oracle.CaseCount(t, 20000)
	cases := make([][4]string, n)
	for i := range cases {
		b := randFloat(r, 1)
		a := randFloat(r, b)
		if r.IntN(2) == 0 {
			b = randFloat(r, a)
		}
		cases[i] = [4]string{"float", ops[r.IntN(3)], floatText(a), floatText(b)}
	}
	runLive(t, o, cases)
}

// randIntText draws an int for mixed arithmetic and IntToFloat: small,
// near 2^53, 2^63, 2^64 and 2^1024 (the overflow edge), ties at 53
// significant bits, or any size up to 1100 bits.
func randIntText(r *rand.Rand) string {
	var v *big.Int
	switch r.IntN(6) {
	case 0:
		v = big.NewInt(r.Int64N(2001) - 1000)
	case 1:
		e := []uint{53, 54, 63, 64, 65, 1023, 1024, 1025}[r.IntN(8)]
		v = new(big.Int).Lsh(big.NewInt(1), e)
		v.Add(v, big.NewInt(r.Int64N(7)-3))
	case 2:
		// 2^1024 - 2^970 is the first int that float() refuses
		v = new(big.Int).Lsh(big.NewInt(1), 1024)
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 970))
		v.Add(v, big.NewInt(r.Int64N(5)-2))
		if r.IntN(2) == 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), 969))
		}
	case 3:
		// m·2^k with a 54-bit odd m: exactly half-way between two floats,
		// then nudged
		m := new(big.Int).SetUint64(r.Uint64()>>10 | 1<<53 | 1)
		v = m.Lsh(m, r.UintN(960))
		v.Add(v, big.NewInt(r.Int64N(3)-1))
	default:
		v = new(big.Int)
		for k := r.IntN(18); k >= 0; k-- {
			v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(r.Uint64()))
		}
		v.Rsh(v, r.UintN(64))
	}
	if r.IntN(2) == 0 {
		v.Neg(v)
	}
	return v.String()
}

// TestLiveMixed compares int-and-float operands and IntToFloat with
// python3: the int is converted first, with OverflowError where Python
// raises it.
func TestLiveMixed(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 4))
	n := oracle.CaseCount(t, 20000)
	cases := make([][4]string, n)
	for i := range cases {
		if r.IntN(3) == 0 {
			cases[i] = [4]string{"i2f", "float", randIntText(r), ""}
			continue
		}
		a, b := randIntText(r), floatText(randFloat(r, 1))
		if r.IntN(2) == 0 {
			a, b = b, a
		}
		cases[i] = [4]string{"mixed", ops[r.IntN(3)], a, b}
	}
	runLive(t, o, cases)
}

// IntToFloat agrees with big.Float's correctly rounded conversion wherever
// that is finite.
func TestPropertyIntToFloat(t *testing.T) {
	props := proptest.Properties(t, 100000)
	props.Property("IntToFloat == big.Float.Float64, error iff |x| >= 2^1024 - 2^970", prop.ForAll(
		func(words []uint64, shift uint, neg bool) bool {
			x := new(big.Int)
			for _, w := range words {
				x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(w))
			}
			x.Lsh(x, shift%200)
			if neg {
				x.Neg(x)
			}
			got, err := divmod.IntToFloat(x)
			want, _ := new(big.Float).SetInt(x).Float64()
			if math.IsInf(want, 0) {
				return err != nil && got == want
			}
			return err == nil && same(got, want)
		}, gen.SliceOfN(17, gen.UInt64()).Map(func(ws []uint64) []uint64 { return ws[:len(ws)%18] }),
		gen.UInt(), gen.Bool()))
	props.TestingRun(t)
}

var sinkF float64

func TestFloatsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	x, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	huge := new(big.Int).Lsh(big.NewInt(1), 2000)
	cases := map[string]func(){
		"DivModFloat":         func() { q, r, _ := divmod.DivModFloat(-7.5, 2); sinkF = q + r },
		"DivModFloat slow":    func() { q, r, _ := divmod.DivModFloat(1e308, 3e-300); sinkF = q + r },
		"FloorDivFloat":       func() { sinkF, _ = divmod.FloorDivFloat(1, 0.1) },
		"ModFloat":            func() { sinkF, _ = divmod.ModFloat(-1e-20, 1) },
		"DivModFloat by zero": func() { _, _, sinkErr = divmod.DivModFloat(1, 0) },
		"IntToFloat":          func() { sinkF, _ = divmod.IntToFloat(x) },
		"IntToFloat overflow": func() { sinkF, sinkErr = divmod.IntToFloat(huge) },
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}

// benchPairs is the float benchmark data, which bench/cpython_divmod.py
// reproduces bit for bit: 2^20 pairs (a, b), a uniform in [-1e6, 1e6] from
// splitmix64 with seed 1 (the values of rounding's benchmark), b uniform
// in [-1e3, 1e3] from splitmix64 with seed 2, never zero.
var benchPairs = func() [][2]float64 {
	gen := func(seed uint64, scale float64) func() float64 {
		state := seed
		return func() float64 {
			state += 0x9e3779b97f4a7c15
			z := state
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
			z = (z ^ (z >> 27)) * 0x94d049bb133111eb
			z ^= z >> 31
			return float64(z>>11)*0x1p-53*2*scale - scale
		}
	}
	as, bs := gen(1, 1e6), gen(2, 1e3)
	ps := make([][2]float64, 1<<20)
	for i := range ps {
		ps[i] = [2]float64{as(), bs()}
		if ps[i][1] == 0 {
			ps[i][1] = 1
		}
	}
	return ps
}()

// TestBenchDataMatchesCPython pins the benchmark data to the pairs
// bench/cpython_divmod.py generates (its stderr prints these values), so
// Go and CPython are timed on identical inputs.
func TestBenchDataMatchesCPython(t *testing.T) {
	first, last := benchPairs[0], benchPairs[len(benchPairs)-1]
	if first != [2]float64{133123.1503445618, 182.37946839615893} || last != [2]float64{358179.53979089763, 743.4003794822145} {
		t.Fatalf("benchmark data drifted: first %v, last %v", first, last)
	}
}

func BenchmarkDivModFloat(b *testing.B) {
	ps := benchPairs
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, r, _ := divmod.DivModFloat(p[0], p[1])
		s += q + r
	}
	sinkF = s
}

func BenchmarkFloorDivFloat(b *testing.B) {
	ps := benchPairs
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, _ := divmod.FloorDivFloat(p[0], p[1])
		s += q
	}
	sinkF = s
}

// BenchmarkDivModFloatMathMod is CPython's algorithm with math.Mod as
// fmod, what DivModFloat would cost without its fast remainder.
func BenchmarkDivModFloatMathMod(b *testing.B) {
	ps := benchPairs
	b.ReportAllocs()
	var s float64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, r := cpyref.FloatDivMod(p[0], p[1])
		s += q + r
	}
	sinkF = s
}
