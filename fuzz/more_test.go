package fuzz

import (
	"bytes"
	"math"
	"math/big"
	"strconv"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// FuzzRoundDisplayed checks RoundDisplayed on any float64, ndigits and
// mode: no panic, NaN and ±Inf unchanged, an error only with ±Inf, and the
// result is exactly the shortest repr rounded as a decimal text
// (AppendRoundText on strconv's shortest digits) read back as a float.
func FuzzRoundDisplayed(f *testing.F) {
	for _, s := range []struct {
		x float64
		n int
	}{{2.675, 2}, {1.005, 2}, {-0.5, 0}, {1.7976931348623157e308, -308}, {5e-324, 323}, {0.125, 2}, {1e22, -22}, {9.995, 2}} {
		f.Add(math.Float64bits(s.x), s.n, uint8(0))
		f.Add(math.Float64bits(s.x), s.n, uint8(1))
	}
	f.Fuzz(func(t *testing.T, bits uint64, n int, m uint8) {
		x := math.Float64frombits(bits)
		md := mode(m)
		var r float64
		var err error
		bounded(t, time.Second, "RoundDisplayed", func() { r, err = rounding.RoundDisplayed(x, n, md) })
		if math.IsNaN(x) || math.IsInf(x, 0) || n > 400 {
			if !sameFloat(r, x) || err != nil {
				t.Fatalf("RoundDisplayed(%v, %d) = %v, %v; want x unchanged", x, n, r, err)
			}
			return
		}
		if err != nil {
			if !math.IsInf(r, 0) {
				t.Fatalf("RoundDisplayed(%v, %d, %v) = %v with %v", x, n, md, r, err)
			}
			return
		}
		if n < -400 {
			return
		}
		text := strconv.FormatFloat(x, 'g', -1, 64)
		out, terr := pyops.AppendRoundText(nil, text, n, md)
		if terr != nil {
			t.Fatalf("AppendRoundText(%s, %d): %v", text, n, terr)
		}
		want, _ := strconv.ParseFloat(string(out), 64)
		if want == 0 && math.Signbit(x) {
			want = math.Copysign(0, -1)
		}
		if r != want {
			t.Fatalf("RoundDisplayed(%v, %d, %v) = %v; the displayed %s rounds to %s", x, n, md, r, text, out)
		}
	})
}

// FuzzFields checks pyparse.AppendFields (Python's line.split(), which
// the CLI uses to read the operands of a line): no panic, fields are
// non-empty sub-slices of the line in order, contain no white space, and
// joining them back with the white space between gives the line.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"1 2", "  -7\t2 \r\n", "", " ", "\x1c1\x1d2\x1e3\x1f", "a\u00a0b\u2028c\u3000", "\xff 1 \xfe", "1\x852", "١٢ ٣"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		fields := pyparse.AppendFields(nil, line)
		rest := line
		for _, fd := range fields {
			if len(fd) == 0 {
				t.Fatalf("empty field in %q", line)
			}
			// Skip the white space runes before the field; searching bytes
			// instead could find a field such as "\x80" inside the UTF-8
			// encoding of a space (U+3000 is E3 80 80).
			for len(rest) > 0 {
				r, size := utf8.DecodeRune(rest)
				if r == utf8.RuneError && size == 1 || !pyparse.IsSpace(r) {
					break
				}
				rest = rest[size:]
			}
			if !bytes.HasPrefix(rest, fd) {
				t.Fatalf("field %q of %q (%q) is not next after white space in %q", fd, line, fields, rest)
			}
			i := 0
			for j := 0; j < len(fd); {
				r, size := utf8.DecodeRune(fd[j:])
				if size > 1 || r != utf8.RuneError {
					if pyparse.IsSpace(r) {
						t.Fatalf("field %q of %q holds white space", fd, line)
					}
				}
				j += size
			}
			rest = rest[i+len(fd):]
		}
		for _, r := range string(rest) {
			if !pyparse.IsSpace(r) {
				t.Fatalf("trailing non-space in %q: fields %q", line, fields)
			}
		}
	})
}

