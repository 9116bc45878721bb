package pyops

import (
	"strconv"

	"github.com/pyround/pyround/pydatetime"
)

// TimeBin puts timestamps into bins of a fixed duration, with Python's
// floor semantics: for a value dt (the text datetime.fromisoformat
// accepts), an origin and a width,
//
//	idx = (dt - origin) // width
//	lower = origin + idx * width
//	upper = lower + width
//
// and Append prints, by its label, lower.isoformat() (LabelLower),
// str(idx) (LabelIndex) or "[lower, upper)" with both edges as
// isoformat() (LabelRange). The origin is a fixed datetime, or, when
// none is given, datetime(1970, 1, 1, tzinfo=dt.tzinfo): the epoch in the
// value's own offset, so that an aware value is binned in its local wall
// time. Edges keep the origin's offset. An edge is computed only when the
// label prints it.
//
// Errors are Python's: fromisoformat's ValueError for a value ("Invalid
// isoformat string: 'x'"), TypeError for an aware value and a naive
// origin or the reverse, ZeroDivisionError for a zero width, OverflowError
// ("date value out of range") for an edge before year 1 or after 9999.
//
// A TimeBin holds no scratch space that outlives a call; it may be copied
// freely but, like every operation, is not for two goroutines at once.
type TimeBin struct {
	width     int64 // microseconds, saturated (pydatetime.ParseWidth)
	origin    pydatetime.DateTime
	hasOrigin bool
	label     BinLabel
}

// NewTimeBin returns the bin operation of a width (pydatetime.ParseWidth's
// syntax: 90s, 5m, 1h30m, 1d, 250ms, or a number of seconds), an origin
// ("" for the epoch in each value's own offset, else a text fromisoformat
// accepts) and a label. A bad width or origin is its Python error; a zero
// width is not an error until a value is binned, as in Python.
func NewTimeBin(width, origin string, label BinLabel) (*TimeBin, error) {
	w, err := pydatetime.ParseWidth(width)
	if err != nil {
		return nil, err
	}
	b := &TimeBin{width: w, label: label}
	if origin != "" {
		if b.origin, err = pydatetime.Parse(origin); err != nil {
			return nil, err
		}
		b.hasOrigin = true
	}
	return b, nil
}

// IsTimestamp reports whether datetime.fromisoformat accepts v, for a
// caller choosing between reading a value as a number and as a timestamp.
// It allocates nothing.
func IsTimestamp(v []byte) bool {
	_, err := pydatetime.Parse(v)
	return err == nil
}

// Append appends v's bin as the label says, or returns dst unchanged and
// Python's error. It allocates nothing when dst has room (88 bytes at
// most) and v is a timestamp.
func (b *TimeBin) Append(dst, v []byte) ([]byte, error) {
	dt, err := pydatetime.Parse(v)
	if err != nil {
		return dst, err
	}
	return b.AppendDateTime(dst, dt)
}

// AppendDateTime is Append for a datetime already parsed.
func (b *TimeBin) AppendDateTime(dst []byte, dt pydatetime.DateTime) ([]byte, error) {
	origin := b.origin
	if !b.hasOrigin {
		origin = pydatetime.Epoch(dt)
	}
	delta, err := pydatetime.Sub(dt, origin)
	if err != nil {
		return dst, err
	}
	idx, err := pydatetime.FloorDiv(delta, b.width)
	if err != nil {
		return dst, err
	}
	if b.label == LabelIndex {
		return strconv.AppendInt(dst, idx, 10), nil
	}
	lower, err := pydatetime.Edge(origin, idx, b.width)
	if err != nil {
		return dst, err
	}
	if b.label == LabelLower {
		return pydatetime.AppendISO(dst, lower), nil
	}
	upper, err := pydatetime.Add(lower, b.width)
	if err != nil {
		return dst, err
	}
	dst = append(dst, '[')
	dst = pydatetime.AppendISO(dst, lower)
	dst = append(dst, ',', ' ')
	dst = pydatetime.AppendISO(dst, upper)
	return append(dst, ')'), nil
}
