package pyfmt_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/pyround/pyround/pyfmt"
)

// FuzzFormatSpec checks that no spec makes the parser or the formatters
// panic, and that the string and append forms agree.
func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "011,.2f", "*^20_.1f", "#_b", "z.3E", "ç<+z#012,.5%", ".", ",,", "c", "1111111111111111111"} {
		f.Add(s, 1.5, int64(-255))
	}
	f.Fuzz(func(t *testing.T, spec string, x float64, i int64) {
		sp, err := pyfmt.ParseSpec(spec)
		if err != nil {
			return
		}
		if sp.Width > 1000 || sp.Precision > 1000 {
			return
		}
		b, ferr := pyfmt.AppendFormatFloat(nil, x, sp)
		s, serr := pyfmt.FormatFloat(x, spec)
		if (ferr == nil) != (serr == nil) || (ferr == nil && string(b) != s) {
			t.Fatalf("%q %v: append %q %v, string %q %v", spec, x, b, ferr, s, serr)
		}
		isp, err := pyfmt.ParseSpecFor(spec, "int")
		if err != nil {
			t.Fatalf("ParseSpecFor(%q, int) fails after ParseSpec succeeded: %v", spec, err)
		}
		b, ierr := pyfmt.AppendFormatInt(nil, i, isp)
		bb, berr := pyfmt.AppendFormatBigInt(nil, big.NewInt(i), isp)
		if (ierr == nil) != (berr == nil) || string(b) != string(bb) {
			t.Fatalf("%q %d: int %q %v, big %q %v", spec, i, b, ierr, bb, berr)
		}
		huge := new(big.Int).Lsh(big.NewInt(i|1), 80)
		_, _ = pyfmt.AppendFormatBigInt(nil, huge, isp)
		_, _ = pyfmt.AppendFormatFloat(nil, math.Float64frombits(uint64(i)), sp)
	})
}
