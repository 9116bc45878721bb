package pydecimal

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyparse"
)

// done stores the result v with the conditions st in z and returns the
// exception Python raises, or nil. A finite result whose exponent leaves
// the int32 range of apd (possible only with ExactContext, whose Emax is
// 10^18) is refused with pyparse.ErrAPDExponent and z set to NaN.
func (c *Context) done(z *apd.Decimal, v pydVal, st pydStatus) error {
	err := c.err(st)
	if err == digits.ErrTooManyDigits {
		v = pydNaN
	}
	if v.form == apd.Finite && (v.exp > math.MaxInt32 || v.exp < math.MinInt32) {
		v = pydNaN
		if err == nil {
			err = pyparse.ErrAPDExponent
		}
	}
	v.store(z)
	return err
}

// adj returns the adjusted exponent: that of the most significant digit.
func (v *pydVal) adj() int64 { return v.exp + v.digits() - 1 }

// shiftLeft multiplies the coefficient by 10^k (k >= 0).
func (v *pydVal) shiftLeft(k int64) {
	if k == 0 {
		return
	}
	if v.b == nil && k < 19 {
		hi, lo := bits.Mul64(v.u, digits.Pow10(int(k)))
		if hi == 0 {
			v.u = lo
			return
		}
	}
	v.setBig(new(big.Int).Mul(v.toBig(), digits.Pow10Big(int(k))))
}

// cmpAbs compares the coefficients of a and b.
func cmpCoeff(a, b *pydVal) int {
	if a.b == nil && b.b == nil {
		switch {
		case a.u < b.u:
			return -1
		case a.u > b.u:
			return 1
		}
		return 0
	}
	return a.toBig().Cmp(b.toBig())
}

// Add sets z to a + b as Python's decimal module computes it
// (Decimal.__add__, libmpdec's mpd_qadd) and returns nil, or the exception
// Python raises.
//
// The sum is computed exactly at the smaller of the operands' exponents
// (Decimal('1.0') + Decimal('2') is Decimal('3.0')) and then fitted to the
// context: rounded half-even to the precision (28 digits for
// DefaultContext), Overflow: [<class 'decimal.Overflow'>] when the adjusted
// exponent exceeds Emax, and rounded to Etiny (-1000026) below that, with
// no error for underflow. Operands far apart are not aligned digit by digit
// (1E+999999 + 1E-999999 costs no more than 1 + 1): an operand entirely
// below the rounding position is replaced by a sticky digit, which gives
// the same correctly rounded result.
//
// A zero sum has the sign of the operands when both are negative
// (Decimal('-0') + Decimal('-0') is Decimal('-0')) and is positive
// otherwise (x + -x is Decimal('0') at the smaller exponent, as under
// ROUND_HALF_EVEN). Infinity + -Infinity fails with InvalidOperation:
// [<class 'decimal.InvalidOperation'>]; Infinity plus anything else is
// that Infinity. A quiet NaN operand gives that NaN (a's if both are),
// sign and payload kept; an sNaN fails with InvalidOperation. On error z is
// set to the value Python returns when the signal is not trapped.
func (c *Context) Add(z, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	v, st := c.add(&x, &y, false)
	return c.done(z, v, st)
}

// Sub sets z to a - b as Python's decimal module computes it
// (Decimal.__sub__, mpd_qsub): Add with the sign of b inverted, except
// that a NaN b is returned with its own sign. Decimal(1) - Decimal(1) is
// Decimal('0'), Decimal('-0') - Decimal('0') is Decimal('-0'); Infinity -
// Infinity fails with InvalidOperation: [<class
// 'decimal.InvalidOperation'>]. See Add.
func (c *Context) Sub(z, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	v, st := c.add(&x, &y, true)
	return c.done(z, v, st)
}

