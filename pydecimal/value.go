package pydecimal

import (
	"math/big"
	"math/bits"
	"sync"

	"github.com/cockroachdb/apd/v3"
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
