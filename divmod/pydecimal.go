package divmod

import (
	"math/big"
	"math/bits"
	"sync"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
)

// Context is the arithmetic context of Python's decimal module as far as
// Decimal's //, % and divmod() consult it: a precision (the most digits an
// integer quotient may have, and the digits a remainder is rounded to), the
// exponent limits Emin and Emax, rounding ROUND_HALF_EVEN, clamp 0, and
// Python's default traps InvalidOperation, DivisionByZero and Overflow. Its
// methods compute on cockroachdb/apd decimals what CPython 3.11's C decimal
// module (libmpdec's mpd_qdivint, mpd_qrem and mpd_qdivmod) computes, and
// fail where it raises, with the exception Python prints:
//
//	DivisionByZero: [<class 'decimal.DivisionByZero'>]
//	InvalidOperation: [<class 'decimal.DivisionUndefined'>]
//
// as a *pyerr.Error built by pyerr.Decimal (the class of the first trapped
// signal, then the list of trapped conditions that occurred). apd's own
// QuoInteger and Rem are not used: they differ from Python in the exponent
// range (apd's arithmetic stops at ±100000), NaN payloads (not cut to the
// precision), x % Infinity (not rounded to the context) and the errors
// (apd has no divmod, no DivisionImpossible before computing, and its own
// messages).
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
// than rounding.MaxResultDigits (1000000) digits: where Python would then
// raise DivisionImpossible (an integer quotient that long) or round (a
// remainder that long, from operands that long), the methods return
// rounding.ErrTooManyDigits instead,
//
//	OverflowError: result would have more than 1000000 digits (pyround's limit)
//
// since with MAX_PREC digits Python would compute the exact result, which
// pyround refuses to build, as package rounding does. NaN payloads of more
// than 1000000 digits keep their last 1000000 digits, as in that Python
// context.
func ExactContext() *Context {
	return &Context{prec: rounding.MaxResultDigits, emax: pydMaxEmax, emin: pydMinEmin, exact: true}
}

// params returns c, or the default context for a nil or zero Context.
func (c *Context) params() *Context {
	if c == nil || c.prec <= 0 {
		return &pydDefault
	}
	return c
}

// DivInt sets q to a // b as Python's decimal module computes it
// (Decimal.__floordiv__, the General Decimal Arithmetic divide-integer) and
// returns nil, or the exception Python raises.
//
// The quotient is truncated toward zero, like Go's / on integers and unlike
// Python's // on int and float (which floors) and math/big's Div (which is
// Euclidean): Decimal(-7) // 2 is -3, where -7 // 2 is -4. It is an integer
// with exponent 0 whatever the operands' exponents (Decimal('7.5') //
// Decimal('0.20') is 37), and its sign is the exclusive or of the operands'
// signs, also when it is zero: Decimal('-0') // 1 and Decimal(1) //
// Decimal('-Infinity') are Decimal('-0').
//
// Special operands: ±Infinity // y is an infinity for every finite y, zero
// included, and x // ±Infinity a zero, both with the exclusive or of the
// signs (Decimal('Infinity') // -2 is Decimal('-Infinity')); Infinity //
// Infinity fails with InvalidOperation: [<class
// 'decimal.InvalidOperation'>]. If an operand
// is a quiet NaN the result is that NaN (a's if both are), sign and payload
// kept (a payload longer than the precision keeps its last digits); an sNaN
// operand fails with InvalidOperation: [<class 'decimal.InvalidOperation'>].
//
// Errors for finite operands: x // 0 with x != 0 is
// DivisionByZero: [<class 'decimal.DivisionByZero'>]; 0 // 0 is
// InvalidOperation: [<class 'decimal.DivisionUndefined'>]; a quotient of
// more digits than the precision is InvalidOperation: [<class
// 'decimal.DivisionImpossible'>] (ExactContext: rounding.ErrTooManyDigits).
// On error q is set to the value Python returns when the signal is not
// trapped: ±Infinity for x // 0, NaN otherwise.
//
// DivInt allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) DivInt(q, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var v pydVal
	var st pydStatus
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if v, st, ok = c.nans(&x, &y); ok {
			break
		}
		neg := x.neg != y.neg
		switch {
		case x.form == apd.Infinite && y.form == apd.Infinite:
			v, st = pydNaN, pydInvalid
		case x.form == apd.Infinite:
			v = pydVal{form: apd.Infinite, neg: neg}
		default:
			v = pydVal{form: apd.Finite, neg: neg}
		}
	case y.isZero():
		if x.isZero() {
			v, st = pydNaN, pydDivUndefined
		} else {
			v, st = pydVal{form: apd.Infinite, neg: x.neg != y.neg}, pydDivByZero
		}
	default:
		// An integer quotient of at most prec digits at exponent 0 is
		// within [Emin, Emax] for both contexts: finalizing changes nothing.
		v, _, st = c.divmod(&x, &y)
	}
	err := c.err(st)
	if err == rounding.ErrTooManyDigits {
		v = pydNaN
	}
	v.store(q)
	return err
}

