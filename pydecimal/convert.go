package pydecimal

import (
	"math"
	"math/big"
	"strconv"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyerr"
)

// FromFloat sets z to Decimal(f), the exact value of the float64 f, and
// returns z: Decimal(0.1) is
// Decimal('0.1000000000000000055511151231257827021181583404541015625'),
// Decimal(2.5) is Decimal('2.5'), Decimal(1e20) is
// Decimal('100000000000000000000') (integral values have exponent 0). It
// differs from apd's SetFloat64, which keeps the shortest digits that
// round-trip. -0.0 gives Decimal('-0'), an infinity Decimal('Infinity') or
// Decimal('-Infinity'), and every NaN Decimal('NaN'), positive, as in
// Python. No context applies (no rounding).
func FromFloat(z *apd.Decimal, f float64) *apd.Decimal {
	if z == nil {
		z = new(apd.Decimal)
	}
	switch {
	case math.IsNaN(f):
		z.Form, z.Negative, z.Exponent = apd.NaN, false, 0
		z.Coeff.SetInt64(0)
		return z
	case math.IsInf(f, 0):
		z.Form, z.Negative, z.Exponent = apd.Infinite, f < 0, 0
		z.Coeff.SetInt64(0)
		return z
	}
	z.Form, z.Negative = apd.Finite, math.Signbit(f)
	mant, exp := math.Frexp(math.Abs(f)) // f = mant × 2^exp, mant in [0.5, 1)
	m := uint64(mant * (1 << 53))
	exp -= 53
	if m == 0 {
		z.Exponent = 0
		z.Coeff.SetInt64(0)
		return z
	}
	for m&1 == 0 {
		m >>= 1
		exp++
	}
	if exp >= 0 {
		b := new(big.Int).SetUint64(m)
		z.Coeff.SetMathBigInt(b.Lsh(b, uint(exp)))
		z.Exponent = 0
		return z
	}
	// m / 2^k = m·5^k / 10^k.
	k := -exp
	b := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil)
	z.Coeff.SetMathBigInt(b.Mul(b, new(big.Int).SetUint64(m)))
	z.Exponent = int32(-k)
	return z
}

// FromBigInt sets z to Decimal(x), exactly (exponent 0, no context), and
// returns z.
func FromBigInt(z *apd.Decimal, x *big.Int) *apd.Decimal {
	if z == nil {
		z = new(apd.Decimal)
	}
	z.Form, z.Exponent, z.Negative = apd.Finite, 0, x.Sign() < 0
	if x.IsInt64() {
		v := x.Int64()
		if v < 0 {
			v = -v
		}
		z.Coeff.SetInt64(v)
		return z
	}
	z.Coeff.SetMathBigInt(new(big.Int).Abs(x))
	return z
}

// Float returns float(a) as Python computes it: the float64 nearest to a's
// exact value (ties to even), ±Inf beyond the float range
// (float(Decimal('1e999')) is inf), a signed zero below it; -0 gives -0.0;
// a NaN gives a NaN with a's sign; an sNaN fails with ValueError: cannot
// convert signaling NaN to float. No context applies.
func Float(a *apd.Decimal) (float64, error) {
	switch a.Form {
	case apd.Finite:
	case apd.Infinite:
		return math.Inf(boolSign(a.Negative)), nil
	case apd.NaNSignaling:
		return 0, pyerr.ValueError("cannot convert signaling NaN to float")
	default:
		return math.Copysign(math.NaN(), float64(boolSign(a.Negative))), nil
	}
	v := pydLoad(a)
	if v.isZero() {
		return math.Copysign(0, float64(boolSign(v.neg))), nil
	}
	// Beyond the float range whatever the digits: no need to format them.
	switch adj := v.adj(); {
	case adj > 400:
		return math.Inf(boolSign(v.neg)), nil
	case adj < -400:
		return math.Copysign(0, float64(boolSign(v.neg))), nil
	}
	var s []byte
	if v.neg {
		s = append(s, '-')
	}
	if v.b != nil {
		s = v.b.Append(s, 10)
	} else {
		s = strconv.AppendUint(s, v.u, 10)
	}
	s = append(s, 'e')
	s = strconv.AppendInt(s, v.exp, 10)
	f, _ := strconv.ParseFloat(string(s), 64) // ErrRange gives ±Inf or ±0, as Python
	return f, nil
}

func boolSign(neg bool) int {
	if neg {
		return -1
	}
	return 1
}
