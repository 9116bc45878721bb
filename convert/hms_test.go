package convert_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pyfmt"
)

// TestHMSGolden replays testdata/hms.tsv: str(timedelta(seconds=v)) and
// the compact and ISO forms for int, big, float and decimal seconds, and
// the parser on valid and malformed texts, all from gen_time.py.
func TestHMSGolden(t *testing.T) {
	checkTimeCases(t, loadTimeTable(t, "hms.tsv"))
}

// randomSecondsText returns an adversarial seconds value for AS.
func randomSecondsText(r *rand.Rand, as string) string {
	switch as {
	case "int":
		switch r.IntN(4) {
		case 0:
			return strconv.FormatInt(r.Int64N(2e6)-1e6, 10)
		case 1:
			base := []int64{86399999999999, 86400000000000, -86399999913600, -86399999913601, 185542587187200, -185542587187200, 86400, 0}
			return strconv.FormatInt(base[r.IntN(len(base))]+r.Int64N(5)-2, 10)
		case 2:
			return strconv.FormatInt(int64(r.Uint64()), 10)
		}
		return strconv.FormatInt(r.Int64N(2e14)-1e14, 10)
	case "float":
		var x float64
		switch r.IntN(5) {
		case 0: // a microsecond tie, as a float
			x = (float64(r.Int64N(2e6)-1e6) + 0.5) * 1e-6
		case 1:
			x = math.Float64frombits(r.Uint64())
		case 2:
			x = (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(24)-8))
		case 3:
			x = float64(r.Int64N(2e12)-1e12) / math.Pow(10, float64(r.IntN(8)))
		default:
			x = math.Nextafter(float64(r.Int64N(200)-100)*0.5e-6, math.Inf(r.IntN(2)*2-1))
		}
		return pyfmt.Repr(x)
	}
	// decimal
	switch r.IntN(4) {
	case 0:
		return strconv.FormatInt(r.Int64N(2e12)-1e12, 10) + "." + strconv.FormatInt(r.Int64N(1e6), 10) + "5"
	case 1:
		return strconv.FormatInt(int64(r.Uint64()), 10) + "E" + strconv.Itoa(r.IntN(60)-40)
	case 2:
		return []string{"NaN", "-sNaN", "Infinity", "-0", "0E-9", "1E+30", "-1E-30", "86399999999999.9999995", "0.0000025", "abc", " 1.5 ", "1_0.5"}[r.IntN(12)]
	}
	return strconv.FormatInt(r.Int64N(2e9)-1e9, 10) + "." + strconv.FormatInt(r.Int64N(1e9), 10)
}

// TestHMSLive sends fresh random cases (int, float, decimal seconds in
// all three formats, and parses of the formatted texts) to gen_time.py
// under python3.
func TestHMSLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 2))
	n := oracle.CaseCount(t, 10000)
	formats := []string{"python", "compact", "iso"}
	var cases []timeCase
	var lines []string
	for range n {
		as := []string{"int", "float", "decimal"}[r.IntN(3)]
		c := []string{"hms", as, randomSecondsText(r, as), formats[r.IntN(3)]}
		if r.IntN(4) == 0 { // parse what pyround printed
			if out := evalTime(t, c); !strings.HasPrefix(out, "!") {
				c = []string{"hmsparse", c[3], out}
			}
		}
		cases = append(cases, timeCase{args: c})
		lines = append(lines, strings.Join(c, "\t"))
	}
	for i, w := range o.RunScript(t, liveTimeScript(t), lines) {
		cases[i].want = w
	}
	checkTimeCases(t, cases)
}

// TestHMSRoundTrip checks with gopter that every format parses back to
// the same duration, for durations anywhere in timedelta's range.
func TestHMSRoundTrip(t *testing.T) {
	props := proptest.Properties(t, 20000)
	props.Property("f.Parse(t.Format(f)) == t", prop.ForAll(
		func(days int64, secs int64, us int64) bool {
			td, err := convert.NewTimedelta(days, secs, us)
			if err != nil {
				return false
			}
			for f := convert.Python; f <= convert.ISO; f++ {
				back, err := f.Parse(td.Format(f))
				if err != nil || back != td {
					t.Logf("%v in %v: %q parses to %v, %v", td, f, td.Format(f), back, err)
					return false
				}
				if auto, err := convert.ParseHMS(td.Format(f)); err != nil || auto != td {
					return false
				}
			}
			return true
		},
		gen.Int64Range(-convert.MaxDays, convert.MaxDays-1),
		gen.Int64Range(-86400, 86400),
		gen.Int64Range(-2_000_000, 2_000_000),
	))
	props.Property("float seconds: exact microseconds near the value", prop.ForAll(
		func(x float64) bool {
			td, err := convert.NewTimedeltaFloat(x)
			if err != nil {
				return math.Abs(x) >= 8.64e13
			}
			d := td.Decimal().InexactFloat64()
			return math.Abs(d-x) <= 1e-6+math.Abs(x)*1e-15
		},
		gen.Float64Range(-9e13, 9e13),
	))
	props.TestingRun(t)
}

// TestHMSErrors pins the error of every failure class (messages checked
// with python3 in gen_time.py / oracle.py).
func TestHMSErrors(t *testing.T) {
	if _, err := convert.ParseHMSFormat("long"); err == nil || err.Error() != "ValueError: unknown duration format 'long'; valid formats: python, compact, iso" {
		t.Errorf("ParseHMSFormat(long) = %v", err)
	}
	for _, s := range []string{"", "-", "P", "1:00", "1x", "PT"} {
		if _, err := convert.ParseHMS(s); err == nil {
			t.Errorf("ParseHMS(%q) succeeded", s)
		}
	}
}

func TestAppendHMSAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() {
		buf, _ = convert.AppendHMS(buf[:0], -86401, convert.Python)
		buf, _ = convert.AppendHMSFloat(buf[:0], 1234567.25, convert.Compact)
		buf, _ = convert.AppendHMSFloat(buf[:0], 1234567.25, convert.ISO)
	}); n != 0 {
		t.Errorf("AppendHMS allocates %v times per run", n)
	}
}

func BenchmarkAppendHMS(b *testing.B) {
	buf := make([]byte, 0, 64)
	for i := 0; b.Loop(); i++ {
		buf, _ = convert.AppendHMS(buf[:0], int64(i)*7919-1e9, convert.Python)
	}
}

func BenchmarkAppendHMSFloat(b *testing.B) {
	buf := make([]byte, 0, 64)
	for i := 0; b.Loop(); i++ {
		buf, _ = convert.AppendHMSFloat(buf[:0], float64(i)*0.123457, convert.Compact)
	}
}

func BenchmarkParseHMS(b *testing.B) {
	for b.Loop() {
		convert.ParseHMS("-1 day, 23:59:58.500000")
	}
}
