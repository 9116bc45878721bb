package fuzz

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/internal/cpyref"
)

var binAs = [3]string{"auto", "float", "decimal"}
var binLabels = [3]string{"lower", "index", "range"}

// FuzzBinOracle checks `pyround bin --as AS --width W --origin O --label L
// X` through pyops.Bin against CPython: never a panic, an answer in
// bounded time, and Python's text or exception (where the oracle answers:
// it refuses decimal cases whose quotient would cost Python minutes).
func FuzzBinOracle(f *testing.F) {
	for _, s := range [][3]string{
		{"0.7", "0.1", ""}, {"-0.05", "0.1", ""}, {"5", "0", ""}, {"5", "0.0", ""}, {"inf", "1", ""},
		{"-1", "inf", ""}, {"-9223372036854775808", "-1", ""}, {"9223372036854775807", "3", "-5"},
		{"1" + strings.Repeat("0", 400), "0.5", ""}, {"NaN7", "3", "NaN5"}, {"sNaN", "1", ""},
		{"Infinity", "0", ""}, {"1E+2147483647", "1", "1E-2147483648"}, {"-0.0", "-0.0", "-0.0"},
		{"1E+1000003", "1E-5", ""}, {"abc", "1", ""}, {"2024-01-01", "1", ""}, {" 1_0 ", "3", "1"},
	} {
		for sel := range uint8(9) {
			f.Add(s[0], s[1], s[2], sel)
		}
	}
	f.Fuzz(func(t *testing.T, x, w, o string, sel uint8) {
		if len(x) > 400 || len(w) > 400 || len(o) > 400 {
			return
		}
		args := []string{binAs[sel%3], w, o, binLabels[sel/3%3], x}
		var got string
		bounded(t, 5*time.Second, "bin", func() { got = evalOp(t, "bin", args) })
		differ(t, "bin", args, got)
	})
}

// FuzzBinInt checks BinInt at every width against BinBig: equal where the
// results fit, an OverflowError (never a wrapped value) where one does
// not, the same ZeroDivisionError.
func FuzzBinInt(f *testing.F) {
	f.Add(int64(-7), int64(5), int64(0))
	f.Add(int64(math.MinInt64), int64(-1), int64(0))
	f.Add(int64(math.MaxInt64), int64(3), int64(0))
	f.Add(int64(math.MinInt64), int64(7), int64(0))
	f.Add(int64(5), int64(0), int64(1))
	f.Fuzz(func(t *testing.T, x, w, o int64) {
		checkBin(t, x, w, o)
		checkBin(t, int32(x), int32(w), int32(o))
		checkBin(t, int8(x), int8(w), int8(o))
		checkBin(t, uint64(x), uint64(w), uint64(o))
		checkBin(t, uint8(x), uint8(w), uint8(o))
	})
}

func checkBin[T interface {
	~int8 | ~int32 | ~int64 | ~uint8 | ~uint64
}](t *testing.T, x, w, o T) {
	e, err := distribute.BinInt(x, w, o)
	b, berr := distribute.BinBig(bigOf(x), bigOf(w), bigOf(o))
	if berr != nil {
		if err != berr {
			t.Fatalf("%T BinInt(%v, %v, %v): %v, BinBig: %v", x, x, w, o, err, berr)
		}
		return
	}
	fit := fitsIn[T](b.Index) && fitsIn[T](b.Lower) && fitsIn[T](b.Upper)
	switch {
	case err != nil && (fit || !strings.HasPrefix(err.Error(), "OverflowError: bin ")):
		t.Fatalf("%T BinInt(%v, %v, %v): %v; exact %v %v %v", x, x, w, o, err, b.Index, b.Lower, b.Upper)
	case err == nil && (!fit || bigOf(e.Index).Cmp(b.Index) != 0 || bigOf(e.Lower).Cmp(b.Lower) != 0 || bigOf(e.Upper).Cmp(b.Upper) != 0):
		t.Fatalf("%T BinInt(%v, %v, %v) = %v; exact %v %v %v", x, x, w, o, e, b.Index, b.Lower, b.Upper)
	}
	// The floor: Lower <= x < Upper for w > 0, mirrored for w < 0.
	X := bigOf(x)
	if w > 0 && (b.Lower.Cmp(X) > 0 || X.Cmp(b.Upper) >= 0) || w < 0 && (b.Upper.Cmp(X) >= 0 || X.Cmp(b.Lower) > 0) {
		t.Fatalf("%T %v not in its bin %v %v", x, x, b.Lower, b.Upper)
	}
}

// FuzzBinFloat checks BinFloat on any bit patterns: no panic, CPython's
// float_floor_div step by step (internal/cpyref), no fused multiply-add.
func FuzzBinFloat(f *testing.F) {
	for _, p := range [][3]float64{{0.7, 0.1, 0}, {-0.05, 0.1, 0}, {math.Copysign(0, -1), 1, math.Copysign(0, -1)},
		{1e308, 1e-320, 0}, {-1, math.Inf(1), 0}, {math.Inf(1), 1, 0}, {5e-324, 5e-324, 0}, {1, 0, 0}} {
		f.Add(math.Float64bits(p[0]), math.Float64bits(p[1]), math.Float64bits(p[2]))
	}
	f.Fuzz(func(t *testing.T, xb, wb, ob uint64) {
		x, w, o := math.Float64frombits(xb), math.Float64frombits(wb), math.Float64frombits(ob)
		e, err := distribute.BinFloat(x, w, o)
		if w == 0 {
			if err == nil {
				t.Fatalf("BinFloat(%v, 0, %v): no error", x, o)
			}
			return
		}
		idx, _ := cpyref.FloatDivMod(x-o, w)
		lower := o + float64(idx*w) // the conversion rounds the product, as C does
		if err != nil || !sameBits(e.Index, idx) || !sameBits(e.Lower, lower) || !sameBits(e.Upper, lower+w) {
			t.Fatalf("BinFloat(%v, %v, %v) = %v, %v; CPython %v %v %v", x, w, o, e, err, idx, lower, lower+w)
		}
	})
}
