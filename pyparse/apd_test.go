package pyparse_test

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

func TestAPDTable(t *testing.T) {
	for _, tc := range []struct {
		text  string
		form  apd.Form
		neg   bool
		coeff string
		exp   int32
	}{
		{"1.50", apd.Finite, false, "150", -2},
		{"-0.00", apd.Finite, true, "0", -2},
		{"-0", apd.Finite, true, "0", 0},
		{"0E+5", apd.Finite, false, "0", 5},
		{"1_2e-1__0", apd.Finite, false, "12", -10},
		{"-12345678901234567890123", apd.Finite, true, "12345678901234567890123", 0},
		{"18446744073709551615", apd.Finite, false, "18446744073709551615", 0},
		{"00018446744073709551616E3", apd.Finite, false, "18446744073709551616", 3},
		{"1E+2147483647", apd.Finite, false, "1", math.MaxInt32},
		{"123E-2147483648", apd.Finite, false, "123", math.MinInt32},
		{"12E+2147483646", apd.Finite, false, "12", math.MaxInt32 - 1},
		{"Infinity", apd.Infinite, false, "0", 0},
		{"-inf", apd.Infinite, true, "0", 0},
		{"NaN", apd.NaN, false, "0", 0},
		{"-NaN0012", apd.NaN, true, "12", 0},
		{"NaN00", apd.NaN, false, "0", 0},
		{"sNaN", apd.NaNSignaling, false, "0", 0},
		{"-sNaN123456789012345678901234567890", apd.NaNSignaling, true, "123456789012345678901234567890", 0},
	} {
		d, _, err := pyparse.ParseDecimal(nil, tc.text)
		if err != nil {
			t.Fatalf("ParseDecimal(%q): %v", tc.text, err)
		}
		for _, z := range []*apd.Decimal{nil, {Form: apd.NaN, Negative: true, Exponent: 99}} {
			got, err := pyparse.APD(d, z)
			if err != nil {
				t.Errorf("APD(%q): %v", tc.text, err)
				continue
			}
			if z != nil && got != z {
				t.Errorf("APD(%q, z) did not return z", tc.text)
			}
			if got.Form != tc.form || got.Negative != tc.neg || got.Coeff.String() != tc.coeff || got.Exponent != tc.exp {
				t.Errorf("APD(%q) = form %v neg %v coeff %v exp %d; want %v %v %s %d", tc.text,
					got.Form, got.Negative, &got.Coeff, got.Exponent, tc.form, tc.neg, tc.coeff, tc.exp)
			}
		}
	}
}

func TestAPDExponentRange(t *testing.T) {
	for _, s := range []string{"1E+2147483648", "-1E-2147483649", "0E+3000000000", "1e999999999999999999",
		"0.01E-2147483647", "1E-1999999999999999997"} {
		d, _, err := pyparse.ParseDecimal(nil, s)
		if err != nil {
			t.Fatalf("ParseDecimal(%q): %v", s, err)
		}
		z := apd.New(7, 3)
		got, err := pyparse.APD(d, z)
		if !errors.Is(err, pyparse.ErrAPDExponent) {
			t.Errorf("APD(%q) error = %v, want ErrAPDExponent", s, err)
		}
		if got != z || z.Exponent != 3 || z.Coeff.Int64() != 7 {
			t.Errorf("APD(%q) changed z on error", s)
		}
	}
	want := "OverflowError: decimal exponent out of the int32 range of apd (pyround's limit)"
	if got := pyparse.ErrAPDExponent.Error(); got != want {
		t.Errorf("ErrAPDExponent = %q, want %q", got, want)
	}
}

// TestAPDLongCoefficients checks the divide-and-conquer conversion of long
// digit runs against math/big.
func TestAPDLongCoefficients(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{19, 20, 21, 37, 38, 39, 40, 100, 2047, 2048, 2049, 4096, 4097, 10000, 65537, 200000} {
		var b strings.Builder
		b.WriteByte(byte('1' + r.IntN(9)))
		for range n - 1 {
			b.WriteByte(byte('0' + r.IntN(10)))
		}
		s := b.String()
		if n == 4097 {
			s = "9" + strings.Repeat("0", n-1)
		}
		d, _, err := pyparse.ParseDecimal(nil, "-"+s+"E-7")
		if err != nil {
			t.Fatal(err)
		}
		z, err := pyparse.APD(d, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := new(big.Int).SetString(s, 10)
		if z.Coeff.MathBigInt().Cmp(want) != 0 || !z.Negative || z.Exponent != -7 {
			t.Errorf("APD of a %d-digit coefficient differs from math/big", n)
		}
	}
}

func TestAPDAllocs(t *testing.T) {
	skipIfRace(t)
	var ds []pyparse.Decimal
	for _, s := range []string{"-1.50", "1234567890123456789E-5", "sNaN12", "-Infinity", "0E+2147483647",
		"-12345678901234567890", "99999999999999999999999999999999999999E-3", "NaN" + strings.Repeat("7", 38)} {
		d, _, err := pyparse.ParseDecimal(nil, s)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	var z apd.Decimal
	allocs := testing.AllocsPerRun(100, func() {
		for _, d := range ds {
			if _, err := pyparse.APD(d, &z); err != nil {
				t.Fatal(err)
			}
		}
	})
	if allocs != 0 {
		t.Errorf("APD allocates %v times", allocs)
	}
}

func ExampleAPD() {
	for _, s := range []string{"-1.50", "NaN123", "-sNaN", "1E+3000000000"} {
		d, _, err := pyparse.ParseDecimal(nil, s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		x, err := pyparse.APD(d, nil)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(x.Form, x.Negative, &x.Coeff, x.Exponent, "->", string(pyfmt.AppendAPDRepr(nil, x)))
	}
	// Output:
	// Finite true 150 -2 -> Decimal('-1.50')
	// NaN false 123 0 -> Decimal('NaN123')
	// NaNSignaling true 0 0 -> Decimal('-sNaN')
	// OverflowError: decimal exponent out of the int32 range of apd (pyround's limit)
}