// add is libmpdec's mpd_qadd (negB false) and mpd_qsub (negB true).
func (c *Context) add(x, y *pydVal, negB bool) (pydVal, pydStatus) {
	if x.form != apd.Finite || y.form != apd.Finite {
		if v, st, ok := c.nans(x, y); ok {
			return v, st
		}
		yneg := y.neg != negB
		if x.form == apd.Infinite {
			if y.form == apd.Infinite && x.neg != yneg {
				return pydNaN, pydInvalid
			}
			return pydVal{form: apd.Infinite, neg: x.neg}, 0
		}
		return pydVal{form: apd.Infinite, neg: yneg}, 0
	}
	a, b := *x, *y
	b.neg = b.neg != negB
	var v pydVal
	switch {
	case a.isZero() && b.isZero():
		v = pydVal{form: apd.Finite, neg: a.neg && b.neg, exp: min(a.exp, b.exp)}
	case a.isZero() || b.isZero():
		zr, o := &a, &b
		if b.isZero() {
			zr, o = &b, &a
		}
		v = *o
		if zr.exp < o.exp {
			// The exact sum is o at the zero's exponent. Padding beyond
			// prec+1 digits would only be rounded off again.
			shift := o.exp - zr.exp
			if lim := c.prec - o.digits() + 1; shift > lim {
				shift = max(lim, 0)
			}
			if v.b != nil {
				v.b = new(big.Int).Set(v.b)
			}
			v.shiftLeft(shift)
			v.exp -= shift
		} else if v.b != nil {
			v.b = new(big.Int).Set(v.b)
		}
	default:
		hi, lo := &a, &b
		if lo.adj() > hi.adj() {
			hi, lo = lo, hi
		}
		// An operand entirely below the rounding position of the result
		// (at least prec+1 digits below hi's leading digit, and below hi's
		// last digit) only decides the rounding direction: replace it by
		// a single digit just below both, with the same sign.
		if e := min(hi.exp, hi.adj()-c.prec-1); lo.adj() < e && lo.exp < e-1 {
			*lo = pydVal{form: apd.Finite, neg: lo.neg, exp: e - 1, u: 1}
		}
		v = addFinite(&a, &b)
	}
	return v, c.finalize(&v)
}

// addFinite returns the exact sum of two nonzero finite values (a zero
// result is positive).
func addFinite(a, b *pydVal) pydVal {
	e := min(a.exp, b.exp)
	ca, cb := *a, *b
	if ca.b != nil {
		ca.b = new(big.Int).Set(ca.b)
	}
	if cb.b != nil {
		cb.b = new(big.Int).Set(cb.b)
	}
	ca.shiftLeft(a.exp - e)
	cb.shiftLeft(b.exp - e)
	v := pydVal{form: apd.Finite, exp: e}
	if ca.neg == cb.neg {
		v.neg = ca.neg
		if ca.b == nil && cb.b == nil {
			if s, carry := bits.Add64(ca.u, cb.u, 0); carry == 0 {
				v.u = s
				return v
			}
		}
		v.setBig(new(big.Int).Add(ca.toBig(), cb.toBig()))
		return v
	}
	switch cmpCoeff(&ca, &cb) {
	case 0:
		return v
	case -1:
		ca, cb = cb, ca
	}
	v.neg = ca.neg
	if ca.b == nil && cb.b == nil {
		v.u = ca.u - cb.u
		return v
	}
	v.setBig(new(big.Int).Sub(ca.toBig(), cb.toBig()))
	return v
}

// Mul sets z to a * b as Python's decimal module computes it
// (Decimal.__mul__, mpd_qmul) and returns nil, or the exception Python
// raises.
//
// The product is exact (coefficients multiplied, exponents added:
// Decimal('1.5') * Decimal('2.0') is Decimal('3.00')), then fitted to the
// context as by Add. Its sign is the exclusive or of the operands' signs,
// also for zero (Decimal('-0') * 5 is Decimal('-0')). Infinity times zero
// fails with InvalidOperation: [<class 'decimal.InvalidOperation'>];
// Infinity times anything else is an infinity. NaNs are handled as by Add.
func (c *Context) Mul(z, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	v, st := c.mul(&x, &y)
	return c.done(z, v, st)
}

// mul is libmpdec's mpd_qmul.
func (c *Context) mul(x, y *pydVal) (pydVal, pydStatus) {
	neg := x.neg != y.neg
	if x.form != apd.Finite || y.form != apd.Finite {
		if v, st, ok := c.nans(x, y); ok {
			return v, st
		}
		if x.form == apd.Finite && x.isZero() || y.form == apd.Finite && y.isZero() {
			return pydNaN, pydInvalid
		}
		return pydVal{form: apd.Infinite, neg: neg}, 0
	}
	v := pydVal{form: apd.Finite, neg: neg, exp: x.exp + y.exp}
	if x.b == nil && y.b == nil {
		hi, lo := bits.Mul64(x.u, y.u)
		if hi == 0 {
			v.u = lo
			return v, c.finalize(&v)
		}
	}
	v.setBig(new(big.Int).Mul(x.toBig(), y.toBig()))
	return v, c.finalize(&v)
}

