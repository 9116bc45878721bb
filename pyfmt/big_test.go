package pyfmt_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pyfmt"
)

// Huge precisions: pyfmt computes a float's exact digits and counts the
// zeros after them (and a Decimal's padding zeros) instead of writing
// them one by one. These tests compare those paths with implementations
// that write every digit: strconv for floats, apd for Decimals, at
// precisions around and well beyond the exact digits. The live tests
// against python3 are in pyops (TestFormatBigLive).

// bigPrecs are precisions around exactSigPrec (800) and exactFixedPrec
// (1100), the most fraction digits of a float (1074), and beyond.
var bigPrecs = []int{767, 799, 800, 801, 1073, 1074, 1075, 1099, 1100, 1101, 4099, 65_537, 300_001}

func bigFloats(r *rand.Rand) []float64 {
	xs := []float64{0, 2.5, 0.1, 1234567.891, 5e-324, 2.2250738585072014e-308, math.MaxFloat64, 1e-300, 1.5e300, 0.125, 1e22, 9.5}
	for range 12 {
		xs = append(xs, math.Float64frombits(r.Uint64()&^(1<<63)))
	}
	return xs
}

func mustSpec(t *testing.T, s string) pyfmt.Spec {
	t.Helper()
	sp, err := pyfmt.ParseSpec(s)
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// TestFormatFloatBigPrecision: 'f', 'e' and '%' with a huge precision,
// plain (written straight into dst) and padded or signed (laid out), are
// strconv's digits.
func TestFormatFloatBigPrecision(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 18))
	for _, x := range bigFloats(r) {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			continue
		}
		for _, prec := range bigPrecs {
			p := strconv.Itoa(prec)
			f := strconv.FormatFloat(x, 'f', prec, 64)
			e := strconv.FormatFloat(x, 'e', prec, 64)
			neg := "-" + f
			for _, c := range []struct{ spec, want string }{
				{"." + p + "f", f},
				{"." + p + "e", e},
				{"." + p + "E", strings.ToUpper(e)},
				{"+." + p + "F", "+" + f},
				{"*<" + strconv.Itoa(len(f)+9) + "." + p + "f", f + strings.Repeat("*", 9)},
			} {
				got, err := pyfmt.AppendFormatFloat(nil, x, mustSpec(t, c.spec))
				if err != nil || string(got) != c.want {
					t.Fatalf("format(%v, %q) = %d bytes %.80q..., %v; want %d bytes %.80q", x, c.spec, len(got), got, err, len(c.want), c.want)
				}
			}
			if y := x * 100; !math.IsInf(y, 0) {
				want := strconv.FormatFloat(y, 'f', prec, 64) + "%"
				if got, err := pyfmt.AppendFormatFloat(nil, x, mustSpec(t, "."+p+"%")); err != nil || string(got) != want {
					t.Fatalf("format(%v, %q) = %.80q, %v; want %.80q", x, "."+p+"%", got, err, want)
				}
			}
			if got, _ := pyfmt.AppendFormatFloat(nil, -x, mustSpec(t, "."+p+"f")); x != 0 && string(got) != neg {
				t.Fatalf("format(%v, %q) = %.80q, want %.80q", -x, "."+p+"f", got, neg)
			}
		}
	}
}

// TestFormatFloatBigAltG: '#g' keeps its trailing zeros; beyond the
// exact digits a larger precision adds zeros before the exponent, or at
// the end.
func TestFormatFloatBigAltG(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 18))
	for _, x := range append(bigFloats(r), 1e-7, -1.5e-7, 123.0) {
		short, err := pyfmt.AppendFormatFloat(nil, x, mustSpec(t, "#.800g"))
		if err != nil {
			t.Fatal(err)
		}
		at := strings.IndexAny(string(short), "e")
		if at < 0 {
			at = len(short)
		}
		for _, prec := range []int{801, 1101, 65_537} {
			want := string(short[:at]) + strings.Repeat("0", prec-800) + string(short[at:])
			for _, spec := range []string{"#." + strconv.Itoa(prec) + "g", "#0" + strconv.Itoa(len(want)) + "." + strconv.Itoa(prec)} {
				got, err := pyfmt.AppendFormatFloat(nil, x, mustSpec(t, spec))
				if err != nil || string(got) != want {
					t.Fatalf("format(%v, %q) = %.80q, %v; want %.80q", x, spec, got, err, want)
				}
			}
		}
	}
}

// TestFormatAPDBigPrecision: a Decimal with '.{prec}f' is apd's
// Quantize to prec places (half even) written out by apd (whose
// exponents stop at ±100000).
func TestFormatAPDBigPrecision(t *testing.T) {
	ctx := apd.BaseContext.WithPrecision(200_000)
	ctx.Rounding = apd.RoundHalfEven
	for _, s := range []string{"1234.5678", "-0.000", "1E+5", "-1E-7", "123456789012345678901234567890.5", "0", "9.9999", "7E-1100"} {
		x, _, err := apd.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, prec := range []int{3, 1100, 65_537} {
			var q apd.Decimal
			if _, err := ctx.Quantize(&q, x, -int32(prec)); err != nil {
				t.Fatalf("apd Quantize(%s, %d): %v", s, -prec, err)
			}
			want := q.Text('f')
			sp, err := pyfmt.ParseSpecFor("."+strconv.Itoa(prec)+"f", "decimal.Decimal")
			if err != nil {
				t.Fatal(err)
			}
			got, err := pyfmt.AppendFormatAPD(nil, x, sp)
			if err != nil || string(got) != want {
				t.Fatalf("format(Decimal(%q), '.%df') = %.80q, %v; want %.80q", s, prec, got, err, want)
			}
		}
	}
}

// TestFormatBigAllocs: with room in dst, huge precisions and widths
// allocate nothing either (the text before the zeros is on the stack).
func TestFormatBigAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 1<<18)
	var sps []pyfmt.Spec
	for _, s := range []string{".1200f", ".100000f", "*^3000_.1200f", "0=2000,.900e", "+.100000E", ",.100000%", "ç<100000", "0100000,"} {
		sps = append(sps, mustSpec(t, s))
	}
	xs := []float64{2.5, -1.5e300, 5e-324, math.Inf(-1)}
	allocs := testing.AllocsPerRun(20, func() {
		for _, sp := range sps {
			for _, x := range xs {
				buf, _ = pyfmt.AppendFormatFloat(buf[:0], x, sp)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("AppendFormatFloat allocates %v times per run", allocs)
	}
	dsp, err := pyfmt.ParseSpecFor("0100000,.50000f", "decimal.Decimal")
	if err != nil {
		t.Fatal(err)
	}
	d, _, _ := apd.NewFromString("-1234567.891")
	allocs = testing.AllocsPerRun(20, func() { buf, _ = pyfmt.AppendFormatAPD(buf[:0], d, dsp) })
	if allocs != 0 {
		t.Errorf("AppendFormatAPD allocates %v times per run", allocs)
	}
}
