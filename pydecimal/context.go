// Package pydecimal is Python's decimal module arithmetic on
// cockroachdb/apd decimals: the operators + - * / ** // %, divmod(),
// unary - + and abs(), quantize(), round(), int()/math.floor()/math.ceil()
// and the conversions Decimal(float), Decimal(int) and float(Decimal),
// each computing exactly what CPython 3.11's C decimal module (libmpdec)
// computes under a Context (normally DefaultContext, Python's default
// context) and failing with the exception Python prints.
package pydecimal

import (
	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Context is the arithmetic context of Python's decimal module: a
// precision (the digits results are rounded to, and the most digits an
// integer quotient may have), the exponent limits Emin and Emax, rounding
// ROUND_HALF_EVEN, capitals 1, clamp 0, and Python's default traps
// InvalidOperation, DivisionByZero and Overflow. Its methods (Add, Sub,
// Mul, Quo, Pow, Neg, Plus, Abs, Quantize, Round, ToInt, DivInt, Rem,
// DivMod) compute on cockroachdb/apd decimals what CPython 3.11's C
// decimal module (libmpdec) computes, and fail where it raises, with the
// exception Python prints:
//
//	DivisionByZero: [<class 'decimal.DivisionByZero'>]
//	InvalidOperation: [<class 'decimal.DivisionUndefined'>]
//
// as a *pyerr.Error built by pyerr.Decimal (the class of the first trapped
// signal, then the list of trapped conditions that occurred). apd's own
// arithmetic is not used (only its Ln and Exp, inside Pow): it differs
// from Python in the exponent range (apd's arithmetic stops at ±100000),
// NaN payloads (not cut to the precision), signs of zero, x % Infinity (not
// rounded to the context) and the errors (apd has no divmod, no
// DivisionImpossible before computing, and its own messages).
//
// The operands are apd.Decimal values as pyparse.APD makes them: any
// coefficient, int32 exponent, the sign of zero, Infinity, NaN and sNaN,
// with a NaN's payload in Coeff (the sign of Coeff is ignored; a Form apd
// does not define counts as NaN). Results are written in the same form. A
// result may alias an operand.
//
// A nil or zero Context behaves as DefaultContext. A Context is immutable
// and safe for concurrent use.
type Context struct {
	prec       int64 // digits; 0 means DefaultContext
	emax, emin int64
	exact      bool // the pyround limit replaces DivisionImpossible and Rounded
}

// The limits of CPython's decimal module on 64-bit platforms
// (decimal.MAX_EMAX and decimal.MIN_EMIN).
const (
	pydMaxEmax = 999_999_999_999_999_999
	pydMinEmin = -999_999_999_999_999_999
)

var pydDefault = Context{prec: 28, emax: 999_999, emin: -999_999}

// DefaultContext returns Python's decimal.DefaultContext, the context of a
// fresh program: Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
// Emax=999999, capitals=1, clamp=0, traps=[InvalidOperation,
// DivisionByZero, Overflow]). An integer quotient of more than 28 digits
// fails with InvalidOperation: [<class 'decimal.DivisionImpossible'>]
// (Decimal(10**28) // 1 does, Decimal(10**27) // 1 does not); a remainder
// is rounded half-even to 28 digits, raises Overflow: [<class
// 'decimal.Overflow'>] if its adjusted exponent exceeds 999999, and is
// rounded to the exponent -1000026 (Etiny) if its exponent is below that,
// all as Python does.
func DefaultContext() *Context {
	c := pydDefault
	return &c
}

// ExactContext returns the context of pyround's exact decimal arithmetic
// (the CLI's --as decimal): Python's Context(prec=1000000,
// Emax=MAX_EMAX, Emin=MIN_EMIN) with the default traps, with one change.
// Within the int32 exponents of apd that context never overflows or
// underflows, so a quotient or remainder is exact unless it would have more
// than digits.MaxResultDigits (1000000) digits: where Python would then
// raise DivisionImpossible (an integer quotient that long) or round (a
// remainder that long, from operands that long), the methods return
// digits.ErrTooManyDigits instead,
//
//	OverflowError: result would have more than 1000000 digits (pyround's limit)
//
// since with MAX_PREC digits Python would compute the exact result, which
// pyround refuses to build, as package rounding does. NaN payloads of more
// than 1000000 digits keep their last 1000000 digits, as in that Python
// context.
func ExactContext() *Context {
	return &Context{prec: digits.MaxResultDigits, emax: pydMaxEmax, emin: pydMinEmin, exact: true}
}

// params returns c, or the default context for a nil or zero Context.
func (c *Context) params() *Context {
	if c == nil || c.prec <= 0 {
		return &pydDefault
	}
	return c
}

// pydStatus is a set of libmpdec status flags: the conditions an operation
// signalled.
type pydStatus uint16

const (
	pydInvalid       pydStatus = 1 << iota // InvalidOperation (the condition itself)
	pydDivImpossible                       // DivisionImpossible
	pydDivUndefined                        // DivisionUndefined
	pydDivByZero                           // DivisionByZero
	pydOverflow                            // Overflow
	pydUnderflow                           // Underflow
	pydSubnormal                           // Subnormal
	pydInexact                             // Inexact
	pydRounded                             // Rounded
	pydClamped                             // Clamped

	// pydTraps are the conditions Python's default traps catch: the three
	// InvalidOperation conditions, DivisionByZero and Overflow.
	pydTraps = pydInvalid | pydDivImpossible | pydDivUndefined | pydDivByZero | pydOverflow
)

// pydTrapNames lists the trapped conditions in the order CPython's
// flags_as_list reports them.
var pydTrapNames = [...]struct {
	flag pydStatus
	name string
}{
	{pydInvalid, "InvalidOperation"},
	{pydDivImpossible, "DivisionImpossible"},
	{pydDivUndefined, "DivisionUndefined"},
	{pydDivByZero, "DivisionByZero"},
	{pydOverflow, "Overflow"},
}

// err returns the exception Python raises for the status st, or nil.
func (c *Context) err(st pydStatus) error {
	if c.exact && st&(pydDivImpossible|pydRounded) != 0 {
		return digits.ErrTooManyDigits
	}
	t := st & pydTraps
	if t == 0 {
		return nil
	}
	// The class is the first trapped signal in CPython's signal_map order.
	sig := "Overflow"
	switch {
	case t&(pydInvalid|pydDivImpossible|pydDivUndefined) != 0:
		sig = "InvalidOperation"
	case t&pydDivByZero != 0:
		sig = "DivisionByZero"
	}
	var names [len(pydTrapNames)]string
	n := 0
	for _, tn := range pydTrapNames {
		if t&tn.flag != 0 {
			names[n] = tn.name
			n++
		}
	}
	return pyerr.Decimal(sig, names[:n]...)
}
