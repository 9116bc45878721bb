package distribute_test

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/cpyref"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
)

// The int cases were printed by python3:
//
//	idx = (x - o) // w; lower = o + idx*w; (idx, lower, lower + w)
func TestBinIntTable(t *testing.T) {
	for _, c := range []struct {
		x, w, o int64
		want    string
	}{
		{-7, 5, 0, "{-2 -10 -5}"},
		{7, -5, 0, "{-2 10 5}"},
		{-7, -5, 0, "{1 -5 -10}"},
		{0, 3, 1, "{-1 -2 1}"},
		{math.MinInt64, -1, 0, "OverflowError: bin index 9223372036854775808 does not fit in int64"},
		{math.MinInt64, 1, 0, "{-9223372036854775808 -9223372036854775808 -9223372036854775807}"},
		{math.MaxInt64, 1, 0, "OverflowError: bin upper edge 9223372036854775808 does not fit in int64"},
		{math.MaxInt64, 2, -1, "OverflowError: bin upper edge 9223372036854775809 does not fit in int64"},
		{math.MaxInt64 - 10, 100, -100, "{92233720368547758 9223372036854775700 9223372036854775800}"},
		{math.MinInt64, 7, 0, "OverflowError: bin lower edge -9223372036854775814 does not fit in int64"},
		{math.MinInt64, 8, 0, "{-1152921504606846976 -9223372036854775808 -9223372036854775800}"},
		{5, 0, 0, "ZeroDivisionError: integer division or modulo by zero"},
	} {
		e, err := distribute.BinInt(c.x, c.w, c.o)
		got := fmt.Sprint(e)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("BinInt(%d, %d, %d) = %s, want %s", c.x, c.w, c.o, got, c.want)
		}
	}
	// Unsigned: a value below the origin has a negative index.
	if _, err := distribute.BinInt[uint8](3, 2, 5); err == nil || err.Error() != "OverflowError: bin index -1 does not fit in uint8" {
		t.Errorf("BinInt[uint8](3, 2, 5): %v", err)
	}
	if e, err := distribute.BinInt[uint8](250, 10, 5); err != nil || e != (distribute.Edges[uint8]{24, 245, 255}) {
		t.Errorf("BinInt[uint8](250, 10, 5) = %v, %v", e, err)
	}
}

// checkBinInt reports whether BinInt[T] agrees with BinBig: the same
// edges where all three fit in T, an OverflowError where one does not, the
// same ZeroDivisionError.
func checkBinInt[T digits.Integer](x, w, o T) bool {
	e, err := distribute.BinInt(x, w, o)
	b, berr := distribute.BinBig(big.NewInt(int64(x)), big.NewInt(int64(w)), big.NewInt(int64(o)))
	if ^T(0) > 0 { // unsigned: the values are the uint64 ones
		b, berr = distribute.BinBig(new(big.Int).SetUint64(uint64(x)), new(big.Int).SetUint64(uint64(w)), new(big.Int).SetUint64(uint64(o)))
	}
	if berr != nil {
		return err == berr
	}
	fits := func(v *big.Int, t T) bool {
		if ^T(0) > 0 {
			return v.IsUint64() && uint64(t) == v.Uint64()
		}
		return v.IsInt64() && int64(t) == v.Int64()
	}
	if err != nil {
		var pe *pyerr.Error
		return errors.As(err, &pe) && pe.Type == "OverflowError" && e == (distribute.Edges[T]{}) &&
			!(fitsBig[T](b.Index) && fitsBig[T](b.Lower) && fitsBig[T](b.Upper))
	}
	return fits(b.Index, e.Index) && fits(b.Lower, e.Lower) && fits(b.Upper, e.Upper)
}

func fitsBig[T digits.Integer](v *big.Int) bool {
	if ^T(0) > 0 {
		return v.Sign() >= 0 && v.BitLen() <= int(8*unsafeSizeof[T]())
	}
	return v.BitLen() < int(8*unsafeSizeof[T]()) || v.Sign() < 0 && new(big.Int).Add(v, big.NewInt(1)).BitLen() < int(8*unsafeSizeof[T]())
}

func unsafeSizeof[T digits.Integer]() uint {
	var t T
	n := uint(0)
	for t = 1; t != 0; t <<= 1 {
		n++
	}
	return n / 8
}

// intNear returns values that stress T: small ones, ones near T's limits,
// and anything.
func intNear(kind int, r uint64) int64 {
	switch kind {
	case 0:
		return int64(r%41) - 20
	case 1:
		return math.MaxInt64 - int64(r%16)
	case 2:
		return math.MinInt64 + int64(r%16)
	}
	return int64(r)
}

func TestBinIntAgreesWithBinBig(t *testing.T) {
	p := proptest.Properties(t, 20000)
	g := gopter.CombineGens(gen.IntRange(0, 3), gen.UInt64(), gen.IntRange(0, 3), gen.UInt64(), gen.IntRange(0, 3), gen.UInt64())
	p.Property("BinInt == BinBig where it fits, OverflowError where not", prop.ForAll(func(v []interface{}) bool {
		x := intNear(v[0].(int), v[1].(uint64))
		w := intNear(v[2].(int), v[3].(uint64))
		o := intNear(v[4].(int), v[5].(uint64))
		return checkBinInt(x, w, o) && checkBinInt(int32(x), int32(w), int32(o)) && checkBinInt(int8(x), int8(w), int8(o)) &&
			checkBinInt(uint64(x), uint64(w), uint64(o)) && checkBinInt(uint16(x), uint16(w), uint16(o))
	}, g))
	p.TestingRun(t)
}

