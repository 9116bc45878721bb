package rounding

import "github.com/pyround/pyround/internal/decround"

// quantizeDigits rounds the decimal ±coeff·10^exp to exponent t under m
// and returns the new coefficient (see decround.Quantize), or
// ErrTooManyDigits past MaxResultDigits.
func quantizeDigits(coeff []byte, exp, t int64, m Mode, neg bool) ([]byte, error) {
	q, ok := decround.Quantize(coeff, exp, t, decround.Mode(m), neg, MaxResultDigits)
	if !ok {
		return nil, ErrTooManyDigits
	}
	return q, nil
}
