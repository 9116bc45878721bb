package pyfmt_test

import (
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/pyround/pyround/pyfmt"
)

func TestAppendDecimalTable(t *testing.T) {
	for _, tc := range []struct {
		neg   bool
		coeff string
		exp   int64
		want  string
	}{
		{false, "100", 0, "100"}, {false, "1", 2, "1E+2"}, {false, "123", 1, "1.23E+3"},
		{false, "1", 5, "1E+5"}, {false, "100", -2, "1.00"}, {false, "1", -6, "0.000001"},
		{false, "1", -7, "1E-7"}, {false, "1234", -13, "1.234E-10"}, {true, "0", 0, "-0"},
		{true, "000", -2, "-0.00"}, {false, "0", 3, "0E+3"}, {false, "0", -6, "0.000000"},
		{false, "0", -7, "0E-7"}, {false, "", 0, "0"}, {false, "0012", -1, "1.2"},
		{false, "12", -2, "0.12"}, {false, "12", -3, "0.012"},
		{false, "5", math.MaxInt64, "5E+9223372036854775807"},
		{false, "55", math.MaxInt64, "5.5E+9223372036854775808"},
		{true, "5", math.MinInt64, "-5E-9223372036854775808"},
		{false, "123", math.MinInt64, "1.23E-9223372036854775806"},
		{false, "1", -1999999999999999997, "1E-1999999999999999997"},
	} {
		got := string(pyfmt.AppendDecimal([]byte("x"), tc.neg, []byte(tc.coeff), tc.exp))
		if got != "x"+tc.want {
			t.Errorf("AppendDecimal(%v, %q, %d) = %q, want %q", tc.neg, tc.coeff, tc.exp, got[1:], tc.want)
		}
	}
}

// TestDecimalPython checks testdata/decimal.tsv, written by gen_pyfmt.py.
func TestDecimalPython(t *testing.T) {
	rows := readTSV(t, "decimal.tsv")
	for _, r := range rows {
		neg := r[0] == "1"
		var got string
		switch r[2] {
		case "n":
			got = string(pyfmt.AppendDecimalSpecial(nil, neg, pyfmt.NaN, []byte(r[1])))
		case "N":
			got = string(pyfmt.AppendDecimalSpecial(nil, neg, pyfmt.SNaN, []byte(r[1])))
		case "F":
			got = string(pyfmt.AppendDecimalSpecial(nil, neg, pyfmt.Infinity, []byte(r[1])))
		default:
			exp, err := strconv.ParseInt(r[2], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			got = string(pyfmt.AppendDecimal(nil, neg, []byte(r[1]), exp))
			// The same value through shopspring when the exponent fits.
			if exp >= math.MinInt32 && exp <= math.MaxInt32 && !(neg && isZero(r[1])) {
				c, _ := new(big.Int).SetString(r[1], 10)
				if neg {
					c.Neg(c)
				}
				d := decimal.NewFromBigInt(c, int32(exp))
				if s := pyfmt.DecimalString(d); s != r[3] {
					t.Errorf("DecimalString(%s, %d) = %q, Python %q", c, exp, s, r[3])
				}
			}
		}
		if got != r[3] {
			t.Errorf("AppendDecimal%q = %q, Python %q", r[:3], got, r[3])
		}
	}
	if len(rows) < 3800 {
		t.Fatalf("only %d rows", len(rows))
	}
}

func isZero(digits string) bool {
	for _, c := range digits {
		if c != '0' {
			return false
		}
	}
	return true
}

func TestAppendDecimalSpecial(t *testing.T) {
	for _, tc := range []struct {
		neg     bool
		kind    pyfmt.Special
		payload string
		want    string
	}{
		{false, pyfmt.Infinity, "", "Infinity"}, {true, pyfmt.Infinity, "123", "-Infinity"},
		{false, pyfmt.NaN, "", "NaN"}, {true, pyfmt.NaN, "", "-NaN"}, {false, pyfmt.NaN, "123", "NaN123"},
		{false, pyfmt.NaN, "000", "NaN"}, {false, pyfmt.SNaN, "", "sNaN"}, {true, pyfmt.SNaN, "012", "-sNaN12"},
		{false, pyfmt.Special(0), "", "NaN"}, {false, pyfmt.Special(200), "", "NaN"},
	} {
		if got := string(pyfmt.AppendDecimalSpecial(nil, tc.neg, tc.kind, []byte(tc.payload))); got != tc.want {
			t.Errorf("AppendDecimalSpecial(%v, %d, %q) = %q, want %q", tc.neg, tc.kind, tc.payload, got, tc.want)
		}
	}
}

func TestShopspring(t *testing.T) {
	for _, tc := range []struct {
		d    decimal.Decimal
		want string
	}{
		{decimal.Decimal{}, "0"}, {decimal.New(0, -2), "0.00"}, {decimal.New(-15, -1), "-1.5"},
		{decimal.New(1, 2), "1E+2"}, {decimal.New(12345, -9), "0.000012345"}, {decimal.New(1, -7), "1E-7"},
		{decimal.RequireFromString("-123456789012345678901234567890.5"), "-123456789012345678901234567890.5"},
		{decimal.RequireFromString("1e-30"), "1E-30"}, {decimal.New(math.MinInt64, 0), "-9223372036854775808"},
		{decimal.New(-999999999999999999, 3), "-9.99999999999999999E+20"},
	} {
		if got := pyfmt.DecimalString(tc.d); got != tc.want {
			t.Errorf("DecimalString(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestDecimalAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 64)
	coeff := []byte("000123456789")
	d := decimal.New(-123456789012345678, -40)
	allocs := testing.AllocsPerRun(100, func() {
		buf = pyfmt.AppendDecimal(buf[:0], true, coeff, -3)
		buf = pyfmt.AppendDecimal(buf[:0], false, coeff, 1e18)
		buf = pyfmt.AppendDecimalSpecial(buf[:0], true, pyfmt.SNaN, coeff)
		buf = pyfmt.AppendShopspring(buf[:0], d)
	})
	if allocs != 0 {
		t.Errorf("decimal formatting allocates %v times", allocs)
	}
}
