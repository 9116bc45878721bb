package divmod_test

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"
	"unsafe"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
)

func ExampleDivMod() {
	q, r, _ := divmod.DivMod(-7, 2)
	fmt.Println(q, r, "Go:", -7/2, -7%2)
	q, r, _ = divmod.DivMod(7, -2)
	fmt.Println(q, r, "Go:", 7/-2, 7%-2)
	_, _, err := divmod.DivMod(int64(math.MinInt64), -1)
	fmt.Println(err)
	_, _, err = divmod.DivMod(1, 0)
	fmt.Println(err)
	// Output:
	// -4 1 Go: -3 -1
	// -4 -1 Go: -3 1
	// OverflowError: integer division result does not fit in the operands' type
	// ZeroDivisionError: integer division or modulo by zero
}

func ExampleFloorDiv() {
	q, _ := divmod.FloorDiv(int8(-128), 3)
	fmt.Println(q)
	_, err := divmod.FloorDiv(int8(-128), -1)
	fmt.Println(err)
	// Output:
	// -43
	// OverflowError: integer division result does not fit in the operands' type
}

func ExampleMod() {
	r, _ := divmod.Mod(-7, 2)
	fmt.Println(r)
	m, _ := divmod.Mod(int64(math.MinInt64), -1) // no overflow: the remainder is 0
	fmt.Println(m)
	_, err := divmod.Mod(uint(7), 0)
	fmt.Println(err)
	// Output:
	// 1
	// 0
	// ZeroDivisionError: integer modulo by zero
}

// The errors at every signed width: MIN // -1 overflows, MIN % -1 is 0.
func TestIntOverflowEveryWidth(t *testing.T) {
	check := func(name string, q, r any, errQ, errDM, errM error) {
		t.Helper()
		if !errors.Is(errQ, divmod.ErrIntOverflow) || !errors.Is(errDM, divmod.ErrIntOverflow) || errM != nil {
			t.Errorf("%s: MIN // -1: %v, divmod: %v, %%: %v", name, errQ, errDM, errM)
		}
		if fmt.Sprint(q, r) != "0 0" {
			t.Errorf("%s: results on error %v %v, want 0 0", name, q, r)
		}
	}
	{
		q, eq := divmod.FloorDiv(int8(math.MinInt8), -1)
		_, r, edm := divmod.DivMod(int8(math.MinInt8), -1)
		m, em := divmod.Mod(int8(math.MinInt8), -1)
		check("int8", q, r+m, eq, edm, em)
	}
	{
		q, eq := divmod.FloorDiv(int16(math.MinInt16), -1)
		_, r, edm := divmod.DivMod(int16(math.MinInt16), -1)
		m, em := divmod.Mod(int16(math.MinInt16), -1)
		check("int16", q, r+m, eq, edm, em)
	}
	{
		q, eq := divmod.FloorDiv(int32(math.MinInt32), -1)
		_, r, edm := divmod.DivMod(int32(math.MinInt32), -1)
		m, em := divmod.Mod(int32(math.MinInt32), -1)
		check("int32", q, r+m, eq, edm, em)
	}
	{
		q, eq := divmod.FloorDiv(int64(math.MinInt64), -1)
		_, r, edm := divmod.DivMod(int64(math.MinInt64), -1)
		m, em := divmod.Mod(int64(math.MinInt64), -1)
		check("int64", q, r+m, eq, edm, em)
	}
	{
		q, eq := divmod.FloorDiv(math.MinInt, -1)
		_, r, edm := divmod.DivMod(math.MinInt, -1)
		m, em := divmod.Mod(math.MinInt, -1)
		check("int", q, r+m, eq, edm, em)
	}
	type myInt int16 // a named type: the constraint has ~
	if _, err := divmod.FloorDiv(myInt(math.MinInt16), -1); !errors.Is(err, divmod.ErrIntOverflow) {
		t.Errorf("myInt: %v", err)
	}
	// MIN // 1 and MIN // 2 are fine
	if q, err := divmod.FloorDiv(int64(math.MinInt64), 1); q != math.MinInt64 || err != nil {
		t.Errorf("MinInt64 // 1 = %v, %v", q, err)
	}
	if q, r, err := divmod.DivMod(int64(math.MinInt64), 3); q != -3074457345618258603 || r != 1 || err != nil {
		t.Errorf("divmod(MinInt64, 3) = %v, %v, %v", q, r, err)
	}
}

func TestIntZeroDivisor(t *testing.T) {
	if _, err := divmod.FloorDiv(uint8(1), 0); err != divmod.ErrIntDivisionByZero {
		t.Errorf("uint8 1 // 0: %v", err)
	}
	if _, err := divmod.Mod(int32(0), 0); err != divmod.ErrIntModuloByZero {
		t.Errorf("int32 0 %% 0: %v", err)
	}
	if _, _, err := divmod.DivMod(uintptr(5), 0); err != divmod.ErrIntDivisionByZero {
		t.Errorf("divmod(uintptr 5, 0): %v", err)
	}
	if divmod.ErrIntDivisionByZero.Error() != "ZeroDivisionError: integer division or modulo by zero" ||
		divmod.ErrIntModuloByZero.Error() != "ZeroDivisionError: integer modulo by zero" {
		t.Errorf("messages: %v / %v", divmod.ErrIntDivisionByZero, divmod.ErrIntModuloByZero)
	}
}

