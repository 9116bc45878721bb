package pyfmt

import (
	"slices"
	"unicode/utf8"
)

// The layout of a formatted number: sign, prefix, padding, grouped integer
// digits and the rest, as CPython's calc_number_widths and fill_number
// (and libmpdec's mpd_qformat_spec, for Decimals) lay them out.
//
// A huge width or precision is mostly one repeated byte: fill, zeros
// after the exact digits of a float, zeros padding the groups. The parts
// hold such zeros as counts (a run), and appendNumber works out the
// result's exact length, grows dst once and writes each part in place, a
// repeated byte or group pattern by block copies. A result of a gigabyte
// is then one allocation, touched once, with work per digit only for the
// digits that are not zeros.

// run is text followed by zeros zeros.
type run struct {
	text  []byte
	zeros int
}

func (r run) len() int { return len(r.text) + r.zeros }

// number is a formatted number before layout: an optional '-' (neg), the
// prefix ("0x"), the integer digits and the rest (fraction, exponent,
// '%'; for 'c' the character, for Decimal specials their text).
type number struct {
	neg    bool
	prefix string
	digits run    // the integer digits, grouped when group > 0 and sep != 0
	rem    [3]run // the rest, in order; unused entries are empty
	// remWidth is the width of rem in code points when it differs from
	// its length in bytes (a 'c' character), else 0.
	remWidth int
	group    int  // digits per group
	sep      byte // the group separator, 0 for none
	// zeroGroups: zero padding goes into the groups (CPython pads with
	// '0' inside the grouping only for fill '0' with alignment '=').
	zeroGroups bool
}

func (n *number) remLen() int { return n.rem[0].len() + n.rem[1].len() + n.rem[2].len() }

// appendNumber appends n laid out by sp (fill, alignment, width, sign) to
// dst, growing dst at most once.
func appendNumber(dst []byte, sp Spec, n *number) []byte {
	sign := signByte(sp, n.neg)
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDigits := n.digits.len()
	remBytes := n.remLen()
	remWidth := remBytes
	if n.remWidth != 0 {
		remWidth = n.remWidth
	}
	grouping := n.sep != 0 && n.group > 0 && nDigits > 0
	nGrouped := nDigits
	if grouping {
		minWidth := 0
		if n.zeroGroups {
			minWidth = sp.Width - nSign - len(n.prefix) - remWidth
		}
		nGrouped = groupedLen(nDigits, minWidth, n.group)
	}
	total := nSign + len(n.prefix) + nGrouped + remWidth
	pad := 0
	if sp.Width > total {
		pad = sp.Width - total
	}
	var left, mid, right int
	switch sp.Align {
	case '<':
		right = pad
	case '^':
		left = pad / 2
		right = pad - left
	case '=':
		mid = pad
	default:
		left = pad
	}
	var enc [utf8.UTFMax]byte
	var fill []byte
	if sp.Fill < utf8.RuneSelf && sp.Fill >= 0 {
		enc[0] = byte(sp.Fill)
		fill = enc[:1]
	} else {
		fill = enc[:utf8.EncodeRune(enc[:], sp.Fill)] // invalid runes as U+FFFD, as utf8.AppendRune does
	}
	size := pad*len(fill) + nSign + len(n.prefix) + nGrouped + remBytes
	start := len(dst)
	dst = grow(dst, size)[:start+size]
	b := dst[start:]
	p := 0
	if left > 0 {
		p = fillRepeat(b, fill, left)
	}
	if sign != 0 {
		b[p] = sign
		p++
	}
	if n.prefix != "" {
		p += copy(b[p:], n.prefix)
	}
	if mid > 0 {
		p += fillRepeat(b[p:], fill, mid)
	}
	if grouping {
		writeGrouped(b[p:p+nGrouped], n.digits, n.group, n.sep)
		p += nGrouped
	} else {
		p += copy(b[p:], n.digits.text)
		if n.digits.zeros > 0 {
			p += fillRepeat(b[p:], zeroDigit[:], n.digits.zeros)
		}
	}
	for i := range n.rem {
		r := &n.rem[i]
		if len(r.text) > 0 {
			p += copy(b[p:], r.text)
		}
		if r.zeros > 0 {
			p += fillRepeat(b[p:], zeroDigit[:], r.zeros)
		}
	}
	if right > 0 {
		fillRepeat(b[p:], fill, right)
	}
	return dst
}

