package pyops

import (
	"strconv"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
)

// errTooManyValues is what Python's `a, b = line.split()` raises for more
// than two fields.
var errTooManyValues = pyerr.ValueError("too many values to unpack (expected 2)")

// Pair reads a line of two operands as Python's `a, b = line.split()`
// does: the fields between runs of white space (str.isspace()), with
// Python's ValueError for any other count ("not enough values to unpack
// (expected 2, got 1)", "too many values to unpack (expected 2)").
//
// A Pair keeps the field list between calls, so that splitting allocates
// nothing once it has grown; use one per goroutine.
type Pair struct{ fields [][]byte }

// Split returns the two fields of line, sub-slices of it.
func (p *Pair) Split(line []byte) (a, b []byte, err error) {
	p.fields = pyparse.AppendFields(p.fields[:0], line)
	switch n := len(p.fields); {
	case n > 2:
		return nil, nil, errTooManyValues
	case n < 2:
		return nil, nil, pyerr.ValueError("not enough values to unpack (expected 2, got " + strconv.Itoa(n) + ")")
	}
	return p.fields[0], p.fields[1], nil
}
