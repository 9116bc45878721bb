package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// Rounding to an increment allocates nothing on its common paths once dst
// has room: floats, int64s and short decimals, with the usual increments.
func TestRoundIncrementDoesNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	buf := make([]byte, 0, 128)
	cash := rounding.MustParseIncrement("0.05")
	lot := rounding.MustParseIncrement("25")
	half := rounding.MustParseIncrement("0.50")
	float := &pyops.RoundIncrement{Inc: cash, Mode: mode.HalfUp}
	ints := &pyops.RoundIncrement{Inc: lot}
	dec := &pyops.RoundIncrement{Inc: half, As: pyops.Decimal}
	cases := map[string]func(){
		"float to 0.05":            func() { buf, _ = float.Append(buf[:0], []byte("1.15")) },
		"int to 25":                func() { buf, _ = ints.Append(buf[:0], []byte("-137")) },
		"decimal to 0.50":          func() { buf, _ = dec.Append(buf[:0], []byte("1.30")) },
		"AppendRoundIncrementText": func() { buf, _ = pyops.AppendRoundIncrementText(buf[:0], "-1234.5678", cash, mode.Floor) },
	}
	for name, f := range cases {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
}
