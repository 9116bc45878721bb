package fixed

import (
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Decimal is the decimal ±C × 10^-scale, 0 <= scale <= 19, whose
// coefficient C (Python's digits) is either below 10^19 or, up to
// MaxDigits (28, Python's default precision) digits, a number below
// 10^19 followed by zeros: 347914186252977247.00 (20 digits) is a Decimal,
// as quantizing an 18-digit integer to 2 places gives it. It has its own
// sign bit so that Python's Decimal('-0.00') is kept (a negative zero
// prints as "-0.00" and has Neg() true, Sign() 0). The zero value is
// Decimal('0').
//
// Two Decimals are == when they have the same representation: 1.0 != 1.00
// and 0 != -0, as Python's Decimal reprs differ (use Cmp for the numeric
// order, in which they are equal).
type Decimal struct {
	coef  uint64 // C = coef × 10^zeros, coef < 10^19
	scale uint8
	zeros uint8 // 0, unless C >= 10^19; then coef >= 10^18 (canonical)
	neg   bool
}

// MaxScale is the largest scale (digits after the point) a Decimal has.
const MaxScale = 19

// MaxDigits is the largest number of coefficient digits a Decimal has,
// Python's default precision.
const MaxDigits = 28

// MaxSigDigits is the largest number of coefficient digits before the
// trailing zeros: a coefficient of more than 19 digits ends in zeros.
const MaxSigDigits = 19

// norm returns the canonical form of the coefficient c × 10^z: the zeros
// folded into c while it stays below 10^19.
func norm(c uint64, z uint) (uint64, uint8) {
	if z == 0 {
		return c, 0
	}
	if c == 0 {
		return 0, 0
	}
	j := min(z, MaxSigDigits-uint(digits.Count(c)))
	return c * digits.Pow10(int(j)), uint8(z - j)
}

// digits0 returns the number of decimal digits of c, 0 for 0.
func digits0(c uint64) uint {
	// 1233/4096 is just above log10(2): n is the count or one less.
	n := uint(bits.Len64(c)*1233) >> 12
	return n + b2u(c >= digits.Pow10(int(n)))
}

// maxCoef is the largest coef, 10^19 - 1.
const maxCoef = 1e19 - 1

// ErrRange is returned where the result (or the parsed value) is a value
// Python's decimal module can hold but a fixed.Decimal cannot: more than 19
// coefficient digits other than trailing zeros, more than 28 digits, an
// exponent above 0 or below -19, NaN or Infinity, or a Quantize scale
// outside [0, 19]. The computation needs
// rounding.RoundDecimal or package pydecimal instead. It is an
// OverflowError, as pyround's other limits are.
var ErrRange = pyerr.OverflowError("value outside fixed.Decimal's range (at most 19 digits, or 28 ending in zeros; exponent -19..0; pyround's limit: use rounding.RoundDecimal or pydecimal)")

// New returns coef × 10^-scale (New(-12345, 2) is -123.45). It fails with
// ErrRange when scale is outside [0, 19]. New never returns a negative
// zero.
func New(coef int64, scale int) (Decimal, error) {
	if uint(scale) > MaxScale {
		return Decimal{}, ErrRange
	}
	neg := coef < 0
	u := uint64(coef)
	if neg {
		u = -u
	}
	return Decimal{coef: u, scale: uint8(scale), neg: neg}, nil
}

// FromParts returns the Decimal with sign bit neg, coefficient coef and
// scale: FromParts(true, 0, 2) is Decimal('-0.00'). It fails with
// ErrRange when coef >= 10^19 or scale is outside [0, 19].
func FromParts(neg bool, coef uint64, scale int) (Decimal, error) {
	if coef > maxCoef || uint(scale) > MaxScale {
		return Decimal{}, ErrRange
	}
	return Decimal{coef: coef, scale: uint8(scale), neg: neg}, nil
}

// Coef returns the coefficient, the digits without sign, as c × 10^zeros:
// (12345, 0) for -123.45, (0, 0) for -0.00. zeros is 0 unless the
// coefficient has more than 19 digits: 347914186252977247.00 is
// (3479141862529772470, 1).
func (d Decimal) Coef() (c uint64, zeros int) { return d.coef, int(d.zeros) }

// Scale returns the number of digits after the point, the negated Python
// exponent: 2 for 123.45 and for -0.00, 0 for 7.
func (d Decimal) Scale() int { return int(d.scale) }

// Neg reports the sign bit: true for negative values and for negative
// zeros such as Decimal('-0.00').
func (d Decimal) Neg() bool { return d.neg }

// Sign returns -1, 0 or +1; 0 for every zero, negative or not.
func (d Decimal) Sign() int {
	switch {
	case d.coef == 0:
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// IsZero reports whether d is a zero of any scale and sign.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Negate returns d with the sign bit flipped (also for zeros), as Python's
// Decimal.copy_negate does.
func (d Decimal) Negate() Decimal { d.neg = !d.neg; return d }

// Abs returns d with the sign bit cleared, as Decimal.copy_abs does.
func (d Decimal) Abs() Decimal { d.neg = false; return d }

// Cmp compares the values of d and e: -1, 0 or +1. Representations of
// the same value compare equal (1.0 and 1.00, 0 and -0), as Python's ==
// and < on Decimals. It allocates when a coefficient has more than 19
// digits.
func (d Decimal) Cmp(e Decimal) int {
	ds, es := d.Sign(), e.Sign()
	if ds != es {
		if ds < es {
			return -1
		}
		return 1
	}
	if ds == 0 {
		return 0
	}
	c := cmpAbs(d, e)
	if ds < 0 {
		return -c
	}
	return c
}

// cmpAbs compares |d| and |e|.
func cmpAbs(d, e Decimal) int {
	if d.zeros|e.zeros != 0 {
		return d.Shopspring().Abs().Cmp(e.Shopspring().Abs())
	}
	// Scale both to the larger scale, in 128 bits.
	ah, al := bits.Mul64(d.coef, digits.Pow10(int(max(d.scale, e.scale)-d.scale)))
	bh, bl := bits.Mul64(e.coef, digits.Pow10(int(max(d.scale, e.scale)-e.scale)))
	switch {
	case ah < bh || (ah == bh && al < bl):
		return -1
	case ah == bh && al == bl:
		return 0
	}
	return 1
}
