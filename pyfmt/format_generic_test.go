package pyfmt_test

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// Expected texts are Python's: format(255, '#x'), format(2**64-1, ','),
// format(2.675, '.2f'), format(Decimal('2.50'), ”), format(Decimal('1.2E+3'), 'f').
func TestFormatGeneric(t *testing.T) {
	tests := []struct {
		v          any
		spec, want string
	}{
		{uint8(255), "#x", "0xff"},
		{uint64(1<<64 - 1), ",", "18,446,744,073,709,551,615"},
		{new(big.Int).Lsh(big.NewInt(1), 70), "_", "1_180_591_620_717_411_303_424"},
		{2.675, ".2f", "2.67"},
		{float32(0.5), "%", "50.000000%"},
		{decimal.New(250, -2), "", "2.50"},
		{decimal.New(12, 2), "f", "1200"},
	}
	for _, tc := range tests {
		if got, err := pyfmt.Format(tc.v, tc.spec); got != tc.want || err != nil {
			t.Errorf("Format(%v, %q) = %q, %v; want %q", tc.v, tc.spec, got, err, tc.want)
		}
	}
	if _, err := pyfmt.Format("x", ""); err == nil {
		t.Error("Format of a string: want a TypeError")
	}
}

// FuzzRepr: every float64 reads back from its repr.
// (TestReprRoundTrip also checks the digits are strconv's shortest.)
func FuzzRepr(f *testing.F) {
	for _, x := range []float64{0.1, 1e16, 1e-5, 5e-324, 1.7976931348623157e308, 9999999999999998} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		s := pyfmt.Repr(x)
		if x != x {
			if s != "nan" {
				t.Fatalf("Repr(NaN) = %q", s)
			}
			return
		}
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || y != x || (x == 0 && 1/x != 1/y) {
			t.Fatalf("Repr(%v) = %q reads back as %v, %v", x, s, y, err)
		}
	})
}