// The exact decimal bins: x lies in [Lower, Upper) for width > 0, and in
// the mirrored (Upper, Lower] for width < 0; Lower = origin + Index*width
// and Upper - Lower = width exactly; Index is an integer.
func TestBinDecimalContainsValue(t *testing.T) {
	p := proptest.Properties(t, 20000)
	dec := gopter.CombineGens(gen.Int64Range(-1e12, 1e12), gen.IntRange(-12, 6)).Map(func(v []interface{}) decimal.Decimal {
		return decimal.New(v[0].(int64), int32(v[1].(int)))
	})
	p.Property("x in [Lower, Upper)", prop.ForAll(func(x, w, o decimal.Decimal) bool {
		e, err := distribute.BinDecimal(x, w, o)
		if w.IsZero() {
			return err != nil
		}
		if err != nil {
			return false
		}
		in := e.Lower.LessThanOrEqual(x) && x.LessThan(e.Upper)
		if w.IsNegative() {
			in = e.Upper.LessThan(x) && x.LessThanOrEqual(e.Lower)
		}
		return in && e.Index.Exponent() == 0 && o.Add(e.Index.Mul(w)).Equal(e.Lower) && e.Upper.Sub(e.Lower).Equal(w)
	}, dec, dec, dec))
	p.TestingRun(t)
}

// BinFloat is CPython's arithmetic step by step (the reference port of
// float_floor_div in internal/cpyref), and pyops.Bin, which reads the
// same floats from their repr, prints the same edges.
func TestBinFloatAgreesWithCPythonAndPyops(t *testing.T) {
	p := proptest.Properties(t, 20000)
	f := gen.OneGenOf(
		gen.Float64(),
		gen.Float64Range(-1e6, 1e6),
		gen.IntRange(-10000, 10000).Map(func(k int) float64 { return float64(k) * 0.1 }),
		gen.OneConstOf(0.1, 0.7, -0.05, 0.3, 2.5, math.Copysign(0, -1), 0.0, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64),
	)
	p.Property("BinFloat == CPython's steps == pyops.Bin", prop.ForAll(func(x, w, o float64) bool {
		e, err := distribute.BinFloat(x, w, o)
		lb, _ := pyops.NewBin(pyfmt.Repr(w), pyfmt.Repr(o), pyops.Float, pyops.LabelRange)
		text, perr := lb.Append(nil, []byte(pyfmt.Repr(x)))
		if w == 0 {
			return err == divmod.ErrFloatFloorDivByZero && perr == err
		}
		idx, _ := cpyref.FloatDivMod(x-o, w)
		lower := o + float64(idx*w)
		same := func(a, b float64) bool {
			return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
		}
		want := "[" + pyfmt.Repr(e.Lower) + ", " + pyfmt.Repr(e.Upper) + ")"
		return err == nil && same(e.Index, idx) && same(e.Lower, lower) && same(e.Upper, lower+w) &&
			perr == nil && string(text) == want
	}, f, f, f))
	p.TestingRun(t)
}

// BinDecimal fails fast at pyround's digit limit, never building the
// aligned coefficient of far exponents, and never panics at shopspring's
// int32 exponent limits.
func TestBinDecimalLimits(t *testing.T) {
	big1 := decimal.New(1, math.MaxInt32)
	tiny := decimal.New(1, math.MinInt32)
	for _, c := range [][3]decimal.Decimal{
		{big1, decimal.New(1, 0), decimal.Zero},
		{decimal.New(1, 0), decimal.New(1, 0), tiny},
		{big1, tiny, decimal.Zero},
		{decimal.New(1, 1_000_001), decimal.New(1, 0), decimal.Zero},
	} {
		if _, err := distribute.BinDecimal(c[0], c[1], c[2]); err != digits.ErrTooManyDigits {
			t.Errorf("BinDecimal(%v, %v, %v): %v, want the digit limit", c[0], c[1], c[2], err)
		}
	}
	// Far below the width: index 0 (or -1) without aligning the exponents
	// (Python: Decimal('1E-2147483648') / Decimal('1E+100') floors to 0).
	e, err := distribute.BinDecimal(tiny, decimal.New(1, 100), decimal.Zero)
	if err != nil || !e.Index.IsZero() || !e.Lower.IsZero() || !e.Upper.Equal(decimal.New(1, 100)) {
		t.Errorf("BinDecimal(1E-2147483648, 1E+100, 0) = %v, %v", e, err)
	}
	e, err = distribute.BinDecimal(tiny.Neg(), decimal.New(1, 100), decimal.Zero)
	if err != nil || e.Index.String() != "-1" {
		t.Errorf("BinDecimal(-1E-2147483648, 1E+100, 0) = %v, %v", e, err)
	}
	// 0 + 1E+2147483647 is exact only with two billion digits at exponent
	// 0, where Python's exact context rounds: the limit.
	if _, err := distribute.BinDecimal(tiny, big1, decimal.Zero); err != digits.ErrTooManyDigits {
		t.Errorf("BinDecimal(1E-2147483648, 1E+2147483647, 0): %v", err)
	}
	if _, err := distribute.BinDecimal(decimal.Zero, decimal.Zero, decimal.Zero); err == nil || err.Error() != "InvalidOperation: [<class 'decimal.DivisionUndefined'>]" {
		t.Errorf("BinDecimal(0, 0, 0): %v", err)
	}
}
