package pyparse_test

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"

	"github.com/pyround/pyround/pyparse"
)

// randomDigits returns n random digits, with runs of zeros now and then.
func randomDigits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		if r.IntN(4) == 0 {
			b[i] = '0'
		} else {
			b[i] = byte('0' + r.IntN(10))
		}
	}
	return string(b)
}

// midpointText returns the exact decimal text of the midpoint between x > 0
// and the next float64 up.
func midpointText(x float64) string {
	lo := new(big.Float).SetPrec(2000).SetFloat64(x)
	hi := new(big.Float).SetPrec(2000).SetFloat64(math.Nextafter(x, math.Inf(1)))
	m := new(big.Float).SetPrec(2000).Add(lo, hi)
	m.Quo(m, big.NewFloat(2))
	s := m.Text('f', 1100)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// TestNormalizeLong checks the rewriting used for texts of 800 characters or
// more, and Float, against math/big's exact conversion, including exact
// midpoints between doubles and midpoints disturbed far beyond the 780 kept
// digits.
func TestNormalizeLong(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	check := func(s string) {
		t.Helper()
		// The exact value, correctly rounded by math/big.
		q, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("bad test input %.60s", s)
		}
		want, _ := q.Float64()
		if want == 0 && strings.HasPrefix(s, "-") {
			want = math.Copysign(0, -1)
		}
		n := pyparse.NormalizeLong([]byte(s))
		got, err := strconv.ParseFloat(string(n), 64)
		if (err != nil && !math.IsInf(got, 0)) || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("%.60s... (%d chars) = %v, normalized %.60s... = %v, %v", s, len(s), want, n, got, err)
		}
		if f, err := pyparse.Float(s); err != nil || math.Float64bits(f) != math.Float64bits(want) {
			t.Fatalf("Float(%.60s... (%d chars)) = %v, %v; want %v", s, len(s), f, err, want)
		}
	}
	for i := 0; i < 3000; i++ {
		var s string
		switch i % 3 {
		case 0: // random digits, random point, random exponent
			d := randomDigits(r, 1+r.IntN(3000))
			if k := r.IntN(len(d) + 1); r.IntN(2) == 0 {
				d = d[:k] + "." + d[k:]
			}
			if d == "." {
				d = "0."
			}
			s = d + "e" + strconv.Itoa(r.IntN(4000)-2000)
			if r.IntN(3) == 0 {
				s = "0." + strings.Repeat("0", r.IntN(500)) + d
				s = strings.Replace(s, ".", "", strings.Count(s, ".")-1)
			}
		default: // midpoints and near-midpoints
			var x float64
			for x = 0; x == 0 || math.IsInf(x, 0) || math.IsNaN(x); {
				x = math.Abs(math.Float64frombits(r.Uint64()))
			}
			m := midpointText(x)
			if !strings.Contains(m, ".") {
				m += "."
			}
			switch r.IntN(3) {
			case 0:
				s = m
			case 1: // just above the midpoint, far beyond the kept digits
				s = m + strings.Repeat("0", 1000+r.IntN(500)) + "1"
			default: // just below: decrement the last digit, append 9s
				j := len(m) - 1
				for m[j] == '0' || m[j] == '.' {
					j--
				}
				s = m[:j] + string(m[j]-1) + m[j+1:] + strings.Repeat("9", 1000)
			}
			if r.IntN(2) == 0 {
				s = "-" + s
			}
		}
		check(s)
	}
	for _, s := range []string{"0", "-0.000", ".5", "5.", "1" + strings.Repeat("0", 900) + "e-900"} {
		check(s)
	}
	for s, want := range map[string]float64{"0e999999999999999": 0, "1e-99999999999": 0,
		"-9e99999999999": math.Inf(-1), strings.Repeat("1", 900) + "e-500": math.Inf(1)} {
		n := pyparse.NormalizeLong([]byte(s))
		if got, _ := strconv.ParseFloat(string(n), 64); got != want {
			t.Errorf("%.40s normalized to %.40s = %v, want %v", s, n, got, want)
		}
	}
}

// TestLongLive compares Float with python3 on texts of 700 to 200000
// characters, where strconv alone would misread some exponents.
func TestLongLive(t *testing.T) {
	n := oracle.CaseCount(t, 20_000) / 50
	r := rand.New(rand.NewPCG(rand.Uint64(), 5))
	in := make([]string, n)
	for i := range in {
		nd := 700 + r.IntN(2000)
		if i%3 == 0 {
			nd = 9000 + r.IntN(50000)
		}
		if i%10 == 0 {
			nd = 100000 + r.IntN(100000)
		}
		d := randomDigits(r, nd)
		var s string
		switch i % 4 {
		case 0:
			s = d + "e-" + strconv.Itoa(nd-r.IntN(700))
		case 1:
			s = "0." + strings.Repeat("0", nd) + d[:r.IntN(30)+1] + "e" + strconv.Itoa(nd+r.IntN(600)-300)
		case 2:
			s = " -" + d[:5] + "_" + d[5:nd/2] + "." + d[nd/2:] + "e-" + strconv.Itoa(nd/2+r.IntN(700)-350) + " "
		default:
			s = d[:nd/3] + "." + d[nd/3:] + "E" + strconv.Itoa(r.IntN(2000000)-1000000)
		}
		b, _ := json.Marshal(s)
		in[i] = string(b)
	}
	out := oracle.Start(t).RunScript(t, `
import json, struct, sys
for line in sys.stdin:
    try:
        r = '%016x' % struct.unpack('>Q', struct.pack('>d', float(json.loads(line))))[0]
    except ValueError as e:
        r = '!ValueError'
    print(r)
`, in)
	for i, line := range in {
		var s string
		_ = json.Unmarshal([]byte(line), &s)
		got := gotFloat(s)
		if strings.HasPrefix(got, "!") {
			got = "!ValueError"
		}
		if got != out[i] {
			t.Errorf("Float(%.40q... %d chars) = %s, Python %s", s, len(s), got, out[i])
		}
	}
}
