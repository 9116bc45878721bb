package digits

import (
	"math/big"
	"sync"
	"sync/atomic"
)

// maxCached bounds the lock-free cache of big powers of ten: every power up
// to one past CPython's int-to-str limit (4300 digits), which digit counting
// and int formatting meet all the time.
const maxCached = 4301

var cache [maxCached + 1]atomic.Pointer[big.Int]

// recent keeps the last few larger powers: exact decimal arithmetic meets
// the same ones (10^prec, the alignment shifts of similar operands) again
// and again, and 10^1000000 costs milliseconds.
var recent struct {
	sync.Mutex
	e [8]struct {
		k int
		p *big.Int
	}
	next int
}

// Pow10Big returns 10^k for k >= 0. The result is shared and must not be
// modified. Powers up to 10^4301 are cached for good after their first
// use, and the last eight larger ones are kept.
func Pow10Big(k int) *big.Int {
	if k <= maxCached {
		if p := cache[k].Load(); p != nil {
			return p
		}
		var p *big.Int
		if k < len(pow10) {
			p = new(big.Int).SetUint64(pow10[k])
		} else {
			p = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
		}
		cache[k].Store(p)
		return p
	}
	recent.Lock()
	for _, e := range recent.e {
		if e.p != nil && e.k == k {
			recent.Unlock()
			return e.p
		}
	}
	recent.Unlock()
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	recent.Lock()
	recent.e[recent.next].k, recent.e[recent.next].p = k, p
	recent.next = (recent.next + 1) % len(recent.e)
	recent.Unlock()
	return p
}
