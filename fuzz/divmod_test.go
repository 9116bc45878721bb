package fuzz

import (
	"math"
	"math/big"
	"testing"

	"github.com/pyround/pyround/internal/cpyref"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// floorPair reports whether (q, r) is Python's divmod(a, b) for b != 0,
// in exact arithmetic: q*b + r == a, |r| < |b|, r == 0 or sign(r) == sign(b).
func floorPair(a, b, q, r *big.Int) bool {
	v := new(big.Int).Mul(q, b)
	v.Add(v, r)
	return v.Cmp(a) == 0 && r.CmpAbs(b) < 0 && r.Sign()*b.Sign() >= 0
}

func bigOf[T divmod.Integer](x T) *big.Int {
	if x < 0 {
		return big.NewInt(int64(x))
	}
	return new(big.Int).SetUint64(uint64(x))
}

// fitsIn reports whether v is a value of T.
func fitsIn[T divmod.Integer](v *big.Int) bool {
	switch {
	case v.IsInt64():
		return bigOf(T(v.Int64())).Cmp(v) == 0
	case v.IsUint64():
		return bigOf(T(v.Uint64())).Cmp(v) == 0
	}
	return false
}

// checkInts checks FloorDiv, Mod and DivMod of one integer type: no panic,
// the floor laws in exact arithmetic, the three agree, and the only errors
// are the zero divisor and the one quotient the type cannot hold.
func checkInts[T divmod.Integer](t *testing.T, a, b T) {
	q, r, err := divmod.DivMod(a, b)
	fq, ferr := divmod.FloorDiv(a, b)
	m, merr := divmod.Mod(a, b)
	if b == 0 {
		if err != divmod.ErrIntDivisionByZero || ferr != err || merr != divmod.ErrIntModuloByZero {
			t.Fatalf("%T %v / 0: %v, %v, %v", a, a, err, ferr, merr)
		}
		return
	}
	A, B := bigOf(a), bigOf(b)
	want := new(big.Int).Div(A, B) // Euclidean; the floor quotient is one more when b < 0
	if rem := new(big.Int).Mod(A, B); B.Sign() < 0 && rem.Sign() != 0 {
		want.Add(want, big.NewInt(1))
	}
	if !fitsIn[T](want) {
		// only a quotient outside T may fail, with ErrIntOverflow; the
		// remainder (0) is still fine
		if err != divmod.ErrIntOverflow || ferr != err || q != 0 || r != 0 || merr != nil || m != 0 {
			t.Fatalf("%T divmod(%v, %v) = (%v, %v, %v), Mod %v, %v; quotient %v does not fit", a, a, b, q, r, err, m, merr, want)
		}
		return
	}
	if !floorPair(A, B, bigOf(q), bigOf(r)) || ferr != nil || merr != nil || fq != q || m != r {
		t.Fatalf("%T divmod(%v, %v) = (%v, %v), FloorDiv %v, Mod %v", a, a, b, q, r, fq, m)
	}
}

// FuzzDivModInt checks the generic integer functions at every width.
func FuzzDivModInt(f *testing.F) {
	f.Add(int64(-7), int64(2))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Add(int64(math.MinInt64), int64(1))
	f.Add(int64(-128), int64(-1))
	f.Add(int64(math.MaxInt64), int64(0))
	f.Fuzz(func(t *testing.T, a, b int64) {
		checkInts(t, a, b)
		checkInts(t, int32(a), int32(b))
		checkInts(t, int16(a), int16(b))
		checkInts(t, int8(a), int8(b))
		checkInts(t, int(a), int(b))
		checkInts(t, uint64(a), uint64(b))
		checkInts(t, uint32(a), uint32(b))
		checkInts(t, uint8(a), uint8(b))
		checkInts(t, uintptr(a), uintptr(b))
	})
}

func sameBits(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// FuzzDivModFloat checks the float functions on any pair of bit patterns:
// no panic; bit for bit CPython's algorithm (the package takes shortcuts);
// FloorDivFloat and ModFloat agree with DivModFloat; the remainder is zero
// or has b's sign and |r| <= |b|; the quotient is integral, ±Inf or NaN.
func FuzzDivModFloat(f *testing.F) {
	for _, p := range [][2]float64{{-7.5, 2}, {1, 0.1}, {-383.03635179613127, 6.322527182400627}, {-1e-20, 1},
		{-1, math.Inf(1)}, {math.Inf(1), 1}, {1e308, 1e-308}, {5e-324, -1}, {math.Copysign(0, -1), 1}, {1, 0}} {
		f.Add(math.Float64bits(p[0]), math.Float64bits(p[1]))
	}
	f.Fuzz(func(t *testing.T, abits, bbits uint64) {
		a, b := math.Float64frombits(abits), math.Float64frombits(bbits)
		q, r, err := divmod.DivModFloat(a, b)
		fq, ferr := divmod.FloorDivFloat(a, b)
		m, merr := divmod.ModFloat(a, b)
		if b == 0 {
			if err != divmod.ErrFloatDivModByZero || ferr != divmod.ErrFloatFloorDivByZero || merr != divmod.ErrFloatModByZero {
				t.Fatalf("divmod(%v, %v): %v, %v, %v", a, b, err, ferr, merr)
			}
			return
		}
		wq, wr := cpyref.FloatDivMod(a, b)
		if err != nil || ferr != nil || merr != nil || !sameBits(q, wq) || !sameBits(r, wr) || !sameBits(fq, q) || !sameBits(m, r) {
			t.Fatalf("divmod(%v, %v) = (%v, %v) [// %v, %% %v], CPython: (%v, %v)", a, b, q, r, fq, m, wq, wr)
		}
		if math.IsNaN(r) {
			return
		}
		if math.Signbit(r) != math.Signbit(b) || math.Abs(r) > math.Abs(b) {
			t.Fatalf("%v %% %v = %v: sign or size", a, b, r)
		}
		if !math.IsNaN(q) && !math.IsInf(q, 0) && q != math.Trunc(q) {
			t.Fatalf("%v // %v = %v: not integral", a, b, q)
		}
	})
}

// FuzzDivModBig checks the *big.Int functions: no panic, the floor laws,
// and the three functions agree.
func FuzzDivModBig(f *testing.F) {
	f.Add([]byte{7}, false, []byte{2}, true)
	f.Add([]byte{0x80, 0, 0, 0, 0, 0, 0, 0}, true, []byte{1}, true)
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}, true, []byte{0xff, 0xff, 0xff}, false)
	f.Add([]byte{5}, false, []byte{}, false)
	f.Fuzz(func(t *testing.T, am []byte, aneg bool, bm []byte, bneg bool) {
		a, b := new(big.Int).SetBytes(am), new(big.Int).SetBytes(bm)
		if aneg {
			a.Neg(a)
		}
		if bneg {
			b.Neg(b)
		}
		q, r, err := divmod.DivModBig(nil, nil, a, b)
		fq, ferr := divmod.FloorDivBig(nil, a, b)
		m, merr := divmod.ModBig(nil, a, b)
		if b.Sign() == 0 {
			if err != divmod.ErrIntDivisionByZero || ferr != err || merr != divmod.ErrIntModuloByZero {
				t.Fatalf("%v / 0: %v, %v, %v", a, err, ferr, merr)
			}
			return
		}
		if err != nil || ferr != nil || merr != nil || !floorPair(a, b, q, r) || fq.Cmp(q) != 0 || m.Cmp(r) != 0 {
			t.Fatalf("divmod(%v, %v) = (%v, %v), FloorDivBig %v, ModBig %v", a, b, q, r, fq, m)
		}
	})
}