// grow returns dst with room for n more bytes. Up to growBlock bytes it
// is slices.Grow. A larger request gets a new array from make, which the
// runtime need not zero when the memory is fresh from the OS (append
// clears what it adds: a gigabyte written twice), sized for the result
// plus growSlack bytes, so that a caller appending a line ending does not
// copy it again, and at least a quarter above the old capacity, so that
// a caller appending many large results still grows geometrically.
func grow(dst []byte, n int) []byte {
	if n <= cap(dst)-len(dst) {
		return dst
	}
	if n < growBlock {
		return slices.Grow(dst, n)
	}
	b := make([]byte, len(dst), max(len(dst)+n+growSlack, cap(dst)+cap(dst)/4))
	copy(b, dst)
	return b
}

const (
	growBlock = 64 << 10
	growSlack = 64
	// fillBlock is the size up to which a repeated pattern doubles itself;
	// beyond it the block is copied over and over, from the cache.
	fillBlock = 32 << 10
)

// fillRepeat writes count copies of pat at the start of b and returns the
// number of bytes written.
func fillRepeat(b, pat []byte, count int) int {
	if count <= 0 {
		return 0
	}
	n := count * len(pat)
	b = b[:n]
	if len(pat) == 1 && n <= 16 {
		for i := range b {
			b[i] = pat[0]
		}
		return n
	}
	copy(b, pat)
	repeatPrefix(b, len(pat))
	return n
}

// repeatPrefix fills b with copies of its first period bytes (which it
// holds already).
func repeatPrefix(b []byte, period int) {
	k := period
	for k < len(b) && k < fillBlock {
		k += copy(b[k:], b[:k]) // k stays a multiple of period until b is full
	}
	for i := k; i < len(b); i += k {
		copy(b[i:], b[:k])
	}
}

// appendFill appends n copies of fill to dst.
func appendFill(dst []byte, fill rune, n int) []byte {
	if n <= 0 {
		return dst
	}
	var enc [utf8.UTFMax]byte
	w := utf8.EncodeRune(enc[:], fill) // invalid runes as U+FFFD, as utf8.AppendRune does
	start := len(dst)
	dst = grow(dst, n*w)[:start+n*w]
	fillRepeat(dst[start:], enc[:w], n)
	return dst
}

func appendZeros(b []byte, n int) []byte {
	if n <= 0 {
		return b
	}
	start := len(b)
	b = grow(b, n)[:start+n]
	fillRepeat(b[start:], zeroDigit[:], n)
	return b
}

// groupedLen is the length of CPython's _PyUnicode_InsertThousandsGrouping
// output for n > 0 digits, minimum width minWidth and groups of group
// digits. CPython writes groups from the right until the digits are used
// up and minWidth is reached, and a separator always has a digit (or a
// padding zero) on its left: the result is the grouped length of the n
// digits, or the least length of at least minWidth that a grouped number
// can have (one that does not begin with a separator), whichever is more.
func groupedLen(n, minWidth, group int) int {
	l := n + (n-1)/group
	if minWidth > l {
		l = minWidth
		if l%(group+1) == 0 {
			l++
		}
	}
	return l
}

// writeGrouped fills b, of groupedLen(d.len(), minWidth, group) bytes,
// with the digits of d grouped from the right every group digits, padded
// on the left with zeros to the length of b: the output of
// _PyUnicode_InsertThousandsGrouping.
func writeGrouped(b []byte, d run, group int, sep byte) {
	text := d.text
	period := group + 1
	if d.zeros == 0 && len(b)-len(text) < 2*period {
		// The digits and a few padding zeros: one pass from the right, a
		// group at a time (the leftmost one may be short).
		p, k := len(b), len(text)
		for {
			for l := min(group, p); l > 0; l-- {
				p--
				k--
				if k >= 0 {
					b[p] = text[k]
				} else {
					b[p] = '0'
				}
			}
			if p == 0 {
				return
			}
			p--
			b[p] = sep
		}
	}
	// Zeros and separators everywhere (the byte at distance r from the
	// right end is a separator when r%period == group), then the digits
	// over them: digit j from the right (the d.zeros trailing zeros are
	// digits 0 to d.zeros-1) is at distance j + j/group.
	last := len(b) - 1
	for i := 0; i < min(period, len(b)); i++ {
		if (last-i)%period == group {
			b[i] = sep
		} else {
			b[i] = '0'
		}
	}
	repeatPrefix(b, period)
	p := len(b) - d.zeros - d.zeros/group // one past digit d.zeros
	c := d.zeros % group                  // digits already in its group
	for i := len(text) - 1; i >= 0; i-- {
		if c == group {
			p-- // the separator
			c = 0
		}
		p--
		b[p] = text[i]
		c++
	}
}
