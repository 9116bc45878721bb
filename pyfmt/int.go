package pyfmt

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"sync/atomic"

	"github.com/pyround/pyround/pyerr"
)

// Integer is the set of Go integer types AppendInt formats.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

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
// str(abs(x)); zero and nil have one digit. It does not format x: the count
// follows from x.BitLen(), and for the bit lengths where a power of ten lies
// in [2^(n-1), 2^n) it compares |x| with that power, which is cached for
// counts up to MaxIntStrDigits+1 (so the call allocates only the first time
// a given power is needed, or every time for counts beyond the cache).
func BigIntDigits(x *big.Int) int {
	if x == nil {
		return 1
	}
	n := x.BitLen()
	if n <= 64 {
		var u uint64
		if ws := x.Bits(); len(ws) > 0 {
			u = uint64(ws[0])
			if bits.UintSize == 32 && len(ws) > 1 {
				u |= uint64(ws[1]) << 32
			}
		}
		return uint64Digits(u)
	}
	// |x| is in [2^(n-1), 2^n). lo is the digit count of 2^(n-1), hi that
	// of 2^n-1 (2^n is never a power of ten). They differ by at most one.
	lo, loMax := floorLog10Pow2(uint64(n - 1))
	hi, hiMax := floorLog10Pow2(uint64(n))
	if lo == loMax && hi == hiMax {
		if lo == hi {
			return lo + 1
		}
		if x.CmpAbs(pow10(hi)) >= 0 {
			return hi + 1
		}
		return lo + 1
	}
	// The estimate is uncertain (only for astronomically long values):
	// compare with powers of ten around it.
	d := lo + 1
	for d > 1 && x.CmpAbs(pow10(d-1)) < 0 {
		d--
	}
	for x.CmpAbs(pow10(d)) >= 0 {
		d++
	}
	return d
}

// uint64Digits returns the number of decimal digits of u (1 for 0).
func uint64Digits(u uint64) int {
	if u == 0 {
		return 1
	}
	d := bits.Len64(u) * 1233 >> 12 // floor(log10(2^bitlen)), exact for 64 bits
	if d < len(pow10u64) && u >= pow10u64[d] {
		d++
	}
	return d
}

var pow10u64 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// log10of2 is floor(log10(2) * 2^64).
const log10of2 = 0x4d104d427de7fbcc

// floorLog10Pow2 brackets floor(m*log10(2)) between lo and hi, by
// bracketing log10(2)*2^64 between log10of2 and log10of2+1; lo == hi except
// for m within about 2^-64*m of a multiple of 1/log10(2).
func floorLog10Pow2(m uint64) (lo, hi int) {
	a, _ := bits.Mul64(m, log10of2)
	b, _ := bits.Mul64(m, log10of2+1)
	return int(a), int(b)
}

// maxCachedPow10 bounds the cache of big powers of ten used by BigIntDigits.
const maxCachedPow10 = MaxIntStrDigits + 1

var pow10Cache [maxCachedPow10 + 1]atomic.Pointer[big.Int]

// pow10 returns 10^k; the result must not be modified.
func pow10(k int) *big.Int {
	if k < len(pow10u64) {
		if p := pow10Cache[k].Load(); p != nil {
			return p
		}
		p := new(big.Int).SetUint64(pow10u64[k])
		pow10Cache[k].Store(p)
		return p
	}
	if k <= maxCachedPow10 {
		if p := pow10Cache[k].Load(); p != nil {
			return p
		}
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	if k <= maxCachedPow10 {
		pow10Cache[k].Store(p)
	}
	return p
}

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
	_, hi := floorLog10Pow2(uint64(x.BitLen()))
	bound := hi + 1
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
