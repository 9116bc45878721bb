package convert_test

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/shopspring/decimal"
)

// evalBreakdown is gen_time.py's breakdown case: AS int (int64), big or
// decimal; units comma-separated; the answer "COUNTS<TAB>REM".
func evalBreakdown(t testing.TB, as, value, units string) string {
	var us []string
	if units != "" {
		us = strings.Split(units, ",")
	}
	join := func(counts []string, rem string) string { return strings.Join(counts, ",") + "\t" + rem }
	switch as {
	case "int":
		u := make([]int64, len(us))
		for i, s := range us {
			u[i] = timeInt(t, s)
		}
		counts, rem, err := convert.Breakdown(timeInt(t, value), u)
		if err != nil {
			return "!" + err.Error()
		}
		return join(texts(counts, func(c int64) string { return strconv.FormatInt(c, 10) }), strconv.FormatInt(rem, 10))
	case "big":
		v, _ := new(big.Int).SetString(value, 10)
		u := make([]*big.Int, len(us))
		for i, s := range us {
			u[i], _ = new(big.Int).SetString(s, 10)
		}
		counts, rem, err := convert.BreakdownBig(v, u)
		if err != nil {
			return "!" + err.Error()
		}
		return join(texts(counts, (*big.Int).String), rem.String())
	}
	v := decimal.RequireFromString(value)
	u := make([]decimal.Decimal, len(us))
	for i, s := range us {
		u[i] = decimal.RequireFromString(s)
	}
	counts, rem, err := convert.BreakdownDecimal(v, u)
	if err != nil {
		return "!" + err.Error()
	}
	return join(texts(counts, decimal.Decimal.String), rem.String())
}

// texts returns each value's text.
func texts[T any](vs []T, text func(T) string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = text(v)
	}
	return out
}

// TestBreakdownGolden replays testdata/breakdown.tsv: the divmod loop of
// gen_time.py on ints, big ints and decimals, negative values,
// fractional decimal units and non-positive units.
func TestBreakdownGolden(t *testing.T) {
	cases := loadTimeTable(t, "breakdown.tsv")
	bad := 0
	for _, c := range cases {
		got := evalTime(t, c.args)
		if got != c.want && !sameDecimals(got, c.want) {
			if bad++; bad <= 20 {
				t.Errorf("%q: got %q, Python %q", c.args, got, c.want)
			}
		}
	}
	t.Logf("%d cases checked", len(cases))
}

// sameDecimals reports whether two "COUNTS<TAB>REM" answers hold equal
// decimal values (Python keeps trailing zeros that shopspring drops).
func sameDecimals(a, b string) bool {
	fa := strings.FieldsFunc(a, func(r rune) bool { return r == ',' || r == '\t' })
	fb := strings.FieldsFunc(b, func(r rune) bool { return r == ',' || r == '\t' })
	if len(fa) != len(fb) || strings.HasPrefix(a, "!") || strings.HasPrefix(b, "!") {
		return false
	}
	for i := range fa {
		x, err1 := decimal.NewFromString(fa[i])
		y, err2 := decimal.NewFromString(fb[i])
		if err1 != nil || err2 != nil || !x.Equal(y) {
			return false
		}
	}
	return true
}

