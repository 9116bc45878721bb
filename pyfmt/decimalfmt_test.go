package pyfmt_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// formatDecimal formats Python Decimal text with a spec through
// pyparse.ParseDecimal, pyparse.APD and pyfmt.FormatAPD, returning the
// result or "!Type: message". It also checks that AppendFormatAPD on the
// Spec parsed once (ParseSpecFor "decimal.Decimal") agrees, and that a
// spec ParseSpecFor rejects fails FormatAPD with the same error.
func formatDecimal(tb testing.TB, v, spec string) string {
	tb.Helper()
	d, _, err := pyparse.ParseDecimal(nil, v)
	if err != nil {
		tb.Fatalf("ParseDecimal(%q): %v", v, err)
	}
	var z apd.Decimal
	x, err := pyparse.APD(d, &z)
	if err != nil {
		tb.Fatalf("APD(%q): %v", v, err)
	}
	s, err := pyfmt.FormatAPD(x, spec)
	res := s
	if err != nil {
		res = "!" + err.Error()
	}
	sp, perr := pyfmt.ParseSpecFor(spec, "decimal.Decimal")
	if perr != nil && "!"+perr.Error() != res {
		tb.Errorf("ParseSpecFor(%q, decimal.Decimal): %v; FormatAPD(%s) %q", spec, perr, v, res)
	}
	if perr == nil {
		b, err2 := pyfmt.AppendFormatAPD([]byte("pre"), x, sp)
		res2 := strings.TrimPrefix(string(b), "pre")
		if err2 != nil {
			res2 = "!" + err2.Error()
			if string(b) != "pre" {
				tb.Errorf("AppendFormatAPD(%s, %q) changed dst on error", v, spec)
			}
		}
		if res2 != res {
			tb.Errorf("AppendFormatAPD(%s, %q) = %q; FormatAPD %q", v, spec, res2, res)
		}
	}
	return res
}

// TestFormatAPDPython replays testdata/decimal_format.tsv, written by
// gen_decimal_format.py.
func TestFormatAPDPython(t *testing.T) {
	replayFormatTSV(t, "decimal_format.tsv", 10000, formatDecimal)
}

func TestFormatAPDTable(t *testing.T) {
	for _, tc := range []struct{ v, spec, want string }{
		{"2.675", ".2f", "2.68"}, {"1E+2", "f", "100"}, {"1E+2", "", "1E+2"},
		{"1.23", "e", "1.23e+0"}, {"1234567.5", ",.0f", "1,234,568"}, {"0.125", ".1%", "12.5%"},
		{"1", "d", "!ValueError: invalid format string"}, {"-0", "z", "0"},
		{"-Infinity", "010,", " -Infinity"}, {"12345", "010,", "00,012,345"},
		{"12345", "0=10,", "000012,345"}, {"sNaN12", "10", "    sNaN12"},
		{"1", ".1000000000000000000", "!ValueError: format specification exceeds internal limits of _decimal"},
		{"1", "1000000000000", "!MemoryError"}, {"1e5", ".3", "1E+5"}, {"9.99", ".1f", "10.0"},
	} {
		if got := formatDecimal(t, tc.v, tc.spec); got != tc.want {
			t.Errorf("format(Decimal(%q), %q) = %q, want %q", tc.v, tc.spec, got, tc.want)
		}
	}
}

func randDecText(r *rand.Rand, small bool) string {
	if r.IntN(40) == 0 {
		return []string{"NaN", "-NaN", "sNaN", "-sNaN7", "NaN123", "Infinity", "-Infinity"}[r.IntN(7)]
	}
	var c string
	switch r.IntN(6) {
	case 0:
		c = "0"
	case 1:
		c = strconv.Itoa(r.IntN(1000))
	case 2:
		c = strconv.FormatUint(r.Uint64()>>r.IntN(64), 10) + []string{"5", "50", "49", "51", "5000001", "95"}[r.IntN(6)]
	case 3:
		c = []string{"9", "99", "9999999", "99999999999999999999", "1", "10", "5", "15", "25"}[r.IntN(9)]
	default:
		var sb strings.Builder
		for range 1 + r.IntN(70) {
			sb.WriteByte(byte('0' + r.IntN(10)))
		}
		c = sb.String()
	}
	var e int
	if small {
		e = r.IntN(60) - 40
	} else {
		switch r.IntN(4) {
		case 0:
			e = r.IntN(20) - 12
		case 1:
			e = r.IntN(80) - 40
		case 2:
			e = r.IntN(2_000_000) - 1_000_000
		default:
			e = []int{-1 << 31, 1<<31 - 200, -999999999, 999999999}[r.IntN(4)]
		}
	}
	sign := ""
	if r.IntN(5) < 2 {
		sign = "-"
	}
	return sign + c + "E" + strconv.Itoa(e)
}

