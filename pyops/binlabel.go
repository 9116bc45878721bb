package pyops

import "github.com/pyround/pyround/pyerr"

// BinLabel is what a bin operation prints for a value's bin.
type BinLabel uint8

const (
	// LabelLower prints the bin's lower edge, str(lower).
	LabelLower BinLabel = iota
	// LabelIndex prints the bin's index, int(idx).
	LabelIndex
	// LabelRange prints "[lower, upper)", each edge as str() prints it.
	LabelRange
)

// ParseBinLabel reads a label name: lower, index or range.
func ParseBinLabel(s string) (BinLabel, error) {
	switch s {
	case "lower":
		return LabelLower, nil
	case "index":
		return LabelIndex, nil
	case "range":
		return LabelRange, nil
	}
	return 0, pyerr.ValueError("unknown bin label '" + s + "'; want lower, index or range")
}

// String returns the label's name.
func (l BinLabel) String() string {
	switch l {
	case LabelIndex:
		return "index"
	case LabelRange:
		return "range"
	}
	return "lower"
}