// TestBreakdownRecomposes checks with gopter that counts·units + rem is
// the input, later counts and rem lie in [0, unit), for int64, big and
// decimal breakdowns.
func TestBreakdownRecomposes(t *testing.T) {
	props := proptest.Properties(t, 5000)
	units := gen.SliceOfN(4, gen.Int64Range(1, 1_000_000))
	props.Property("int64", prop.ForAll(func(v int64, us []int64) bool {
		counts, rem, err := convert.Breakdown(v, us)
		if err != nil || len(counts) != len(us) {
			return false
		}
		sum := new(big.Int).SetInt64(rem)
		for i, c := range counts {
			sum.Add(sum, new(big.Int).Mul(big.NewInt(c), big.NewInt(us[i])))
			if i > 0 && (c < 0 || c >= us[i-1]/us[i]+1) {
				return false
			}
		}
		last := us[len(us)-1]
		return sum.Cmp(big.NewInt(v)) == 0 && rem >= 0 && rem < last
	}, gen.Int64(), units))
	props.Property("decimal", prop.ForAll(func(v int64, exp int32, us []int64) bool {
		d := decimal.New(v, -exp)
		du := make([]decimal.Decimal, len(us))
		for i, u := range us {
			du[i] = decimal.New(u, -2)
		}
		counts, rem, err := convert.BreakdownDecimal(d, du)
		if err != nil {
			return false
		}
		sum := rem
		for i, c := range counts {
			if !c.Equal(c.Truncate(0)) {
				return false
			}
			sum = sum.Add(c.Mul(du[i]))
		}
		return sum.Equal(d) && rem.Sign() >= 0 && rem.LessThan(du[len(du)-1])
	}, gen.Int64Range(-1e15, 1e15), gen.Int32Range(0, 8), units))
	props.Property("big", prop.ForAll(func(v int64, scale int64, us []int64) bool {
		bv := new(big.Int).Mul(big.NewInt(v), new(big.Int).Exp(big.NewInt(10), big.NewInt(scale), nil))
		bu := make([]*big.Int, len(us))
		for i, u := range us {
			bu[i] = big.NewInt(u)
		}
		counts, rem, err := convert.BreakdownBig(bv, bu)
		if err != nil {
			return false
		}
		sum := new(big.Int).Set(rem)
		for i, c := range counts {
			sum.Add(sum, new(big.Int).Mul(c, bu[i]))
		}
		return sum.Cmp(bv) == 0 && rem.Sign() >= 0 && rem.Cmp(bu[len(bu)-1]) < 0
	}, gen.Int64(), gen.Int64Range(0, 30), units))
	props.TestingRun(t)
}

func TestAppendBreakdownAllocs(t *testing.T) {
	units := []int64{604800, 86400, 3600, 60, 1}
	dst := make([]int64, 0, 8)
	if n := testing.AllocsPerRun(100, func() { dst, _, _ = convert.AppendBreakdown(dst[:0], -1234567, units) }); n != 0 {
		t.Errorf("AppendBreakdown allocates %v times", n)
	}
}

func BenchmarkAppendBreakdown(b *testing.B) {
	units := []int64{604800, 86400, 3600, 60, 1}
	dst := make([]int64, 0, 8)
	for i := int64(0); b.Loop(); i++ {
		dst, _, _ = convert.AppendBreakdown(dst[:0], i*7919-1e9, units)
	}
}

// TestBreakdownLive compares fresh random breakdowns (int64, big and
// decimal, negative values, fractional and bad units) with gen_time.py's
// divmod loop under python3.
func TestBreakdownLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 5))
	n := oracle.CaseCount(t, 5000)
	intUnits := []string{"604800,86400,3600,60,1", "3600,60", "12", "100,25,10,5,1", "7,3", "1", "60,0", "5,-1", ""}
	decUnits := []string{"3600,60,1", "0.05", "1,0.25,0.05,0.01", "2.5,0.3", "10,1,0.1", "1,0", "0.001"}
	var cases []timeCase
	var lines []string
	for range n {
		var c []string
		switch r.IntN(3) {
		case 0:
			c = []string{"breakdown", "int", strconv.FormatInt(int64(r.Uint64())>>r.IntN(64), 10), intUnits[r.IntN(len(intUnits))]}
		case 1:
			v := new(big.Int).Lsh(big.NewInt(int64(r.Uint64())), uint(r.IntN(100)))
			c = []string{"breakdown", "big", v.String(), intUnits[r.IntN(len(intUnits))]}
		default:
			v := decimal.New(int64(r.Uint64())>>r.IntN(64), -int32(r.IntN(10)))
			c = []string{"breakdown", "decimal", v.String(), decUnits[r.IntN(len(decUnits))]}
		}
		cases = append(cases, timeCase{args: c})
		lines = append(lines, strings.Join(c, "\t"))
	}
	want := o.RunScript(t, liveTimeScript(t), lines)
	bad := 0
	for i, c := range cases {
		if got := evalTime(t, c.args); got != want[i] && !sameDecimals(got, want[i]) {
			if bad++; bad <= 20 {
				t.Errorf("%q: got %q, Python %q", c.args, got, want[i])
			}
		}
	}
	t.Logf("%d cases checked", len(cases))
}
