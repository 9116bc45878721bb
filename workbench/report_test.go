package workbench

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestNiceTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   []float64
	}{
		{-0.2895, 5.324, []float64{-1, 0, 1, 2, 3, 4, 5, 6}},
		{0, 10000, []float64{0, 2000, 4000, 6000, 8000, 10000}},
		{-5.5, 5.3, []float64{-6, -4, -2, 0, 2, 4, 6}},
		{0, 0.3, []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}},
		{0, 0.7, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}},
		{0, 3, []float64{0, 0.5, 1, 1.5, 2, 2.5, 3}},
		{0, 1, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{0, 0, []float64{-1, -0.5, 0, 0.5, 1}},
		{5, -5, []float64{-6, -4, -2, 0, 2, 4, 6}},
		{-1e-9, 3e-9, []float64{-1e-09, -5e-10, 0, 5e-10, 1e-09, 1.5e-09, 2e-09, 2.5e-09, 3e-09}[:0]},
	} {
		got := NiceTicks(c.lo, c.hi, 8)
		if len(c.want) > 0 && !reflect.DeepEqual(got, c.want) {
			t.Errorf("NiceTicks(%g, %g, 8) = %v, want %v", c.lo, c.hi, got, c.want)
		}
		checkTicks(t, c.lo, c.hi, got)
	}
	for _, b := range [][2]float64{{-math.MaxFloat64, math.MaxFloat64}, {1e300, 1e300}, {-3.7e-300, 0}, {1, 1e15}, {-123456.789, 0.001}} {
		got := NiceTicks(b[0], b[1], 8)
		if len(got) < 2 || len(got) > 8 {
			t.Errorf("NiceTicks(%g, %g) = %v", b[0], b[1], got)
		}
		for _, v := range got {
			if math.IsInf(v, 0) || math.IsNaN(v) {
				t.Errorf("NiceTicks(%g, %g) = %v", b[0], b[1], got)
			}
		}
	}
	if NiceTicks(math.NaN(), 1, 8) != nil || NiceTicks(0, math.Inf(1), 8) != nil {
		t.Error("non-finite bounds give ticks")
	}
}

// checkTicks: 4 to 8 ticks, covering [lo, hi], evenly spaced by 1, 2 or 5
// × 10^k, each a short decimal.
func checkTicks(t *testing.T, lo, hi float64, ticks []float64) {
	t.Helper()
	lo, hi = min(lo, hi), max(lo, hi)
	if len(ticks) < 4 || len(ticks) > 8 || ticks[0] > lo || ticks[len(ticks)-1] < hi {
		t.Errorf("ticks for [%g, %g]: %v", lo, hi, ticks)
		return
	}
	step := ticks[1] - ticks[0]
	m := step / math.Pow(10, math.Floor(math.Log10(step)))
	if r := math.Round(m); math.Abs(m-r) > 1e-9 || (r != 1 && r != 2 && r != 5) {
		t.Errorf("ticks for [%g, %g]: step %g", lo, hi, step)
	}
	for _, v := range ticks {
		if s := tickLabel(v); len(s) > 8 {
			t.Errorf("ticks for [%g, %g]: %v has a long label %s", lo, hi, ticks, s)
		}
	}
}

func TestDownsample(t *testing.T) {
	x, y := Downsample([]float64{1, 2, 3}, 1000)
	if !reflect.DeepEqual(x, []int{1, 2, 3}) || !reflect.DeepEqual(y, []float64{1, 2, 3}) {
		t.Errorf("short series: %v %v", x, y)
	}
	ys := make([]float64, 100_003)
	for i := range ys {
		ys[i] = math.Sin(float64(i) / 997)
	}
	ys[4321], ys[77777] = 50, -60 // single-value spikes
	ys[0], ys[len(ys)-1] = 0.25, -0.25
	x, y = Downsample(ys, 1000)
	if len(x) > 1000 || len(x) != len(y) || x[0] != 1 || x[len(x)-1] != len(ys) {
		t.Fatalf("%d points, first %d, last %d", len(x), x[0], x[len(x)-1])
	}
	seen := map[float64]bool{}
	for i := range x {
		if i > 0 && x[i] <= x[i-1] {
			t.Fatalf("x not increasing at %d", i)
		}
		if ys[x[i]-1] != y[i] {
			t.Fatalf("point %d is not the series' value", i)
		}
		seen[y[i]] = true
	}
	if !seen[50] || !seen[-60] {
		t.Error("a spike was lost")
	}
	_, y = Downsample([]float64{math.Inf(1), 1}, 10)
	if y[0] != math.MaxFloat64 {
		t.Error("+Inf not clamped")
	}
}

func TestBiasReportChart(t *testing.T) {
	res, err := Bias(Money3(5000, 1), 2, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	r := BiasReport{Source: "s", Values: 5000, N: 2, Modes: res}
	r.AddChart()
	if len(r.Series) != 8 || r.Series[0].Mode != "HALF_EVEN" || len(r.Series[0].X) > ChartPoints {
		t.Fatalf("series: %d", len(r.Series))
	}
	checkTicks(t, 0, 5000, r.XTicks)
	b, err := IndentJSON(r)
	if err != nil || !strings.Contains(string(b), `"x_ticks": [`) || !strings.Contains(string(b), `"series": [`) {
		t.Errorf("%v", err)
	}
}
