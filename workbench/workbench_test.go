package workbench

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyround/pyround/rounding"
)

func TestExplainNeighboursAndTie(t *testing.T) {
	// Expected values from Python: decimal.Decimal(x), math.nextafter.
	e, err := Explain(0.1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if e.Value.Exact != "0.1000000000000000055511151231257827021181583404541015625" ||
		e.Previous.Exact != "0.09999999999999999167332731531132594682276248931884765625" ||
		e.Next.Exact != "0.10000000000000001942890293094023945741355419158935546875" {
		t.Errorf("exact values: %+v %+v %+v", e.Value, e.Previous, e.Next)
	}
	if e.Lower != "0.1" || e.Upper != "0.2" || e.Tie != "0.15" || e.Side != "below the tie" {
		t.Errorf("bracket: %+v", e)
	}
	// 0.1 - 0.15 exactly
	if e.Distance != "-0.0499999999999999944488848768742172978818416595458984375" {
		t.Errorf("distance %s", e.Distance)
	}
	e, _ = Explain(1.005, 2)
	if e.Side != "below the tie" || e.Distance != "-0.00000000000000010658141036401502788066864013671875" {
		t.Errorf("1.005: %s %s", e.Side, e.Distance)
	}
	e, _ = Explain(2.5, 0)
	if e.Side != "on the tie" || e.Distance != "0" || e.Modes[0].Exact != "2.0" || e.Modes[1].Exact != "3.0" {
		t.Errorf("2.5: %+v", e)
	}
	e, _ = Explain(0.25, 2)
	if e.Side != "no rounding needed" || e.Tie != "" || e.Lower != "0.25" {
		t.Errorf("0.25: %+v", e)
	}
	e, _ = Explain(-2.675, 2)
	if e.Lower != "-2.68" || e.Upper != "-2.67" || e.Side != "above the tie" {
		t.Errorf("-2.675: %+v", e)
	}
	if len(e.Conventions) < 13 || e.Conventions[0].Result != "-2.67" {
		t.Errorf("conventions: %+v", e.Conventions)
	}
	if _, err := Explain(0, -21); err == nil {
		t.Error("n = -21 accepted")
	}
	if _, err := Explain(0, 101); err == nil {
		t.Error("n = 101 accepted")
	}
	if _, err := Explain(1/zero, 2); err == nil {
		t.Error("inf accepted")
	}
}

// TestExplainNegativeN: the bracket, tie and distance when rounding to
// tens and hundreds. Expected values from python3 (3.11.7), with
// getcontext().prec = 2000, d = Decimal(x), q = Decimal(1).scaleb(-n):
// format(d.quantize(q, rounding=ROUND_FLOOR), 'f'), the same with
// ROUND_CEILING, format((lo + hi) / 2, 'f'), format(d - tie, 'f'), and
// repr(round(x, n)).
func TestExplainNegativeN(t *testing.T) {
	for _, c := range []struct {
		x                             float64
		n                             int
		lower, upper, tie, dist, side string
		round                         string
	}{
		{125, -1, "120", "130", "125", "0", "on the tie", "120.0"},
		{-4.5, -1, "-10", "-0", "-5", "0.5", "above the tie", "-0.0"},
		{949.9999999999999, -2, "900", "1000", "950", "-0.0000000000001136868377216160297393798828125", "below the tie", "900.0"},
		{0.1, -1, "0", "10", "5", "-4.8999999999999999944488848768742172978818416595458984375", "below the tie", "0.0"},
		{2500, -2, "2500", "2500", "", "", "no rounding needed", "2500.0"},
	} {
		e, err := Explain(c.x, c.n)
		if err != nil {
			t.Fatal(err)
		}
		if e.Lower != c.lower || e.Upper != c.upper || e.Tie != c.tie || e.Distance != c.dist || e.Side != c.side {
			t.Errorf("Explain(%v, %d): %s %s %s %s %s", c.x, c.n, e.Lower, e.Upper, e.Tie, e.Distance, e.Side)
		}
		if e.Modes[0].Exact != c.round || e.Conventions[0].Result != c.round {
			t.Errorf("Explain(%v, %d): HALF_EVEN %s, python_round %s, want %s", c.x, c.n, e.Modes[0].Exact, e.Conventions[0].Result, c.round)
		}
	}
}

func TestModes(t *testing.T) {
	got := strings.Join(Modes(-2.5, 0, false), " ")
	if got != "-2.0 -3.0 -2.0 -3.0 -2.0 -2.0 -3.0 -2.0" {
		t.Errorf("Modes(-2.5) = %s", got)
	}
	if got := strings.Join(Modes(2.675, 2, true), " "); got != "2.68 2.68 2.67 2.68 2.67 2.68 2.67 2.67" {
		t.Errorf("displayed = %s", got)
	}
	if got := strings.Join(DecimalModes("2.5", 0), " "); got != "2 3 2 3 2 3 2 2" {
		t.Errorf("DecimalModes = %s", got)
	}
}

func TestBiasExact(t *testing.T) {
	vals := []string{"0.125", "0.375", "0.625", "0.875", "1.001"}
	res, err := Bias(vals, 2, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]string{ // total, worst drift, mean
		"HALF_EVEN": {"-0.001", "0.005", "-0.0002"},
		"HALF_UP":   {"0.019", "0.02", "0.0038"},
		"HALF_DOWN": {"-0.021", "0.021", "-0.0042"},
		"UP":        {"0.029", "0.029", "0.0058"},
		"DOWN":      {"-0.021", "0.021", "-0.0042"},
	}
	for _, r := range res {
		w, ok := want[r.Mode]
		if !ok {
			continue
		}
		if r.Total != w[0] || r.WorstDrift != w[1] || r.Mean != w[2] {
			t.Errorf("%s: total %s drift %s mean %s, want %v", r.Mode, r.Total, r.WorstDrift, r.Mean, w)
		}
		if len(r.Running) != len(vals) {
			t.Errorf("%s: %d running totals", r.Mode, len(r.Running))
		}
	}
	if _, err := Bias([]string{"1", "x"}, 2, nil, false); err == nil || !strings.Contains(err.Error(), "value 2") {
		t.Errorf("bad value: %v", err)
	}
	res, _ = Bias(vals, 2, []rounding.Mode{rounding.HalfUp}, false)
	if len(res) != 1 || res[0].Mode != "HALF_UP" || res[0].Running != nil {
		t.Errorf("one mode: %+v", res)
	}
}

// TestBiasHalfEvenHonest is the point of the chart: over money amounts
// with three decimals, half-even's total error stays far below half-up's.
func TestBiasHalfEvenHonest(t *testing.T) {
	res, err := Bias(Money3(20000, 3), 2, []rounding.Mode{rounding.HalfEven, rounding.HalfUp}, false)
	if err != nil {
		t.Fatal(err)
	}
	var even, up float64
	for i, r := range res {
		f := mustFloat(r.Total)
		if i == 0 {
			even = f
		} else {
			up = f
		}
	}
	if up < 5 || abs(even) > up/4 {
		t.Errorf("half-even total %v, half-up %v", even, up)
	}
	u := Uniform(100, 1)
	if len(u) != 100 || len(strings.Split(u[0], ".")[1]) != 6 {
		t.Errorf("Uniform: %v", u[:3])
	}
}

func TestWriteSVG(t *testing.T) {
	res, _ := Bias([]string{"0.125", "0.375", "-0.5"}, 0, nil, true)
	var b bytes.Buffer
	if err := WriteSVG(&b, res, "t <&>"); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if !strings.HasPrefix(s, "<svg") || !strings.HasSuffix(s, "</svg>\n") || strings.Count(s, "<polyline") != 8 ||
		!strings.Contains(s, "t &lt;&amp;&gt;") {
		t.Errorf("svg:\n%s", s)
	}
}
