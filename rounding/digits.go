package rounding

// quantizeDigits rounds the decimal ±coeff·10^exp to exponent t under m
// and returns the new coefficient: ASCII digits without leading zeros, or
// "0". coeff must have no leading zeros (or be "0"); the result reuses
// coeff's array, growing it only to append zeros when exp > t.
func quantizeDigits(coeff []byte, exp, t int64, m Mode, neg bool) ([]byte, error) {
	zero := len(coeff) == 0 || (len(coeff) == 1 && coeff[0] == '0')
	if exp >= t {
		if zero {
			return append(coeff[:0], '0'), nil
		}
		// exp - t cannot overflow: both lie within the context's bounds.
		n := exp - t
		if n > int64(MaxResultDigits-len(coeff)) {
			return nil, ErrTooManyDigits
		}
		for ; n > 0; n-- {
			coeff = append(coeff, '0')
		}
		return coeff, nil
	}
	kept := coeff[:0]
	var c class
	if k := t - exp; k > int64(len(coeff)) || k < 0 {
		// Every digit is dropped, and the first dropped one is an implicit 0.
		if !zero {
			c = belowHalf
		}
	} else {
		kept = coeff[:int64(len(coeff))-k]
		dropped := coeff[len(kept):]
		c = classifyDigits(dropped)
	}
	var last uint
	if len(kept) > 0 {
		last = uint(kept[len(kept)-1] - '0')
	}
	if m.increments(c, last, neg) {
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
		return append(coeff[:0], '0'), nil
	}
	if len(kept) > MaxResultDigits { // only from an input longer than the limit
		return nil, ErrTooManyDigits
	}
	return kept, nil
}

// classifyDigits returns the class of the fraction 0.d1d2d3... whose
// digits are dropped (dropped is non-empty).
func classifyDigits(dropped []byte) class {
	rest := false
	for _, b := range dropped[1:] {
		if b != '0' {
			rest = true
			break
		}
	}
	switch d := dropped[0]; {
	case d > '5':
		return aboveHalf
	case d == '5' && rest:
		return aboveHalf
	case d == '5':
		return half
	case d == '0' && !rest:
		return exact
	}
	return belowHalf
}
