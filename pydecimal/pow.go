package pydecimal

import (
	"fmt"
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
)

// pydExpInf is libmpdec's MPD_EXP_INF: an exponent beyond every Emax.
const pydExpInf = 2000000000000000001

// pydExpDigits is libmpdec's MPD_EXPDIGITS on 64-bit platforms.
const pydExpDigits = 19

// Pow sets z to a ** b as Python's decimal module computes it
// (Decimal.__pow__, libmpdec's mpd_qpow) and returns nil, or the exception
// Python raises.
//
// An integral b (Decimal(3), Decimal('2.0'), Decimal('2E+1')) is done by
// repeated squaring at a precision of prec + (digits of b) + 2 digits, with
// 1/a first for a negative b, then rounded to the context, as libmpdec
// does: results are exact with their natural exponent whenever they fit
// (Decimal('1.5') ** 2 is Decimal('2.25'), Decimal(2) ** -1 is
// Decimal('0.5'), Decimal(10) ** -2 is Decimal('0.01')), and otherwise
// within half a unit of the precision as libmpdec's. Any other b is
// computed as libmpdec's exp(b * ln(a)) with prec + 23 working digits
// (max(prec, digits of a) + 23), then rounded half-even to the precision;
// this package computes ln and exp with cockroachdb/apd at 10 more digits
// and rounds, which reproduces libmpdec's correctly rounded working
// values except when they lie within about 10^-10 units of a tie.
// A result equal to 1 is given with the full precision
// (Decimal('1.0') ** Decimal('0.5') is Decimal('1.000000000000000000000000000')).
//
// Special cases, as in Python: 0 ** 0 fails with InvalidOperation: [<class
// 'decimal.InvalidOperation'>]; 0 ** -y is an Infinity and 0 ** y a zero
// (no error), negative when a is -0 and b an odd integer; a negative a with
// a non-integral or infinite b fails with InvalidOperation; x ** ±Infinity
// is 0 or Infinity by whether |x| < 1 (1 ** Infinity is 1 with the full
// precision); Infinity ** 0 is 1, Infinity ** -y is 0, Infinity ** y is
// Infinity; x ** 0 is Decimal('1'). Results beyond Emax fail with Overflow:
// [<class 'decimal.Overflow'>] (Decimal(10) ** 1000000); results below
// Etiny are rounded to zero with no error. NaNs as by Add.
//
// With ExactContext a power that is not exact or has more than 1000000
// digits fails with digits.ErrTooManyDigits.
func (c *Context) Pow(z, a, b *apd.Decimal) error {
	c = c.params()
	x, y := pydLoad(a), pydLoad(b)
	v, st, err := c.pow(&x, &y)
	if err != nil {
		pydNaN.store(z)
		return fmt.Errorf("pydecimal: Pow(%s, %s): apd: %w", a, b, err)
	}
	return c.done(z, v, st)
}

// isInteger reports whether a finite v has an integral value.
func (v *pydVal) isInteger() bool {
	if v.exp >= 0 || v.isZero() {
		return true
	}
	if -v.exp >= v.digits() {
		return false
	}
	if v.b == nil {
		return v.u%digits.Pow10(int(-v.exp)) == 0
	}
	return new(big.Int).Mod(v.b, digits.Pow10Big(int(-v.exp))).Sign() == 0
}

// intValue returns the absolute value of an integral finite v.
func (v *pydVal) intValue() *big.Int {
	x := v.toBig()
	if v.exp > 0 {
		return x.Mul(x, digits.Pow10Big(int(v.exp)))
	}
	if v.exp < 0 {
		return x.Quo(x, digits.Pow10Big(int(-v.exp)))
	}
	return x
}

// isOdd reports whether an integral finite v is odd.
func (v *pydVal) isOdd() bool {
	if v.exp > 0 {
		return false
	}
	return v.intValue().Bit(0) == 1
}

// cmpOne compares a finite |v| with 1.
func (v *pydVal) cmpOne() int {
	if v.isZero() {
		return -1
	}
	switch adj := v.adj(); {
	case adj > 0:
		return 1
	case adj < 0:
		return -1
	}
	// adj == 0: |v| == 1 iff the coefficient is 10^(digits-1).
	d := v.digits()
	one := pydVal{u: 1}
	one.shiftLeft(d - 1)
	return cmpCoeff(v, &one)
}

// one returns 1 with n+1 digits: 10^n × 10^-n.
func pydOneDigits(n int64, neg bool) pydVal {
	v := pydVal{form: apd.Finite, neg: neg, exp: -n, u: 1}
	v.shiftLeft(n)
	return v
}

