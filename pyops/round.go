package pyops

import (
	"math"
	"math/big"

	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
)

// Round is Python's round() on text: Append prints what
// print(round(x, n)) shows for the value x that the text reads as.
//
// Its zero value is round(x) under the Auto rule: Round{}.Append(nil,
// "2.5") is "2". A Round holds scratch space: reuse one per goroutine;
// copy it (before use, or any time it is not in use) for another.
type Round struct {
	As      As        // how the text is read (Auto, Float or Decimal)
	HasN    bool      // round(x, N) rather than round(x)
	N       int       // ndigits, when HasN; ParseNDigits reads any int
	Mode    mode.Mode // HalfEven is Python's round(); other modes as below
	scratch big.Int   // integer values past int64
}

// Append appends what Python's print() shows for the value of text rounded
// as r says, or returns dst unchanged and the error Python raises.
//
// Auto and Float: round(x, N) of an int or a float, and for a mode other
// than HalfEven, the exact value rounded under it (for a float
// float(Decimal(x).quantize(Decimal(1).scaleb(-N), rounding=MODE)), for an
// int the exact int rounded to a multiple of 10^-N). Without N the result
// is an int: round(x), or int(Decimal(x).to_integral_value(MODE)).
//
// Decimal: str() of Decimal(text).quantize(Decimal(1).scaleb(-N),
// rounding=MODE) computed exactly (no 28-digit context limit), or without
// N str(int(Decimal(text).to_integral_value(MODE))); see AppendRoundText.
//
// Append allocates nothing for floats, int64s and decimals of at most 64
// significant digits when dst has room.
func (r *Round) Append(dst, text []byte) ([]byte, error) {
	if r.As == Decimal {
		return r.appendDecimal(dst, text)
	}
	if r.HasN && r.Mode == mode.HalfEven {
		if out, ok := appendRoundFast(dst, text, r.N); ok {
			return out, nil // a plain decimal text, rounded on the text (fast.go)
		}
	}
	x, err := ReadNumber(text, r.As, &r.scratch)
	switch {
	case err != nil:
		return dst, err
	case x.IsFloat:
		return r.appendFloat(dst, x.Float)
	}
	return r.appendInt(dst, x.Int, x.Big)
}

func (r *Round) appendDecimal(dst, text []byte) ([]byte, error) {
	if !r.HasN {
		out, err := AppendRoundTextInt(dst, text, r.Mode)
		if err != nil {
			return dst, err
		}
		return out, checkIntPrint(out[len(dst):])
	}
	if r.N >= 0 && r.N <= fixed.MaxScale {
		// Most decimal columns fit package fixed, which rounds them
		// without the general digit-string path; anything it cannot
		// hold, or rejects, goes that path, which words the errors.
		if d, err := fixed.Parse(text); err == nil {
			if q, err := d.Quantize(r.N, r.Mode); err == nil {
				return q.AppendText(dst), nil
			}
		}
	}
	return AppendRoundText(dst, text, r.N, r.Mode)
}

func (r *Round) appendFloat(dst []byte, x float64) ([]byte, error) {
	if !r.HasN {
		small, b, err := rounding.RoundToInt(x, r.Mode)
		if err != nil {
			return dst, err
		}
		if b != nil {
			return pyfmt.AppendBigInt(dst, b), nil // at most 309 digits
		}
		return pyfmt.AppendInt(dst, small), nil
	}
	var y float64
	var err error
	if r.Mode == mode.HalfEven {
		y = rounding.Round(x, r.N)
		if math.IsInf(y, 0) && !math.IsInf(x, 0) {
			_, err = rounding.RoundFloat(x, r.N, r.Mode) // the OverflowError
		}
	} else {
		y, err = rounding.RoundFloat(x, r.N, r.Mode)
	}
	if err != nil {
		return dst, err
	}
	return pyfmt.AppendRepr(dst, y), nil
}

// appendInt rounds a Python int (small, or b when it does not fit int64).
func (r *Round) appendInt(dst []byte, small int64, b *big.Int) ([]byte, error) {
	if !r.HasN || r.N >= 0 {
		if b != nil {
			return pyfmt.AppendBigInt(dst, b), nil
		}
		return pyfmt.AppendInt(dst, small), nil
	}
	if b == nil {
		if v, err := rounding.RoundInt(small, r.N, r.Mode); err == nil {
			return pyfmt.AppendInt(dst, v), nil
		}
		b = r.scratch.SetInt64(small) // the result needs more than 64 bits
	}
	v, err := rounding.RoundBigInt(&r.scratch, b, r.N, r.Mode)
	if err != nil {
		return dst, err
	}
	if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(v)); err != nil {
		return dst, err
	}
	return pyfmt.AppendBigInt(dst, v), nil
}

// checkIntPrint applies Python's limit on printing ints to digits that
// were already formatted.
func checkIntPrint(digits []byte) error {
	n := len(digits)
	if n > 0 && digits[0] == '-' {
		n--
	}
	return pyfmt.CheckIntStrDigits(n)
}
