package pyops

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// Format is Python's format(x, spec) on text: Append prints what
// print(format(x, spec)) shows, the whole format-spec mini-language
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
//
// Under Auto a value is an int if int(text) accepts it, else a float
// (floats round half-even on their exact binary value: format(2.675,
// '.2f') is 2.67); Float reads float(text); Decimal reads Decimal(text),
// whose spec is parsed by libmpdec's rules (and errors), which differ from
// the float and int parser's. A bad spec is Python's ValueError for the
// value's type, reported when a value of that type is formatted.
//
// A Format holds scratch space: reuse one per goroutine; copy it (before
// use, or any time it is not in use) for another.
type Format struct {
	as                          As
	intSpec, floatSpec, decSpec pyfmt.Spec
	intErr, floatErr, decErr    error
	big                         big.Int
	dec                         apd.Decimal
	buf                         []byte
}

// NewFormat returns the operation format(x, spec) with values read as as
// says. The spec is parsed once here, for each Python type.
func NewFormat(spec string, as As) *Format {
	f := &Format{as: as}
	f.intSpec, f.intErr = pyfmt.ParseSpecFor(spec, "int")
	f.floatSpec, f.floatErr = pyfmt.ParseSpecFor(spec, "float")
	f.decSpec, f.decErr = pyfmt.ParseSpecFor(spec, "decimal.Decimal")
	return f
}

// Append appends format(x, spec) for the value of text, or returns dst
// unchanged and the error Python raises.
func (f *Format) Append(dst, text []byte) ([]byte, error) {
	if f.as == Decimal {
		return f.appendDecimal(dst, text)
	}
	x, err := ReadNumber(text, f.as, &f.big)
	switch {
	case err != nil:
		return dst, err
	case x.IsFloat:
		if f.floatErr != nil {
			return dst, f.floatErr
		}
		return pyfmt.AppendFormatFloat(dst, x.Float, f.floatSpec)
	case f.intErr != nil:
		return dst, f.intErr
	case x.Big != nil:
		return pyfmt.AppendFormatBigInt(dst, x.Big, f.intSpec)
	}
	return pyfmt.AppendFormatInt(dst, x.Int, f.intSpec)
}

func (f *Format) appendDecimal(dst, text []byte) ([]byte, error) {
	d, buf, err := pyparse.ParseDecimal(f.buf[:0], text)
	if err != nil {
		return dst, err
	}
	f.buf = buf
	x, err := pyparse.APD(d, &f.dec)
	if err != nil {
		return dst, err
	}
	if f.decErr != nil {
		return dst, f.decErr
	}
	return pyfmt.AppendFormatAPD(dst, x, f.decSpec)
}