// Quo sets z to a / b as Python's decimal module computes it
// (Decimal.__truediv__, mpd_qdiv) and returns nil, or the exception Python
// raises.
//
// The quotient is correctly rounded (half-even) to the precision. An exact
// quotient is given at the exponent closest to the ideal a.exp - b.exp that
// its digits allow: Decimal('1.00') / 2 is Decimal('0.50'), Decimal(1) / 4
// is Decimal('0.25'), Decimal(10) / 4 is Decimal('2.5'), Decimal(6) / 2 is
// Decimal('3'); an inexact one has the full precision (Decimal(1) / 3 is
// Decimal('0.3333333333333333333333333333')). The result is then fitted
// to the context as by Add (Overflow, rounding to Etiny).
//
// Special cases: x / 0 with x != 0 fails with DivisionByZero: [<class
// 'decimal.DivisionByZero'>] (z is set to ±Infinity); 0 / 0 with
// InvalidOperation: [<class 'decimal.DivisionUndefined'>]; 0 / x is a zero
// with the ideal exponent. Infinity / Infinity fails with InvalidOperation:
// [<class 'decimal.InvalidOperation'>]; Infinity / x is an infinity; x /
// Infinity is a zero with the exponent Etiny (Decimal(1) /
// Decimal('Infinity') is Decimal('0E-1000026')). Signs are the exclusive or
// of the operands' signs, zeros and infinities included. NaNs are handled
// as by Add.
func (c *Context) Quo(z, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	v, st := c.quo(&x, &y)
	return c.done(z, v, st)
}

// etiny is the smallest exponent of a subnormal result.
func (c *Context) etiny() int64 { return c.emin - c.prec + 1 }

// quo is libmpdec's mpd_qdiv.
func (c *Context) quo(x, y *pydVal) (pydVal, pydStatus) {
	neg := x.neg != y.neg
	if x.form != apd.Finite || y.form != apd.Finite {
		if v, st, ok := c.nans(x, y); ok {
			return v, st
		}
		switch {
		case x.form == apd.Infinite && y.form == apd.Infinite:
			return pydNaN, pydInvalid
		case x.form == apd.Infinite:
			return pydVal{form: apd.Infinite, neg: neg}, 0
		}
		return pydVal{form: apd.Finite, neg: neg, exp: c.etiny()}, pydClamped
	}
	if y.isZero() {
		if x.isZero() {
			return pydNaN, pydDivUndefined
		}
		return pydVal{form: apd.Infinite, neg: neg}, pydDivByZero
	}
	ideal := x.exp - y.exp
	if x.isZero() {
		v := pydVal{form: apd.Finite, neg: neg, exp: ideal}
		return v, c.finalize(&v)
	}
	// _mpd_qdiv: a quotient of prec+1 or more digits, its last digit made
	// sticky when inexact, then rounded by finalize.
	shift := y.digits() - x.digits() + c.prec + 1
	exp := ideal - shift
	var q, r *big.Int
	if x.b == nil && y.b == nil && shift >= 0 && shift < 19 {
		if hi, lo := bits.Mul64(x.u, digits.Pow10(int(shift))); hi < y.u {
			qu, ru := bits.Div64(hi, lo, y.u)
			v := pydVal{form: apd.Finite, neg: neg, exp: exp, u: qu}
			if ru != 0 {
				if d := qu % 10; d == 0 || d == 5 {
					v.u++
				}
			} else {
				v.reduceToward(ideal)
			}
			return v, c.finalize(&v)
		}
	}
	xa, ya := x.toBig(), y.toBig()
	if shift > 100 {
		// A quotient that turns out exact would be computed with shift
		// extra digits and have them stripped again: a million of each in
		// ExactContext, about a second for 1000 / 8. Find the exponent
		// the strip would end at directly instead.
		if q, k, ok := exactQuo(xa, ya, shift); ok {
			v := pydVal{form: apd.Finite, neg: neg, exp: ideal - k}
			v.setBig(q)
			return v, c.finalize(&v)
		}
	}
	if shift > 0 {
		xa.Mul(xa, digits.Pow10Big(int(shift)))
	} else if shift < 0 {
		ya.Mul(ya, digits.Pow10Big(int(-shift)))
	}
	q, r = xa.QuoRem(xa, ya, new(big.Int))
	v := pydVal{form: apd.Finite, neg: neg, exp: exp}
	if r.Sign() != 0 {
		if d := new(big.Int).Mod(q, big.NewInt(10)).Int64(); d == 0 || d == 5 {
			q.Add(q, big.NewInt(1))
		}
		v.setBig(q)
	} else {
		v.setBig(q)
		v.reduceToward(ideal)
	}
	return v, c.finalize(&v)
}