// Rem sets r to a % b as Python's decimal module computes it
// (Decimal.__mod__, the General Decimal Arithmetic remainder) and returns
// nil, or the exception Python raises.
//
// The remainder is a - b*(a // b) with the truncated quotient of DivInt, so
// it has the sign of a (like Go's % on integers and math.Mod, unlike
// Python's % on int and float, which takes b's sign, and unlike
// math.Remainder, which rounds the quotient to nearest): Decimal(-7) % 2 is
// -1, where -7 % 2 is 1. It keeps a's sign when it is zero (Decimal(-4) % 2
// is Decimal('-0')) and its exponent is the smaller of the operands'
// exponents (Decimal('10') % Decimal('3.0') is Decimal('1.0'), Decimal(-7)
// % Decimal('0.5') is Decimal('-0.0')). It is computed exactly and then
// fitted to the context as every Python result is: with DefaultContext, a
// remainder of more than 28 digits is rounded half-even (Decimal('1.' +
// '0'*32 + '1') % 7 is Decimal('1.000000000000000000000000000')), one whose
// adjusted exponent exceeds Emax fails with Overflow: [<class
// 'decimal.Overflow'>], and one with an exponent below Etiny is rounded to
// Etiny.
//
// Special operands: x % ±Infinity is x (fitted to the context); ±Infinity %
// y fails with InvalidOperation: [<class 'decimal.InvalidOperation'>];
// NaNs are handled as by DivInt.
//
// Errors for finite operands: x % 0 with x != 0 is InvalidOperation: [<class
// 'decimal.InvalidOperation'>] (not DivisionByZero, unlike x // 0); 0 % 0 is
// InvalidOperation: [<class 'decimal.DivisionUndefined'>]; a quotient of
// more digits than the precision is InvalidOperation: [<class
// 'decimal.DivisionImpossible'>] even though only the remainder is wanted
// (ExactContext: rounding.ErrTooManyDigits, also for a remainder of more
// than 1000000 digits). On error r is set to the value Python returns when
// the signal is not trapped: ±Infinity for an overflow, NaN otherwise.
//
// Rem allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) Rem(r, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var v pydVal
	var st pydStatus
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if v, st, ok = c.nans(&x, &y); ok {
			break
		}
		if x.form == apd.Infinite {
			v, st = pydNaN, pydInvalid
		} else {
			v = x
			st = c.finalize(&v)
		}
	case y.isZero():
		if x.isZero() {
			v, st = pydNaN, pydDivUndefined
		} else {
			v, st = pydNaN, pydInvalid
		}
	default:
		_, v, st = c.divmod(&x, &y)
		st |= c.finalize(&v)
	}
	err := c.err(st)
	if err == rounding.ErrTooManyDigits {
		v = pydNaN
	}
	v.store(r)
	return err
}

