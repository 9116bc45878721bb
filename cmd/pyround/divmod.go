package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/spf13/cobra"
)

// divOp is one of Python's //, % and divmod().
type divOp uint8

const (
	opFloorDiv divOp = iota
	opMod
	opDivMod
)

var divOpInfo = [...]struct{ name, python, short string }{
	opFloorDiv: {"floordiv", "A // B", "Floor division as Python's // (toward -inf; decimals truncate)"},
	opMod:      {"mod", "A % B", "Modulus as Python's % (sign of B; decimals: sign of A)"},
	opDivMod:   {"divmod", "divmod(A, B)", "Python's divmod(A, B): the pair (A // B, A % B)"},
}

func newDivCmd(op divOp) *cobra.Command {
	info := divOpInfo[op]
	var asText string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   info.name + " [--as auto|decimal] [--keep-going] [A B]",
		Short: info.short,
		Long: `Print what Python's print(` + info.python + `) shows, for the operands given as
arguments or for each line of standard input holding two values separated by
white space.

With --as auto (the default) each operand is a Python int if int(text)
accepts it, else a float, as if written as a literal: ints and floats floor
toward negative infinity and the remainder takes the divisor's sign
(-7 // 2 is -4, -7 % 2 is 1, divmod(-7.5, 2) is (-4.0, 0.5)); an int mixed
with a float is converted to float first.

With --as decimal the operands are Decimal(text) and Python's decimal
module rules apply, computed exactly (no 28-digit context limit): the
quotient truncates toward zero and the remainder takes the dividend's sign
(Decimal(-7) // 2 is -3, Decimal(-7) % 2 is -1).`,
		Example: divExample(info.name),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := newDivOptions(op, asText); err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runPairValues(args, info.name, func() pairFunc {
				w, _ := newDivOptions(op, asText) // validated above; one per worker
				return w.pair
			}, op == opDivMod)
		},
	}
	f := cmd.Flags()
	f.StringVar(&asText, "as", "auto", "read operands as auto (int, else float) or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad line print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	return cmd
}

// divOptions is one invocation's settings and scratch space.
type divOptions struct {
	op      divOp
	decimal bool
	ctx     *divmod.Context
	// scratch, reused line after line
	ba, bb, bq, br big.Int
	da, db, dq, dr apd.Decimal
	buf            []byte // the operands' decimal digits
}

func newDivOptions(op divOp, as string) (*divOptions, error) {
	o := &divOptions{op: op}
	switch strings.ToLower(as) {
	case "auto":
	case "decimal":
		o.decimal = true
		o.ctx = divmod.ExactContext()
	default:
		return nil, fmt.Errorf("invalid --as %q: want auto or decimal", as)
	}
	return o, nil
}

// number is a Python int (small, or big when it does not fit int64) or
// float, as a literal reads.
type number struct {
	isFloat bool
	small   int64
	big     *big.Int
	f       float64
}

func readNumber(text []byte, scratch *big.Int) (number, error) {
	if cannotBeInt(text) {
		// int() fails for sure: skip building its error message.
	} else if small, b, err := pyparse.Int(text, scratch); err == nil {
		return number{small: small, big: b}, nil
	}
	f, err := pyparse.Float(text)
	return number{isFloat: true, f: f}, err
}

// float converts an int operand as Python does before mixed arithmetic.
func (n number) float() (float64, error) {
	switch {
	case n.isFloat:
		return n.f, nil
	case n.big != nil:
		return divmod.IntToFloat(n.big)
	}
	return float64(n.small), nil // correctly rounded, like PyLong_AsDouble
}

func (o *divOptions) pair(dst, a, b []byte) ([]byte, error) {
	if o.decimal {
		return o.decimalPair(dst, a, b)
	}
	x, err := readNumber(a, &o.ba)
	if err != nil {
		return dst, err
	}
	y, err := readNumber(b, &o.bb)
	if err != nil {
		return dst, err
	}
	if x.isFloat || y.isFloat {
		return o.floatPair(dst, x, y)
	}
	if x.big == nil && y.big == nil {
		out, err := o.smallPair(dst, x.small, y.small)
		if !errors.Is(err, divmod.ErrIntOverflow) {
			return out, err
		}
	}
	return o.bigPair(dst, x, y)
}