// FuzzIntToFloat checks IntToFloat against big.Float's correctly rounded
// (half-even) conversion, and the overflow error exactly where that
// conversion gives ±Inf.
func FuzzIntToFloat(f *testing.F) {
	f.Add([]byte{0x20, 0, 0, 0, 0, 0, 0, 1}, false, uint16(0))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xf8}, true, uint16(968))
	f.Add([]byte{1}, false, uint16(1024))
	f.Fuzz(func(t *testing.T, mag []byte, neg bool, shift uint16) {
		x := new(big.Int).SetBytes(mag)
		x.Lsh(x, uint(shift%1200))
		if neg {
			x.Neg(x)
		}
		got, err := divmod.IntToFloat(x)
		want, _ := new(big.Float).SetInt(x).Float64()
		if math.IsInf(want, 0) {
			if err == nil || got != want {
				t.Fatalf("IntToFloat(%v) = %v, %v; want %v and an OverflowError", x, got, err, want)
			}
			return
		}
		if err != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("IntToFloat(%v) = %v, %v; want %v", x, got, err, want)
		}
	})
}

// FuzzDivModDecimal checks both decimal pairs: no panic and no runaway
// work for any exponents (the digit limit error instead), and on success
// the exact identity q*b + r == a, |r| < |b|, the sign rules (a's for the
// truncating pair, b's for the floor pair), quotient exponent 0 and
// remainder exponent min(ea, eb), and the floor pair one step from the
// truncating pair where the signs differ.
func FuzzDivModDecimal(f *testing.F) {
	f.Add(int64(-75), int16(-1), int64(2), int16(0), uint8(0), []byte(nil))
	f.Add(int64(10), int16(0), int64(30), int16(-1), uint8(0), []byte(nil))
	f.Add(int64(1), int16(20), int64(7), int16(0), uint8(1), []byte(nil)) // 1E+1310720 // 7: too long
	f.Add(int64(-1), int16(0), int64(1), int16(16), uint8(1), []byte(nil))
	f.Add(int64(5), int16(0), int64(0), int16(3), uint8(0), []byte(nil))
	f.Add(int64(123), int16(-3), int64(-9), int16(-5), uint8(0), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Fuzz(func(t *testing.T, ca int64, ea int16, cb int64, eb int16, scale uint8, extra []byte) {
		mul := int32(1)
		if scale%4 == 1 {
			mul = 65536 // exponents up to ±2^31: huge quotients and remainders
		}
		ba := big.NewInt(ca)
		if len(extra) > 0 && len(extra) < 64 { // a longer coefficient
			ba.Mul(ba, new(big.Int).SetBytes(extra)).Add(ba, big.NewInt(int64(extra[0])))
		}
		a := decimal.NewFromBigInt(ba, int32(ea)*mul)
		b := decimal.New(cb, int32(eb)*mul)
		d := int64(ea)*int64(mul) - int64(eb)*int64(mul)
		if d < 0 {
			d = -d
		}
		if d > 20000 && d < 1_100_000 {
			// results of 20000 to about MaxResultDigits digits: correct
			// (TestDecimalDigitLimit) but slow to build and check here
			return
		}
		tq, tr, terr := divmod.TruncDivModDecimal(a, b)
		fq, fr, ferr := divmod.DivModDecimal(a, b)
		q1, e1 := divmod.TruncDivDecimal(a, b)
		r1, e2 := divmod.TruncModDecimal(a, b)
		q2, e3 := divmod.FloorDivDecimal(a, b)
		r2, e4 := divmod.ModDecimal(a, b)
		if b.IsZero() {
			if terr == nil || ferr == nil || e1 == nil || e2 == nil || e3 == nil || e4 == nil {
				t.Fatalf("%v / 0 did not fail", a)
			}
			return
		}
		for _, err := range []error{terr, ferr, e1, e2, e3, e4} {
			if err != nil && err != rounding.ErrTooManyDigits {
				t.Fatalf("divmod(%v, %v): unexpected %v", a, b, err)
			}
		}
		emin := min(a.Exponent(), b.Exponent())
		if e2 == nil && r1.Exponent() != emin || e4 == nil && r2.Exponent() != emin ||
			e1 == nil && q1.Exponent() != 0 || e3 == nil && q2.Exponent() != 0 {
			t.Fatalf("divmod(%v, %v): exponents %d %d %d %d", a, b, q1.Exponent(), r1.Exponent(), q2.Exponent(), r2.Exponent())
		}
		if terr != nil || ferr != nil {
			return
		}
		if !q1.Equal(tq) || !r1.Equal(tr) || !q2.Equal(fq) || !r2.Equal(fr) || e1 != nil || e2 != nil || e3 != nil || e4 != nil {
			t.Fatalf("divmod(%v, %v): the single functions disagree with the pairs", a, b)
		}
		if d > 20000 {
			return // shopspring's arithmetic below aligns the exponents: 10^d
		}
		if !tq.Mul(b).Add(tr).Equal(a) || !tr.Abs().LessThan(b.Abs()) || tr.Sign()*a.Sign() < 0 {
			t.Fatalf("truncating divmod(%v, %v) = (%v, %v)", a, b, tq, tr)
		}
		if !fq.Mul(b).Add(fr).Equal(a) || !fr.Abs().LessThan(b.Abs()) || fr.Sign()*b.Sign() < 0 {
			t.Fatalf("floor divmod(%v, %v) = (%v, %v)", a, b, fq, fr)
		}
		step := !tr.IsZero() && a.Sign() != b.Sign()
		if step && (!fq.Equal(tq.Sub(decimal.NewFromInt(1))) || !fr.Equal(tr.Add(b))) || !step && (!fq.Equal(tq) || !fr.Equal(tr)) {
			t.Fatalf("divmod(%v, %v): floor (%v, %v) vs truncating (%v, %v)", a, b, fq, fr, tq, tr)
		}
	})
}
