package digits

import (
	"math/big"
	"math/bits"
)

// Integer is the set of Go integer types pyround's generic functions take:
// every signed and unsigned integer type and the types defined on them.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// pow10 holds 10^k for k = 0..19, the powers that fit in a uint64.
var pow10 = [MaxPow10U64 + 1]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// MaxPow10U64 is the largest k for which 10^k fits in a uint64.
const MaxPow10U64 = 19

// Pow10 returns 10^k for 0 <= k <= MaxPow10U64; it panics (index out of
// range) for any other k, as an array access does.
func Pow10(k int) uint64 { return pow10[k] }

// pow10f holds the powers of ten a float64 represents exactly.
var pow10f = [MaxPow10Float + 1]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// MaxPow10Float is the largest k for which a float64 holds 10^k exactly.
const MaxPow10Float = 22

// Pow10Float returns 10^k, exactly, for 0 <= k <= MaxPow10Float; it
// panics (index out of range) for any other k, as an array access does.
func Pow10Float(k int) float64 { return pow10f[k] }

// Count returns the number of decimal digits of u (1 for 0).
func Count(u uint64) int {
	// u|1 has the same count (and 0 counts as 1). 1233/4096 is just above
	// log10(2), so n is the count or one less, and at most 19.
	u |= 1
	n := bits.Len64(u) * 1233 >> 12
	if u >= pow10[n] {
		n++
	}
	return n
}

// CountBig returns the number of decimal digits of |x|, the length of
// str(abs(x)); zero and nil have one digit. It does not format x: the count
// follows from x.BitLen(), and for the bit lengths where a power of ten lies
// in [2^(n-1), 2^n) it compares |x| with that power, which Pow10Big caches.
func CountBig(x *big.Int) int {
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
		return Count(u)
	}
	// |x| is in [2^(n-1), 2^n). lo is the digit count of 2^(n-1), hi that
	// of 2^n-1 (2^n is never a power of ten). They differ by at most one.
	lo, loMax := floorLog10Pow2(uint64(n - 1))
	hi, hiMax := floorLog10Pow2(uint64(n))
	if lo == loMax && hi == hiMax {
		if lo == hi {
			return lo + 1
		}
		if x.CmpAbs(Pow10Big(hi)) >= 0 {
			return hi + 1
		}
		return lo + 1
	}
	// The estimate is uncertain (only for astronomically long values):
	// compare with powers of ten around it.
	d := lo + 1
	for d > 1 && x.CmpAbs(Pow10Big(d-1)) < 0 {
		d--
	}
	for x.CmpAbs(Pow10Big(d)) >= 0 {
		d++
	}
	return d
}

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

// MinForBits and MaxForBits bound the number of decimal digits of an
// integer x of n bits, 2^(n-1) <= |x| < 2^n: they are the digit counts of
// 2^(n-1) and 2^n - 1, each rounded outward when n·log10(2) is too near an
// integer to tell (only for astronomically long values). Guards that must
// be safe but need not be exact use them instead of CountBig, which may
// have to build a power of ten. Both return 1 for n <= 1.
func MinForBits(n int) int {
	if n <= 1 {
		return 1
	}
	lo, _ := floorLog10Pow2(uint64(n - 1))
	return lo + 1
}

// MaxForBits: see MinForBits.
func MaxForBits(n int) int {
	if n <= 1 {
		return 1
	}
	_, hi := floorLog10Pow2(uint64(n))
	return hi + 1
}

// maxResultBits is a bit length at or below which an integer has at most
// MaxResultDigits digits.
var maxResultBits = func() int {
	n := MaxResultDigits * 3321928 / 1000000 // just below MaxResultDigits·log2(10)
	for MaxForBits(n) > MaxResultDigits {
		n--
	}
	return n
}()

// TooMany reports whether |x| has more than MaxResultDigits decimal digits.
func TooMany(x *big.Int) bool {
	if x.BitLen() <= maxResultBits {
		return false
	}
	return x.CmpAbs(Pow10Big(MaxResultDigits)) >= 0
}

// DivPow10 returns u / 10^k and u % 10^k for 1 <= k <= 19, and (0, u) for
// any other k. A constant divisor per case lets the compiler multiply
// instead of divide, several times faster than a 64-bit DIV on the
// rounding hot paths.
func DivPow10(u uint64, k int) (q, r uint64) {
	switch k {
	case 1:
		return u / 1e1, u % 1e1
	case 2:
		return u / 1e2, u % 1e2
	case 3:
		return u / 1e3, u % 1e3
	case 4:
		return u / 1e4, u % 1e4
	case 5:
		return u / 1e5, u % 1e5
	case 6:
		return u / 1e6, u % 1e6
	case 7:
		return u / 1e7, u % 1e7
	case 8:
		return u / 1e8, u % 1e8
	case 9:
		return u / 1e9, u % 1e9
	case 10:
		return u / 1e10, u % 1e10
	case 11:
		return u / 1e11, u % 1e11
	case 12:
		return u / 1e12, u % 1e12
	case 13:
		return u / 1e13, u % 1e13
	case 14:
		return u / 1e14, u % 1e14
	case 15:
		return u / 1e15, u % 1e15
	case 16:
		return u / 1e16, u % 1e16
	case 17:
		return u / 1e17, u % 1e17
	case 18:
		return u / 1e18, u % 1e18
	case 19:
		return u / 1e19, u % 1e19
	}
	return 0, u
}
