// Package decround holds the one definition of the eight rounding modes
// of Python's decimal module and the digit-string quantizer built on it,
// shared by package rounding (which exports the modes as rounding.Mode)
// and package pyfmt (which rounds Decimals while formatting them and
// cannot import rounding, which imports it).
package decround

// Mode is a rounding mode, numbered as rounding.Mode numbers them.
type Mode uint8

// The eight modes of Python's decimal module.
const (
	HalfEven Mode = iota
	HalfUp
	HalfDown
	Up
	Down
	Ceiling
	Floor
	ZeroFiveUp
)

// Class describes the part of an exact value below the rounding position,
// as a fraction f of one unit in the last kept place.
type Class uint8

const (
	Exact     Class = iota // f == 0
	BelowHalf              // 0 < f < 1/2
	Half                   // f == 1/2
	AboveHalf              // 1/2 < f < 1
)

// Increments reports whether a magnitude truncated to q (whose last digit
// is lastDigit) must be bumped by one unit away from zero under mode m,
// given the discarded fraction c and the sign of the value. It is the
// single place where the eight modes are defined.
func (m Mode) Increments(c Class, lastDigit uint, neg bool) bool {
	if c == Exact {
		return false
	}
	switch m {
	case HalfEven:
		return c == AboveHalf || (c == Half && lastDigit&1 == 1)
	case HalfUp:
		return c >= Half
	case HalfDown:
		return c == AboveHalf
	case Up:
		return true
	case Down:
		return false
	case Ceiling:
		return !neg
	case Floor:
		return neg
	case ZeroFiveUp:
		return lastDigit == 0 || lastDigit == 5
	}
	return false
}

// Quantize rounds the decimal ±coeff·10^exp to exponent t under m and
// returns the new coefficient: ASCII digits without leading zeros, or
// "0". coeff must have no leading zeros (or be "0"). The result reuses
// coeff's array, growing it only to append zeros when exp > t, so a
// caller whose buffer has room allocates nothing.
//
// ok is false, and the result nil, when the coefficient would have more
// than maxDigits digits; the zeros are never appended in that case.
func Quantize(coeff []byte, exp, t int64, m Mode, neg bool, maxDigits int) (q []byte, ok bool) {
	zero := len(coeff) == 0 || (len(coeff) == 1 && coeff[0] == '0')
	if exp >= t {
		if zero {
			return append(coeff[:0], '0'), true
		}
		// exp - t cannot overflow: callers keep both within their bounds.
		n := exp - t
		if n > int64(maxDigits-len(coeff)) {
			return nil, false
		}
		for ; n > 0; n-- {
			coeff = append(coeff, '0')
		}
		return coeff, true
	}
	kept := coeff[:0]
	var c Class
	if k := t - exp; k > int64(len(coeff)) || k < 0 {
		// Every digit is dropped, and the first dropped one is an implicit 0.
		if !zero {
			c = BelowHalf
		}
	} else {
		kept = coeff[:int64(len(coeff))-k]
		c = ClassifyDigits(coeff[len(kept):])
	}
	var last uint
	if len(kept) > 0 {
		last = uint(kept[len(kept)-1] - '0')
	}
	if m.Increments(c, last, neg) {
		i := len(kept) - 1
		for ; i >= 0 && kept[i] == '9'; i-- {
			kept[i] = '0'
		}
		if i >= 0 {
			kept[i]++
		} else {
			// All nines (or nothing kept): one more digit, in the place of
			// the first dropped one (coeff is never empty).
			kept = coeff[:len(kept)+1]
			kept[0] = '1'
			for j := 1; j < len(kept); j++ {
				kept[j] = '0'
			}
		}
	}
	if len(kept) == 0 {
		return append(coeff[:0], '0'), true
	}
	if len(kept) > maxDigits { // only from an input longer than the limit
		return nil, false
	}
	return kept, true
}

// ClassifyDigits returns the class of the fraction 0.d1d2d3... whose
// digits are dropped (dropped is non-empty).
func ClassifyDigits(dropped []byte) Class {
	rest := false
	for _, b := range dropped[1:] {
		if b != '0' {
			rest = true
			break
		}
	}
	switch d := dropped[0]; {
	case d > '5':
		return AboveHalf
	case d == '5' && rest:
		return AboveHalf
	case d == '5':
		return Half
	case d == '0' && !rest:
		return Exact
	}
	return BelowHalf
}
