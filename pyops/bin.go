package pyops

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Bin puts numbers into bins of a fixed width counted from an origin, and
// appends what Python prints for each value's bin, for
//
//	idx = (x - O) // W
//	lower = O + idx * W
//	upper = lower + W
//
// Label LabelLower prints str(lower), LabelIndex str(int(idx)) (lower is
// then not computed), LabelRange "[lower, upper)" with each edge as str()
// prints it.
//
// Under Auto each of x, W and O is an int if int(text) accepts it, else a
// float, and the arithmetic is Python's own, step by step, with Python's
// promotion of an int mixed with a float (OverflowError: int too large to
// convert to float). So floats give what Python gives: with W 0.1, 0.7 is
// in the bin 0.6000000000000001, since 0.7 // 0.1 == 6.0. Ints are exact at
// any size; an edge past 4300 digits is str()'s ValueError. A zero width
// is ZeroDivisionError (integer division or modulo by zero, or float floor
// division by zero); int(idx) of NaN or infinity is int()'s error. Float
// reads all three with float().
//
// Under Decimal they are Decimal(text) and the binning is exact: idx is
// the exact quotient (x - O) / W rounded toward negative infinity (not the
// decimal module's truncating //), and the edges are Decimal + and * in
// an exact context: with W 0.1, 0.7 is in the bin 0.7, -0.05 in -0.1.
// Where x - O or W is not finite, or W is zero, the index is Python's
// ((x - O) / W).to_integral_value(ROUND_FLOOR): NaN propagates with its
// payload (the lower edge prints NaN, the index is ValueError: cannot
// convert NaN to integer), an infinite x - O gives infinite edges, a
// finite one with an infinite width gives index 0 and InvalidOperation for
// the edges (0 * Infinity), an sNaN is InvalidOperation, and a zero width
// is DivisionByZero: [<class 'decimal.DivisionByZero'>] (InvalidOperation:
// [<class 'decimal.DivisionUndefined'>] when x == O). A result of more
// than 1000000 digits is pyround's limit (OverflowError: result would have
// more than 1000000 digits (pyround's limit)), as for the other decimal
// operations.
//
// A Bin holds scratch space: reuse one per goroutine; copy it (before use,
// or any time it is not in use) for another.
type Bin struct {
	as    As
	label BinLabel
	// Auto and Float: the width and origin as numbers, their big ints in
	// wBig and oBig; xBig is the value's.
	w, o             Number
	wBig, oBig, xBig big.Int
	// Decimal: width, origin, value, x - O, index, idx*W, lower, upper.
	dw, do, dx, dd, di, dp, dl, du apd.Decimal
	ibig                           big.Int
	buf                            []byte
	ctx                            *pydecimal.Context
}