// pow is libmpdec's mpd_qpow.
func (c *Context) pow(x, y *pydVal) (pydVal, pydStatus, error) {
	if x.form != apd.Finite || y.form != apd.Finite {
		if v, st, ok := c.nans(x, y); ok {
			return v, st, nil
		}
	}
	intexp := y.form == apd.Finite && y.isInteger()
	resultsign := intexp && x.neg && y.isOdd()
	if x.form == apd.Finite && x.isZero() {
		switch {
		case y.form == apd.Finite && y.isZero():
			return pydNaN, pydInvalid, nil
		case y.neg:
			return pydVal{form: apd.Infinite, neg: resultsign}, 0, nil
		}
		return pydVal{form: apd.Finite, neg: resultsign}, 0, nil
	}
	if x.neg && !intexp {
		return pydNaN, pydInvalid, nil
	}
	if y.form == apd.Infinite {
		cmp := 1
		if x.form == apd.Finite {
			cmp = x.cmpOne()
		}
		if cmp == 0 {
			return pydOneDigits(c.prec-1, resultsign), pydInexact | pydRounded, nil
		}
		if y.neg {
			cmp = -cmp
		}
		if cmp < 0 {
			return pydVal{form: apd.Finite, neg: resultsign}, 0, nil
		}
		return pydVal{form: apd.Infinite, neg: resultsign}, 0, nil
	}
	if x.form == apd.Infinite {
		switch {
		case y.isZero():
			return pydVal{form: apd.Finite, neg: resultsign, u: 1}, 0, nil
		case y.neg:
			return pydVal{form: apd.Finite, neg: resultsign}, 0, nil
		}
		return pydVal{form: apd.Infinite, neg: resultsign}, 0, nil
	}
	if y.isZero() {
		return pydVal{form: apd.Finite, neg: resultsign, u: 1}, 0, nil
	}
	// _qcheck_pow_one: |x| == 1.
	if x.cmpOne() == 0 {
		if intexp {
			if y.neg {
				return pydVal{form: apd.Finite, neg: resultsign, u: 1}, 0, nil
			}
			// 1.000**3 = 1.000000000: shift = y * -x.exp, at most prec-1.
			var st pydStatus
			shift := c.prec - 1
			switch {
			case x.exp == 0:
				shift = 0
			case y.adj() > 18:
				// y·(-x.exp) is far beyond prec-1 (and y too long to
				// build: Decimal('1.0') ** Decimal('1E+999999')).
				st = pydRounded
			default:
				if p := new(big.Int).Mul(y.intValue(), big.NewInt(-x.exp)); p.IsInt64() && p.Int64() <= c.prec-1 {
					shift = p.Int64()
				} else {
					st = pydRounded
				}
			}
			return pydOneDigits(shift, resultsign), st, nil
		}
		return pydOneDigits(c.prec-1, resultsign), pydInexact | pydRounded, nil
	}
	// _qcheck_pow_bounds: certain overflow or underflow.
	lbTheta := y.adj()
	lbZeta := lowerBoundZeta(x)
	if (x.adj() < 0) == y.neg {
		if int64(digits.Count(uint64(c.emax))) < lbZeta+lbTheta {
			v := pydVal{form: apd.Finite, neg: resultsign, exp: pydExpInf, u: 1}
			return v, c.finalize(&v), nil
		}
	} else {
		et := c.etiny()
		if int64(digits.Count(uint64(-et))) < lbZeta+lbTheta {
			v := pydVal{form: apd.Finite, neg: resultsign, exp: et - 1, u: 1}
			return v, c.finalize(&v), nil
		}
	}
	if intexp {
		v, st := c.powInt(x, y, resultsign)
		return v, st, nil
	}
	if c.exact {
		// Always Inexact and Rounded in Python: the pyround limit.
		return pydNaN, pydRounded, nil
	}
	v, st, err := c.powReal(x, y)
	if err != nil {
		return pydVal{}, 0, err
	}
	if v.form == apd.Finite && v.cmpOne() == 0 && !v.neg {
		v = pydOneDigits(c.prec-1, false)
	}
	return v, st | c.finalize(&v), nil
}

