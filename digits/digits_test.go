package digits_test

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/digits"
)

func TestCount(t *testing.T) {
	check := func(u uint64) {
		if got, want := digits.Count(u), len(strconv.FormatUint(u, 10)); got != want {
			t.Fatalf("Count(%d) = %d, want %d", u, got, want)
		}
	}
	check(0)
	check(^uint64(0))
	for k := 0; k <= digits.MaxPow10U64; k++ {
		p := digits.Pow10(k)
		if s := strconv.FormatUint(p, 10); s != "1"+strings.Repeat("0", k) {
			t.Fatalf("Pow10(%d) = %s", k, s)
		}
		check(p)
		check(p - 1)
		check(p + 1)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		check(r.Uint64() >> r.IntN(64))
	}
}

func TestCountBig(t *testing.T) {
	check := func(x *big.Int) {
		want := len(strings.TrimPrefix(x.String(), "-"))
		if got := digits.CountBig(x); got != want {
			t.Fatalf("CountBig(%d digits) = %d", want, got)
		}
		if n := x.BitLen(); digits.MinForBits(n) > want || digits.MaxForBits(n) < want {
			t.Fatalf("%d bits, %d digits: bounds %d..%d", n, want, digits.MinForBits(n), digits.MaxForBits(n))
		}
	}
	if digits.CountBig(nil) != 1 {
		t.Fatal("CountBig(nil) != 1")
	}
	one := big.NewInt(1)
	for k := 0; k <= 5000; k += 1 + k/50 {
		p := digits.Pow10Big(k)
		for _, x := range []*big.Int{p, new(big.Int).Sub(p, one), new(big.Int).Add(p, one), new(big.Int).Neg(p)} {
			check(x)
		}
		check(new(big.Int).Lsh(one, uint(k))) // powers of two, near every digit boundary
	}
	if digits.Pow10Big(30).String() != "1"+strings.Repeat("0", 30) {
		t.Fatal("Pow10Big(30)")
	}
}

func TestTooMany(t *testing.T) {
	p := digits.Pow10Big(digits.MaxResultDigits) // the smallest value with one digit too many
	below := new(big.Int).Sub(p, big.NewInt(1))
	if digits.TooMany(below) || !digits.TooMany(p) || !digits.TooMany(new(big.Int).Neg(p)) || digits.TooMany(big.NewInt(0)) {
		t.Fatal("TooMany is wrong at 10^MaxResultDigits")
	}
}

func TestDivPow10(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		u, k := r.Uint64()>>r.IntN(64), r.IntN(21)
		q, rem := digits.DivPow10(u, k)
		if k >= 1 && k <= 19 {
			if p := digits.Pow10(k); q != u/p || rem != u%p {
				t.Fatalf("DivPow10(%d, %d) = %d, %d", u, k, q, rem)
			}
		} else if q != 0 || rem != u {
			t.Fatalf("DivPow10(%d, %d) = %d, %d; want 0, u", u, k, q, rem)
		}
	}
}

func TestPow10Float(t *testing.T) {
	for k := 0; k <= digits.MaxPow10Float; k++ {
		want, _ := new(big.Float).SetInt(digits.Pow10Big(k)).Float64()
		if got := digits.Pow10Float(k); got != want || new(big.Float).SetFloat64(got).Cmp(new(big.Float).SetInt(digits.Pow10Big(k))) != 0 {
			t.Fatalf("Pow10Float(%d) = %v, not exactly 10^%d", k, got, k)
		}
	}
}
