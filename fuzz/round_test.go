package fuzz

import (
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

func mode(m uint8) rounding.Mode { return rounding.Modes[int(m)%len(rounding.Modes)] }

func sameFloat(a, b float64) bool {
	return a == b && math.Signbit(a) == math.Signbit(b) || math.IsNaN(a) && math.IsNaN(b)
}

// FuzzRoundFloat checks Round and RoundFloat on any float64 bit pattern,
// ndigits and mode: no panic; Round equals RoundFloat(HalfEven) (the fast
// path and the general one agree); for 0 <= n <= 17 it equals strconv's
// correctly rounded 'f' formatting read back (CPython's own invariant);
// Floor <= x <= Ceiling; Down never grows |x|; a zero result keeps x's sign.
func FuzzRoundFloat(f *testing.F) {
	for _, s := range []struct {
		x float64
		n int
	}{{2.675, 2}, {0.125, 2}, {2.5, 0}, {-0.5, 0}, {1.6e308, -308}, {5e-324, 323}, {-0.04, 1}, {1e22, -22}, {0.49999999999999994, 0}} {
		f.Add(math.Float64bits(s.x), s.n, uint8(0))
	}
	f.Fuzz(func(t *testing.T, bits uint64, n int, m uint8) {
		x := math.Float64frombits(bits)
		md := mode(m)
		r, err := rounding.RoundFloat(x, n, md)
		if err != nil && !math.IsInf(r, 0) {
			t.Fatalf("RoundFloat(%v, %d, %v) = %v with error %v: want ±Inf", x, n, md, r, err)
		}
		he, herr := rounding.RoundFloat(x, n, rounding.HalfEven)
		if rr := rounding.Round(x, n); !sameFloat(rr, he) {
			t.Fatalf("Round(%v, %d) = %v, RoundFloat(HalfEven) = %v (%v)", x, n, rr, he, herr)
		}
		// The slice API, with x among neighbours that take its fast path.
		col := []float64{1.5, x, -0.0, x, 2.675}
		if got := rounding.AppendRounded(nil, col, n); !sameFloat(got[1], he) || !sameFloat(got[3], he) {
			t.Fatalf("AppendRounded(%v, %d) = %v, Round = %v", x, n, got, he)
		}
		if rounding.AppendRounded(col[:0], col, n); !sameFloat(col[1], he) {
			t.Fatalf("AppendRounded in place (%v, %d) = %v, Round = %v", x, n, col[1], he)
		}
		if n >= 0 && n <= 17 && !math.IsNaN(x) && !math.IsInf(x, 0) {
			want, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
			if !sameFloat(he, want) {
				t.Fatalf("Round(%v, %d) = %v, strconv gives %v", x, n, he, want)
			}
		}
		if math.IsNaN(x) || err != nil {
			return
		}
		if r == 0 && math.Signbit(r) != math.Signbit(x) {
			t.Fatalf("RoundFloat(%v, %d, %v) = %v: zero lost the sign", x, n, md, r)
		}
		switch md {
		case rounding.Floor:
			if r > x {
				t.Fatalf("Floor(%v, %d) = %v > x", x, n, r)
			}
		case rounding.Ceiling:
			if r < x {
				t.Fatalf("Ceiling(%v, %d) = %v < x", x, n, r)
			}
		case rounding.Down:
			if math.Abs(r) > math.Abs(x) {
				t.Fatalf("Down(%v, %d) = %v grew", x, n, r)
			}
		}
	})
}

// FuzzRoundToInt checks RoundToInt: no panic, the errors only for NaN and
// ±Inf, and the result within one unit of x on the right side for the
// directed modes.
func FuzzRoundToInt(f *testing.F) {
	for _, x := range []float64{2.5, -2.5, 0.5, 1e300, -9.223372036854775808e18, 4503599627370495.5} {
		f.Add(math.Float64bits(x), uint8(0))
	}
	f.Fuzz(func(t *testing.T, bits uint64, m uint8) {
		x := math.Float64frombits(bits)
		small, b, err := rounding.RoundToInt(x, mode(m))
		if (err != nil) != (math.IsNaN(x) || math.IsInf(x, 0)) {
			t.Fatalf("RoundToInt(%v): err %v", x, err)
		}
		if err != nil {
			return
		}
		v := new(big.Float).SetInt64(small)
		if b != nil {
			v.SetInt(b)
		}
		d := new(big.Float).Sub(v, big.NewFloat(x))
		if d.Abs(d).Cmp(big.NewFloat(1)) >= 0 {
			t.Fatalf("RoundToInt(%v) = %v: more than one unit away", x, v)
		}
	})
}

// FuzzRoundInt checks the fixed-width path against the big.Int path: both
// exact, so they must agree whenever the result fits in int64, and the
// fixed-width one must report an error (never wrap) when it does not.
func FuzzRoundInt(f *testing.F) {
	f.Add(int64(25), -1, uint8(0))
	f.Add(int64(math.MaxInt64), -1, uint8(3))
	f.Add(int64(math.MinInt64), -19, uint8(3))
	f.Add(int64(7), math.MinInt, uint8(3)) // away from zero at the most negative ndigits
	f.Add(int64(7), math.MinInt+1, uint8(5))
	f.Fuzz(func(t *testing.T, x int64, n int, m uint8) {
		md := mode(m)
		got, err := rounding.RoundInt(x, n, md)
		want, berr := rounding.RoundBigInt(nil, big.NewInt(x), n, md)
		switch {
		case berr != nil:
			if err == nil {
				t.Fatalf("RoundInt(%d, %d, %v) = %d but big: %v", x, n, md, got, berr)
			}
		case want.IsInt64():
			if err != nil || got != want.Int64() {
				t.Fatalf("RoundInt(%d, %d, %v) = %d, %v; big says %v", x, n, md, got, err, want)
			}
		default:
			if err == nil {
				t.Fatalf("RoundInt(%d, %d, %v) = %d: wrapped, want %v", x, n, md, got, want)
			}
		}
		var i8 int8 = int8(x)
		g8, err8 := rounding.RoundInt(i8, n, md)
		w8, _ := rounding.RoundBigInt(nil, big.NewInt(int64(i8)), n, md)
		if (err8 == nil) != (w8 != nil && w8.IsInt64() && w8.Int64() >= math.MinInt8 && w8.Int64() <= math.MaxInt8) ||
			(err8 == nil && int64(g8) != w8.Int64()) {
			t.Fatalf("RoundInt(int8 %d, %d, %v) = %d, %v; big says %v", i8, n, md, g8, err8, w8)
		}
	})
}

// FuzzRoundDecimal checks RoundDecimal on shopspring values: no panic, the
// exponent is exactly -places, and the result is within one unit of the
// last place of the input, on the side the mode demands.
func FuzzRoundDecimal(f *testing.F) {
	f.Add(int64(2675), int32(-3), 2, uint8(0))
	f.Add(int64(1234), int32(0), -2, uint8(1))
	f.Add(int64(0), int32(0), -1000000000, uint8(0)) // zero shifted a billion places: must be free
	f.Add(int64(5), int32(2000000000), 2, uint8(0))
	f.Fuzz(func(t *testing.T, c int64, exp int32, places int, m uint8) {
		// Any exponent and places: no panic, no runaway work, and the
		// exponent contract (or an error).
		if r, err := rounding.RoundDecimal(decimal.New(c, exp), places, mode(m)); err == nil && r.Exponent() != int32(-places) {
			t.Fatalf("RoundDecimal(%dE%d, %d) exponent %d", c, exp, places, r.Exponent())
		}
		if exp > 1000 || exp < -1000 {
			exp %= 1000 // shopspring's own arithmetic below grows with the exponent
		}
		if places > 2000 || places < -2000 {
			places %= 2000
		}
		md := mode(m)
		d := decimal.New(c, exp)
		r, err := rounding.RoundDecimal(d, places, md)
		if err != nil {
			t.Fatalf("RoundDecimal(%v, %d, %v): %v", d, places, md, err)
		}
		if r.Exponent() != int32(-places) {
			t.Fatalf("RoundDecimal(%v, %d) exponent %d", d, places, r.Exponent())
		}
		unit := decimal.New(1, int32(-places))
		if r.Sub(d).Abs().GreaterThanOrEqual(unit) {
			t.Fatalf("RoundDecimal(%v, %d, %v) = %v: a unit or more away", d, places, md, r)
		}
		switch md {
		case rounding.Floor:
			if r.GreaterThan(d) {
				t.Fatalf("Floor(%v) = %v", d, r)
			}
		case rounding.Ceiling:
			if r.LessThan(d) {
				t.Fatalf("Ceiling(%v) = %v", d, r)
			}
		}
	})
}
