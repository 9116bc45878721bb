package pydecimal

import (
	"math/big"
	"sync"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/digits"
)

// apdOf returns v (finite) as an apd.Decimal.
func (v *pydVal) apd() *apd.Decimal {
	z := new(apd.Decimal)
	v.store(z)
	return z
}

// pydFromAPD reads a finite apd result.
func pydFromAPD(d *apd.Decimal) pydVal {
	return pydLoad(d)
}

// apdCtx returns an apd context of precision p with apd's widest
// exponent range.
func apdCtx(p int64) *apd.Context {
	return &apd.Context{
		Precision:   uint32(p),
		MaxExponent: apd.MaxExponent,
		MinExponent: apd.MinExponent,
		Rounding:    apd.RoundHalfEven,
	}
}

// roundTo rounds v half-even to p digits, with no exponent limits.
func roundTo(v *pydVal, p int64) {
	wide := Context{prec: p, emax: pydMaxEmax * 2, emin: pydMinEmin * 2}
	wide.finalize(v)
}

// ln returns ln(x) for a finite x > 0, x != 1, rounded to p digits.
// apd computes it with 10 guard digits; x is first reduced to
// [1, 10) × 10^n when its adjusted exponent n is not 0 or -1 (apd's
// exponents stop at ±100000), where ln(x) = ln(m) + n·ln(10) loses at most
// one digit to cancellation.
func pydLn(x *pydVal, p int64) (pydVal, error) {
	g := p + 10
	n := x.adj()
	m := *x
	if n != 0 && n != -1 {
		m.exp -= n
		g += int64(digits.Count(uint64(max(n, -n))))
	}
	ctx := apdCtx(g + 2)
	r := new(apd.Decimal)
	ed := apd.MakeErrDecimal(ctx)
	ed.Ln(r, m.apd())
	if n != 0 && n != -1 {
		ln10, err := pydLn10(g + 2)
		if err != nil {
			return pydVal{}, err
		}
		l10 := new(apd.Decimal)
		ed.Mul(l10, ln10, apd.New(n, 0))
		ed.Add(r, r, l10)
	}
	if err := ed.Err(); err != nil {
		return pydVal{}, err
	}
	v := pydFromAPD(r)
	roundTo(&v, p)
	return v, nil
}

var pydLn10Cache sync.Map // precision → *apd.Decimal, ln(10)

// pydLn10 returns ln(10) at precision p, shared and not to be modified.
func pydLn10(p int64) (*apd.Decimal, error) {
	if v, ok := pydLn10Cache.Load(p); ok {
		return v.(*apd.Decimal), nil
	}
	l := new(apd.Decimal)
	if _, err := apdCtx(p).Ln(l, apd.New(10, 0)); err != nil {
		return nil, err
	}
	pydLn10Cache.Store(p, l)
	return l, nil
}

// pydExp returns exp(y) for a finite y, rounded to p digits, with any
// exponent: y = r + k·ln(10) with |r| <= ln(10)/2, exp(y) = exp(r) × 10^k.
func pydExp(y *pydVal, p int64) (pydVal, error) {
	switch adj := y.adj(); {
	case y.isZero() || adj < -p-1:
		// |y| < 10^-(p+1): exp(y) rounds to 1 at p digits.
		return pydVal{form: apd.Finite, u: 1}, nil
	case adj > 15:
		// Far beyond every exponent limit: a power of ten that
		// finalize turns into an overflow or an underflow.
		if y.neg {
			return pydVal{form: apd.Finite, u: 1, exp: -pydExpInf}, nil
		}
		return pydVal{form: apd.Finite, u: 1, exp: pydExpInf}, nil
	}
	yd := y.apd()
	// k = round(y / ln 10), from a few digits.
	est := apd.MakeErrDecimal(apdCtx(30))
	l10, err := pydLn10(30)
	if err != nil {
		return pydVal{}, err
	}
	kd := new(apd.Decimal)
	est.Quo(kd, yd, l10)
	est.RoundToIntegralValue(kd, kd)
	if err := est.Err(); err != nil {
		return pydVal{}, err
	}
	k, err := kd.Int64()
	if err != nil {
		return pydVal{}, err
	}
	g := p + 20 + int64(digits.Count(uint64(max(k, -k))))
	ed := apd.MakeErrDecimal(apdCtx(g))
	r := new(apd.Decimal)
	r.Set(yd)
	if k != 0 {
		if l10, err = pydLn10(g); err != nil {
			return pydVal{}, err
		}
		t := new(apd.Decimal)
		ed.Mul(t, l10, apd.New(k, 0))
		ed.Sub(r, yd, t)
	}
	e := new(apd.Decimal)
	ee := apd.MakeErrDecimal(apdCtx(p + 10))
	ee.Exp(e, r)
	if err := ed.Err(); err != nil {
		return pydVal{}, err
	}
	if err := ee.Err(); err != nil {
		return pydVal{}, err
	}
	v := pydFromAPD(e)
	v.exp += k
	roundTo(&v, p)
	return v, nil
}

// powReal is libmpdec's _mpd_qpow_real for x > 0: exp(y·ln(x)) with
// wp = max(digits of x, prec) + 4 + MPD_EXPDIGITS working digits (at most
// prec + 80 here), each step rounded half-even to wp digits.
func (c *Context) powReal(x, y *pydVal) (pydVal, pydStatus, error) {
	wp := max(x.digits(), c.prec) + 4 + pydExpDigits
	// For a base of more than about 85 digits, libmpdec's working
	// precision grows with the base; apd's Ln cannot follow (it fails
	// beyond about 2500 digits and is slow long before), and no more than
	// prec + 80 digits are needed for the final rounding to prec digits
	// except with a probability far below 10^-40.
	wp = min(wp, c.prec+80)
	l, err := pydLn(x, wp)
	if err != nil {
		return pydVal{}, 0, err
	}
	t := pydVal{form: apd.Finite, neg: l.neg != y.neg, exp: l.exp + y.exp}
	t.setBig(new(big.Int).Mul(l.toBig(), y.toBig()))
	roundTo(&t, wp)
	v, err := pydExp(&t, wp)
	if err != nil {
		return pydVal{}, 0, err
	}
	v.neg = false
	return v, pydInexact | pydRounded, nil
}
