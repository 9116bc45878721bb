package pyfmt_test

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

func TestAppendAPDTable(t *testing.T) {
	big := func(s string, exp int32, neg bool) *apd.Decimal {
		d := &apd.Decimal{Exponent: exp, Negative: neg}
		if _, ok := d.Coeff.SetString(s, 10); !ok {
			t.Fatalf("bad coefficient %q", s)
		}
		return d
	}
	nan := func(form apd.Form, payload int64, neg bool) *apd.Decimal {
		d := &apd.Decimal{Form: form, Negative: neg}
		d.Coeff.SetInt64(payload)
		return d
	}
	long := strings.Repeat("9", 45)
	for _, tc := range []struct {
		x         *apd.Decimal
		str, repr string
	}{
		{apd.New(15, -1), "1.5", "Decimal('1.5')"},
		{apd.New(150, -2), "1.50", "Decimal('1.50')"},
		{apd.New(-7, 0), "-7", "Decimal('-7')"},
		{apd.New(1, 2), "1E+2", "Decimal('1E+2')"},
		{apd.New(123, 1), "1.23E+3", "Decimal('1.23E+3')"},
		{apd.New(1, -7), "1E-7", "Decimal('1E-7')"},
		{apd.New(0, -6), "0.000000", "Decimal('0.000000')"},
		{apd.New(0, 3), "0E+3", "Decimal('0E+3')"},
		{&apd.Decimal{Negative: true}, "-0", "Decimal('-0')"},
		{&apd.Decimal{Negative: true, Exponent: -1}, "-0.0", "Decimal('-0.0')"},
		{apd.New(5, math.MaxInt32), "5E+2147483647", "Decimal('5E+2147483647')"},
		{apd.New(12, math.MinInt32), "1.2E-2147483647", "Decimal('1.2E-2147483647')"},
		{big(long, -44, true), "-9." + long[1:], "Decimal('-9." + long[1:] + "')"},
		{big(long, 0, false), long, "Decimal('" + long + "')"},
		{big("18446744073709551616", -20, false), "0.18446744073709551616", "Decimal('0.18446744073709551616')"},
		// apd requires a non-negative Coeff; a negative one prints its magnitude.
		{big("-25", -1, false), "2.5", "Decimal('2.5')"},
		{big("-"+long, 0, true), "-" + long, "Decimal('-" + long + "')"},
		{&apd.Decimal{Form: apd.Infinite}, "Infinity", "Decimal('Infinity')"},
		{&apd.Decimal{Form: apd.Infinite, Negative: true, Exponent: 7}, "-Infinity", "Decimal('-Infinity')"},
		{nan(apd.Infinite, 99, false), "Infinity", "Decimal('Infinity')"},
		{nan(apd.NaN, 0, false), "NaN", "Decimal('NaN')"},
		{nan(apd.NaN, 0, true), "-NaN", "Decimal('-NaN')"},
		{nan(apd.NaN, 123, false), "NaN123", "Decimal('NaN123')"},
		{nan(apd.NaNSignaling, 0, false), "sNaN", "Decimal('sNaN')"},
		{nan(apd.NaNSignaling, 1, false), "sNaN1", "Decimal('sNaN1')"},
		{nan(apd.NaNSignaling, 45, true), "-sNaN45", "Decimal('-sNaN45')"},
		{nan(apd.NaN, -8, false), "NaN8", "Decimal('NaN8')"},
		{&apd.Decimal{Form: apd.Form(9), Negative: true}, "-NaN", "Decimal('-NaN')"},
	} {
		if got := string(pyfmt.AppendAPD([]byte("x"), tc.x)); got != "x"+tc.str {
			t.Errorf("AppendAPD(%v %v %v %v) = %q, want %q", tc.x.Form, tc.x.Negative, &tc.x.Coeff, tc.x.Exponent, got[1:], tc.str)
		}
		if got := string(pyfmt.AppendAPDRepr([]byte("x"), tc.x)); got != "x"+tc.repr {
			t.Errorf("AppendAPDRepr(%v %v %v %v) = %q, want %q", tc.x.Form, tc.x.Negative, &tc.x.Coeff, tc.x.Exponent, got[1:], tc.repr)
		}
	}
}

// apdTexts returns Decimal texts for the differential test: fixed edge
// cases and n random ones from r.
func apdTexts(r *rand.Rand, n int) []string {
	texts := []string{
		"0", "-0", "0.00", "-0.000", "0E+3", "0E-7", "-0E-6", "1.5", "-1.50", "1E+2", "123E+1", "1e5",
		"0.000001", "0.0000001", "12.34E-10", "NaN", "-NaN", "NaN123", "-NaN0012", "sNaN", "sNaN1",
		"-sNaN45", "nan", "Inf", "-Infinity", "infinity", "1E+2147483647", "1E-2147483648",
		"12345678901234567890", "18446744073709551615", "18446744073709551616", "-99999999999999999999",
		strings.Repeat("7", 40) + "E-20", "NaN" + strings.Repeat("9", 30), "1" + strings.Repeat("0", 4400),
		"0." + strings.Repeat("3", 5000), "9" + strings.Repeat("1", 3000) + "E+10",
	}
	for range n {
		var b strings.Builder
		if r.IntN(3) == 0 {
			b.WriteByte('-')
		}
		nd := []int{1, 3, 19, 20, 21, 39, 40, 80, 300}[r.IntN(9)]
		nd = 1 + r.IntN(nd)
		for i := range nd {
			c := byte('0' + r.IntN(10))
			if i == 0 && nd > 1 && c == '0' {
				c = '1'
			}
			b.WriteByte(c)
		}
		fmt.Fprintf(&b, "E%d", r.IntN(80)-50)
		texts = append(texts, b.String())
	}
	return texts
}