// FuzzBreakdown checks the mixed-radix breakdown on int64 (Breakdown),
// big ints (BreakdownBig) and decimals (BreakdownDecimal): no panic, the
// three agree on the same integers, the parts recompose the value, and
// every count after the first and the remainder lie in [0, unit).
func FuzzBreakdown(f *testing.F) {
	f.Add(int64(90061), int64(86400), int64(3600), int64(60), int64(1), int32(0))
	f.Add(int64(-1), int64(3600), int64(60), int64(1), int64(1), int32(0))
	f.Add(int64(math.MinInt64), int64(-1), int64(7), int64(3), int64(1), int32(0))
	f.Add(int64(math.MaxInt64), int64(1), int64(1), int64(1), int64(1), int32(-2))
	f.Add(int64(5), int64(0), int64(3), int64(2), int64(1), int32(30))
	f.Fuzz(func(t *testing.T, v, u1, u2, u3, u4 int64, shift int32) {
		units := []int64{u1, u2, u3, u4}
		counts, rem, err := convert.Breakdown(v, units)
		bad := u1 <= 0 || u2 <= 0 || u3 <= 0 || u4 <= 0
		if (err != nil) != bad {
			t.Fatalf("Breakdown(%d, %v): err %v", v, units, err)
		}
		bu := make([]*big.Int, len(units))
		du := make([]decimal.Decimal, len(units))
		for i, u := range units {
			bu[i] = big.NewInt(u)
			du[i] = decimal.New(u, shift%40)
		}
		bc, brem, berr := convert.BreakdownBig(big.NewInt(v), bu)
		if (berr != nil) != bad {
			t.Fatalf("BreakdownBig(%d, %v): err %v", v, units, berr)
		}
		dv := decimal.New(v, shift%40)
		var dc []decimal.Decimal
		var drem decimal.Decimal
		var derr error
		bounded(t, 2*time.Second, "BreakdownDecimal", func() { dc, drem, derr = convert.BreakdownDecimal(dv, du) })
		if bad {
			if derr == nil {
				t.Fatalf("BreakdownDecimal accepted units %v", du)
			}
			return
		}
		sum := new(big.Int).Set(brem)
		for i := range units {
			if counts[i] != bc[i].Int64() || !bc[i].IsInt64() {
				t.Fatalf("Breakdown(%d, %v) = %v, big %v", v, units, counts, bc)
			}
			sum.Add(sum, new(big.Int).Mul(bc[i], bu[i]))
			if i > 0 && bc[i].Sign() < 0 {
				t.Fatalf("count %d of %d is %v: only the first may be negative", i, v, bc[i])
			}
		}
		if rem != brem.Int64() || sum.Cmp(big.NewInt(v)) != 0 || brem.Sign() < 0 || brem.Cmp(bu[3]) >= 0 {
			t.Fatalf("Breakdown(%d, %v) = %v rem %d (big rem %v): does not recompose", v, units, counts, rem, brem)
		}
		if derr != nil {
			if len(dv.Coefficient().String()) < 30 {
				t.Fatalf("BreakdownDecimal(%v, %v): %v", dv, du, derr)
			}
			return
		}
		dsum := drem
		for i := range du {
			if dc[i].Exponent() >= 0 && !dc[i].Equal(decimal.NewFromBigInt(bc[i], 0)) {
				t.Fatalf("BreakdownDecimal(%v, %v) count %d = %v, int %v", dv, du, i, dc[i], bc[i])
			}
			dsum = dsum.Add(dc[i].Mul(du[i]))
		}
		if !dsum.Equal(dv) || drem.IsNegative() || drem.GreaterThanOrEqual(du[3]) {
			t.Fatalf("BreakdownDecimal(%v, %v) = %v rem %v: does not recompose", dv, du, dc, drem)
		}
	})
}
