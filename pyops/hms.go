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
	var td convert.Timedelta
	var err error
	if h.As == Decimal {
		td, err = convert.NewTimedeltaDecimalText(text)
	} else {
		var x Number
		x, err = ReadNumber(text, h.As, &h.scratch)
		switch {
		case err != nil:
		case x.IsFloat:
			td, err = convert.NewTimedeltaFloat(x.Float)
		case x.Big != nil:
			td, err = convert.NewTimedeltaBig(x.Big)
		default:
			td, err = convert.NewTimedeltaSeconds(x.Int)
		}
	}
	if err != nil {
		return dst, err
	}
	return td.AppendFormat(dst, h.Format), nil
}
