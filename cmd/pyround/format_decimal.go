package main

import (
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// decimalValue prints format(Decimal(text), spec). The decimal module
// parses specs with libmpdec's own rules (and its own errors), so a spec
// the float/int parser rejects may still be valid here: those go through
// FormatAPD with the spec text.
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
	if o.decErr == nil {
		return pyfmt.AppendFormatAPD(dst, x, o.decSpec)
	}
	s, err := pyfmt.FormatAPD(x, o.spec)
	if err != nil {
		return dst, err
	}
	return append(dst, s...), nil
}
