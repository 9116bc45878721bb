package mode

// Class describes the part of an exact value below the rounding position,
// as a fraction f of one unit in the last kept place.
type Class uint8

const (
	Exact     Class = iota // f == 0
	BelowHalf              // 0 < f < 1/2
	Half                   // f == 1/2
	AboveHalf              // 1/2 < f < 1
)

// Increments reports whether a magnitude truncated toward zero (whose last
// kept digit is lastDigit) must be bumped by one unit away from zero under
// m, given the class c of the discarded fraction and the sign of the value.
// It is the one place in pyround where the eight modes are decided; every
// rounding of floats, ints, decimals and digit strings asks it.
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

// ClassifyFraction returns the class of the fraction r/p for an even p > 0
// (a power of ten of at least 10, say) and 0 <= r < p.
func ClassifyFraction(r, p uint64) Class {
	h := p / 2
	switch {
	case r == 0:
		return Exact
	case r < h:
		return BelowHalf
	case r == h:
		return Half
	}
	return AboveHalf
}

// ClassifyDigits returns the class of the fraction 0.d1d2d3... whose
// ASCII digits are dropped (dropped is non-empty).
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