// intSpec describes one Go integer type for the live test.
type intSpec struct {
	kind   string
	bits   uint
	signed bool
}

var intSpecs = []intSpec{
	{"int8", 8, true}, {"int16", 16, true}, {"int32", 32, true}, {"int64", 64, true}, {"int", 64, true},
	{"uint8", 8, false}, {"uint16", 16, false}, {"uint32", 32, false}, {"uint64", 64, false},
	{"uint", 64, false}, {"uintptr", 64, false},
}

// randInt returns the text of an adversarial value of the type: its
// limits, small values, values near powers of two, or any value.
func (s intSpec) randInt(r *rand.Rand) string {
	var lo, hi int64
	var uhi uint64
	if s.signed {
		lo, hi = -1<<(s.bits-1), 1<<(s.bits-1)-1
	} else {
		uhi = 1<<(s.bits-1)<<1 - 1 // no overflow at 64 bits
	}
	pick := r.IntN(8)
	if s.signed {
		var v int64
		switch pick {
		case 0:
			v = []int64{lo, lo + 1, hi, hi - 1, 0, 1, -1, 2, -2, lo / 2, hi / 2}[r.IntN(11)]
		case 1, 2:
			v = r.Int64N(41) - 20
		case 3:
			v = int64(1)<<r.UintN(s.bits-1) + r.Int64N(3) - 1
			if r.IntN(2) == 0 {
				v = -v
			}
		default:
			v = int64(r.Uint64()<<(64-s.bits)) >> (64 - s.bits) // any value of the width
		}
		return strconv.FormatInt(max(lo, min(hi, v)), 10)
	}
	var v uint64
	switch pick {
	case 0:
		v = []uint64{0, 1, 2, 3, uhi, uhi - 1, uhi / 2, uhi/2 + 1}[r.IntN(8)]
	case 1, 2:
		v = r.Uint64N(21)
	case 3:
		v = uint64(1)<<r.UintN(s.bits) + r.Uint64N(3) - 1
	default:
		v = r.Uint64() >> (64 - s.bits)
	}
	return strconv.FormatUint(min(uhi, v), 10)
}

var ops = []string{"floordiv", "mod", "divmod"}

// TestLiveInts compares every integer type with python3 on fresh random
// and adversarial operands (limits, zero divisors, MIN // -1).
func TestLiveInts(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 1))
	n := oracle.CaseCount(t, 20000)
	cases := make([][4]string, n)
	for i := range cases {
		s := intSpecs[r.IntN(len(intSpecs))]
		cases[i] = [4]string{s.kind, ops[r.IntN(3)], s.randInt(r), s.randInt(r)}
	}
	runLive(t, o, cases)
}

// floorLaws reports whether q, r are divmod(a, b) for nonzero b, checked
// in exact arithmetic: q*b + r == a, |r| < |b|, r == 0 or sign(r) == sign(b).
func floorLaws(a, b, q, r *big.Int) bool {
	v := new(big.Int).Mul(q, b)
	v.Add(v, r)
	return v.Cmp(a) == 0 && r.CmpAbs(b) < 0 && r.Sign()*b.Sign() >= 0
}

// intLaws checks DivMod, FloorDiv and Mod of one type against the floor
// laws and each other; only MIN // -1 may fail, with ErrIntOverflow.
func intLaws[T divmod.Integer](a, b T) bool {
	q, r, err := divmod.DivMod(a, b)
	fq, ferr := divmod.FloorDiv(a, b)
	fr, merr := divmod.Mod(a, b)
	if b == 0 {
		return err == divmod.ErrIntDivisionByZero && ferr == err && merr == divmod.ErrIntModuloByZero
	}
	if err != nil {
		// only the minimum over -1, whose true quotient is 2^(n-1)
		size := uint(unsafe.Sizeof(a)) * 8
		return err == divmod.ErrIntOverflow && ferr == err && merr == nil && fr == 0 &&
			big.NewInt(-1).Cmp(toBig(b)) == 0 && new(big.Int).Lsh(big.NewInt(-1), size-1).Cmp(toBig(a)) == 0
	}
	return ferr == nil && merr == nil && fq == q && fr == r && floorLaws(toBig(a), toBig(b), toBig(q), toBig(r))
}

func toBig[T divmod.Integer](x T) *big.Int {
	if x < 0 {
		return big.NewInt(int64(x))
	}
	return new(big.Int).SetUint64(uint64(x))
}

