package rounding

import "github.com/pyround/pyround/digits"

// MaxResultDigits is the largest number of decimal digits a rounded
// integer or decimal coefficient may have (digits.MaxResultDigits). Python
// would build larger results (round(1, -10**9) with ROUND_UP has a billion
// digits) and run out of time or memory; pyround fails fast with
// ErrTooManyDigits instead.
const MaxResultDigits = digits.MaxResultDigits

// ErrTooManyDigits is returned when a result would need more than
// MaxResultDigits digits.
var ErrTooManyDigits = digits.ErrTooManyDigits