func (o *divOptions) smallPair(dst []byte, a, b int64) ([]byte, error) {
	switch o.op {
	case opFloorDiv:
		q, err := divmod.FloorDiv(a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendInt(dst, q), nil
	case opMod:
		r, err := divmod.Mod(a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendInt(dst, r), nil
	}
	q, r, err := divmod.DivMod(a, b)
	if err != nil {
		return dst, err
	}
	dst = pyfmt.AppendInt(append(dst, '('), q)
	return append(pyfmt.AppendInt(append(dst, ", "...), r), ')'), nil
}

func (o *divOptions) bigPair(dst []byte, x, y number) ([]byte, error) {
	a, b := x.big, y.big
	if a == nil {
		a = o.ba.SetInt64(x.small)
	}
	if b == nil {
		b = o.bb.SetInt64(y.small)
	}
	switch o.op {
	case opFloorDiv:
		q, err := divmod.FloorDivBig(&o.bq, a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendBigInt(dst, q), nil
	case opMod:
		r, err := divmod.ModBig(&o.br, a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendBigInt(dst, r), nil
	}
	q, r, err := divmod.DivModBig(&o.bq, &o.br, a, b)
	if err != nil {
		return dst, err
	}
	dst = pyfmt.AppendBigInt(append(dst, '('), q)
	return append(pyfmt.AppendBigInt(append(dst, ", "...), r), ')'), nil
}

func (o *divOptions) floatPair(dst []byte, x, y number) ([]byte, error) {
	a, err := x.float()
	if err != nil {
		return dst, err
	}
	b, err := y.float()
	if err != nil {
		return dst, err
	}
	switch o.op {
	case opFloorDiv:
		q, err := divmod.FloorDivFloat(a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendRepr(dst, q), nil
	case opMod:
		r, err := divmod.ModFloat(a, b)
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendRepr(dst, r), nil
	}
	q, r, err := divmod.DivModFloat(a, b)
	if err != nil {
		return dst, err
	}
	dst = pyfmt.AppendRepr(append(dst, '('), q)
	return append(pyfmt.AppendRepr(append(dst, ", "...), r), ')'), nil
}

func (o *divOptions) decimalPair(dst, a, b []byte) ([]byte, error) {
	if out, ok := o.fixedPair(dst, a, b); ok {
		return out, nil
	}
	// Decimal(A) is complete, errors included, before B is read.
	pa, buf, err := pyparse.ParseDecimal(o.buf[:0], a)
	if err != nil {
		return dst, err
	}
	x, err := pyparse.APD(pa, &o.da)
	if err != nil {
		return dst, err
	}
	pb, buf, err := pyparse.ParseDecimal(buf, b)
	if err != nil {
		return dst, err
	}
	y, err := pyparse.APD(pb, &o.db)
	if err != nil {
		return dst, err
	}
	o.buf = buf
	switch o.op {
	case opFloorDiv:
		if err := o.ctx.DivInt(&o.dq, x, y); err != nil {
			return dst, err
		}
		return pyfmt.AppendAPD(dst, &o.dq), nil
	case opMod:
		if err := o.ctx.Rem(&o.dr, x, y); err != nil {
			return dst, err
		}
		return pyfmt.AppendAPD(dst, &o.dr), nil
	}
	if err := o.ctx.DivMod(&o.dq, &o.dr, x, y); err != nil {
		return dst, err
	}
	// print() of a tuple shows its items' repr: (Decimal('-3'), Decimal('-1')).
	dst = pyfmt.AppendAPDRepr(append(dst, '('), &o.dq)
	return append(pyfmt.AppendAPDRepr(append(dst, ", "...), &o.dr), ')'), nil
}

// fixedPair is decimalPair for operands package fixed holds and whose
// quotient and remainder it holds: the everyday case, without the
// general arithmetic. ok is false, and nothing appended, for the rest
// (errors included: the general path words each operator's own).
func (o *divOptions) fixedPair(dst, a, b []byte) (_ []byte, ok bool) {
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
	switch o.op {
	case opFloorDiv:
		return q.AppendText(dst), true
	case opMod:
		return r.AppendText(dst), true
	}
	// print() of a tuple shows its items' repr: (Decimal('-3'), Decimal('-1')).
	dst = q.AppendText(append(dst, "(Decimal('"...))
	dst = r.AppendText(append(dst, "'), Decimal('"...))
	return append(dst, "'))"...), true
}