// genEdgy draws int64 values with the limits and small values of every
// width overrepresented.
func genEdgy() gopter.Gen {
	return gen.OneGenOf(
		gen.Int64(),
		gen.Int64Range(-300, 300),
		gen.OneConstOf(int64(math.MinInt64), int64(math.MaxInt64), int64(math.MinInt32), int64(math.MaxInt32),
			int64(math.MinInt16), int64(math.MinInt8), int64(-1), int64(0), int64(1), int64(math.MaxUint32)),
		gen.UInt8().Map(func(k uint8) int64 { return int64(1) << (k % 63) }),
	)
}

func TestPropertyIntegerLaws(t *testing.T) {
	props := proptest.Properties(t, 100000)
	props.Property("int64", prop.ForAll(func(a, b int64) bool { return intLaws(a, b) }, genEdgy(), genEdgy()))
	props.Property("int32", prop.ForAll(func(a, b int64) bool { return intLaws(int32(a), int32(b)) }, genEdgy(), genEdgy()))
	props.Property("int16", prop.ForAll(func(a, b int64) bool { return intLaws(int16(a), int16(b)) }, genEdgy(), genEdgy()))
	props.Property("int8", prop.ForAll(func(a, b int64) bool { return intLaws(int8(a), int8(b)) }, genEdgy(), genEdgy()))
	props.Property("int", prop.ForAll(func(a, b int64) bool { return intLaws(int(a), int(b)) }, genEdgy(), genEdgy()))
	props.Property("uint64", prop.ForAll(func(a, b int64) bool { return intLaws(uint64(a), uint64(b)) }, genEdgy(), genEdgy()))
	props.Property("uint32", prop.ForAll(func(a, b int64) bool { return intLaws(uint32(a), uint32(b)) }, genEdgy(), genEdgy()))
	props.Property("uint8", prop.ForAll(func(a, b int64) bool { return intLaws(uint8(a), uint8(b)) }, genEdgy(), genEdgy()))
	props.Property("uintptr", prop.ForAll(func(a, b int64) bool { return intLaws(uintptr(a), uintptr(b)) }, genEdgy(), genEdgy()))
	props.TestingRun(t)
}

// Every int8 and uint8 pair, exhaustively.
func TestExhaustive8Bit(t *testing.T) {
	for a := math.MinInt8; a <= math.MaxInt8; a++ {
		for b := math.MinInt8; b <= math.MaxInt8; b++ {
			if !intLaws(int8(a), int8(b)) {
				t.Fatalf("int8 %d, %d", a, b)
			}
			if !intLaws(uint8(a), uint8(b)) {
				t.Fatalf("uint8 %d, %d", uint8(a), uint8(b))
			}
		}
	}
}

var (
	sinkI   int64
	sinkErr error
)

func TestIntsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	a, b := int64(-7), int64(2)
	cases := map[string]func(){
		"DivMod":        func() { q, r, _ := divmod.DivMod(a, b); sinkI = q + r },
		"FloorDiv":      func() { q, _ := divmod.FloorDiv(a, b); sinkI = q },
		"Mod":           func() { r, _ := divmod.Mod(a, b); sinkI = r },
		"DivMod zero":   func() { _, _, sinkErr = divmod.DivMod(a, 0) },
		"DivMod MIN/-1": func() { _, _, sinkErr = divmod.DivMod(int64(math.MinInt64), -1) },
		"DivMod uint16": func() { q, r, _ := divmod.DivMod(uint16(a), uint16(b)); sinkI = int64(q + r) },
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}

// benchInts is the integer benchmark data: 65536 pairs from splitmix64
// (seed 2), signs and magnitudes mixed, divisors nonzero with 1 to 63
// significant bits, so quotients range from 0 to huge and half the pairs
// need the floor fix-up.
var benchInts = func() (ps [1 << 16][2]int64) {
	state := uint64(2)
	next := func() uint64 {
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range ps {
		a, b := next(), next()
		ps[i][0] = int64(a)
		ps[i][1] = int64(b) >> (b % 63)
		if ps[i][1] == 0 {
			ps[i][1] = 1
		}
	}
	return ps
}()

func BenchmarkDivModInt64(b *testing.B) {
	ps := &benchInts
	b.ReportAllocs()
	var s int64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, r, _ := divmod.DivMod(p[0], p[1])
		s += q ^ r
	}
	sinkI = s
}

// BenchmarkGoDivModInt64 is the baseline: Go's truncating / and % on the
// same pairs (one hardware division, like DivMod).
func BenchmarkGoDivModInt64(b *testing.B) {
	ps := &benchInts
	b.ReportAllocs()
	var s int64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, r := p[0]/p[1], p[0]%p[1]
		s += q ^ r
	}
	sinkI = s
}

func BenchmarkFloorDivInt64(b *testing.B) {
	ps := &benchInts
	b.ReportAllocs()
	var s int64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		q, _ := divmod.FloorDiv(p[0], p[1])
		s += q
	}
	sinkI = s
}

func BenchmarkModInt64(b *testing.B) {
	ps := &benchInts
	b.ReportAllocs()
	var s int64
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		r, _ := divmod.Mod(p[0], p[1])
		s += r
	}
	sinkI = s
}
