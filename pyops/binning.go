package pyops

import (
	"math/big"

	"github.com/pyround/pyround/pydatetime"
	"github.com/pyround/pyround/pyerr"
)

// Binning is the whole of `pyround bin`: a value is binned as a number
// (Bin) or, when it is no number but a timestamp, in a time bucket
// (TimeBin), with the same width, origin and label.
//
// The settings make a number binning when the reading as accepts the
// width and the origin ("" is 0), and a time binning when the width is a
// duration (pydatetime.ParseWidth: 5m, 1h30m, or a number of seconds) and
// the origin is "" or a timestamp; "300" makes both. When they make
// neither, NewBinning returns the time binning's error if the width is a
// duration and no number (5m) or the origin is a timestamp, else the
// number binning's.
//
// A value is binned as a number when there is a number binning; if that
// fails because the value is no number, there is a time binning and
// datetime.fromisoformat accepts the value, it is binned as a timestamp.
// With a time binning only, a timestamp is binned as one (20240101, an
// int too, is the date), another value that reads as a number is Python's
// TypeError for a number meeting the origin datetime (x - origin) or,
// with the default origin, the width timedelta (x // width), and any
// other value is fromisoformat's ValueError. The internal/oracle op
// binvalue is this specification in Python.
//
// A Binning holds scratch space: use one per goroutine (Clone).
type Binning struct {
	width, origin string
	as            As
	label         BinLabel
	num           *Bin     // nil: the settings make no number binning
	time          *TimeBin // nil: the settings make no time binning
	scratch       big.Int
}

// NewBinning returns the binning of the width and origin texts, numbers
// read as as says, printing label.
func NewBinning(width, origin string, as As, label BinLabel) (*Binning, error) {
	b := &Binning{width: width, origin: origin, as: as, label: label}
	num, numErr := NewBin(width, origin, as, label)
	tb, timeErr := NewTimeBin(width, origin, label)
	if numErr != nil && timeErr != nil {
		duration := !b.isNumber([]byte(width)) && timeWidthOK(width)
		if duration || origin != "" && IsTimestamp([]byte(origin)) {
			return nil, timeErr
		}
		return nil, numErr
	}
	b.num, b.time = num, tb
	if numErr != nil {
		b.num = nil
	}
	if timeErr != nil {
		b.time = nil
	}
	return b, nil
}

func timeWidthOK(width string) bool {
	_, err := pydatetime.ParseWidth(width)
	return err == nil
}

// Clone returns a Binning of the same settings with scratch space of its
// own, for another goroutine.
func (b *Binning) Clone() *Binning {
	c := *b
	c.scratch = big.Int{}
	if b.num != nil {
		c.num, _ = NewBin(b.width, b.origin, b.as, b.label) // it succeeded once
	}
	return &c
}

// Append appends what Python prints for the bin of v, or returns dst
// unchanged and Python's error. A timestamp is parsed once.
func (b *Binning) Append(dst, v []byte) ([]byte, error) {
	if b.num != nil {
		out, err := b.num.Append(dst, v)
		if err == nil || b.time == nil {
			return out, err
		}
		if dt, perr := pydatetime.Parse(v); perr == nil && !b.isNumber(v) {
			return b.time.AppendDateTime(dst, dt)
		}
		return out, err
	}
	dt, err := pydatetime.Parse(v)
	if err == nil {
		return b.time.AppendDateTime(dst, dt)
	}
	if !b.isNumber(v) {
		return dst, err
	}
	name := "'float'"
	switch {
	case b.as == Decimal:
		name = "'decimal.Decimal'"
	case b.as == Auto:
		if n, _ := ReadNumber(v, b.as, &b.scratch); !n.IsFloat {
			name = "'int'"
		}
	}
	if b.origin != "" {
		return dst, pyerr.TypeError("unsupported operand type(s) for -: " + name + " and 'datetime.datetime'")
	}
	return dst, pyerr.TypeError("unsupported operand type(s) for //: " + name + " and 'datetime.timedelta'")
}

// isNumber reports whether the reading accepts v as a number.
func (b *Binning) isNumber(v []byte) bool {
	if b.as == Decimal {
		return CheckDecimal(v) == nil
	}
	_, err := ReadNumber(v, b.as, &b.scratch)
	return err == nil
}