// TestAPDPython checks str() and repr() of Decimal(text) against python3,
// converting with pyparse.APD.
func TestAPDPython(t *testing.T) {
	seed := oracle.Seed(t)
	texts := apdTexts(rand.New(rand.NewPCG(uint64(seed), 1)), oracle.CaseCount(t, 3000))
	want := oracle.Start(t).RunScript(t, `
import sys
from decimal import Decimal
for line in sys.stdin:
    d = Decimal(line.rstrip("\n"))
    print(str(d) + "\t" + repr(d))
`, texts)
	var z apd.Decimal
	var buf []byte
	bad := 0
	for i, s := range texts {
		p, nb, err := pyparse.ParseDecimal(buf[:0], s)
		buf = nb
		if err != nil {
			t.Fatalf("ParseDecimal(%q): %v", s, err)
		}
		if _, err := pyparse.APD(p, &z); err != nil {
			t.Fatalf("APD(%q): %v", s, err)
		}
		got := string(pyfmt.AppendAPD(nil, &z)) + "\t" + string(pyfmt.AppendAPDRepr(nil, &z))
		if got != want[i] {
			if bad++; bad <= 10 {
				t.Errorf("Decimal(%.60q): got %.100q, python3 %.100q", s, got, want[i])
			}
		}
	}
}

func TestAPDAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 64)
	xs := []*apd.Decimal{
		apd.New(-123456789012345678, -40), apd.New(0, 5), {Form: apd.Infinite, Negative: true},
		{Form: apd.NaNSignaling}, apd.New(math.MaxInt64, math.MinInt32),
	}
	xs[3].Coeff.SetInt64(42)
	wide := &apd.Decimal{Exponent: -20}
	wide.Coeff.SetString("340282366920938463463374607431768211455", 10) // 2^128 - 1
	xs = append(xs, wide)
	allocs := testing.AllocsPerRun(100, func() {
		for _, x := range xs {
			buf = pyfmt.AppendAPD(buf[:0], x)
			buf = pyfmt.AppendAPDRepr(buf[:0], x)
		}
	})
	if allocs != 0 {
		t.Errorf("AppendAPD allocates %v times", allocs)
	}
}

func ExampleAppendAPD() {
	for _, x := range []*apd.Decimal{apd.New(150, -2), apd.New(-1, 7), apd.New(-0, -3), {Form: apd.Infinite, Negative: true}} {
		fmt.Println(string(pyfmt.AppendAPD(nil, x)))
	}
	// Output:
	// 1.50
	// -1E+7
	// 0.000
	// -Infinity
}

func ExampleAppendAPDRepr() {
	// print((Decimal('-3'), Decimal('-1'))) shows the items' repr.
	q, r := apd.New(-3, 0), apd.New(-1, 0)
	out := pyfmt.AppendAPDRepr([]byte("("), q)
	out = pyfmt.AppendAPDRepr(append(out, ", "...), r)
	fmt.Println(string(append(out, ')')))
	// Output: (Decimal('-3'), Decimal('-1'))
}

// TestAppendAPDCoefficientSizes checks coefficients around the uint64 and
// 128-bit boundaries (apd's inline storage) against math/big.
func TestAppendAPDCoefficientSizes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for bitsN := 60; bitsN <= 200; bitsN++ {
		for range 20 {
			var want big.Int
			want.SetBit(&want, bitsN-1, 1)
			for i := range bitsN - 1 {
				if r.IntN(2) == 1 {
					want.SetBit(&want, i, 1)
				}
			}
			if r.IntN(5) == 0 { // 10^k - 1 and 10^k
				want.Exp(big.NewInt(10), big.NewInt(int64(bitsN*3/10)), nil)
				want.Sub(&want, big.NewInt(int64(r.IntN(2))))
			}
			x := &apd.Decimal{Negative: r.IntN(2) == 0}
			x.Coeff.SetMathBigInt(&want)
			if r.IntN(3) == 0 {
				x.Coeff.Neg(&x.Coeff) // a negative Coeff prints its magnitude
			}
			got := string(pyfmt.AppendAPD(nil, x))
			w := want.String()
			if x.Negative {
				w = "-" + w
			}
			if got != w {
				t.Fatalf("AppendAPD of %d-bit coefficient %s = %s", bitsN, want.String(), got)
			}
		}
	}
}
