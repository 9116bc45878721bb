package digits

import (
	"strconv"

	"github.com/pyround/pyround/pyerr"
)

// MaxResultDigits is the largest number of decimal digits a rounded
// integer or decimal coefficient may have, in every pyround package.
// Python would build larger results (round(1, -10**9) with ROUND_UP has a
// billion digits) and run out of time or memory; pyround fails fast with
// ErrTooManyDigits instead.
const MaxResultDigits = 1_000_000

// ErrTooManyDigits is returned when a result would need more than
// MaxResultDigits digits.
var ErrTooManyDigits = pyerr.OverflowError("result would have more than " +
	strconv.Itoa(MaxResultDigits) + " digits (pyround's limit)")
