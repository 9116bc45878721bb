package fixed

import (
	"math/bits"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/rounding"
)

// Quantize returns d rounded (or padded with zeros) to scale digits after
// the point with mode m, as Python's
//
//	d.quantize(Decimal(1).scaleb(-scale), rounding=m)
//
// computes it under the default context: Decimal('2.675').Quantize(2,
// HalfEven) is 2.68, Decimal('1.5').Quantize(3, m) is 1.500. The sign bit
// is kept, also when the result is zero: -0.001 quantized to 2 places is
// -0.00 in every mode that does not round it away from zero, as in Python.
//
// Padding may give a coefficient of more than 19 digits, which is kept as
// long as it has at most 28 (Python's default precision): 18-digit
// 347914186252977247 to 2 places is 347914186252977247.00. Beyond, Python
// raises, and so does Quantize: InvalidOperation: [<class
// 'decimal.InvalidOperation'>].
//
// Errors: that one, and ErrRange when scale is outside [0, 19] (Python
// accepts any exponent). m must be one of rounding.Modes; another value
// acts as Mode(m % 8). Quantize allocates nothing.
func (d Decimal) Quantize(scale int, m rounding.Mode) (Decimal, error) {
	if uint(scale) > MaxScale {
		return Decimal{}, ErrRange
	}
	s := uint(scale)
	if d.zeros != 0 { // a coefficient of more than 19 digits (rare)
		z := uint(d.zeros)
		if s >= uint(d.scale) {
			k := s - uint(d.scale)
			if uint(digits.Count(d.coef))+z+k > MaxDigits {
				return Decimal{}, errQuantizePrec
			}
			c, zz := norm(d.coef, z+k)
			return Decimal{coef: c, scale: uint8(s), zeros: zz, neg: d.neg}, nil
		}
		if k := uint(d.scale) - s; k <= z { // only zeros are dropped
			c, zz := norm(d.coef, z-k)
			return Decimal{coef: c, scale: uint8(s), zeros: zz, neg: d.neg}, nil
		}
		// Drop the zeros (the value is the same), then digits of coef.
		d.scale -= uint8(z)
		d.zeros = 0
	}
	if s >= uint(d.scale) {
		// Pad with k zeros, branch-free: j of them into coef, the rest
		// (beyond 19 digits) counted in zeros.
		k := s - uint(d.scale)
		n := digits0(d.coef) // 0 for 0: a zero takes every zero into coef
		if n+k > MaxDigits {
			return Decimal{}, errQuantizePrec
		}
		// j = min(k, 19-n), without a branch (the compiler's min branches
		// here, and which is smaller is random on real data).
		lim := MaxSigDigits - n
		diff := int(k) - int(lim)
		j := lim + uint(diff&(diff>>63))
		return Decimal{coef: d.coef * pow32[j&31], scale: uint8(s), zeros: uint8(k - j), neg: d.neg}, nil
	}
	k := (uint(d.scale) - s) & 31 // 1..19
	q := divPow10(d.coef, k)
	if truncates[m&7] {
		return Decimal{coef: q, scale: uint8(s), neg: d.neg}, nil
	}
	r := d.coef - q*pow32[k]
	// Branch-free: the class of the dropped digits r against half a unit
	// (Exact 0, BelowHalf 1, Half 2, AboveHalf 3), then the table of
	// package mode's definition.
	h := pow32[k] >> 1
	c := b2u(r != 0) + b2u(r >= h) + b2u(r > h)
	q += uint64(incTable[m&7][c][q%10][b2u(d.neg)])
	return Decimal{coef: q, scale: uint8(s), neg: d.neg}, nil
}

// errQuantizePrec is what Python's quantize raises when the result needs
// more digits than the default context's precision (28).
var errQuantizePrec = errDecimalRange

// incTable[m][c][last][neg] is 1 when package mode says a magnitude
// truncated to a last digit last, with dropped fraction of class c, is
// bumped under mode m: the one definition of the modes, tabulated once so
// that the hot path does not branch on random data. Quantize indexes it
// with m&7, so an invalid mode acts as Mode(m % 8).
var incTable = func() (t [8][4][10][2]uint8) {
	for m := range t {
		for c := range t[m] {
			for last := range t[m][c] {
				for neg := range t[m][c][last] {
					if mode.Mode(m).Increments(mode.Class(c), uint(last), neg == 1) {
						t[m][c][last][neg] = 1
					}
				}
			}
		}
	}
	return t
}()

// truncates[m] is true for the modes that never round a magnitude up
// (ROUND_DOWN), read off incTable.
var truncates = func() (t [8]bool) {
	for m := range t {
		t[m] = incTable[m] == [4][10][2]uint8{}
	}
	return t
}()

// b2u converts a bool to 0 or 1 without a branch.
func b2u(b bool) uint {
	var u uint
	if b {
		u = 1
	}
	return u
}

// pow32 is the powers of ten padded to 32 entries, for indexing without
// bounds checks.
var pow32 = func() (t [32]uint64) {
	for k := 0; k <= digits.MaxPow10U64; k++ {
		t[k] = digits.Pow10(k)
	}
	return t
}()

// magic[k] and shift[k] divide by 5^k: for n < 2^(64-k),
// floor(n / 5^k) = hi64(n × magic[k]) >> shift[k] (Granlund and
// Montgomery 1994, theorem 4.2, with N = 64-k bits of numerator,
// l = ceil(log2 5^k), m = ceil(2^(N+l) / 5^k) < 2^64, shift = l - k).
var magic, shift = func() (m [32]uint64, s [32]uint8) {
	for k := 1; k <= MaxSigDigits; k++ {
		d := digits.Pow10(k) >> k // 5^k
		l := bits.Len64(d - 1)    // ceil(log2 d)
		n := 64 - k
		// ceil(2^(n+l) / d), with n+l-64 = l-k high bits: hi = 2^(l-k).
		hi, lo := uint64(1)<<(n+l-64), uint64(0)
		q, r := bits.Div64(hi, lo, d)
		if r != 0 {
			q++
		}
		m[k], s[k] = q, uint8(l-k)
	}
	return m, s
}()

// divPow10 returns u / 10^k for 1 <= k <= 19 with one
// multiplication and no division: u / 10^k = (u >> k) / 5^k, and u >> k
// has at most 64-k bits, which magic[k] divides exactly.
func divPow10(u uint64, k uint) uint64 {
	k &= 31 // no bounds checks: the tables have 32 entries
	hi, _ := bits.Mul64(u>>k, magic[k])
	return hi >> (shift[k] & 63)
}
