package rounding_test

import (
	"testing"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
)

// TestRoundDisplayedNegativeN checks rounding to tens, hundreds, ... of the
// value as displayed against python3 (3.11.7), which printed every row with
//
//	from decimal import *
//	for m in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
//	          ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
//	    with localcontext() as c:
//	        c.prec = 400
//	        print(repr(float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-n), rounding=m))))
func TestRoundDisplayedNegativeN(t *testing.T) {
	names := [8]string{"HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"}
	for _, c := range []struct {
		x    float64
		n    int
		want [8]string
	}{
		{125, -1, [8]string{"120.0", "130.0", "120.0", "130.0", "120.0", "130.0", "120.0", "120.0"}},
		{135, -1, [8]string{"140.0", "140.0", "130.0", "140.0", "130.0", "140.0", "130.0", "130.0"}},
		{-25, -1, [8]string{"-20.0", "-30.0", "-20.0", "-30.0", "-20.0", "-20.0", "-30.0", "-20.0"}},
		{2500, -3, [8]string{"2000.0", "3000.0", "2000.0", "3000.0", "2000.0", "3000.0", "2000.0", "2000.0"}},
		{150000, -5, [8]string{"200000.0", "200000.0", "100000.0", "200000.0", "100000.0", "200000.0", "100000.0", "100000.0"}},
		{12.5, -1, [8]string{"10.0", "10.0", "10.0", "20.0", "10.0", "20.0", "10.0", "10.0"}},
		{-4.5, -1, [8]string{"-0.0", "-0.0", "-0.0", "-10.0", "-0.0", "-0.0", "-10.0", "-10.0"}},
		{0.001, -2, [8]string{"0.0", "0.0", "0.0", "100.0", "0.0", "100.0", "0.0", "100.0"}},
		{1e20, -5, [8]string{"1e+20", "1e+20", "1e+20", "1e+20", "1e+20", "1e+20", "1e+20", "1e+20"}},
		{949.9999999999999, -2, [8]string{"900.0", "900.0", "900.0", "1000.0", "900.0", "1000.0", "900.0", "900.0"}},
		{5, -1, [8]string{"0.0", "10.0", "0.0", "10.0", "0.0", "10.0", "0.0", "10.0"}},
		{-150, -2, [8]string{"-200.0", "-200.0", "-100.0", "-200.0", "-100.0", "-100.0", "-200.0", "-100.0"}},
		{1.5e15, -4, [8]string{"1500000000000000.0", "1500000000000000.0", "1500000000000000.0", "1500000000000000.0", "1500000000000000.0", "1500000000000000.0", "1500000000000000.0", "1500000000000000.0"}},
	} {
		for i, name := range names {
			m, err := rounding.ParseMode(name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := rounding.RoundDisplayed(c.x, c.n, m)
			if err != nil || pyfmt.Repr(got) != c.want[i] {
				t.Errorf("RoundDisplayed(%v, %d, %s) = %s, %v; python3 gives %s", c.x, c.n, name, pyfmt.Repr(got), err, c.want[i])
			}
		}
	}
}
