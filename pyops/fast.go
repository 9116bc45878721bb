package pyops

import "github.com/pyround/pyround/digits"

// appendRoundFast appends what print(round(float(text), n)) shows for the
// common case of a plain decimal text, [-]DIGITS.DIGITS with at most 19
// digits, and n >= 0, working on the text alone; ok is false when the case
// needs the exact path (rounding.Round and the float's repr).
//
// Why it is exact: round(x, n) is float(D), D being the exact value of x
// rounded half-even to n places (CPython's double_round). The text's value
// T and x differ by at most half an ulp of x, under 10^(I+F)/2^53 units of
// the text's last place (I, F: the digits before and after the point), so
// when T is farther than that from every midpoint of the n-place grid, T
// and x round alike and D is T rounded. When nothing is cut (F <= n), D is
// x itself. If D has at most 15 significant digits, float(D) prints as D
// (DBL_DIG is 15: no other decimal of 15 digits or fewer maps to the same
// float), which repr writes in positional form for 1e-4 <= |D| < 1e16 or
// D == 0, with trailing zeros dropped and a sign kept on -0.0.
func appendRoundFast(dst, text []byte, n int) ([]byte, bool) {
	i := 0
	neg := len(text) > 0 && text[0] == '-'
	if neg {
		i++
	}
	var d uint64
	nI := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		d = d*10 + uint64(text[i]-'0')
		i++
		nI++
	}
	if nI == 0 || i >= len(text) || text[i] != '.' {
		return dst, false
	}
	i++
	nF := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		d = d*10 + uint64(text[i]-'0')
		i++
		nF++
	}
	if nF == 0 || i != len(text) || nI+nF > 19 || n < 0 {
		return dst, false
	}
	q, keep := d, nF
	if nF > n {
		p := digits.Pow10(nF - n)
		var rem uint64
		q, rem = d/p, d%p
		half := p / 2
		dist := rem - half
		if rem < half {
			dist = half - rem
		}
		if dist <= digits.Pow10(nI+nF)>>53 {
			return dst, false // too near a midpoint for the text to decide
		}
		if rem > half {
			q++
		}
		keep = n
	} else if nI+nF > 15 {
		return dst, false // x's repr may not be the text
	}
	if q >= digits.Pow10(15) {
		return dst, false
	}
	ip, frac := q/digits.Pow10(keep), q%digits.Pow10(keep)
	for keep > 0 && frac%10 == 0 {
		frac /= 10
		keep--
	}
	if ip == 0 && frac != 0 && keep > 4 && frac < digits.Pow10(keep-4) {
		return dst, false // below 1e-4: repr writes an exponent
	}
	var tmp [40]byte
	pos := len(tmp)
	for k := 0; k < keep; k++ {
		pos--
		tmp[pos] = byte('0' + frac%10)
		frac /= 10
	}
	if keep == 0 {
		pos--
		tmp[pos] = '0'
	}
	pos--
	tmp[pos] = '.'
	for {
		pos--
		tmp[pos] = byte('0' + ip%10)
		if ip /= 10; ip == 0 {
			break
		}
	}
	if neg {
		pos--
		tmp[pos] = '-'
	}
	return append(dst, tmp[pos:]...), true
}
