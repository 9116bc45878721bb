package pyfmt_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"

	"github.com/pyround/pyround/pyfmt"
)

var tsvUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\r`, "\r", `\n`, "\n")

// formatValue formats a value column (f:<bits> or i:<decimal>) with a spec
// as the string wrappers do, returning the result or "!Type: message".
func formatValue(tb testing.TB, v, spec string) string {
	tb.Helper()
	var s string
	var err error
	switch {
	case strings.HasPrefix(v, "f:"):
		b, perr := strconv.ParseUint(v[2:], 16, 64)
		if perr != nil {
			tb.Fatal(perr)
		}
		s, err = pyfmt.FormatFloat(math.Float64frombits(b), spec)
	case strings.HasPrefix(v, "i:"):
		x, ok := new(big.Int).SetString(v[2:], 10)
		if !ok {
			tb.Fatalf("bad int %q", v)
		}
		s, err = pyfmt.FormatBigInt(x, spec)
		if x.IsInt64() {
			s2, err2 := pyfmt.FormatInt(x.Int64(), spec)
			if s2 != s || (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
				tb.Errorf("FormatInt(%s, %q) = %q, %v; FormatBigInt gives %q, %v", v, spec, s2, err2, s, err)
			}
		}
	default:
		tb.Fatalf("bad value %q", v)
	}
	if err != nil {
		return "!" + err.Error()
	}
	return s
}

// TestFormatPython replays testdata/format.tsv, written by gen_format.py.
func TestFormatPython(t *testing.T) {
	replayFormatTSV(t, "format.tsv", 20000, formatValue)
}

// replayFormatTSV checks every (value, spec, Python's result) row of a
// testdata table against format, stopping after 30 mismatches.
func replayFormatTSV(t *testing.T, name string, minRows int, format func(tb testing.TB, value, spec string) string) {
	t.Helper()
	rows := readTSV(t, name)
	bad := 0
	for _, r := range rows {
		spec, want := tsvUnescaper.Replace(r[1]), tsvUnescaper.Replace(r[2])
		if got := format(t, r[0], spec); got != want {
			t.Errorf("%s: format(%s, %q) = %q, Python %q", name, r[0], spec, got, want)
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
	if len(rows) < minRows {
		t.Fatalf("only %d rows in %s", len(rows), name)
	}
}

func TestFormatTable(t *testing.T) {
	zero := 0.0
	for _, tc := range []struct {
		x          float64
		spec, want string
	}{
		{3.14, "011,.2f", "0,000,003.14"}, {2.675, ".2f", "2.67"}, {0.125, ".2f", "0.12"},
		{0.375, ".2f", "0.38"}, {-0.004, ".2f", "-0.00"}, {-0.01, "z.1f", "0.0"},
		{1e23, "f", "99999999999999991611392.000000"}, {999999.5, "g", "1e+06"},
		{1, ".1", "1e+00"}, {12, ".3", "12.0"}, {123456, ".6", "1.23456e+05"},
		{123456, ".6g", "123456"}, {0.0015, ".1%", "0.1%"}, {0.0065, ".1%", "0.7%"},
		{1e20, ",", "1e+20"}, {-3.14159, "=10.2f", "-     3.14"}, {1234.5, "08,.1f", "01,234.5"},
		{math.Inf(1), "F", "INF"}, {math.NaN(), ".2f", "nan"}, {-zero, "g", "-0"}, {1, "#g", "1.00000"},
		{2.5, "#.0e", "2.e+00"}, {1e16, "#", "1.e+16"}, {1.5, "ç^9", "ççç1.5ççç"},
	} {
		if got, err := pyfmt.FormatFloat(tc.x, tc.spec); got != tc.want || err != nil {
			t.Errorf("FormatFloat(%v, %q) = %q, %v; want %q", tc.x, tc.spec, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		x          string
		spec, want string
	}{
		{"1234567", ",", "1,234,567"}, {"255", "#_b", "0b1111_1111"}, {"-5", "05d", "-0005"},
		{"9007199254740993", ".1f", "9007199254740992.0"}, {"9007199254740993", "d", "9007199254740993"},
		{"1234", "%", "123400.000000%"},
		{"1" + strings.Repeat("0", 400), "f", "!OverflowError: int too large to convert to float"},
		{"5", ".2d", "!ValueError: Precision not allowed in integer format specifier"},
		{"5", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
		{"1114112", "c", "!OverflowError: %c arg not in range(0x110000)"},
		{"5", "ab", "!ValueError: Invalid format specifier 'ab' for object of type 'int'"},
		{"1" + strings.Repeat("0", 5000), ",", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
		{"1" + strings.Repeat("0", 4300), "10", "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
		{"1" + strings.Repeat("0", 5000), ".2d", "!ValueError: Precision not allowed in integer format specifier"},
		{"18446744073709551616", "c", "!OverflowError: Python int too large to convert to C long"},
		{"-1", "c", "!OverflowError: %c arg not in range(0x110000)"},
		{"5", "1111111111111111111", "!MemoryError"},
	} {
		if got := formatValue(t, "i:"+tc.x, tc.spec); got != tc.want {
			t.Errorf("format(%s, %q) = %q, want %q", tc.x, tc.spec, got, tc.want)
		}
	}
	if s, err := pyfmt.FormatBigInt(new(big.Int).Neg(new(big.Int).Sub(new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil), big.NewInt(1))), ""); err != nil || len(s) != 4301 {
		t.Errorf("FormatBigInt(-(10**4300-1)) = %.20q..., %v", s, err)
	}
	if _, err := pyfmt.FormatFloat(1.5, "d"); err == nil || err.Error() != "ValueError: Unknown format code 'd' for object of type 'float'" {
		t.Errorf("FormatFloat(1.5, \"d\") error %v", err)
	}
}

// specShape describes how random format specs are drawn: every field of
// the mini-language, with the chances and alphabets a value type needs.
type specShape struct {
	fills        []string
	z, hash      int      // chances in 20 of the z and # flags
	seps         []string // drawn 1 time in 4; "" means no grouping
	precChance   int      // chance in 10 of a precision
	precMax      int
	types, other string   // the type's own codes, and codes drawn 1 time in 5 instead
	bad          []string // 1 time in 20, a code Python rejects
}

var (
	floatSpecs = specShape{
		fills: []string{"", " ", "*", "0", "x", "ç", "<", "=", "#", "_", ",", "中"},
		z:     2, hash: 5, seps: []string{",", ",", "_", "_", "_", ",,", "_,", ",_"},
		precChance: 6, precMax: 25, types: "eEfFgGn%", other: "bcdoxXn",
		bad: []string{"s", "a", "é", "fx", "%%"},
	}
	intSpecs = func() specShape {
		s := floatSpecs
		s.precChance, s.types, s.other = 1, "bcdoxXn", "eEfFgGn%"
		return s
	}()
	decimalSpecs = specShape{
		fills: []string{"", " ", "*", "0", "x", "z", "ç", "<", "=", "#", "_", ",", "中", "\x00"},
		z:     3, hash: 1, seps: []string{",", ",", ",", ",", "_", ",,", "_,", ",_"},
		precChance: 6, precMax: 40, types: "eEfFgGnN%",
		bad: []string{"d", "s", "x", "é", "fx", "%%", "z"},
	}
)

// rand returns a random spec of the shape.
func (sh specShape) rand(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(10) < 4 {
		b.WriteString(sh.fills[r.IntN(len(sh.fills))])
		b.WriteByte("<>^="[r.IntN(4)])
	}
	if r.IntN(10) < 4 {
		b.WriteByte("+- "[r.IntN(3)])
	}
	if r.IntN(20) < sh.z {
		b.WriteByte('z')
	}
	if r.IntN(20) < sh.hash {
		b.WriteByte('#')
	}
	if r.IntN(4) == 0 {
		b.WriteByte('0')
	}
	if r.IntN(2) == 0 {
		b.WriteString(strconv.Itoa(r.IntN(30)))
	}
	if r.IntN(4) == 0 {
		b.WriteString(sh.seps[r.IntN(len(sh.seps))])
	}
	if r.IntN(10) < sh.precChance {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(r.IntN(sh.precMax)))
	}
	switch k := r.IntN(20); {
	case k < 3:
	case k < 19:
		codes := sh.types
		if sh.other != "" && r.IntN(5) == 0 {
			codes = sh.other
		}
		b.WriteByte(codes[r.IntN(len(codes))])
	default:
		b.WriteString(sh.bad[r.IntN(len(sh.bad))])
	}
	return b.String()
}

// TestFormatLive compares with python3's format() on random values and specs.
func TestFormatLive(t *testing.T) {
	n := oracle.CaseCount(t, 20000)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 4))
	vals := make([]string, n)
	specs := make([]string, n)
	in := make([]string, n)
	for i := range in {
		var v string
		if i%2 == 0 {
			var x float64
			switch r.IntN(4) {
			case 0:
				x = randomFloat(r)
			case 1:
				x = float64(r.IntN(2_000_001)-1_000_000) / float64(uint64(1)<<r.IntN(12))
			case 2:
				x = math.Round(r.NormFloat64()*1e6) / math.Pow10(r.IntN(9))
			default:
				x = (r.Float64() + 0.5) * math.Pow10(r.IntN(30)-10)
			}
			v = "f:" + strconv.FormatUint(math.Float64bits(x), 16)
			specs[i] = floatSpecs.rand(r)
		} else {
			x := new(big.Int)
			switch r.IntN(4) {
			case 0:
				x.SetInt64(int64(r.IntN(2000) - 1000))
			case 1:
				x.SetInt64(int64(r.IntN(0xD800))) // no lone surrogates for 'c'
			case 2:
				x.SetInt64(r.Int64() >> r.IntN(63))
			default:
				for range 5 {
					x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(r.Uint64()))
				}
				x.Rsh(x, uint(r.IntN(320)))
			}
			if r.IntN(2) == 0 {
				x.Neg(x)
			}
			if x.IsInt64() && x.Int64() >= 0xD800 && x.Int64() <= 0xDFFF {
				// Python's 'c' would give a lone surrogate, which has no
				// UTF-8 form; AppendFormatInt writes U+FFFD.
				x.SetInt64(x.Int64() + 0x800)
			}
			v = "i:" + x.String()
			specs[i] = intSpecs.rand(r)
		}
		vals[i] = v
	}
	out := pythonFormat(t, vals, specs)
	bad := 0
	for i := range vals {
		want := out[i]
		if got := formatValue(t, vals[i], specs[i]); got != want {
			t.Errorf("format(%s, %q) = %q, Python %q", vals[i], specs[i], got, want)
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
}

func TestFormatAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 512)
	specs := []string{".2f", ",.3e", "+012,.4g", "", ".6", "%", "*^20_.1f", "+.1f", "z.3E", ".20g"}
	var sps []pyfmt.Spec
	for _, s := range specs {
		sp, err := pyfmt.ParseSpec(s)
		if err != nil {
			t.Fatal(err)
		}
		sps = append(sps, sp)
	}
	xs := []float64{0, 1.5, 1e300, -5e-324, 123456789012345.6, math.NaN(), 1e-5, 2.675}
	allocs := testing.AllocsPerRun(100, func() {
		for _, sp := range sps {
			for _, x := range xs {
				buf, _ = pyfmt.AppendFormatFloat(buf[:0], x, sp)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("AppendFormatFloat allocates %v times per run", allocs)
	}
	isp, _ := pyfmt.ParseSpecFor("#_x", "int")
	allocs = testing.AllocsPerRun(100, func() {
		buf, _ = pyfmt.AppendFormatInt(buf[:0], -123456789, isp)
	})
	if allocs != 0 {
		t.Errorf("AppendFormatInt allocates %v times per run", allocs)
	}
}

func BenchmarkAppendFormatFloat2f(b *testing.B) {
	sp, err := pyfmt.ParseSpec(".2f")
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 400)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf, _ = pyfmt.AppendFormatFloat(buf[:0], benchFloats[i&(len(benchFloats)-1)], sp)
	}
}

func BenchmarkStrconvAppendFloatF2(b *testing.B) {
	buf := make([]byte, 0, 400)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = strconv.AppendFloat(buf[:0], benchFloats[i&(len(benchFloats)-1)], 'f', 2, 64)
	}
}

func BenchmarkAppendFormatFloatPadded(b *testing.B) {
	sp, err := pyfmt.ParseSpec("*>+20,.3f")
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 800)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf, _ = pyfmt.AppendFormatFloat(buf[:0], benchFloats[i&(len(benchFloats)-1)], sp)
	}
}

func BenchmarkAppendFormatInt(b *testing.B) {
	sp, err := pyfmt.ParseSpecFor("#_x", "int")
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf, _ = pyfmt.AppendFormatInt(buf[:0], int64(uint64(i)*0x9e3779b97f4a7c15), sp)
	}
}

// The short-decimal half of benchFloats (odd indices): typical money-like
// values, where fixed costs weigh most.
func BenchmarkAppendFormatFloat2fShort(b *testing.B) {
	sp, err := pyfmt.ParseSpec(".2f")
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 400)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf, _ = pyfmt.AppendFormatFloat(buf[:0], benchFloats[(2*i+1)&(len(benchFloats)-1)], sp)
	}
}

func BenchmarkStrconvAppendFloatF2Short(b *testing.B) {
	buf := make([]byte, 0, 400)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = strconv.AppendFloat(buf[:0], benchFloats[(2*i+1)&(len(benchFloats)-1)], 'f', 2, 64)
	}
}
