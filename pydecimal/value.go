package pydecimal

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
)

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
		return int64(digits.CountBig(v.b))
	}
	return int64(digits.Count(v.u))
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
	p := new(big.Int).Mod(v.b, digits.Pow10Big(int(c.prec)))
	v.setBig(p)
}