// DivMod sets q and r to divmod(a, b) as Python's decimal module computes
// it, the pair (a // b, a % b) of DivInt and Rem, so that a == q*b + r
// exactly whenever r is not rounded; it returns nil, or the exception
// Python raises. q and r must be distinct; either may alias an operand.
//
// It differs from calling DivInt and Rem in two cases only, as Python's
// divmod() does: divmod(x, 0) with x != 0 fails with InvalidOperation:
// [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
// (both conditions: // alone raises DivisionByZero, % alone
// InvalidOperation), and divmod(±Infinity, y) fails with InvalidOperation
// for every y, where ±Infinity // y alone gives ±Infinity. A NaN operand
// gives that NaN for both q and r; divmod(x, ±Infinity) is (a signed zero,
// x). On error q and r are set to the values Python returns when the signal
// is not trapped (q ±Infinity and r NaN for x / 0, NaN otherwise, an
// infinite r for an overflow of r).
//
// DivMod allocates nothing when the coefficients, aligned to a common
// exponent, fit in 19 digits.
func (c *Context) DivMod(q, r, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	var qv, rv pydVal
	var st pydStatus
	neg := x.neg != y.neg
	switch {
	case x.form != apd.Finite || y.form != apd.Finite:
		var ok bool
		if qv, st, ok = c.nans(&x, &y); ok {
			rv = qv
			break
		}
		if x.form == apd.Infinite {
			qv, rv, st = pydVal{form: apd.Infinite, neg: neg}, pydNaN, pydInvalid
			if y.form == apd.Infinite {
				qv = pydNaN
			}
		} else {
			rv = x
			st = c.finalize(&rv)
			qv = pydVal{form: apd.Finite, neg: neg}
		}
	case y.isZero():
		if x.isZero() {
			qv, rv, st = pydNaN, pydNaN, pydDivUndefined
		} else {
			qv, rv, st = pydVal{form: apd.Infinite, neg: neg}, pydNaN, pydDivByZero|pydInvalid
		}
	default:
		qv, rv, st = c.divmod(&x, &y)
		st |= c.finalize(&rv) // the quotient needs none, see DivInt
	}
	err := c.err(st)
	if err == rounding.ErrTooManyDigits {
		qv, rv = pydNaN, pydNaN
	}
	qv.store(q)
	rv.store(r)
	return err
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
		return rounding.ErrTooManyDigits
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

// pydVal is a decimal being computed: form, sign, exponent (finite only)
// and coefficient (finite) or payload (NaN), held in u when it fits and
// in b otherwise. A non-nil b is owned by the value's computation and never
// shares memory with an operand.
type pydVal struct {
	form apd.Form
	neg  bool
	exp  int64
	u    uint64
	b    *big.Int // non-nil iff the coefficient does not fit in u
}

// pydNaN is the NaN libmpdec's error paths produce: positive, no payload.
var pydNaN = pydVal{form: apd.NaN}

// pydLoad reads an operand.
func pydLoad(x *apd.Decimal) pydVal {
	v := pydVal{form: x.Form, neg: x.Negative}
	switch x.Form {
	case apd.Finite:
		v.exp = int64(x.Exponent)
	case apd.Infinite:
		return v
	case apd.NaN, apd.NaNSignaling:
	default:
		v.form = apd.NaN
	}
	if x.Coeff.IsUint64() {
		v.u = x.Coeff.Uint64()
	} else {
		b := x.Coeff.MathBigInt() // a copy
		v.setBig(b.Abs(b))
	}
	return v
}

// store writes v to z.
func (v *pydVal) store(z *apd.Decimal) {
	z.Form = v.form
	z.Negative = v.neg
	z.Exponent = int32(v.exp) // within int32 for every result, see finalize
	if v.b != nil {
		z.Coeff.SetMathBigInt(v.b)
	} else {
		z.Coeff.SetUint64(v.u)
	}
}

func (v *pydVal) isZero() bool { return v.b == nil && v.u == 0 }

// setBig sets the coefficient to b, which v then owns.
func (v *pydVal) setBig(b *big.Int) {
	if b.IsUint64() {
		v.u, v.b = b.Uint64(), nil
	} else {
		v.u, v.b = 0, b
	}
}

// toBig returns the coefficient as a new big.Int.
func (v *pydVal) toBig() *big.Int {
	if v.b != nil {
		return new(big.Int).Set(v.b)
	}
	return new(big.Int).SetUint64(v.u)
}

// digits returns the number of digits of the coefficient (1 for zero).
func (v *pydVal) digits() int64 {
	if v.b != nil {
		return pydDigitsBig(v.b)
	}
	return pydDigits64(v.u)
}

// nans is libmpdec's mpd_qcheck_nans: if a or b is a NaN it returns the
// result, a quiet copy of the first sNaN, else of the first NaN (payload
// fitted to the precision), and whether there was one.
func (c *Context) nans(a, b *pydVal) (pydVal, pydStatus, bool) {
	isNaN := func(v *pydVal) bool { return v.form == apd.NaN || v.form == apd.NaNSignaling }
	if !isNaN(a) && !isNaN(b) {
		return pydVal{}, 0, false
	}
	choice := b
	var st pydStatus
	switch {
	case a.form == apd.NaNSignaling:
		choice, st = a, pydInvalid
	case b.form == apd.NaNSignaling:
		st = pydInvalid
	case a.form == apd.NaN:
		choice = a
	}
	v := *choice
	v.form, v.exp = apd.NaN, 0
	c.fixNaN(&v)
	return v, st, true
}

// fixNaN is libmpdec's _mpd_fix_nan: a payload longer than the precision
// keeps its last prec digits; an all-zero payload is none.
func (c *Context) fixNaN(v *pydVal) {
	if v.b == nil || v.digits() <= c.prec {
		return
	}
	p := new(big.Int).Mod(v.b, pydPow10(c.prec))
	v.setBig(p)
}

// divmod is libmpdec's _mpd_qdivmod for finite operands, b not zero: the
// truncated quotient (exponent 0, sign a^b) and the exact remainder (sign of
// a, exponent min(ea, eb)), both NaN with DivisionImpossible when the
// quotient would have more than prec digits.
func (c *Context) divmod(a, b *pydVal) (q, r pydVal, st pydStatus) {
	ideal := min(a.exp, b.exp)
	q = pydVal{form: apd.Finite, neg: a.neg != b.neg}
	r = pydVal{form: apd.Finite, neg: a.neg, exp: ideal}
	if a.isZero() {
		return q, r, 0
	}
	da, db := a.digits(), b.digits()
	expdiff := (a.exp + da - 1) - (b.exp + db - 1) // adjusted exponents
	if expdiff < 0 {
		// |a| < |b|: q = 0, r = a at the ideal exponent (a.exp > b.exp
		// implies a shift of less than db - da digits).
		r.u, r.b = a.u, a.b
		if shift := a.exp - b.exp; shift > 0 {
			if a.b == nil && da+shift <= 19 {
				r.u = a.u * pydPow10u64[shift]
			} else {
				r.setBig(new(big.Int).Mul(a.toBig(), pydPow10(shift)))
			}
		} else if a.b != nil {
			r.b = new(big.Int).Set(a.b)
		}
		return q, r, 0
	}
	if expdiff > c.prec {
		return pydNaN, pydNaN, pydDivImpossible
	}
	// Align the coefficients. By expdiff <= prec, a shifted left has at
	// most prec + db digits; b shifted left at most da digits.
	shift := a.exp - b.exp
	if a.b == nil && b.b == nil {
		ca, cb := a.u, b.u
		ok := true
		switch {
		case shift > 0 && da+shift <= 19:
			ca *= pydPow10u64[shift]
		case shift < 0 && db-shift <= 19:
			cb *= pydPow10u64[-shift]
		case shift != 0:
			ok = false
		}
		if ok {
			q.u, r.u = ca/cb, ca%cb
			if pydDigits64(q.u) > c.prec {
				return pydNaN, pydNaN, pydDivImpossible
			}
			return q, r, 0
		}
	}
	x, y := a.toBig(), b.toBig()
	if shift > 0 {
		x.Mul(x, pydPow10(shift))
	} else if shift < 0 {
		y.Mul(y, pydPow10(-shift))
	}
	qb, rb := x.QuoRem(x, y, new(big.Int))
	// x and y now have adjusted exponents expdiff apart, so x/y lies in
	// (10^(expdiff-1), 10^(expdiff+1)): the quotient has expdiff or
	// expdiff+1 digits, more than prec only if expdiff == prec and
	// q >= 10^prec.
	if expdiff == c.prec && qb.Cmp(pydPow10(c.prec)) >= 0 {
		return pydNaN, pydNaN, pydDivImpossible
	}
	q.setBig(qb)
	r.setBig(rb)
	return q, r, 0
}

// finalize is libmpdec's mpd_qfinalize with ROUND_HALF_EVEN and clamp 0:
// it fits a result to the context and returns the conditions signalled.
// Every finite result leaves it with an exponent in int32: the remainder's
// exponent is an operand's, and finalize only moves an exponent toward
// [Etiny, Emax] or raises it by the digits rounded off.
func (c *Context) finalize(v *pydVal) pydStatus {
	switch v.form {
	case apd.NaN:
		c.fixNaN(v)
		return 0
	case apd.Finite:
	default:
		return 0
	}
	st := c.checkExp(v)
	if v.form != apd.Finite {
		return st
	}
	if d := v.digits(); d > c.prec {
		if c.exact {
			return st | pydRounded // the pyround limit: no need to round
		}
		shift := d - c.prec
		st |= pydRounded
		if v.roundOff(shift) {
			st |= pydInexact
		}
		v.exp += shift
		if v.digits() > c.prec {
			// The increment carried: 99...9 became 10^prec.
			v.setBig(new(big.Int).Set(pydPow10(c.prec - 1)))
			v.exp++
			st |= c.checkExp(v)
		}
	}
	return st
}

// checkExp is libmpdec's _mpd_check_exp for clamp 0 and ROUND_HALF_EVEN.
func (c *Context) checkExp(v *pydVal) pydStatus {
	adj := v.exp + v.digits() - 1
	switch {
	case adj > c.emax:
		if v.isZero() {
			v.exp = c.emax
			return pydClamped
		}
		*v = pydVal{form: apd.Infinite, neg: v.neg}
		return pydOverflow | pydInexact | pydRounded
	case adj < c.emin:
		etiny := c.emin - c.prec + 1
		if v.isZero() {
			if v.exp < etiny {
				v.exp = etiny
				return pydClamped
			}
			return 0
		}
		st := pydSubnormal
		if v.exp < etiny {
			inexact := v.roundOff(etiny - v.exp)
			v.exp = etiny
			st |= pydRounded
			if inexact {
				st |= pydInexact | pydUnderflow
				if v.isZero() {
					st |= pydClamped
				}
			}
		}
		return st
	}
	return 0
}

// roundOff divides the coefficient by 10^k (k > 0), rounding half-even on
// the exact value, and reports whether a nonzero digit was dropped. The
// result may have one digit more than expected after a carry.
func (v *pydVal) roundOff(k int64) (inexact bool) {
	d := v.digits()
	if k > d {
		// Everything goes and is less than half a unit: 2·coeff < 10^(d+1) <= 10^k.
		inexact = !v.isZero()
		v.u, v.b = 0, nil
		return inexact
	}
	if v.b == nil && k <= 19 {
		p := pydPow10u64[k]
		q, rem := v.u/p, v.u%p
		// Compare rem with p/2 without overflow: p is even.
		if rem > p/2 || rem == p/2 && q&1 == 1 {
			q++
		}
		v.u = q
		return rem != 0
	}
	p := pydPow10(k)
	q, rem := new(big.Int).QuoRem(v.toBig(), p, new(big.Int))
	if rem.Sign() != 0 {
		inexact = true
		if cmp := rem.Lsh(rem, 1).Cmp(p); cmp > 0 || cmp == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	v.setBig(q)
	return inexact
}

// pydPow10u64[k] is 10^k.
var pydPow10u64 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// pydDigits64 returns the number of decimal digits of u (1 for 0).
func pydDigits64(u uint64) int64 {
	if u == 0 {
		return 1
	}
	d := bits.Len64(u) * 1233 >> 12 // floor(log10(2^bitlen)) for 64-bit values
	if d < len(pydPow10u64) && u >= pydPow10u64[d] {
		d++
	}
	return int64(d)
}

// pydDigitsBig returns the number of decimal digits of |x|.
func pydDigitsBig(x *big.Int) int64 {
	n := x.BitLen()
	if n <= 64 {
		return pydDigits64(x.Uint64())
	}
	// |x| is in [2^(n-1), 2^n): estimate from log10(2), then correct.
	d := int64(float64(n-1)*0.30102999566398120) + 1
	for x.CmpAbs(pydPow10(d)) >= 0 {
		d++
	}
	for d > 1 && x.CmpAbs(pydPow10(d-1)) < 0 {
		d--
	}
	return d
}

var (
	pydPow10Once  sync.Once
	pydPow10Small [64]*big.Int

	// pydPow10Large keeps the last few large powers: the exact context
	// meets the same ones (10^prec, the alignment shifts of similar
	// operands) again and again, and 10^1000000 costs milliseconds.
	pydPow10Mu    sync.Mutex
	pydPow10Large [8]struct {
		k int64
		p *big.Int
	}
	pydPow10Next int
)

// pydPow10 returns 10^k (k >= 0). The result is shared and must not be
// modified.
func pydPow10(k int64) *big.Int {
	if k < int64(len(pydPow10Small)) {
		pydPow10Once.Do(func() {
			p := big.NewInt(1)
			ten := big.NewInt(10)
			for i := range pydPow10Small {
				pydPow10Small[i] = new(big.Int).Set(p)
				p.Mul(p, ten)
			}
		})
		return pydPow10Small[k]
	}
	pydPow10Mu.Lock()
	for _, e := range pydPow10Large {
		if e.p != nil && e.k == k {
			pydPow10Mu.Unlock()
			return e.p
		}
	}
	pydPow10Mu.Unlock()
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	pydPow10Mu.Lock()
	pydPow10Large[pydPow10Next].k, pydPow10Large[pydPow10Next].p = k, p
	pydPow10Next = (pydPow10Next + 1) % len(pydPow10Large)
	pydPow10Mu.Unlock()
	return p
}
