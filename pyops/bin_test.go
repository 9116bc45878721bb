package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/pyops"
)

// The golden vectors of bin (testdata/golden/bin.tsv.gz) are replayed by
// TestGolden/bin with the other operations: go test -run TestGolden/bin.

// TestBinLive checks fresh random and adversarial bin cases against
// python3 (20,000 per run; PYROUND_SEED reproduces a run).
func TestBinLive(t *testing.T) { live(t, "bin") }

// The int64 and float64 paths of Bin allocate nothing once dst has grown:
// the bin command calls Append once per line.
func TestBinDoesNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	buf := make([]byte, 0, 128)
	cases := []struct{ width, origin, label, v string }{
		{"10", "", "lower", "-1234"},
		{"10", "5", "range", "987654321"},
		{"8", "", "index", "-9223372036854775808"},
		{"0.1", "", "lower", "0.7"},
		{"0.1", "0.05", "range", "-12.5"},
		{"0.25", "", "index", "-1e15"},
		{"0.5", "", "lower", "3"}, // an int value with a float width
		{"0.5", "-2", "range", "3"},
	}
	for _, c := range cases {
		label, err := pyops.ParseBinLabel(c.label)
		if err != nil {
			t.Fatal(err)
		}
		b, err := pyops.NewBin(c.width, c.origin, pyops.Auto, label)
		if err != nil {
			t.Fatal(err)
		}
		v := []byte(c.v)
		f := func() { buf, _ = b.Append(buf[:0], v) }
		f()
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("bin --width %s --origin %q --label %s %s: %v allocs per call, want 0", c.width, c.origin, c.label, c.v, n)
		}
	}
	sinkB = buf
}

// BenchmarkBin measures Append per value on the common paths.
func BenchmarkBin(b *testing.B) {
	for _, c := range []struct {
		name, width string
		as          pyops.As
		v           string
	}{
		{"int", "10", pyops.Auto, "-1234567"},
		{"float", "0.1", pyops.Auto, "1234.5678"},
		{"decimal", "0.1", pyops.Decimal, "1234.5678"},
	} {
		b.Run(c.name, func(b *testing.B) {
			bin, err := pyops.NewBin(c.width, "", c.as, pyops.LabelRange)
			if err != nil {
				b.Fatal(err)
			}
			v, buf := []byte(c.v), make([]byte, 0, 64)
			for b.Loop() {
				buf, _ = bin.Append(buf[:0], v)
			}
			sinkB = buf
		})
	}
}
