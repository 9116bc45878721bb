package main

import (
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// decimalValue prints format(Decimal(text), spec). The decimal module
// parses specs with libmpdec's own rules (and its own errors), which
// ParseSpecFor(spec, "decimal.Decimal") applies once: a spec the float/int
// parser rejects may still be valid here, and the reverse.
func (o *formatOptions) decimalValue(dst, text []byte) ([]byte, error) {
	d, buf, err := pyparse.ParseDecimal(o.buf[:0], text)
	if err != nil {
		return dst, err
	}
	o.buf = buf
	x, err := pyparse.APD(d, &o.dec)
	if err != nil {
		return dst, err
	}
	if o.decErr != nil {
		return dst, o.decErr
	}
	return pyfmt.AppendFormatAPD(dst, x, o.decSpec)
}
