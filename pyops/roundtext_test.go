package pyops_test

import (
	"errors"
	"testing"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyops"
)

// Requests Python would attempt for minutes or gigabytes fail at once with
// pyround's limit; a building regression shows as go test's timeout, not
// as a timing assertion.
func TestAbsurdRequestsFailFast(t *testing.T) {
	tests := []struct {
		name string
		call func() ([]byte, error)
	}{
		{"text exponent 1e18, 2 places", func() ([]byte, error) {
			return pyops.AppendRoundText(nil, "1e999999999999999999", 2, mode.HalfEven)
		}},
		{"text 1.5 to 1e9 places", func() ([]byte, error) {
			return pyops.AppendRoundText(nil, "1.5", 1_000_000_000, mode.HalfEven)
		}},
		{"text to int, exponent 1e9", func() ([]byte, error) {
			return pyops.AppendRoundTextInt(nil, "1e1000000000", mode.Floor)
		}},
		{"Round decimal, 1e9 places", func() ([]byte, error) {
			r := pyops.Round{As: pyops.Decimal, HasN: true, N: 1_000_000_000}
			return r.Append(nil, []byte("1.5"))
		}},
		{"Round int Up at ndigits -2**40", func() ([]byte, error) {
			r := pyops.Round{HasN: true, N: -1 << 40, Mode: mode.Up}
			return r.Append(nil, []byte("7"))
		}},
	}
	for _, tc := range tests {
		if out, err := tc.call(); !errors.Is(err, digits.ErrTooManyDigits) || out != nil {
			t.Errorf("%s: got %.40q, %v; want %v", tc.name, out, err, digits.ErrTooManyDigits)
		}
	}
	// Where the exact answer is small, huge exponents cost nothing.
	if v, err := pyops.AppendRoundText(nil, "1e-999999999", 2, mode.HalfEven); err != nil || string(v) != "0.00" {
		t.Errorf("Decimal('1e-999999999') to 2 places = %q, %v; want 0.00", v, err)
	}
}

// On error, dst comes back unchanged (not truncated, not extended).
func TestErrorsKeepDst(t *testing.T) {
	dst := []byte("kept:")
	r := pyops.Round{HasN: true, N: 2}
	d := pyops.Div{Op: pyops.DivMod}
	for _, call := range []func() ([]byte, error){
		func() ([]byte, error) { return r.Append(dst, []byte("abc")) },
		func() ([]byte, error) { return d.Append(dst, []byte("1"), []byte("0")) },
		func() ([]byte, error) { return pyops.NewFormat("q", pyops.Auto).Append(dst, []byte("1")) },
		func() ([]byte, error) { return pyops.AppendRoundText(dst, "sNaN", 2, mode.HalfEven) },
	} {
		out, err := call()
		if err == nil || string(out) != "kept:" {
			t.Errorf("got %q, %v; want dst unchanged and an error", out, err)
		}
	}
}
