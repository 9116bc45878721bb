package mode

// QuantizeDigits rounds the decimal ±coeff·10^exp to exponent t under m
// and returns the new coefficient: ASCII digits without leading zeros, or
// "0". coeff must have no leading zeros (or be "0"). The result reuses
// coeff's array, growing it only to append zeros when exp > t, so a
// caller whose buffer has room allocates nothing.
//
// ok is false, and the result nil, when the coefficient would have more
// than maxDigits digits; the zeros are never appended in that case.
func QuantizeDigits(coeff []byte, exp, t int64, m Mode, neg bool, maxDigits int) (q []byte, ok bool) {
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
