package mode_test

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/mode"
)

// TestQuantizeDigits rounds digit strings under every mode; the expected
// texts are python3's str(Decimal(V).quantize(Decimal(1).scaleb(-N),
// rounding=MODE)) with a 100-digit context.
func TestQuantizeDigits(t *testing.T) {
	tests := []struct {
		value  string
		places int
		want   [8]string // in mode.Modes order
	}{
		{"2.5", 0, [8]string{"2", "3", "2", "3", "2", "3", "2", "2"}},
		{"3.5", 0, [8]string{"4", "4", "3", "4", "3", "4", "3", "3"}},
		{"-2.5", 0, [8]string{"-2", "-3", "-2", "-3", "-2", "-2", "-3", "-2"}},
		{"2.675", 2, [8]string{"2.68", "2.68", "2.67", "2.68", "2.67", "2.68", "2.67", "2.67"}},
		{"-0.001", 2, [8]string{"-0.00", "-0.00", "-0.00", "-0.01", "-0.00", "-0.00", "-0.01", "-0.01"}},
		{"0.05", 1, [8]string{"0.0", "0.1", "0.0", "0.1", "0.0", "0.1", "0.0", "0.1"}},
		{"9.995", 2, [8]string{"10.00", "10.00", "9.99", "10.00", "9.99", "10.00", "9.99", "9.99"}},
		{"1.05", 1, [8]string{"1.0", "1.1", "1.0", "1.1", "1.0", "1.1", "1.0", "1.1"}},
	}
	for _, tc := range tests {
		neg := strings.HasPrefix(tc.value, "-")
		intPart, frac, _ := strings.Cut(strings.TrimPrefix(tc.value, "-"), ".")
		coeff := strings.TrimLeft(intPart+frac, "0")
		if coeff == "" {
			coeff = "0"
		}
		for i, m := range mode.Modes {
			buf := append(make([]byte, 0, 32), coeff...)
			got, ok := mode.QuantizeDigits(buf, -int64(len(frac)), -int64(tc.places), m, neg, 100)
			want := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(tc.want[i]), "0")
			if want == "" {
				want = "0"
			}
			if !ok || string(got) != want {
				t.Errorf("%s to %d places under %v: got %q, %v; Python's coefficient %q", tc.value, tc.places, m, got, ok, want)
			}
		}
	}
}

// TestQuantizeDigitsLimit: padding past maxDigits is refused before any
// zero is appended; an exact zero pads for free.
func TestQuantizeDigitsLimit(t *testing.T) {
	if q, ok := mode.QuantizeDigits([]byte("15"), 0, -9, mode.HalfEven, false, 10); ok || q != nil {
		t.Errorf("15 padded to 11 digits with a limit of 10: %q, %v", q, ok)
	}
	if q, ok := mode.QuantizeDigits([]byte("15"), 0, -8, mode.HalfEven, false, 10); !ok || string(q) != "1500000000" {
		t.Errorf("15 padded to 10 digits: %q, %v", q, ok)
	}
	if q, ok := mode.QuantizeDigits([]byte("0"), 0, -1<<40, mode.Up, false, 10); !ok || string(q) != "0" {
		t.Errorf("0 to 2^40 places: %q, %v", q, ok)
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		dropped string
		want    mode.Class
	}{{"0", mode.Exact}, {"000", mode.Exact}, {"1", mode.BelowHalf}, {"4999", mode.BelowHalf},
		{"5", mode.Half}, {"500", mode.Half}, {"5001", mode.AboveHalf}, {"6", mode.AboveHalf}, {"0001", mode.BelowHalf}} {
		if got := mode.ClassifyDigits([]byte(tc.dropped)); got != tc.want {
			t.Errorf("ClassifyDigits(%s) = %v, want %v", tc.dropped, got, tc.want)
		}
	}
	for _, tc := range []struct {
		r, p uint64
		want mode.Class
	}{{0, 10, mode.Exact}, {4, 10, mode.BelowHalf}, {5, 10, mode.Half}, {6, 10, mode.AboveHalf}, {499, 1000, mode.BelowHalf}} {
		if got := mode.ClassifyFraction(tc.r, tc.p); got != tc.want {
			t.Errorf("ClassifyFraction(%d, %d) = %v, want %v", tc.r, tc.p, got, tc.want)
		}
	}
}

func TestParse(t *testing.T) {
	for s, want := range map[string]mode.Mode{
		"half-even": mode.HalfEven, "ROUND_HALF_UP": mode.HalfUp, "half_down": mode.HalfDown, "Up": mode.Up,
		" down ": mode.Down, "round_ceiling": mode.Ceiling, "FLOOR": mode.Floor, "05up": mode.ZeroFiveUp,
		"zero-five-up": mode.ZeroFiveUp, "bankers": mode.HalfEven, "HALFEVEN": mode.HalfEven,
	} {
		if got, err := mode.Parse(s); err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "sideways", "half", "ROUND_"} {
		if _, err := mode.Parse(s); err == nil || !strings.HasPrefix(err.Error(), "ValueError: unknown rounding mode '") {
			t.Errorf("Parse(%q): %v, want a ValueError", s, err)
		}
	}
	for i, m := range mode.Modes {
		if int(m) != i || !m.Valid() || m.PythonName() != "ROUND_"+m.String() {
			t.Errorf("mode %d: %v %v %s", i, m, m.Valid(), m.PythonName())
		}
	}
	if m := mode.Mode(8); m.Valid() || m.String() != "Mode(8)" {
		t.Errorf("Mode(8): %v %s", m.Valid(), m)
	}
}
