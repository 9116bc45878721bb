package rounding_test

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Requests Python would attempt for minutes or gigabytes fail at once with
// pyround's limit (or Python's own error where it has one).
func TestAbsurdRequestsFailFast(t *testing.T) {
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"shopspring 1.5 to 1e9 places", func() error {
			_, err := rounding.RoundDecimal(decimal.RequireFromString("1.5"), 1_000_000_000, rounding.HalfEven)
			return err
		}, rounding.ErrTooManyDigits},
		{"big int Up at ndigits MinInt", func() error {
			_, err := rounding.RoundBigInt(nil, big.NewInt(7), math.MinInt, rounding.Up)
			return err
		}, rounding.ErrTooManyDigits},
		{"big int Up at ndigits -2**40", func() error {
			_, err := rounding.RoundBigInt(nil, big.NewInt(7), -1<<40, rounding.Ceiling)
			return err
		}, rounding.ErrTooManyDigits},
	}
	for _, tc := range tests {
		// Building any of these results takes minutes and gigabytes, so a
		// regression shows as go test's timeout, not as a timing assertion.
		if err := tc.call(); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
	// Where the exact answer is small, huge ndigits cost nothing.
	if v, err := rounding.RoundBigInt(nil, big.NewInt(7), math.MinInt, rounding.HalfEven); err != nil || v.Sign() != 0 {
		t.Errorf("round(7, -huge) = %v, %v; want 0", v, err)
	}
}