// NewBin returns the Bin of the given width and origin (origin "" is 0),
// read as as says, printing label. A width or origin the reading rejects
// is the error Python raises reading it (float()'s ValueError under Auto,
// InvalidOperation: [<class 'decimal.ConversionSyntax'>] under Decimal);
// the width is read first.
func NewBin(width, origin string, as As, label BinLabel) (*Bin, error) {
	b := &Bin{as: as, label: label}
	if as == Decimal {
		if err := b.readBinDecimal(&b.dw, []byte(width)); err != nil {
			return nil, err
		}
		if origin == "" {
			b.do.SetInt64(0)
		} else if err := b.readBinDecimal(&b.do, []byte(origin)); err != nil {
			return nil, err
		}
		b.ctx = pydecimal.ExactContext()
		return b, nil
	}
	var err error
	if b.w, err = ReadNumber([]byte(width), as, &b.wBig); err != nil {
		return nil, err
	}
	if origin != "" {
		if b.o, err = ReadNumber([]byte(origin), as, &b.oBig); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// readBinValue reads a value to bin under Auto or Float. It is the one
// place a value's text becomes a number: a text that is no number is
// float()'s ValueError, as ReadNumber gives it.
func (b *Bin) readBinValue(v []byte) (Number, error) {
	return ReadNumber(v, b.as, &b.xBig)
}

// readBinDecimal reads Decimal(text) into z, with pyround's int32
// exponent limit.
func (b *Bin) readBinDecimal(z *apd.Decimal, text []byte) error {
	d, buf, err := pyparse.ParseDecimal(b.buf[:0], text)
	if err != nil {
		return err
	}
	b.buf = buf
	_, err = pyparse.APD(d, z)
	return err
}

// Append appends what Python prints for the bin of the number v, or
// returns dst unchanged and the error Python raises.
func (b *Bin) Append(dst, v []byte) ([]byte, error) {
	if b.as == Decimal {
		if err := b.readBinDecimal(&b.dx, v); err != nil {
			return dst, err
		}
		return b.appendDecimal(dst)
	}
	x, err := b.readBinValue(v)
	if err != nil {
		return dst, err
	}
	w, o := b.w, b.o
	switch {
	case !x.IsFloat && !w.IsFloat && !o.IsFloat:
		if x.Big == nil && w.Big == nil && o.Big == nil {
			e, err := distribute.BinInt(x.Int, w.Int, o.Int)
			if err == nil {
				return b.appendInt64(dst, e), nil
			}
			if err == divmod.ErrIntDivisionByZero {
				return dst, err
			}
		}
		return b.appendBig(dst, x, w, o)
	case x.IsFloat && w.IsFloat && (o.IsFloat || o.Big == nil && o.Int == 0):
		// An int origin 0 (the default) is 0.0 wherever a float meets it:
		// x - 0 and 0 + p are x - 0.0 and 0.0 + p, signs of zero included.
		e, err := distribute.BinFloat(x.Float, w.Float, o.Float)
		if err != nil {
			return dst, err
		}
		return b.appendFloat(dst, e)
	}
	return b.appendMixed(dst, x, w, o)
}

func (b *Bin) appendInt64(dst []byte, e distribute.Edges[int64]) []byte {
	switch b.label {
	case LabelIndex:
		return pyfmt.AppendInt(dst, e.Index)
	case LabelLower:
		return pyfmt.AppendInt(dst, e.Lower)
	}
	dst = pyfmt.AppendInt(append(dst, '['), e.Lower)
	return append(pyfmt.AppendInt(append(dst, ", "...), e.Upper), ')')
}

// bigOfNumber returns n, an int, as a *big.Int (z's when n is small).
func bigOfNumber(n Number, z *big.Int) *big.Int {
	if n.Big != nil {
		return n.Big
	}
	return z.SetInt64(n.Int)
}

func (b *Bin) appendBig(dst []byte, x, w, o Number) ([]byte, error) {
	var xs, ws, os big.Int
	e, err := distribute.BinBig(bigOfNumber(x, &xs), bigOfNumber(w, &ws), bigOfNumber(o, &os))
	if err != nil {
		return dst, err
	}
	if b.label == LabelIndex {
		return appendBinBigInt(dst, e.Index)
	}
	start := len(dst)
	if b.label == LabelRange {
		dst = append(dst, '[')
	}
	dst, err = appendBinBigInt(dst, e.Lower)
	if err != nil {
		return dst[:start], err
	}
	if b.label == LabelLower {
		return dst, nil
	}
	dst, err = appendBinBigInt(append(dst, ", "...), e.Upper)
	if err != nil {
		return dst[:start], err
	}
	return append(dst, ')'), nil
}

// appendBinBigInt appends str(x), or str()'s ValueError past 4300 digits
// (dst unchanged).
func appendBinBigInt(dst []byte, x *big.Int) ([]byte, error) {
	if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(x)); err != nil {
		return dst, err
	}
	return pyfmt.AppendBigInt(dst, x), nil
}

func (b *Bin) appendFloat(dst []byte, e distribute.Edges[float64]) ([]byte, error) {
	switch b.label {
	case LabelIndex:
		return appendBinFloatIndex(dst, e.Index)
	case LabelLower:
		return pyfmt.AppendRepr(dst, e.Lower), nil
	}
	dst = pyfmt.AppendRepr(append(dst, '['), e.Lower)
	return append(pyfmt.AppendRepr(append(dst, ", "...), e.Upper), ')'), nil
}

// appendBinFloatIndex appends str(int(idx)) for a float idx, or int()'s
// error for NaN and infinities.
func appendBinFloatIndex(dst []byte, idx float64) ([]byte, error) {
	small, big, err := rounding.RoundToInt(idx, mode.Down)
	switch {
	case err != nil:
		return dst, err
	case big != nil:
		return pyfmt.AppendBigInt(dst, big), nil
	}
	return pyfmt.AppendInt(dst, small), nil
}

// appendMixed is Python's arithmetic when ints and floats mix (Auto):
// each operation converts its int operand to float (OverflowError past the
// largest float), in Python's order. idx is always a float then.
func (b *Bin) appendMixed(dst []byte, x, w, o Number) ([]byte, error) {
	var d float64
	if diff := x.Int - o.Int; !x.IsFloat && !o.IsFloat && x.Big == nil && o.Big == nil &&
		(diff < x.Int) == (o.Int > 0) { // x - O fits an int64; float64() of it rounds as Python
		d = float64(diff)
	} else if !x.IsFloat && !o.IsFloat { // x - O is an exact int, converted for // W
		var xs, os big.Int
		diff := new(big.Int).Sub(bigOfNumber(x, &xs), bigOfNumber(o, &os))
		f, err := divmod.IntToFloat(diff)
		if err != nil {
			return dst, err
		}
		d = f
	} else {
		xf, err := x.ToFloat()
		if err != nil {
			return dst, err
		}
		of, err := o.ToFloat()
		if err != nil {
			return dst, err
		}
		d = xf - of
	}
	wf, err := w.ToFloat()
	if err != nil {
		return dst, err
	}
	idx, err := divmod.FloorDivFloat(d, wf)
	if err != nil {
		return dst, err
	}
	if b.label == LabelIndex {
		return appendBinFloatIndex(dst, idx)
	}
	of, err := o.ToFloat()
	if err != nil {
		return dst, err
	}
	lower := of + float64(idx*wf) // no FMA: Python rounds the product
	return b.appendFloat(dst, distribute.Edges[float64]{Index: idx, Lower: lower, Upper: lower + wf})
}

// appendDecimal bins b.dx under Decimal.
func (b *Bin) appendDecimal(dst []byte) ([]byte, error) {
	ctx := b.ctx
	if binSumTooLong(&b.dx, &b.do) || binQuotientTooLong(&b.dx, &b.do, &b.dw) {
		return dst, digits.ErrTooManyDigits
	}
	if err := ctx.Sub(&b.dd, &b.dx, &b.do); err != nil {
		return dst, err
	}
	if b.dd.Form == apd.Finite && b.dw.Form == apd.Finite && !b.dw.IsZero() {
		idx, err := divmod.FloorDivDecimal(binShopspring(&b.dd), binShopspring(&b.dw))
		if err != nil {
			return dst, err
		}
		pydecimal.FromBigInt(&b.di, idx.BigInt())
	} else if err := b.specialIndex(); err != nil {
		return dst, err
	}
	if b.label == LabelIndex {
		i, err := ctx.ToInt(&b.ibig, &b.di, mode.Down)
		if err != nil {
			return dst, err
		}
		return appendBinBigInt(dst, i)
	}
	if err := ctx.Mul(&b.dp, &b.di, &b.dw); err != nil {
		return dst, err
	}
	if binSumTooLong(&b.do, &b.dp) {
		return dst, digits.ErrTooManyDigits
	}
	if err := ctx.Add(&b.dl, &b.do, &b.dp); err != nil {
		return dst, err
	}
	if b.label == LabelLower {
		return pyfmt.AppendAPD(dst, &b.dl), nil
	}
	if err := ctx.Add(&b.du, &b.dl, &b.dw); err != nil {
		return dst, err
	}
	dst = pyfmt.AppendAPD(append(dst, '['), &b.dl)
	return append(pyfmt.AppendAPD(append(dst, ", "...), &b.du), ')'), nil
}

// specialIndex sets b.di to ((x - O) / W).to_integral_value(ROUND_FLOOR)
// when x - O or W is not finite or W is zero: Python's decimal rules
// decide (the quotient is then a NaN, an infinity or a zero).
func (b *Bin) specialIndex() error {
	if b.dd.Form == apd.Finite && b.dw.Form == apd.Infinite {
		// A finite / Infinity is a zero of exponent Etiny, beyond apd's
		// int32 exponents; to_integral_value makes it 0 with its sign.
		b.di.Set(decimal0)
		b.di.Negative = b.dd.Negative != b.dw.Negative
		return nil
	}
	if err := b.ctx.Quo(&b.di, &b.dd, &b.dw); err != nil {
		return err
	}
	if b.di.Form == apd.Finite {
		if !b.di.IsZero() {
			// Unreachable: d finite and W = ±0 raise, d finite and W
			// infinite is handled above. Python's name for a bug in itself.
			return pyerr.New("SystemError", "pyops: bin: nonzero finite quotient on the special path")
		}
		b.di.Exponent = 0 // to_integral_value keeps the sign of zero
	}
	return nil
}

var decimal0 = apd.New(0, 0)

// binQuotientTooLong reports, for finite x, O and a finite nonzero W,
// that the index floor((x - O) / W) certainly has more than
// digits.MaxResultDigits digits (pyround's limit, whatever x - O is): the
// nonzero operand of the larger adjusted exponent a is at least 10 times
// the other, so |x - O| >= 10^(a-1), and |W| < 10^(adj(W)+1). The check
// spares building a million-digit x - O only to refuse its quotient.
func binQuotientTooLong(x, o, w *apd.Decimal) bool {
	if x.Form != apd.Finite || o.Form != apd.Finite || w.Form != apd.Finite || w.IsZero() {
		return false
	}
	adj := func(v *apd.Decimal) int64 { return int64(v.Exponent) + v.NumDigits() - 1 }
	var a int64
	switch {
	case x.IsZero() && o.IsZero():
		return false
	case o.IsZero():
		a = adj(x) + 1 // x - 0 is x: |x - O| >= 10^adj(x)
	case x.IsZero():
		a = adj(o) + 1
	default:
		ax, ao := adj(x), adj(o)
		if ax-ao < 2 && ao-ax < 2 {
			return false // they may cancel
		}
		a = max(ax, ao)
	}
	return a-1-adj(w) >= digits.MaxResultDigits+1
}

// binSumTooLong reports, for finite a and b, that a ± b certainly has more
// than digits.MaxResultDigits digits at the smaller exponent, where
// Python's exact context would round (pyround's limit): the nonzero operand
// of the larger adjusted exponent, aligned, has at least MaxResultDigits+2
// digits, and a borrow takes one at most. The context's own Add computes
// that only after building the aligned coefficient, which for exponents a
// million apart costs tens of milliseconds.
func binSumTooLong(a, b *apd.Decimal) bool {
	if a.Form != apd.Finite || b.Form != apd.Finite {
		return false
	}
	if !a.IsZero() && !b.IsZero() {
		adjA := int64(a.Exponent) + a.NumDigits()
		adjB := int64(b.Exponent) + b.NumDigits()
		if adjA-adjB < 2 && adjB-adjA < 2 {
			return false // they may cancel: the context decides
		}
	}
	e := min(int64(a.Exponent), int64(b.Exponent))
	for _, v := range [...]*apd.Decimal{a, b} {
		if !v.IsZero() && int64(v.Exponent)+v.NumDigits()-1-e >= digits.MaxResultDigits+1 {
			return true
		}
	}
	return false
}

// binShopspring converts a finite apd decimal to a shopspring one.
func binShopspring(a *apd.Decimal) decimal.Decimal {
	c := a.Coeff.MathBigInt()
	if a.Negative {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, a.Exponent)
}
