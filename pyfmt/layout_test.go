package pyfmt

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// The reference layout: CPython's algorithm step by step on the text
// written out in full (every zero of every run as a byte), as pyfmt laid
// numbers out before the bulk paths.

// refGroupedLen is the loop of _PyUnicode_InsertThousandsGrouping that
// counts the output.
func refGroupedLen(n, minWidth, group int) int {
	count := 0
	for first := true; ; first = false {
		l := min(group, max(n, minWidth, 1))
		if !first {
			count++
		}
		chars := max(0, min(n, l))
		count += l
		n -= chars
		minWidth -= l
		if n <= 0 && minWidth <= 0 {
			return count
		}
		minWidth--
	}
}

// refGrouped is _PyUnicode_InsertThousandsGrouping, a digit at a time.
func refGrouped(digits []byte, minWidth, group int, sep byte) []byte {
	total := refGroupedLen(len(digits), minWidth, group)
	out := make([]byte, total)
	p := total
	n := len(digits)
	for first := true; ; first = false {
		l := min(group, max(n, minWidth, 1))
		if !first {
			p--
			out[p] = sep
		}
		chars := max(0, min(n, l))
		for i := 0; i < chars; i++ {
			p--
			n--
			out[p] = digits[n]
		}
		for i := chars; i < l; i++ {
			p--
			out[p] = '0'
		}
		minWidth -= l
		if n <= 0 && minWidth <= 0 {
			return out
		}
		minWidth--
	}
}

func (r run) String() string { return string(r.text) + strings.Repeat("0", r.zeros) }

// refNumber lays n out as calc_number_widths and fill_number do, rune by
// rune.
func refNumber(dst []byte, sp Spec, n *number) []byte {
	digits := []byte(n.digits.String())
	rem := n.rem[0].String() + n.rem[1].String() + n.rem[2].String()
	remWidth := len(rem)
	if n.remWidth != 0 {
		remWidth = n.remWidth
	}
	sign := signByte(sp, n.neg)
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	if n.sep != 0 && n.group > 0 && len(digits) > 0 {
		minWidth := 0
		if n.zeroGroups {
			minWidth = sp.Width - nSign - len(n.prefix) - remWidth
		}
		digits = refGrouped(digits, minWidth, n.group, n.sep)
	}
	pad := max(0, sp.Width-(nSign+len(n.prefix)+len(digits)+remWidth))
	var left, mid, right int
	switch sp.Align {
	case '<':
		right = pad
	case '^':
		left, right = pad/2, pad-pad/2
	case '=':
		mid = pad
	default:
		left = pad
	}
	fill := func(k int) {
		for range k {
			dst = utf8.AppendRune(dst, sp.Fill)
		}
	}
	fill(left)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, n.prefix...)
	fill(mid)
	dst = append(dst, digits...)
	dst = append(dst, rem...)
	fill(right)
	return dst
}

func TestGroupedLen(t *testing.T) {
	for _, group := range []int{3, 4} {
		for n := 1; n < 60; n++ {
			for minWidth := -5; minWidth < 80; minWidth++ {
				if got, want := groupedLen(n, minWidth, group), refGroupedLen(n, minWidth, group); got != want {
					t.Fatalf("groupedLen(%d, %d, %d) = %d, want %d", n, minWidth, group, got, want)
				}
			}
		}
	}
}

