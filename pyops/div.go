package pyops

import (
	"errors"
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// DivOp is one of Python's //, % and divmod().
type DivOp uint8

const (
	FloorDiv DivOp = iota // a // b
	Mod                   // a % b
	DivMod                // divmod(a, b)
)

// Div is Python's //, % or divmod() on text: Append prints what
// print(a // b), print(a % b) or print(divmod(a, b)) shows.
//
// Under Auto (the zero value) each operand is an int or a float by the
// literal rule (ReadNumber): ints and floats floor toward negative
// infinity and the remainder takes the divisor's sign (-7 // 2 is -4,
// -7 % 2 is 1, divmod(-7.5, 2) is (-4.0, 0.5)); an int mixed with a float
// is converted to float first, as Python does. Float reads both operands
// with float(). Under Decimal the operands are Decimal(text) and the
// decimal module's rules apply, computed exactly (no 28-digit context
// limit): the quotient truncates toward zero and the remainder takes the
// dividend's sign (Decimal(-7) // 2 is -3, Decimal(-7) % 2 is -1), and
// divmod prints the pair's reprs, (Decimal('-3'), Decimal('-1')).
//
// A Div holds scratch space: reuse one per goroutine; copy it (before use,
// or any time it is not in use) for another.
type Div struct {
	Op DivOp
	As As
	// scratch, reused call after call
	ba, bb, bq, br big.Int
	da, db, dq, dr apd.Decimal
	buf            []byte // the operands' decimal digits
	ctx            *pydecimal.Context
}

// Append appends the result for the operands a and b, or returns dst
// unchanged and the error Python raises (ZeroDivisionError: integer
// division or modulo by zero, ...). A Decimal operand is read completely,
// errors included, before the other.
func (d *Div) Append(dst, a, b []byte) ([]byte, error) {
	if d.As == Decimal {
		return d.appendDecimal(dst, a, b)
	}
	x, err := ReadNumber(a, d.As, &d.ba)
	if err != nil {
		return dst, err
	}
	y, err := ReadNumber(b, d.As, &d.bb)
	if err != nil {
		return dst, err
	}
	if x.IsFloat || y.IsFloat {
		return d.appendFloat(dst, x, y)
	}
	if x.Big == nil && y.Big == nil {
		out, err := d.appendSmall(dst, x.Int, y.Int)
		if !errors.Is(err, divmod.ErrIntOverflow) {
			return out, err
		}
	}
	return d.appendBig(dst, x, y)
}

func (d *Div) appendSmall(dst []byte, a, b int64) ([]byte, error) {
	var q, r int64
	var err error
	switch d.Op {
	case FloorDiv:
		q, err = divmod.FloorDiv(a, b)
	case Mod:
		r, err = divmod.Mod(a, b)
	default:
		q, r, err = divmod.DivMod(a, b)
	}
	return appendOutcome(dst, d.Op, q, r, err, pyfmt.AppendInt[int64])
}

func (d *Div) appendBig(dst []byte, x, y Number) ([]byte, error) {
	a, b := x.Big, y.Big
	if a == nil {
		a = d.ba.SetInt64(x.Int)
	}
	if b == nil {
		b = d.bb.SetInt64(y.Int)
	}
	var q, r *big.Int
	var err error
	switch d.Op {
	case FloorDiv:
		q, err = divmod.FloorDivBig(&d.bq, a, b)
	case Mod:
		r, err = divmod.ModBig(&d.br, a, b)
	default:
		q, r, err = divmod.DivModBig(&d.bq, &d.br, a, b)
	}
	return appendOutcome(dst, d.Op, q, r, err, pyfmt.AppendBigInt)
}

func (d *Div) appendFloat(dst []byte, x, y Number) ([]byte, error) {
	a, err := x.ToFloat()
	if err != nil {
		return dst, err
	}
	b, err := y.ToFloat()
	if err != nil {
		return dst, err
	}
	var q, r float64
	switch d.Op {
	case FloorDiv:
		q, err = divmod.FloorDivFloat(a, b)
	case Mod:
		r, err = divmod.ModFloat(a, b)
	default:
		q, r, err = divmod.DivModFloat(a, b)
	}
	return appendOutcome(dst, d.Op, q, r, err, pyfmt.AppendRepr)
}

// appendOutcome appends what print() shows for op's result: q for //, r
// for %, the tuple (q, r) for divmod(); or returns dst and err.
func appendOutcome[T any](dst []byte, op DivOp, q, r T, err error, put func([]byte, T) []byte) ([]byte, error) {
	switch {
	case err != nil:
		return dst, err
	case op == FloorDiv:
		return put(dst, q), nil
	case op == Mod:
		return put(dst, r), nil
	}
	dst = put(append(dst, '('), q)
	return append(put(append(dst, ", "...), r), ')'), nil
}

func (d *Div) appendDecimal(dst, a, b []byte) ([]byte, error) {
	if out, ok := d.appendFixed(dst, a, b); ok {
		return out, nil
	}
	// Decimal(A) is complete, errors included, before B is read.
	pa, buf, err := pyparse.ParseDecimal(d.buf[:0], a)
	if err != nil {
		return dst, err
	}
	x, err := pyparse.APD(pa, &d.da)
	if err != nil {
		return dst, err
	}
	pb, buf, err := pyparse.ParseDecimal(buf, b)
	if err != nil {
		return dst, err
	}
	y, err := pyparse.APD(pb, &d.db)
	if err != nil {
		return dst, err
	}
	d.buf = buf
	if d.ctx == nil {
		d.ctx = pydecimal.ExactContext()
	}
	switch d.Op {
	case FloorDiv:
		if err := d.ctx.DivInt(&d.dq, x, y); err != nil {
			return dst, err
		}
		return pyfmt.AppendAPD(dst, &d.dq), nil
	case Mod:
		if err := d.ctx.Rem(&d.dr, x, y); err != nil {
			return dst, err
		}
		return pyfmt.AppendAPD(dst, &d.dr), nil
	}
	if err := d.ctx.DivMod(&d.dq, &d.dr, x, y); err != nil {
		return dst, err
	}
	// print() of a tuple shows its items' repr: (Decimal('-3'), Decimal('-1')).
	dst = pyfmt.AppendAPDRepr(append(dst, '('), &d.dq)
	return append(pyfmt.AppendAPDRepr(append(dst, ", "...), &d.dr), ')'), nil
}

// appendFixed is appendDecimal for operands package fixed holds and whose
// quotient and remainder it holds: the everyday case, without the general
// arithmetic. ok is false, and nothing appended, for the rest (errors
// included: the general path words each operator's own).
func (d *Div) appendFixed(dst, a, b []byte) (_ []byte, ok bool) {
	x, err := fixed.Parse(a)
	if err != nil {
		return dst, false
	}
	y, err := fixed.Parse(b)
	if err != nil {
		return dst, false
	}
	q, r, err := fixed.DivMod(x, y)
	if err != nil {
		return dst, false
	}
	switch d.Op {
	case FloorDiv:
		return q.AppendText(dst), true
	case Mod:
		return r.AppendText(dst), true
	}
	// print() of a tuple shows its items' repr: (Decimal('-3'), Decimal('-1')).
	dst = q.AppendText(append(dst, "(Decimal('"...))
	dst = r.AppendText(append(dst, "'), Decimal('"...))
	return append(dst, "'))"...), true
}