// TestFormatAPDLive compares with python3's format(Decimal) on random
// decimals and specs.
func TestFormatAPDLive(t *testing.T) {
	n := oracle.CaseCount(t, 20000)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 11))
	vals := make([]string, n)
	specs := make([]string, n)
	for i := range specs {
		specs[i] = decimalSpecs.rand(r)
		last := specs[i][max(0, len(specs[i])-1):]
		vals[i] = randDecText(r, last == "f" || last == "F" || last == "%")
	}
	out := pythonFormatDecimals(t, vals, specs)
	bad := 0
	for i := range specs {
		want := out[i]
		if got := formatDecimal(t, vals[i], specs[i]); got != want {
			t.Errorf("format(Decimal(%q), %q) = %q, Python %q", vals[i], specs[i], got, want)
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
}

// TestFormatAPDAllocs checks that a Spec parsed once for decimal.Decimal
// formats values of up to 40 digits without allocating, for every type,
// with grouping, padding and rounding that carries into a new digit.
func TestFormatAPDAllocs(t *testing.T) {
	var sps []pyfmt.Spec
	for _, s := range []string{"", ",.2f", "*^30,.3f", "+020,.2f", ".3e", ".4g", "z.1f", "%", ".0%", "12,", "N", ".2E"} {
		sp, err := pyfmt.ParseSpecFor(s, "decimal.Decimal")
		if err != nil {
			t.Fatalf("ParseSpecFor(%q): %v", s, err)
		}
		sps = append(sps, sp)
	}
	var xs []*apd.Decimal
	for _, s := range []string{"-1234567.891", "0", "-0.000", "9.995", "99999999999999999999.5", "1E+30", "-Infinity", "NaN", "2.675", "1E-30"} {
		x, _, err := apd.NewFromString(s)
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, x)
	}
	buf := make([]byte, 0, 256)
	allocs := testing.AllocsPerRun(100, func() {
		for _, sp := range sps {
			for _, x := range xs {
				var err error
				if buf, err = pyfmt.AppendFormatAPD(buf[:0], x, sp); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
	if allocs != 0 {
		t.Errorf("AppendFormatAPD allocates %v times per run", allocs)
	}
}

// BenchmarkAppendFormatAPD formats a Decimal with ',.2f' (a spec parsed
// once), the money column case.
func BenchmarkAppendFormatAPD(b *testing.B) {
	sp, err := pyfmt.ParseSpecFor(",.2f", "decimal.Decimal")
	if err != nil {
		b.Fatal(err)
	}
	x, _, _ := apd.NewFromString("-1234567.891")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = pyfmt.AppendFormatAPD(buf[:0], x, sp)
	}
}

// BenchmarkAPDQuantizeText is the baseline for BenchmarkAppendFormatAPD:
// what a Go program does with apd alone for '.2f' (no grouping): Quantize
// to two places, half-even, then Text('f').
func BenchmarkAPDQuantizeText(b *testing.B) {
	x, _, _ := apd.NewFromString("-1234567.891")
	ctx := apd.BaseContext.WithPrecision(100)
	ctx.Rounding = apd.RoundHalfEven
	var q apd.Decimal
	var s string
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ctx.Quantize(&q, x, -2); err != nil {
			b.Fatal(err)
		}
		s = q.Text('f')
	}
	if s != "-1234567.89" {
		b.Fatal(s)
	}
}

// pythonFormat returns python3's format(v, specs[i]) for each value,
// written "f:" and a float's bits in hex, "i:" and an int, or "d:" and a
// Decimal's text; "!Type: message" ("!Type" for an empty message) when it
// raises. Specs may hold NULs and backslashes.
func pythonFormat(t *testing.T, vals, specs []string) []string {
	t.Helper()
	in := make([]string, len(vals))
	for i := range in {
		in[i] = vals[i] + "\t" + strings.NewReplacer(`\`, `\\`, "\x00", `\0`).Replace(specs[i])
	}
	out := oracle.Start(t).RunScript(t, `
import re, sys, struct
from decimal import Decimal
def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')
w = sys.stdout.write
for line in sys.stdin:
    v, spec = line.rstrip('\n').split('\t')
    spec = re.sub(r'\\(.)', lambda m: '\0' if m.group(1) == '0' else m.group(1), spec)
    if v[0] == 'f':
        v = struct.unpack('>d', int(v[2:], 16).to_bytes(8, 'big'))[0]
    elif v[0] == 'd':
        v = Decimal(v[2:])
    else:
        v = int(v[2:])
    try:
        r = esc(format(v, spec))
    except Exception as e:
        m = str(e)
        r = '!' + type(e).__name__ + (': ' + esc(m) if m else '')
    w(r + '\n')
`, in)
	for i := range out {
		out[i] = tsvUnescaper.Replace(out[i])
	}
	return out
}

// pythonFormatDecimals is pythonFormat on Decimal texts.
func pythonFormatDecimals(t *testing.T, vals, specs []string) []string {
	t.Helper()
	dv := make([]string, len(vals))
	for i, v := range vals {
		dv[i] = "d:" + v
	}
	return pythonFormat(t, dv, specs)
}

// zNulCases are specs where C _decimal's 'z' search (which reads the
// whole spec, and takes a NUL byte for an align or a sign character) meets
// its C-string cut at the first NUL, with python3 3.11.7's answers.
var zNulCases = []struct{ val, spec, want string }{
	{"-0.001", "z\u0000f", "!ValueError: invalid format string"},
	{"-0", "z\u0000f", "!ValueError: invalid format string"},
	{"1234.5", "z\u0000f", "!ValueError: invalid format string"},
	{"-0.04", "z\u0000f", "!ValueError: invalid format string"},
	{"-0.001", "z\u0000", "!ValueError: invalid format string"},
	{"-0", "z\u0000", "!ValueError: invalid format string"},
	{"1234.5", "z\u0000", "!ValueError: invalid format string"},
	{"-0.04", "z\u0000", "!ValueError: invalid format string"},
	{"-0.001", "\u0000z", "!ValueError: invalid format string"},
	{"-0", "\u0000z", "!ValueError: invalid format string"},
	{"1234.5", "\u0000z", "!ValueError: invalid format string"},
	{"-0.04", "\u0000z", "!ValueError: invalid format string"},
	{"-0.001", "z.2\u0000f", "-0.001"},
	{"-0", "z.2\u0000f", "0"},
	{"1234.5", "z.2\u0000f", "1.2E+3"},
	{"-0.04", "z.2\u0000f", "-0.04"},
	{"-0.001", ">5\u0000", "-0.001"},
	{"-0", ">5\u0000", "   -0"},
	{"1234.5", ">5\u0000", "1234.5"},
	{"-0.04", ">5\u0000", "-0.04"},
	{"-0.001", "z>5\u0000", "-0.001"},
	{"-0", "z>5\u0000", "zzz-0"},
	{"1234.5", "z>5\u0000", "1234.5"},
	{"-0.04", "z>5\u0000", "-0.04"},
	{"-0.001", "zf\u0000x", "-0.001"},
	{"-0", "zf\u0000x", "0"},
	{"1234.5", "zf\u0000x", "1234.5"},
	{"-0.04", "zf\u0000x", "-0.04"},
	{"-0.001", "z", "-0.001"},
	{"-0", "z", "0"},
	{"1234.5", "z", "1234.5"},
	{"-0.04", "z", "-0.04"},
	{"-0.001", "z\u0000abc", "!ValueError: invalid format string"},
	{"-0", "z\u0000abc", "!ValueError: invalid format string"},
	{"1234.5", "z\u0000abc", "!ValueError: invalid format string"},
	{"-0.04", "z\u0000abc", "!ValueError: invalid format string"},
	{"-0.001", "z\u0000>8", "!ValueError: invalid format string"},
	{"-0", "z\u0000>8", "!ValueError: invalid format string"},
	{"1234.5", "z\u0000>8", "!ValueError: invalid format string"},
	{"-0.04", "z\u0000>8", "!ValueError: invalid format string"},
	{"-0.001", "z>\u0000", "-0.001"},
	{"-0", "z>\u0000", "-0"},
	{"1234.5", "z>\u0000", "1234.5"},
	{"-0.04", "z>\u0000", "-0.04"},
	{"-0.001", "zx\u0000", "!ValueError: invalid format string"},
	{"-0", "zx\u0000", "!ValueError: invalid format string"},
	{"1234.5", "zx\u0000", "!ValueError: invalid format string"},
	{"-0.04", "zx\u0000", "!ValueError: invalid format string"},
	{"-0.001", "\u0000\u0000", "!ValueError: invalid format string"},
	{"-0", "\u0000\u0000", "!ValueError: invalid format string"},
	{"1234.5", "\u0000\u0000", "!ValueError: invalid format string"},
	{"-0.04", "\u0000\u0000", "!ValueError: invalid format string"},
	{"-0.001", "x\u0000z", "!ValueError: invalid format string"},
	{"-0", "x\u0000z", "!ValueError: invalid format string"},
	{"1234.5", "x\u0000z", "!ValueError: invalid format string"},
	{"-0.04", "x\u0000z", "!ValueError: invalid format string"},
	{"-0.001", "<\u0000", "-0.001"},
	{"-0", "<\u0000", "-0"},
	{"1234.5", "<\u0000", "1234.5"},
	{"-0.04", "<\u0000", "-0.04"},
	{"-0.001", "z<\u0000", "-0.001"},
	{"-0", "z<\u0000", "-0"},
	{"1234.5", "z<\u0000", "1234.5"},
	{"-0.04", "z<\u0000", "-0.04"},
	{"-0.001", "\u0000>z5", "-0.001"},
	{"-0", "\u0000>z5", "\u0000\u0000\u0000\u00000"},
	{"1234.5", "\u0000>z5", "1234.5"},
	{"-0.04", "\u0000>z5", "-0.04"},
	{"-0.001", "\u0000>5\u0000z", "-0.001"},
	{"-0", "\u0000>5\u0000z", "\u0000\u0000\u0000-0"},
	{"1234.5", "\u0000>5\u0000z", "1234.5"},
	{"-0.04", "\u0000>5\u0000z", "-0.04"},
	{"-0.001", ">5\u0000z", "-0.001"},
	{"-0", ">5\u0000z", "   -0"},
	{"1234.5", ">5\u0000z", "1234.5"},
	{"-0.04", ">5\u0000z", "-0.04"},
	{"-0.001", "z+", "-0.001"},
	{"-0", "z+", "+0"},
	{"1234.5", "z+", "+1234.5"},
	{"-0.04", "z+", "-0.04"},
	{"-0.001", "+z", "-0.001"},
	{"-0", "+z", "+0"},
	{"1234.5", "+z", "+1234.5"},
	{"-0.04", "+z", "-0.04"},
	{"-0.001", "z5", "-0.001"},
	{"-0", "z5", "    0"},
	{"1234.5", "z5", "1234.5"},
	{"-0.04", "z5", "-0.04"},
	{"-0.001", "\u0000>z.1f", "0.0"},
	{"-0", "\u0000>z.1f", "0.0"},
	{"1234.5", "\u0000>z.1f", "1234.5"},
	{"-0.04", "\u0000>z.1f", "0.0"},
	{"-0.001", "*<\u0000z", "-0.001"},
	{"-0", "*<\u0000z", "0"},
	{"1234.5", "*<\u0000z", "1234.5"},
	{"-0.04", "*<\u0000z", "-0.04"},
	{"-0.001", "z \u0000", "-0.001"},
	{"-0", "z \u0000", " 0"},
	{"1234.5", "z \u0000", " 1234.5"},
	{"-0.04", "z \u0000", "-0.04"},
	{"-0.001", "\u0000 z.0f", "!ValueError: invalid format string"},
	{"-0", "\u0000 z.0f", "!ValueError: invalid format string"},
	{"1234.5", "\u0000 z.0f", "!ValueError: invalid format string"},
	{"-0.04", "\u0000 z.0f", "!ValueError: invalid format string"},
	{"-0.001", "z\u0000.1f", "!ValueError: invalid format string"},
	{"-0", "z\u0000.1f", "!ValueError: invalid format string"},
	{"1234.5", "z\u0000.1f", "!ValueError: invalid format string"},
	{"-0.04", "z\u0000.1f", "!ValueError: invalid format string"},
	{"-0.001", "\u00e7>z8.1f", "\u00e7\u00e7\u00e7\u00e7\u00e70.0"},
	{"-0", "\u00e7>z8.1f", "\u00e7\u00e7\u00e7\u00e7\u00e70.0"},
	{"1234.5", "\u00e7>z8.1f", "\u00e7\u00e71234.5"},
	{"-0.04", "\u00e7>z8.1f", "\u00e7\u00e7\u00e7\u00e7\u00e70.0"},
	{"-0.001", "\u00e7>\u0000z", "-0.001"},
	{"-0", "\u00e7>\u0000z", "0"},
	{"1234.5", "\u00e7>\u0000z", "1234.5"},
	{"-0.04", "\u00e7>\u0000z", "-0.04"},
}

// TestFormatAPDZNul checks zNulCases, and asks python3 again when present.
func TestFormatAPDZNul(t *testing.T) {
	vals := make([]string, len(zNulCases))
	specs := make([]string, len(zNulCases))
	for i, c := range zNulCases {
		if got := formatDecimal(t, c.val, c.spec); got != c.want {
			t.Errorf("format(Decimal(%q), %q) = %q, want %q", c.val, c.spec, got, c.want)
		}
		vals[i], specs[i] = c.val, c.spec
	}
	for i, want := range pythonFormatDecimals(t, vals, specs) {
		if got := formatDecimal(t, vals[i], specs[i]); got != want {
			t.Errorf("format(Decimal(%q), %q) = %q, Python %q", vals[i], specs[i], got, want)
		}
	}
}
