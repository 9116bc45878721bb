package rounding

import (
	"math/big"
	"strconv"
	"sync"

	"github.com/pyround/pyround/pyerr"
)

// MaxResultDigits is the largest number of decimal digits a rounded
// integer or decimal coefficient may have. Python would build larger
// results (round(1, -10**9) with ROUND_UP has a billion digits) and run out
// of time or memory; pyround fails fast with ErrTooManyDigits instead.
const MaxResultDigits = 1_000_000

// ErrTooManyDigits is returned when a result would need more than
// MaxResultDigits digits.
var ErrTooManyDigits = pyerr.OverflowError("result would have more than " +
	strconv.Itoa(MaxResultDigits) + " digits (pyround's limit)")

// pow10Cache holds 10^k for small k; larger powers are computed on demand.
var (
	pow10Once  sync.Once
	pow10Cache [64]*big.Int
)

// pow10Big returns 10^k (k >= 0). The result must not be modified.
func pow10Big(k int) *big.Int {
	if k < len(pow10Cache) {
		pow10Once.Do(func() {
			p := big.NewInt(1)
			for i := range pow10Cache {
				pow10Cache[i] = new(big.Int).Set(p)
				p.Mul(p, bigTen)
			}
		})
		return pow10Cache[k]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(int64(k)), nil)
}

// pow10u64 holds 10^k for k = 0..19, the powers that fit in a uint64.
var pow10u64 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// classifyU returns the class of the fraction r/p for a power of ten
// p >= 10 (so p is even) and 0 <= r < p.
func classifyU(r, p uint64) class {
	h := p / 2
	switch {
	case r == 0:
		return exact
	case r < h:
		return belowHalf
	case r == h:
		return half
	}
	return aboveHalf
}

// bigDigits returns the number of decimal digits of |x| (1 for zero).
func bigDigits(x *big.Int) int {
	n := x.BitLen()
	if n == 0 {
		return 1
	}
	// floor(log10(2^(n-1))) + 1 <= digits <= floor(log10(2^n)) + 1
	d := int(float64(n-1)*0.30102999566398120) + 1
	if x.CmpAbs(pow10Big(d)) >= 0 {
		d++
	}
	return d
}

// divPow10 returns u / 10^k and u % 10^k for 1 <= k <= 19. A constant
// divisor per case lets the compiler multiply instead of divide, which is
// several times faster than a 64-bit DIV on the rounding hot path.
func divPow10(u uint64, k int) (q, r uint64) {
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
