package pyops

import (
	"math/big"

	"github.com/pyround/pyround/convert"
)

// HMS writes a number of seconds as a duration: in the default format,
// exactly what print(datetime.timedelta(seconds=x)) shows (1:02:03, 1 day,
// 0:00:01, -1 day, 23:59:59); see convert.Timedelta for the others.
//
// Under Auto the text is an int if int(text) accepts it, else a float;
// float seconds are rounded half-even to microseconds as timedelta rounds
// them. Float reads float(text). Decimal reads Decimal(text) and rounds its
// exact value half-even to microseconds (timedelta itself refuses a
// Decimal). Past 999999999 days it is Python's OverflowError.
//
// An HMS holds scratch space: reuse one per goroutine; copy it (before
// use, or any time it is not in use) for another.
type HMS struct {
	As      As
	Format  convert.HMSFormat
	scratch big.Int
}

// Append appends the duration of text's seconds, or returns dst unchanged
// and the error Python raises.
func (h *HMS) Append(dst, text []byte) ([]byte, error) {
	td, err := h.Timedelta(text)
	if err != nil {
		return dst, err
	}
	return td.AppendFormat(dst, h.Format), nil
}

// Timedelta returns the timedelta of text's seconds, read as h.As says,
// or the error Python raises.
func (h *HMS) Timedelta(text []byte) (convert.Timedelta, error) {
	if h.As == Decimal {
		return convert.NewTimedeltaDecimalText(text)
	}
	x, err := ReadNumber(text, h.As, &h.scratch)
	switch {
	case err != nil:
		return convert.Timedelta{}, err
	case x.IsFloat:
		return convert.NewTimedeltaFloat(x.Float)
	case x.Big != nil:
		return convert.NewTimedeltaBig(x.Big)
	}
	return convert.NewTimedeltaSeconds(x.Int)
}