// TestWriteGrouped checks both of writeGrouped's paths (digit by digit,
// and the separator pattern with the digits written over it) against
// the reference on every split of short texts, trailing zeros and widths,
// and at the lengths where the pattern's block copies change step.
func TestWriteGrouped(t *testing.T) {
	check := func(text string, zeros, minWidth, group int, sep byte) {
		t.Helper()
		d := run{text: []byte(text), zeros: zeros}
		want := refGrouped([]byte(d.String()), minWidth, group, sep)
		got := make([]byte, groupedLen(d.len(), minWidth, group))
		writeGrouped(got, d, group, sep)
		if !bytes.Equal(got, want) {
			t.Fatalf("writeGrouped(%q+%d zeros, minWidth %d, group %d) =\n%.200q, want\n%.200q", text, zeros, minWidth, group, got, want)
		}
	}
	for _, group := range []int{3, 4} {
		for _, text := range []string{"", "7", "12", "123", "1234", "12345", "1234567", "98765432109876543210"} {
			for zeros := 0; zeros < 12; zeros++ {
				if len(text)+zeros == 0 {
					continue
				}
				for minWidth := 0; minWidth < 40; minWidth++ {
					check(text, zeros, minWidth, group, ',')
				}
			}
		}
		for _, size := range []int{fillBlock - 7, fillBlock, fillBlock + 1, 3*fillBlock + 5, growBlock + 3, 1_000_003} {
			check("123456789", 0, size, group, '_')
			check("123456789", size, 0, group, ',')
			check("1", size, size+size/3+17, group, ',')
		}
	}
}

// TestAppendNumberReference lays out random numbers with long runs of
// zeros, wide fills (ASCII and multibyte) and zero-padded groups, and
// compares appendNumber with the reference, on a dst with and without
// spare room.
func TestAppendNumberReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 18))
	size := func() int {
		switch r.IntN(4) {
		case 0:
			return 0
		case 1:
			return r.IntN(10)
		case 2:
			return r.IntN(2000)
		}
		return r.IntN(100_000)
	}
	digits := func() []byte {
		b := make([]byte, r.IntN(30))
		for i := range b {
			b[i] = byte('0' + r.IntN(10))
		}
		return b
	}
	fills := []rune{' ', '*', '0', 'ç', '中', '😀'}
	aligns := []byte{0, '<', '>', '^', '='}
	for i := range 1500 {
		sp := Spec{Fill: fills[r.IntN(len(fills))], Align: aligns[r.IntN(len(aligns))], Sign: " +-"[r.IntN(3)], Width: size() - 1}
		n := number{neg: r.IntN(3) == 0, digits: run{text: digits(), zeros: size()}, group: 3 + r.IntN(2), sep: ",_\x00"[r.IntN(3)]}
		if r.IntN(4) == 0 {
			n.prefix = "0x"
		}
		n.zeroGroups = r.IntN(2) == 0
		if n.zeroGroups && r.IntN(2) == 0 {
			sp.Fill, sp.Align = '0', '='
		}
		n.rem[0] = run{text: []byte("."), zeros: size()}
		n.rem[1] = run{text: digits(), zeros: size()}
		n.rem[2] = run{text: []byte([]string{"", "e+05", "%", "E-300%"}[r.IntN(4)])}
		if r.IntN(10) == 0 {
			n = number{neg: n.neg, rem: [3]run{{text: []byte("中")}}, remWidth: 1}
		}
		prefix := []byte("ab")
		var dst []byte
		if i%2 == 0 {
			dst = append(make([]byte, 0, 1<<20), prefix...)
		} else {
			dst = append([]byte(nil), prefix...)
		}
		want := refNumber(append([]byte(nil), prefix...), sp, &n)
		got := appendNumber(dst, sp, &n)
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d: appendNumber(%+v, %+v):\n got %d bytes %.300q\nwant %d bytes %.300q", i, sp, n, len(got), got, len(want), want)
		}
	}
}

// TestGrowSlack: a result large enough for grow's own allocation leaves
// room for a line ending, so a line writer's append does not copy it.
func TestGrowSlack(t *testing.T) {
	for _, n := range []int{growBlock, growBlock + 1, 1 << 20, 1<<20 + 8192 - 1} {
		b := grow([]byte("x"), n)
		if cap(b)-len(b) < n+1 {
			t.Errorf("grow(1 byte, %d): capacity %d leaves no room for a newline", n, cap(b))
		}
	}
	// Many large appends still grow geometrically.
	b := make([]byte, 0, growBlock)
	reallocs := 0
	for range 300 {
		old := cap(b)
		b = appendZeros(b, growBlock)
		if cap(b) != old {
			reallocs++
		}
	}
	if reallocs > 30 {
		t.Errorf("300 appends of %d bytes grew the buffer %d times", growBlock, reallocs)
	}
}
