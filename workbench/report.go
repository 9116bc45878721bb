package workbench

import (
	"encoding/json"
	"math"

	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// IndentJSON is the JSON every workbench report is printed as, by the CLI's
// --json and by the web workbench's API alike: indented by two spaces,
// <, > and & escaped as encoding/json does by default, and a final newline.
// Both surfaces write these bytes, so they cannot differ.
func IndentJSON(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// ExplainJSON is the JSON of `pyround explain X -n N --json`: Explain(x, n)
// as IndentJSON prints it, or Explain's error.
func ExplainJSON(x float64, n int) ([]byte, error) {
	e, err := Explain(x, n)
	if err != nil {
		return nil, err
	}
	return IndentJSON(e)
}

// ModesTable is the report of `pyround modes --json`: each value under the
// eight modes, in rounding.Modes order (Modes names them).
type ModesTable struct {
	N         int        `json:"n"`
	Displayed bool       `json:"displayed"`
	Decimal   bool       `json:"decimal"`
	Modes     []string   `json:"modes"`
	Rows      []ModesRow `json:"rows"`
}

// ModesTableOf builds the modes table of the value texts, each read as as
// says (see ModesOf). On the first value that fails it returns that
// value's 0-based index and its error (Python's exception), as the CLI
// stops at the first bad argument; otherwise the index is -1.
func ModesTableOf(texts []string, as pyops.As, n int, displayed bool) (*ModesTable, int, error) {
	t := &ModesTable{N: n, Displayed: displayed, Decimal: as == pyops.Decimal}
	for _, m := range rounding.Modes {
		t.Modes = append(t.Modes, m.String())
	}
	for i, s := range texts {
		row, err := ModesOf(s, as, n, displayed)
		if err != nil {
			return nil, i, err
		}
		t.Rows = append(t.Rows, row)
	}
	return t, -1, nil
}

// BiasReport is the report of `pyround bias --json`. The series and ticks
// are for an interactive chart (the web workbench sets them with
// AddChart); the CLI leaves them out.
type BiasReport struct {
	Source string       `json:"source"`
	Values int          `json:"values"`
	N      int          `json:"n"`
	Modes  []BiasResult `json:"modes"`
	// Series is each mode's running total error, thinned by Downsample
	// to at most ChartPoints points.
	Series []BiasSeries `json:"series,omitempty"`
	// XTicks and YTicks are NiceTicks of the value index (from 0) and of
	// the running totals (with 0), for the chart's axes.
	XTicks []float64 `json:"x_ticks,omitempty"`
	YTicks []float64 `json:"y_ticks,omitempty"`
}

// BiasSeries is one mode's running total error for a chart: Y[i] is the
// running total after value number X[i] (1-based, as BiasResult.WorstAt),
// as a float64.
type BiasSeries struct {
	Mode string    `json:"mode"`
	X    []int     `json:"x"`
	Y    []float64 `json:"y"`
}

// ChartPoints is the most points a chart series has (Downsample).
const ChartPoints = 1000

// MaxTicks is the most ticks an axis of a bias chart has.
const MaxTicks = 8

// AddChart fills r's Series, XTicks and YTicks from the results' running
// totals (Bias with keepRunning set).
func (r *BiasReport) AddChart() {
	n := 0
	lo, hi := 0.0, 0.0
	r.Series = r.Series[:0]
	for _, m := range r.Modes {
		x, y := Downsample(m.Running, ChartPoints)
		r.Series = append(r.Series, BiasSeries{Mode: m.Mode, X: x, Y: y})
		n = max(n, len(m.Running))
		for _, v := range y {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	r.XTicks = IndexTicks(n)
	r.YTicks = NiceTicks(lo, hi, MaxTicks)
}

// Downsample thins the series ys (ys[i] belongs to value number i+1) to at
// most maxPoints points and returns their value numbers and values. A
// series that fits is returned whole; a longer one is cut into
// maxPoints/2 buckets of consecutive values, and each bucket gives its
// smallest and its largest value, in their order, so that every peak and
// trough of the series survives (the first and last values included:
// they are kept in place of their bucket's extreme when they are not
// one). Values beyond ±math.MaxFloat64 are clamped to it, so that the
// result is always valid JSON.
func Downsample(ys []float64, maxPoints int) (x []int, y []float64) {
	clamp := func(v float64) float64 { return math.Max(-math.MaxFloat64, math.Min(math.MaxFloat64, v)) }
	if maxPoints < 4 {
		maxPoints = 4
	}
	if len(ys) <= maxPoints {
		x, y = make([]int, len(ys)), make([]float64, len(ys))
		for i, v := range ys {
			x[i], y[i] = i+1, clamp(v)
		}
		return x, y
	}
	buckets := maxPoints / 2
	x, y = make([]int, 0, maxPoints), make([]float64, 0, maxPoints)
	for b := 0; b < buckets; b++ {
		from, to := b*len(ys)/buckets, (b+1)*len(ys)/buckets
		lo, hi := from, from
		for i := from + 1; i < to; i++ {
			if ys[i] < ys[lo] {
				lo = i
			}
			if ys[i] > ys[hi] {
				hi = i
			}
		}
		switch {
		case b == 0 && lo != 0 && hi != 0:
			// keep the first value: it replaces the extreme nearer to it
			if lo < hi {
				lo = 0
			} else {
				hi = 0
			}
		case b == buckets-1 && lo != to-1 && hi != to-1:
			if lo > hi {
				lo = to - 1
			} else {
				hi = to - 1
			}
		}
		a, c := min(lo, hi), max(lo, hi)
		x, y = append(x, a+1), append(y, clamp(ys[a]))
		if c != a {
			x, y = append(x, c+1), append(y, clamp(ys[c]))
		}
	}
	return x, y
}

// NiceTicks returns axis ticks on round numbers covering [lo, hi]: the
// multiples of one step, 1, 2 or 5 × 10^k, from the largest at or below
// lo to the smallest at or above hi, with the smallest such step that
// gives at most maxTicks ticks (so 4 to maxTicks ticks for maxTicks >= 5).
// Each tick is the double nearest its decimal value (0.3, not
// 0.30000000000000004). lo > hi are swapped; lo == hi gets the unit
// around it; non-finite bounds give nil.
func NiceTicks(lo, hi float64, maxTicks int) []float64 {
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil
	}
	if maxTicks < 2 {
		maxTicks = 2
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo == hi {
		lo, hi = lo-1, hi+1
		if lo == hi { // a huge value: 1 is lost in it
			lo, hi = lo-math.Abs(lo)/2, hi+math.Abs(hi)/2
		}
	}
	span := hi - lo
	if math.IsInf(span, 0) { // bounds near ±math.MaxFloat64
		return []float64{lo, 0, hi}
	}
	e := int(math.Floor(math.Log10(span/float64(maxTicks-1)))) - 1
	for ; ; e++ {
		for _, m := range [...]int64{1, 2, 5} {
			step := float64(m) * math.Pow(10, float64(e))
			first, last := math.Floor(lo/step), math.Ceil(hi/step)
			if last-first+1 > float64(maxTicks) {
				continue
			}
			ticks := make([]float64, 0, int(last-first)+1)
			for k := first; k <= last; k++ {
				v := tickValue(k*float64(m), e)
				ticks = append(ticks, math.Max(-math.MaxFloat64, math.Min(math.MaxFloat64, v)))
			}
			return ticks
		}
	}
}

// IndexTicks are the ticks of an axis of value numbers 1 to n: NiceTicks
// of [0, n] without fractions (for n < 7 the step would be below 1).
func IndexTicks(n int) []float64 {
	var out []float64
	for _, v := range NiceTicks(0, float64(n), MaxTicks) {
		if v == math.Trunc(v) {
			out = append(out, v)
		}
	}
	return out
}

// tickValue is the double nearest c × 10^e for an integral c.
func tickValue(c float64, e int) float64 {
	switch {
	case c == 0:
		return 0
	case e >= 0 && e <= 22:
		return c * math.Pow(10, float64(e))
	case e < 0 && e >= -22:
		return c / math.Pow(10, float64(-e))
	}
	return c * math.Pow(10, float64(e))
}
