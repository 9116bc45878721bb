package pyparse

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyerr"
)

// ErrAPDExponent is returned by APD for a finite Decimal whose exponent does
// not fit the int32 Exponent of an apd.Decimal. Python accepts exponents up
// to about ±2e18 ("1E+3000000000" is a valid Decimal), so this is a limit of
// pyround's apd representation, not a Python error; the type is the one
// Python uses for values out of a representable range.
var ErrAPDExponent = pyerr.OverflowError("decimal exponent out of the int32 range of apd (pyround's limit)")

// APD sets z to the value of d as a cockroachdb/apd decimal and returns z,
// or a new apd.Decimal if z is nil. The conversion is exact and keeps
// everything Python's decimal module keeps: the coefficient and exponent as
// they are (not normalized: "1.50" is 150 × 10^-2), the sign of zero, and
// the specials with their sign: Infinity as apd.Infinite, NaN as apd.NaN,
// sNaN as apd.NaNSignaling. A NaN's diagnostic payload (NaN123) is stored in
// z.Coeff (zero if none), where pyfmt.AppendAPD and pydecimal.Context look for
// it; apd's own methods ignore payloads and may drop them. The exponent of a
// special is 0.
//
// A finite d whose Exp is outside [math.MinInt32, math.MaxInt32] cannot be
// represented: APD returns ErrAPDExponent and leaves z unchanged. The
// adjusted exponent is not checked (the apd Exponent is that of the last
// coefficient digit, as in Python).
//
// APD allocates nothing when z is non-nil and the coefficient (or payload)
// has at most 38 digits (apd keeps up to 128 bits inline). Longer ones are
// converted in time O(n^1.6) for n digits.
func APD(d Decimal, z *apd.Decimal) (*apd.Decimal, error) {
	digits := d.Coeff
	form := apd.Finite
	switch d.Kind {
	case Finite:
		if d.Exp < math.MinInt32 || d.Exp > math.MaxInt32 {
			return z, ErrAPDExponent
		}
	case Infinite:
		form, digits = apd.Infinite, nil
	case NaN:
		form, digits = apd.NaN, d.Payload
	case SNaN:
		form, digits = apd.NaNSignaling, d.Payload
	default:
		form, digits = apd.NaN, nil
	}
	if z == nil {
		z = new(apd.Decimal)
	}
	z.Form = form
	z.Negative = d.Neg
	z.Exponent = 0
	if form == apd.Finite {
		z.Exponent = int32(d.Exp)
	}
	setAPDCoeff(&z.Coeff, digits)
	return z, nil
}

// setAPDCoeff sets z to the value of the ASCII decimal digits s (0 if s is
// empty). Bytes other than digits are not expected and count as their
// offset from '0'.
func setAPDCoeff(z *apd.BigInt, s []byte) {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	if len(s) <= 19 {
		var u uint64
		for _, c := range s {
			u = u*10 + uint64(c-'0')
		}
		z.SetUint64(u)
		return
	}
	if len(s) <= 38 {
		// 10^38 < 2^128: accumulate hi·2^64 + lo; SetBytes fills apd's
		// inline words without allocating.
		var hi, lo uint64
		for _, c := range s {
			h, l := bits.Mul64(lo, 10)
			var carry uint64
			lo, carry = bits.Add64(l, uint64(c-'0'), 0)
			hi = hi*10 + h + carry
		}
		var be [16]byte
		binary.BigEndian.PutUint64(be[:8], hi)
		binary.BigEndian.PutUint64(be[8:], lo)
		z.SetBytes(be[:])
		return
	}
	var b big.Int
	setDigitRun(&b, s, nil)
	z.SetMathBigInt(&b)
}

// dcThreshold is the length from which setDigitRun splits the digit run:
// below it the schoolbook conversion of setDigits is faster.
const dcThreshold = 2048

// setDigitRun sets z to the value of the ASCII digits s. Long runs are
// split at a power-of-two length m from the right, s = hi·10^m + lo, so
// that the powers 10^(2^k) are shared (pows caches them by k) and big.Int's
// Karatsuba multiplication does the work.
func setDigitRun(z *big.Int, s []byte, pows *[]*big.Int) {
	if len(s) < dcThreshold {
		setDigits(z, asString(s), len(s))
		return
	}
	if pows == nil {
		pows = new([]*big.Int)
	}
	k := bits.Len(uint(len(s)-1)) - 1 // 2^k < len(s) <= 2^(k+1)
	m := 1 << k
	var hi big.Int
	setDigitRun(&hi, s[:len(s)-m], pows)
	setDigitRun(z, s[len(s)-m:], pows)
	hi.Mul(&hi, pow10PowerOfTwo(k, pows))
	z.Add(z, &hi)
}

// pow10PowerOfTwo returns 10^(2^k), computing and caching in pows the
// powers up to k by repeated squaring.
func pow10PowerOfTwo(k int, pows *[]*big.Int) *big.Int {
	p := *pows
	for len(p) <= k {
		if len(p) == 0 {
			p = append(p, big.NewInt(10))
			continue
		}
		last := p[len(p)-1]
		p = append(p, new(big.Int).Mul(last, last))
	}
	*pows = p
	return p[k]
}