// exactQuo returns the smallest k in [0, maxK] for which y divides x·10^k,
// and that quotient, or ok false when there is none (x >= 0, y > 0). It is
// what _mpd_qdiv's exact case ends at, computing x·10^maxK / y and then
// stripping trailing zeros down to the ideal exponent, without building
// maxK digits: y | x·10^k exactly when g = y/gcd(x, y) divides 10^k, that
// is when g is 2^a·5^b and k >= max(a, b).
func exactQuo(x, y *big.Int, maxK int64) (q *big.Int, k int64, ok bool) {
	r := new(big.Int).Rem(x, y)
	if r.Sign() == 0 {
		return new(big.Int).Quo(x, y), 0, true
	}
	g := new(big.Int).GCD(nil, nil, r, y) // gcd(x, y)
	g.Quo(y, g)
	a := int64(g.TrailingZeroBits())
	g.Rsh(g, uint(a))
	// Count the factors 5 of g, 27 at a time (5^27 < 2^63), then singly.
	var b int64
	rem := new(big.Int)
	p27 := new(big.Int).SetUint64(7450580596923828125) // 5^27
	five := big.NewInt(5)
	for _, step := range []struct {
		p *big.Int
		n int64
	}{{p27, 27}, {five, 1}} {
		for g.BitLen() > 1 && max(a, b) <= maxK {
			t, m := new(big.Int).QuoRem(g, step.p, rem)
			if m.Sign() != 0 {
				break
			}
			g, b = t, b+step.n
		}
	}
	k = max(a, b)
	if g.BitLen() != 1 || k > maxK { // g is not 1: a factor other than 2 and 5
		return nil, 0, false
	}
	q = new(big.Int).Mul(x, digits.Pow10Big(int(k)))
	return q.Quo(q, y), k, true
}

// reduceToward removes trailing zeros of the coefficient while the
// exponent is below ideal.
func (v *pydVal) reduceToward(ideal int64) {
	for v.exp < ideal && !v.isZero() {
		if v.b == nil {
			if v.u%10 != 0 {
				return
			}
			// Strip as many zeros as allowed at once.
			n := int64(0)
			for v.u%10 == 0 && v.exp+n < ideal {
				v.u /= 10
				n++
			}
			v.exp += n
			return
		}
		if v.digits() > 100 {
			v.reduceBig(ideal)
			return
		}
		q, r := new(big.Int).QuoRem(v.b, big.NewInt(10), new(big.Int))
		if r.Sign() != 0 {
			return
		}
		v.setBig(q)
		v.exp++
	}
}

// reduceBig is reduceToward for long coefficients: the number of trailing
// zeros to strip is found by a binary search on divisibility by 10^k (k at
// most the trailing zero bits), in O(log k) divisions instead of k.
func (v *pydVal) reduceBig(ideal int64) {
	hi := min(int64(v.b.TrailingZeroBits()), ideal-v.exp)
	lo := int64(0) // 10^lo divides v
	var best *big.Int
	for lo < hi {
		mid := (lo + hi + 1) / 2
		q, r := new(big.Int).QuoRem(v.b, digits.Pow10Big(int(mid)), new(big.Int))
		if r.Sign() == 0 {
			lo, best = mid, q
		} else {
			hi = mid - 1
		}
	}
	if best != nil {
		v.setBig(best)
		v.exp += lo
	}
}

// Neg sets z to -a as Python's decimal module computes it
// (Decimal.__neg__, mpd_qminus) and returns nil, or the exception Python
// raises. Like every arithmetic operation it fits the result to the
// context: -Decimal('1.0000000000000000000000000000001') is rounded to 28
// digits. A zero of either sign gives Decimal('0') (-Decimal('0') is not
// Decimal('-0')); -Infinity is the opposite infinity; a quiet NaN is
// returned unchanged, sign included; an sNaN fails with InvalidOperation:
// [<class 'decimal.InvalidOperation'>].
func (c *Context) Neg(z, a *apd.Decimal) error {
	return c.unary(z, a, 1)
}

// Plus sets z to +a as Python's decimal module computes it
// (Decimal.__pos__, mpd_qplus): a fitted to the context (rounded to the
// precision, Overflow, rounding to Etiny), a zero of either sign made
// positive (+Decimal('-0') is Decimal('0')). NaNs as by Neg.
func (c *Context) Plus(z, a *apd.Decimal) error {
	return c.unary(z, a, 0)
}

// Abs sets z to abs(a) as Python's decimal module computes it
// (Decimal.__abs__, mpd_qabs): a with a positive sign, fitted to the
// context as by Plus. abs(Decimal('-Infinity')) is Decimal('Infinity'); a
// quiet NaN is returned unchanged, a negative one too (abs(Decimal('-NaN'))
// is Decimal('-NaN')); an sNaN fails with InvalidOperation.
func (c *Context) Abs(z, a *apd.Decimal) error {
	return c.unary(z, a, 2)
}

// unary is mpd_qminus (op 1), mpd_qplus (0) and mpd_qabs (2).
func (c *Context) unary(z, a *apd.Decimal, op int) error {
	c = c.params()
	v := pydLoad(a)
	var st pydStatus
	if v.form == apd.NaN || v.form == apd.NaNSignaling {
		v, st, _ = c.nans(&v, &v)
		return c.done(z, v, st)
	}
	if v.b != nil {
		v.b = new(big.Int).Set(v.b)
	}
	switch {
	case v.form == apd.Finite && v.isZero():
		v.neg = false
	case op == 1:
		v.neg = !v.neg
	case op == 2:
		v.neg = false
	}
	st = c.finalize(&v)
	return c.done(z, v, st)
}
