package pyops

import (
	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// Exponent bounds of Python's largest decimal context (decimal.MAX_EMAX and
// the Etiny of MIN_EMIN with MAX_PREC), which the text path mirrors.
const (
	maxEmax  = 999999999999999999
	minEtiny = -1999999999999999997
)

var errInvalidOperation = pyerr.Decimal("InvalidOperation", "InvalidOperation")

// AppendRoundText parses s as Python's Decimal(s) does, quantizes it to
// exponent -places under mode m with unlimited precision, and appends
// str() of the result to dst, as Python prints
// Decimal(s).quantize(Decimal(1).scaleb(-places), rounding=m) under a
// context with MAX_PREC, MAX_EMAX and MIN_EMIN: AppendRoundText(dst,
// "2.675", 2, HalfEven) appends "2.68", ("1234", -2) appends "1.2E+3",
// ("-0.001", 2) appends "-0.00".
//
// A target exponent -places outside [Etiny, Emax] (-1999999999999999997
// and 999999999999999999) is Python's InvalidOperation whatever s is; NaN
// quantizes to itself (payload kept); sNaN and ±Infinity are
// InvalidOperation; text that
// Decimal() rejects is InvalidOperation [<class 'decimal.ConversionSyntax'>].
// A result needing more than digits.MaxResultDigits digits fails with
// digits.ErrTooManyDigits before any work. On error dst is returned unchanged.
//
// AppendRoundText allocates nothing when dst has room and s has at most 64
// significant digits.
func AppendRoundText[S ~string | ~[]byte](dst []byte, s S, places int, m mode.Mode) ([]byte, error) {
	var scratch [64]byte
	d, buf, err := pyparse.ParseDecimal(scratch[:0], s)
	if err != nil {
		return dst, err
	}
	// d.Coeff is capped at its length; buf, which ends with the same
	// digits, keeps scratch's capacity for the zeros quantize may append.
	coeff := buf[len(buf)-len(d.Coeff):]
	// The quantum Decimal('1E-places') must exist before anything else
	// happens: its exponent lies in [Etiny, Emax] of the MAX context.
	if places > -minEtiny || places < -maxEmax {
		return dst, errInvalidOperation
	}
	switch d.Kind {
	case pyparse.NaN:
		return pyfmt.AppendDecimalSpecial(dst, d.Neg, pyfmt.NaN, d.Payload), nil
	case pyparse.SNaN, pyparse.Infinite:
		return dst, errInvalidOperation
	}
	t := -int64(places)
	coeff, err = quantizeDigits(coeff, d.Exp, t, m, d.Neg)
	if err != nil {
		return dst, err
	}
	if t+int64(len(coeff))-1 > maxEmax {
		return dst, errInvalidOperation // a carry pushed the adjusted exponent past Emax
	}
	return pyfmt.AppendDecimal(dst, d.Neg, coeff, t), nil
}

// AppendRoundTextInt parses s as Python's Decimal(s) does and appends
// str(int(Decimal(s).to_integral_value(rounding=m))): the value rounded to
// an integer under m, printed without exponent or negative zero.
//
// NaN is Python's "ValueError: cannot convert NaN to integer", ±Infinity
// "OverflowError: cannot convert Infinity to integer", sNaN
// InvalidOperation. A result needing more than digits.MaxResultDigits digits
// fails with digits.ErrTooManyDigits (Python would build it). On error dst is
// returned unchanged.
func AppendRoundTextInt[S ~string | ~[]byte](dst []byte, s S, m mode.Mode) ([]byte, error) {
	var scratch [64]byte
	d, buf, err := pyparse.ParseDecimal(scratch[:0], s)
	if err != nil {
		return dst, err
	}
	// d.Coeff is capped at its length; buf, which ends with the same
	// digits, keeps scratch's capacity for the zeros quantize may append.
	coeff := buf[len(buf)-len(d.Coeff):]
	switch d.Kind {
	case pyparse.NaN:
		return dst, pyerr.ErrDecimalNaNToInt
	case pyparse.SNaN:
		return dst, errInvalidOperation
	case pyparse.Infinite:
		return dst, pyerr.ErrDecimalInfToInt
	}
	coeff, err = quantizeDigits(coeff, d.Exp, 0, m, d.Neg)
	if err != nil {
		return dst, err
	}
	if d.Neg && !(len(coeff) == 1 && coeff[0] == '0') {
		dst = append(dst, '-')
	}
	return append(dst, coeff...), nil
}

// quantizeDigits rounds the decimal ±coeff·10^exp to exponent t under m
// (mode.QuantizeDigits), or fails with digits.ErrTooManyDigits past
// digits.MaxResultDigits.
func quantizeDigits(coeff []byte, exp, t int64, m mode.Mode, neg bool) ([]byte, error) {
	q, ok := mode.QuantizeDigits(coeff, exp, t, m, neg, digits.MaxResultDigits)
	if !ok {
		return nil, digits.ErrTooManyDigits
	}
	return q, nil
}
