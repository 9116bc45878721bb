package rounding_test

import (
	"testing"

	"github.com/pyround/pyround/rounding"
)

// The hot paths allocate nothing: one value rounded per call, millions of
// times in a pipeline. (RoundFloat's exact big-integer path, for
// |x·10^n| >= 2^52, |n| > 22 and subnormals, allocates; its doc says so.)
func TestHotPathsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	cases := map[string]func(){
		"Round":          func() { sinkF = rounding.Round(2.675, 2) },
		"RoundFloat Up":  func() { sinkF, _ = rounding.RoundFloat(-1234.5678, -2, rounding.Up) },
		"RoundToInt":     func() { v, _, _ := rounding.RoundToInt(-2.5, rounding.Floor); sinkF = float64(v) },
		"RoundInt":       func() { v, _ := rounding.RoundInt(int64(-35), -1, rounding.HalfEven); sinkF = float64(v) },
		"RoundDisplayed": func() { sinkF, _ = rounding.RoundDisplayed(2.675, 2, rounding.HalfUp) },
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}