// lowerBoundZeta is libmpdec's _lower_bound_zeta for |x|, x finite,
// nonzero and not ±1.
func lowerBoundZeta(x *pydVal) int64 {
	t := x.adj()
	switch {
	case t > 0:
		return int64(digits.Count(uint64(t))) - 1
	case t < -1:
		return int64(digits.Count(uint64(-(t + 1)))) - 1
	}
	ax := *x
	ax.neg = false
	one := pydVal{form: apd.Finite, u: 1}
	d := addFinite(&ax, &pydVal{form: apd.Finite, neg: true, u: one.u})
	u := d.adj()
	if t == 0 {
		return u - 2
	}
	return u - 1
}

// powInt is libmpdec's _mpd_qpow_int.
func (c *Context) powInt(x, y *pydVal, resultsign bool) (pydVal, pydStatus) {
	n := y.intValue()
	if c.exact {
		return c.powIntExact(x, y, n, resultsign)
	}
	work := &Context{prec: c.prec + y.digits() + y.exp + 2, emax: c.emax, emin: c.emin}
	var st pydStatus
	base := *x
	base.neg = false
	if y.neg {
		work.prec++
		one := pydVal{form: apd.Finite, u: 1}
		var s pydStatus
		base, s = work.quo(&one, &base)
		st |= s
		if st&(pydInvalid|pydDivImpossible|pydDivUndefined|pydDivByZero) != 0 {
			v := pydNaN
			return v, st | c.finalize(&v)
		}
	}
	var v pydVal
	if n.IsUint64() {
		v, st = work.powUint(&base, n.Uint64(), st)
	} else {
		v, st = work.powBig(&base, n, st)
	}
	if v.form == apd.Infinite {
		v = pydVal{form: apd.Finite, exp: pydExpInf, u: 1}
	}
	v.neg = resultsign
	return v, st | c.finalize(&v)
}

// powUint is libmpdec's _mpd_qpow_uint (n > 0): left-to-right binary
// powering, each product rounded to the work context.
func (c *Context) powUint(base *pydVal, n uint64, st pydStatus) (pydVal, pydStatus) {
	v := *base
	var ws pydStatus
	bit := uint64(1) << (63 - leadingZeros64(n))
	for bit >>= 1; bit != 0; bit >>= 1 {
		var s pydStatus
		v, s = c.mul(&v, &v)
		ws |= s
		if n&bit != 0 {
			v, s = c.mul(&v, base)
			ws |= s
		}
		if v.form != apd.Finite || v.isZero() && ws&pydClamped != 0 {
			break
		}
	}
	return v, st | ws
}

// powBig is libmpdec's _mpd_qpow_mpd: right-to-left binary powering for
// exponents of 2^64 and more.
func (c *Context) powBig(base *pydVal, n *big.Int, st pydStatus) (pydVal, pydStatus) {
	v := pydVal{form: apd.Finite, u: 1}
	t := *base
	var ws pydStatus
	n = new(big.Int).Set(n)
	for n.Sign() != 0 {
		var s pydStatus
		if n.Bit(0) == 1 {
			v, s = c.mul(&v, &t)
			ws |= s
			st |= ws
			if v.form != apd.Finite || v.isZero() && ws&pydClamped != 0 {
				break
			}
		}
		t, s = c.mul(&t, &t)
		ws |= s
		n.Rsh(n, 1)
		if t.form == apd.NaN {
			return pydNaN, st | ws&(pydInvalid|pydDivImpossible|pydDivUndefined|pydDivByZero)
		}
	}
	return v, st
}

func leadingZeros64(n uint64) int {
	k := 0
	for n&(1<<63) == 0 {
		n <<= 1
		k++
	}
	return k
}

// powIntExact is the integral power for ExactContext: the exact power, or
// the pyround limit (Rounded) when it is not exact or too long.
func (c *Context) powIntExact(x, y *pydVal, n *big.Int, resultsign bool) (pydVal, pydStatus) {
	base := *x
	base.neg = false
	if y.neg {
		one := pydVal{form: apd.Finite, u: 1}
		var st pydStatus
		base, st = c.quo(&one, &base)
		if base.form != apd.Finite || st&pydRounded != 0 {
			return pydNaN, pydRounded
		}
	}
	if !n.IsInt64() || (base.digits()-1)*n.Int64() > digits.MaxResultDigits || n.Int64() > digits.MaxResultDigits*4 {
		return pydNaN, pydRounded
	}
	k := n.Int64()
	v := pydVal{form: apd.Finite, neg: resultsign, exp: base.exp * k}
	if v.exp/k != base.exp {
		return pydNaN, pydRounded
	}
	v.setBig(new(big.Int).Exp(base.toBig(), n, nil))
	return v, c.finalize(&v)
}
