package workbench

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// BiasResult is the error one mode accumulates over a column of values.
type BiasResult struct {
	Mode  string `json:"mode"`
	Total string `json:"total_error"` // Σ (rounded − value), exact
	Mean  string `json:"mean_error"`  // Total / count, to 12 significant digits
	// WorstDrift is the largest |running total error| along the column,
	// and WorstAt the 1-based index of the value where it was reached.
	WorstDrift string `json:"worst_drift"`
	WorstAt    int    `json:"worst_at"`
	// Running is the running total error after each value, as float64
	// for plotting (the totals above are exact).
	Running []float64 `json:"-"`
}

// Bias rounds every value (decimal text, as Python's Decimal reads it) to
// n places under each of the modes (all eight, HALF_EVEN first, when modes
// is empty) and accumulates the error rounded − value exactly. keepRunning
// keeps the running totals for a chart.
func Bias(values []string, n int, modes []rounding.Mode, keepRunning bool) ([]BiasResult, error) {
	if len(modes) == 0 {
		modes = rounding.Modes[:]
	}
	vals := make([]*apd.Decimal, len(values))
	for i, s := range values {
		d, _, err := apd.NewFromString(s)
		if err != nil || d.Form != apd.Finite {
			return nil, fmt.Errorf("value %d: %q is not a finite decimal", i+1, s)
		}
		vals[i] = d
	}
	out := make([]BiasResult, 0, len(modes))
	var buf []byte
	for _, m := range modes {
		total := new(apd.Decimal)
		worst := new(apd.Decimal)
		worstAt := 0
		var running []float64
		if keepRunning {
			running = make([]float64, 0, len(vals))
		}
		r, e, abs := new(apd.Decimal), new(apd.Decimal), new(apd.Decimal)
		for i, v := range vals {
			var err error
			if buf, err = pyops.AppendRoundText(buf[:0], values[i], n, m); err != nil {
				return nil, fmt.Errorf("value %d: %v", i+1, err)
			}
			if _, _, err = r.SetString(string(buf)); err != nil {
				return nil, err
			}
			exactCtx.Sub(e, r, v)
			exactCtx.Add(total, total, e)
			abs.Abs(total)
			if abs.Cmp(worst) > 0 {
				worst.Set(abs)
				worstAt = i + 1
			}
			if keepRunning {
				f, _ := total.Float64()
				running = append(running, f)
			}
		}
		mean := new(apd.Decimal)
		if len(vals) > 0 {
			c := apd.Context{Precision: 12, MaxExponent: apd.MaxExponent, MinExponent: apd.MinExponent, Rounding: apd.RoundHalfEven}
			c.Quo(mean, total, apd.New(int64(len(vals)), 0))
		}
		mean.Reduce(mean)
		total.Reduce(total)
		worst.Reduce(worst)
		out = append(out, BiasResult{
			Mode: m.String(), Total: total.Text('f'), Mean: mean.Text('G'),
			WorstDrift: worst.Text('f'), WorstAt: worstAt, Running: running,
		})
	}
	return out, nil
}

// Uniform returns count decimals drawn uniformly from [0, 100) with six
// decimal places (so ties at two places are as rare as in measured data).
func Uniform(count int, seed uint64) []string {
	return decimals(count, rand.NewPCG(seed, 0x5eed), 6, 2)
}

// Money3 returns count amounts from 0.000 to 999.999 with three decimals,
// as prices with a tenth of a cent are: one in ten ends in 5, a tie at two
// places.
func Money3(count int, seed uint64) []string {
	return decimals(count, rand.NewPCG(seed, 0x3d), 3, 3)
}

// decimals returns count decimal texts with places digits after the
// point and up to intDigits before it, drawn uniformly from src.
func decimals(count int, src rand.Source, places, intDigits int) []string {
	r := rand.New(src)
	scale := int64(math.Pow10(places))
	out := make([]string, count)
	for i := range out {
		k := r.Int64N(int64(math.Pow10(intDigits)) * scale)
		out[i] = fmt.Sprintf("%d.%0*d", k/scale, places, k%scale)
	}
	return out
}

// BiasValue reads one value as decimal.Decimal(text) does and returns the
// text Bias takes: "" for a blank value (skipped), else the
// trimmed text, or for a form that only Python reads (underscores,
// non-ASCII digits) the same number as COEFFICIENTeEXPONENT.
func BiasValue(v []byte) (string, error) {
	text := strings.TrimSpace(string(v))
	if text == "" {
		return "", nil
	}
	d, _, err := pyparse.ParseDecimal(nil, text)
	if err != nil {
		return "", err
	}
	if d.Kind != pyparse.Finite {
		return "", pyerr.ValueError("not a finite number: " + pyfmt.QuoteBounded(text))
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			sign := ""
			if d.Neg {
				sign = "-"
			}
			return sign + string(d.Coeff) + "E" + strconv.FormatInt(d.Exp, 10), nil
		}
	}
	return text, nil
}
