package pyfmt_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"

	"github.com/pyround/pyround/pyfmt"
)

func TestReprTable(t *testing.T) {
	// Values written as Go variables so that -0.0 and 0.1+0.2 behave as
	// runtime float64s (constants are exact and have no negative zero).
	zero, tenth, fifth := 0.0, 0.1, 0.2
	for _, tc := range []struct {
		x    float64
		want string
	}{
		{zero, "0.0"}, {-zero, "-0.0"}, {1, "1.0"}, {-1, "-1.0"}, {tenth, "0.1"},
		{tenth + fifth, "0.30000000000000004"}, {1e15, "1000000000000000.0"},
		{9999999999999998.0, "9999999999999998.0"}, {1e16, "1e+16"}, {1.5e16, "1.5e+16"},
		{12345678901234567.0, "1.2345678901234568e+16"}, {1 << 60, "1.152921504606847e+18"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e-5, "1.5e-05"}, {0.00012345, "0.00012345"},
		{1e-7, "1e-07"}, {1e100, "1e+100"}, {5e-324, "5e-324"},
		{1.7976931348623157e308, "1.7976931348623157e+308"}, {1234567890123456.7, "1234567890123456.8"},
		{math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.NaN(), "nan"},
		{math.Copysign(math.NaN(), -1), "nan"}, {123, "123.0"}, {0.5, "0.5"}, {1e22, "1e+22"},
	} {
		if got := pyfmt.Repr(tc.x); got != tc.want {
			t.Errorf("Repr(%v) = %q, want %q", tc.x, got, tc.want)
		}
	}
}

// TestReprPython checks testdata/repr.tsv, written by gen_pyfmt.py.
func TestReprPython(t *testing.T) {
	rows := readTSV(t, "repr.tsv")
	for _, r := range rows {
		b, err := strconv.ParseUint(r[0], 16, 64)
		if err != nil {
			t.Fatal(err)
		}
		x := math.Float64frombits(b)
		if got := string(pyfmt.AppendRepr(nil, x)); got != r[1] {
			t.Errorf("AppendRepr(%#016x) = %q, Python %q", b, got, r[1])
		}
	}
	if len(rows) < 9000 {
		t.Fatalf("only %d rows in repr.tsv", len(rows))
	}
}

// randomFloat returns a float64 from random bits, a subnormal one time in
// eight, never NaN.
func randomFloat(r *rand.Rand) float64 {
	for {
		b := r.Uint64()
		if r.IntN(8) == 0 {
			b &^= 0x7ff << 52 // subnormal (or zero)
		}
		x := math.Float64frombits(b)
		if !math.IsNaN(x) {
			return x
		}
	}
}

// shortestDigits returns the significant digits of a decimal text without
// leading or trailing zeros ("0" for zero).
func shortestDigits(s string) string {
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimLeft(s, "-")
	s = strings.Replace(s, ".", "", 1)
	s = strings.Trim(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func TestReprRoundTrip(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 0, 32)
	for i := 0; i < n; i++ {
		x := randomFloat(r)
		got := pyfmt.AppendRepr(buf[:0], x)
		y, err := strconv.ParseFloat(string(got), 64)
		if err != nil || math.Float64bits(y) != math.Float64bits(x) {
			t.Fatalf("AppendRepr(%#016x) = %q, reads back as %v (%v)", math.Float64bits(x), got, y, err)
		}
		want := strconv.FormatFloat(x, 'e', -1, 64)
		if shortestDigits(string(got)) != shortestDigits(want) {
			t.Fatalf("AppendRepr(%#016x) = %q, digits differ from strconv's %q", math.Float64bits(x), got, want)
		}
		// Layout: exponent notation iff |x| < 1e-4 or |x| >= 1e16 (zero positional).
		a := math.Abs(x)
		sci := strings.Contains(string(got), "e")
		if wantSci := a != 0 && (a < 1e-4 || a >= 1e16); sci != wantSci {
			t.Fatalf("AppendRepr(%v) = %q: exponent notation %v, want %v", x, got, sci, wantSci)
		}
	}
}

// TestReprLive compares with python3's repr on 50k random floats.
func TestReprLive(t *testing.T) {
	n := oracle.CaseCount(t, 50_000)
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 3))
	xs := make([]float64, n)
	in := make([]string, n)
	for i := range xs {
		switch i % 4 {
		case 0, 1:
			xs[i] = randomFloat(r)
		case 2: // near the layout thresholds
			xs[i] = (r.Float64() + 0.5) * math.Pow10(r.IntN(30)-10)
		default: // short decimals
			xs[i] = math.Round(r.NormFloat64()*1e6) / math.Pow10(r.IntN(9))
		}
		in[i] = strconv.FormatUint(math.Float64bits(xs[i]), 16)
	}
	out := oracle.Start(t).RunScript(t, `
import sys, struct
w = sys.stdout.write
for line in sys.stdin:
    w(repr(struct.unpack('>d', int(line, 16).to_bytes(8, 'big'))[0]) + '\n')
`, in)
	bad := 0
	for i, x := range xs {
		if got := pyfmt.Repr(x); got != out[i] {
			t.Errorf("Repr(%#016x) = %q, Python %q", math.Float64bits(x), got, out[i])
			if bad++; bad > 20 {
				t.FailNow()
			}
		}
	}
}

func TestReprAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 32)
	xs := []float64{0, 1.5, 1e300, -5e-324, 123456789012345.6, math.NaN(), 1e-5}
	allocs := testing.AllocsPerRun(100, func() {
		for _, x := range xs {
			buf = pyfmt.AppendRepr(buf[:0], x)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendRepr allocates %v times per run", allocs)
	}
}

var benchFloats = func() []float64 {
	r := rand.New(rand.NewPCG(7, 8))
	xs := make([]float64, 1<<16)
	for i := range xs {
		if i%2 == 0 {
			xs[i] = randomFloat(r)
		} else {
			xs[i] = math.Round(r.NormFloat64()*1e6) / math.Pow10(r.IntN(9))
		}
	}
	return xs
}()

func BenchmarkAppendRepr(b *testing.B) {
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = pyfmt.AppendRepr(buf[:0], benchFloats[i&(len(benchFloats)-1)])
	}
}

func BenchmarkStrconvAppendFloatG(b *testing.B) {
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = strconv.AppendFloat(buf[:0], benchFloats[i&(len(benchFloats)-1)], 'g', -1, 64)
	}
}
