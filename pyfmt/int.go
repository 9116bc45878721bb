package pyfmt

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Integer is the set of Go integer types AppendInt formats: every one
// (the constraint of package digits).
type Integer = digits.Integer

// AppendInt appends Python's str(x) for an integer to dst and returns the
// extended buffer: plain decimal digits with a leading '-' for negative
// values (there is no negative zero, and no '+'). It allocates nothing when
// dst has room for the result (at most 20 bytes).
func AppendInt[T Integer](dst []byte, x T) []byte {
	if x < 0 {
		return strconv.AppendInt(dst, int64(x), 10)
	}
	return strconv.AppendUint(dst, uint64(x), 10)
}

// MaxIntStrDigits is CPython 3.11's default limit on the number of decimal
// digits in int-to-str and str-to-int conversions
// (sys.get_int_max_str_digits()). pyround does not support changing it.
const MaxIntStrDigits = 4300

// errIntStrDigits is what str(n) raises for an int with too many digits.
var errIntStrDigits = pyerr.ValueError("Exceeds the limit (4300 digits) for integer string conversion; " +
	"use sys.set_int_max_str_digits() to increase the limit")

// CheckIntStrDigits returns the ValueError CPython 3.11 raises when str(),
// repr() or print() is applied to an int whose absolute value has ndigits
// decimal digits, if ndigits exceeds MaxIntStrDigits, and nil otherwise:
//
//	ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
//
// The sign is not counted: -(10**4300 - 1) prints, 10**4300 does not. (The
// message for the opposite conversion, int(str), differs; see package
// pyparse.) Callers combine it with BigIntDigits before AppendBigInt.
func CheckIntStrDigits(ndigits int) error {
	if ndigits > MaxIntStrDigits {
		return errIntStrDigits
	}
	return nil
}

// BigIntDigits returns the number of decimal digits of |x|, the length of
// str(abs(x)); zero and nil have one digit. It does not format x, and it
// allocates only the first time a given power of ten is needed (it is
// digits.CountBig, pyround's one digit counter).
func BigIntDigits(x *big.Int) int { return digits.CountBig(x) }

// Conversion of big values works on chunks of chunkDigits decimal digits,
// the largest power of ten that fits in a big.Word.
const (
	chunkDigits = 9 + 10*(bits.UintSize/64) // 19 on 64-bit, 9 on 32-bit
	// maxStackWords is the largest magnitude, in words, that AppendBigInt
	// converts in a stack buffer: enough for MaxIntStrDigits digits.
	maxStackWords = (MaxIntStrDigits*3322/1000)/bits.UintSize + 2
)

var chunkDiv = uint(math.Pow10(chunkDigits))

// rec1e19 is the reciprocal of 1e19 for div1e19: floor((2^128-1)/1e19) - 2^64.
const rec1e19 = 0xd83c94fb6d2ac34a

// div1e19 returns (u1*2^64 + u0) / 1e19 and the remainder, for u1 < 1e19,
// by multiplication with a reciprocal (Möller and Granlund, "Improved
// division by invariant integers", algorithm 4; 1e19 >= 2^63 is already
// normalized). It is several times faster than a hardware 128/64 division.
func div1e19(u1, u0 uint64) (q, r uint64) {
	const d = 1e19
	qh, ql := bits.Mul64(rec1e19, u1)
	ql, c := bits.Add64(ql, u0, 0)
	qh, _ = bits.Add64(qh, u1+1, c)
	r = u0 - qh*d
	if r > ql {
		qh--
		r += d
	}
	if r >= d {
		qh++
		r -= d
	}
	return qh, r
}

// AppendBigInt appends Python's str(x) for an int to dst and returns the
// extended buffer; a nil x is 0. Like Python's str it has no "+" and no
// negative zero. It does not apply CPython's 4300-digit limit (see
// CheckIntStrDigits and BigIntDigits); it formats any size.
//
// It allocates nothing when dst has room for the result and |x| has at most
// MaxIntStrDigits digits (larger values go through math/big, which
// allocates).
func AppendBigInt(dst []byte, x *big.Int) []byte {
	if x == nil {
		return append(dst, '0')
	}
	if x.IsInt64() {
		return strconv.AppendInt(dst, x.Int64(), 10)
	}
	if x.Sign() < 0 {
		dst = append(dst, '-')
	}
	ws := x.Bits()
	if x.BitLen() <= 64 {
		u := uint64(ws[0])
		if bits.UintSize == 32 && len(ws) > 1 {
			u |= uint64(ws[1]) << 32
		}
		return strconv.AppendUint(dst, u, 10)
	}
	if len(ws) > maxStackWords {
		var abs big.Int
		abs.SetBits(ws) // shares ws; Append does not modify it
		return abs.Append(dst, 10)
	}
	var stack [maxStackWords]big.Word
	w := stack[:len(ws)]
	copy(w, ws)
	// An upper bound on the digit count; digits are written right to left
	// into dst[start:start+bound] and moved left at the end.
	bound := digits.MaxForBits(x.BitLen())
	start := len(dst)
	dst = append(dst, make([]byte, bound)...)
	out := dst[start:]
	p := bound
	for {
		// w, r = w / chunkDiv, w % chunkDiv
		var r uint
		if bits.UintSize == 64 {
			for i := len(w) - 1; i >= 0; i-- {
				q, r64 := div1e19(uint64(r), uint64(w[i]))
				w[i], r = big.Word(q), uint(r64)
			}
		} else {
			for i := len(w) - 1; i >= 0; i-- {
				var q uint
				q, r = bits.Div(r, uint(w[i]), chunkDiv)
				w[i] = big.Word(q)
			}
		}
		for len(w) > 0 && w[len(w)-1] == 0 {
			w = w[:len(w)-1]
		}
		if len(w) == 0 {
			for r != 0 {
				p--
				out[p] = byte('0' + r%10)
				r /= 10
			}
			break
		}
		for k := 0; k < chunkDigits; k++ {
			p--
			out[p] = byte('0' + r%10)
			r /= 10
		}
	}
	n := copy(out, out[p:])
	return dst[:start+n]
}
