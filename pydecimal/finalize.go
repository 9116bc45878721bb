package pydecimal

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
)

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
			v.setBig(new(big.Int).Set(digits.Pow10Big(int(c.prec - 1))))
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
		p := digits.Pow10(int(k))
		q, rem := v.u/p, v.u%p
		// Compare rem with p/2 without overflow: p is even.
		if rem > p/2 || rem == p/2 && q&1 == 1 {
			q++
		}
		v.u = q
		return rem != 0
	}
	p := digits.Pow10Big(int(k))
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
