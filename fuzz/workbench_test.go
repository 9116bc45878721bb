package fuzz

import (
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/pyround/pyround/workbench"
)

// FuzzWorkbench checks the workbench and the conventions it compares on
// any float64 and any n: no panic, every convention answers within a
// time bound (n is clamped to [-20, 100] by the conventions, rejected by
// Explain outside it), and the answers that have an independent
// reference agree with it: Python's round is rounding.Round, C's printf
// is strconv's 'f' (both correctly rounded half-even on the exact value;
// printf takes a negative precision as 6),
// and Explain's HALF_EVEN line is Python's round.
func FuzzWorkbench(f *testing.F) {
	for _, s := range []struct {
		x float64
		n int
	}{{2.675, 2}, {0.125, 2}, {1.005, 2}, {-0.0, 1}, {5e-324, 100}, {math.MaxFloat64, 0}, {1e22, -3}, {0.5, 101}} {
		f.Add(math.Float64bits(s.x), s.n)
	}
	f.Fuzz(func(t *testing.T, bits uint64, n int) {
		x := math.Float64frombits(bits)
		for _, c := range conventions.All() {
			start := time.Now()
			got := c.Apply(x, n)
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("%s(%v, %d) took %v", c.ID, x, n, d)
			}
			if got == "" {
				t.Fatalf("%s(%v, %d): empty answer", c.ID, x, n)
			}
		}
		places := min(max(n, conventions.MinPlaces), conventions.MaxPlaces)
		if got, want := conventions.PythonRound(x, n), rounding.Round(x, places); !sameFloat(got, want) {
			t.Fatalf("PythonRound(%v, %d) = %v, rounding.Round gives %v", x, n, got, want)
		}
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			prec := places
			if prec < 0 {
				prec = 6
			}
			if got, want := conventions.CPrintf(x, n), strconv.FormatFloat(x, 'f', prec, 64); got != want {
				t.Fatalf("CPrintf(%v, %d) = %q, strconv gives %q", x, n, got, want)
			}
		}
		e, err := workbench.Explain(x, n)
		if math.IsNaN(x) || math.IsInf(x, 0) || n < conventions.MinPlaces || n > conventions.MaxPlaces {
			if err == nil {
				t.Fatalf("Explain(%v, %d) = %+v, want an error", x, n, e)
			}
			return
		}
		if err != nil {
			t.Fatalf("Explain(%v, %d): %v", x, n, err)
		}
		for _, m := range e.Modes {
			if m.Mode == rounding.HalfEven.String() {
				if want := pyfmt.Repr(rounding.Round(x, n)); m.Exact != want {
					t.Fatalf("Explain(%v, %d): HALF_EVEN %q, round() gives %q", x, n, m.Exact, want)
				}
				return
			}
		}
		t.Fatalf("Explain(%v, %d): no HALF_EVEN line in %+v", x, n, e.Modes)
	})
}
