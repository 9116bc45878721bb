package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/internal/opcheck"
	"github.com/pyround/pyround/pyops"
)

// TestTimeBinLive checks fresh random and adversarial time bins against
// python3: widths, origins, labels and timestamps of every form
// fromisoformat 3.11 accepts and many it rejects.
func TestTimeBinLive(t *testing.T) { live(t, "bintime") }

// TestFromISOFormatLive checks pydatetime.Parse and AppendISO alone on
// fresh texts: datetime.fromisoformat(TEXT).isoformat() or its error.
func TestFromISOFormatLive(t *testing.T) { live(t, "fromisoformat") }

// TestTimeBinAllocs: Append allocates nothing for a timestamp when dst
// has room, whatever the label; IsTimestamp allocates nothing.
func TestTimeBinAllocs(t *testing.T) {
	v := []byte("2024-03-10T12:34:56.789+05:30")
	for _, label := range []pyops.BinLabel{pyops.LabelLower, pyops.LabelIndex, pyops.LabelRange} {
		b, err := pyops.NewTimeBin("15m", "", label)
		if err != nil {
			t.Fatal(err)
		}
		dst := make([]byte, 0, 128)
		if n := testing.AllocsPerRun(100, func() {
			if _, err := b.Append(dst, v); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("%v: %v allocations per Append", label, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { pyops.IsTimestamp(v) }); n != 0 {
		t.Errorf("%v allocations per IsTimestamp", n)
	}
}

// TestTimeBinErrors pins the errors of the flags and the order of a
// value's checks (answers of python3 3.11.7 for the bintime op; the
// golden file and the live test hold many more).
func TestTimeBinErrors(t *testing.T) {
	for _, c := range []struct{ width, origin, label, v, want string }{
		{"0s", "", "lower", "2024-01-01", "!ZeroDivisionError: integer division or modulo by zero"},
		{"0", "", "index", "not a date", "!ValueError: Invalid isoformat string: 'not a date'"},
		{"1h", "2024-01-01", "lower", "2024-01-01T12:00+01:00", "!TypeError: can't subtract offset-naive and offset-aware datetimes"},
		{"1d", "", "range", "9999-12-31T12:00", "!OverflowError: date value out of range"},
		{"1d", "", "lower", "9999-12-31T12:00", "9999-12-31T00:00:00"},
		{"999999999d1us", "", "lower", "1900-01-01", "!OverflowError: days=-1000000000; must have magnitude <= 999999999"},
		{"5x", "", "lower", "2024-01-01", "!ValueError: could not convert string to float: '5x'"},
		{"1h", "bad", "lower", "2024-01-01", "!ValueError: Invalid isoformat string: 'bad'"},
	} {
		got, err := opcheck.Eval("bintime", []string{c.width, c.origin, c.label, c.v})
		if err != nil || got != c.want {
			t.Errorf("bintime %q %q %q %q = %q, %v; want %q", c.width, c.origin, c.label, c.v, got, err, c.want)
		}
	}
}

// BenchmarkTimeBin measures Append on a typical aware timestamp, per
// label.
func BenchmarkTimeBin(b *testing.B) {
	v := []byte("2024-03-10T12:34:56.789+05:30")
	for _, label := range []pyops.BinLabel{pyops.LabelLower, pyops.LabelIndex, pyops.LabelRange} {
		op, err := pyops.NewTimeBin("15m", "", label)
		if err != nil {
			b.Fatal(err)
		}
		dst := make([]byte, 0, 128)
		b.Run(label.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := op.Append(dst, v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("IsTimestamp", func(b *testing.B) {
		for b.Loop() {
			pyops.IsTimestamp(v)
		}
	})
}
