package fixed

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/rounding"
)

// TestRoundIncrementGolden replays the decimal cases of the roundinc
// golden file (python3's answers, internal/oracle/incops.py) that
// fixed.Decimal can hold: the text parses, the increment is valid with an
// exponent in [-19, 0]. A result outside fixed's range must be ErrRange.
func TestRoundIncrementGolden(t *testing.T) {
	checked := 0
	for _, c := range oracle.Golden(t, "roundinc") {
		as, text, incText, modeName := c.Args[0], c.Args[1], c.Args[2], c.Args[3]
		if as != "decimal" {
			continue
		}
		d, err := Parse(text)
		if err != nil {
			continue
		}
		inc, err := rounding.ParseIncrement(incText)
		if err != nil || inc.Exponent() > 0 || inc.Exponent() < -MaxScale {
			continue
		}
		m, err := rounding.ParseMode(modeName)
		if err != nil {
			t.Fatal(err)
		}
		r, err := d.RoundIncrement(inc, m)
		got := result(r.String(), err)
		if got != c.Want && !(got == "!range" && !strings.HasPrefix(c.Want, "!")) {
			t.Errorf("Parse(%q).RoundIncrement(%s, %s) = %s, want %s", text, incText, modeName, got, c.Want)
		}
		checked++
	}
	if checked < 1000 {
		t.Fatalf("only %d golden cases fit fixed.Decimal", checked)
	}
	t.Logf("%d golden cases checked", checked)
}

func TestRoundIncrementDoesNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	d, _ := Parse("1.03")
	cash := rounding.MustParseIncrement("0.05")
	if n := testing.AllocsPerRun(100, func() { d, _ = d.RoundIncrement(cash, rounding.HalfEven) }); n != 0 {
		t.Errorf("%v allocs per call, want 0", n)
	}
}
