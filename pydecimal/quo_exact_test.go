package pydecimal_test

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pydecimal"
)

// TestQuoExactLive asks python3 for quotients that come out exact after
// a long trailing-zero strip, the case exactQuo answers without building
// the digits: x = m·t·10^z over y = m·2^a·5^b (scaled by powers of ten),
// in ExactContext (prec 10^6) and DefaultContext (prec 28, where many of
// them round), plus a few with a factor 3 or 7 in y, which are inexact.
func TestQuoExactLive(t *testing.T) {
	n := oracle.CaseCount(t, 400)
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 21))
	digits := func(max int) *big.Int {
		s := []byte{byte('1' + r.IntN(9))}
		for i := r.IntN(max); i > 0; i-- {
			s = append(s, byte('0'+r.IntN(10)))
		}
		v, _ := new(big.Int).SetString(string(s), 10)
		return v
	}
	type qcase struct {
		exact bool // ExactContext, else DefaultContext
		a, b  string
	}
	cases := make([]qcase, n)
	in := make([]string, n)
	for i := range cases {
		m, tt := digits(40), digits(250)
		x := new(big.Int).Mul(m, tt)
		x.Mul(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.IntN(60))), nil))
		y := new(big.Int).Lsh(m, uint(r.IntN(400)))
		y.Mul(y, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(r.IntN(400))), nil))
		exact := i%2 == 0
		if !exact && r.IntN(4) == 0 {
			y.Mul(y, big.NewInt(int64(3+4*r.IntN(2)))) // 3 or 7
		}
		c := qcase{exact, x.String() + "E" + strconv.Itoa(r.IntN(41)-20), y.String() + "E" + strconv.Itoa(r.IntN(41)-20)}
		if r.IntN(3) == 0 {
			c.a = "-" + c.a
		}
		cases[i] = c
		in[i] = strconv.FormatBool(exact) + " " + c.a + " " + c.b
	}
	out := oracle.Start(t).RunScript(t, `
import sys
from decimal import Context, Decimal, MAX_EMAX, MIN_EMIN, getcontext
exact = Context(prec=10**6, Emax=MAX_EMAX, Emin=MIN_EMIN)
default = getcontext()
for line in sys.stdin:
    e, a, b = line.split()
    c = exact if e == "true" else default
    try:
        print(c.divide(Decimal(a), Decimal(b)))
    except Exception as ex:
        print("!" + type(ex).__name__)
`, in)
	bad := 0
	for i, c := range cases {
		ctx := pydecimal.DefaultContext()
		if c.exact {
			ctx = pydecimal.ExactContext()
		}
		var a, b, z apd.Decimal
		if err := pydParse(c.a, &a); err != nil {
			t.Fatal(err)
		}
		if err := pydParse(c.b, &b); err != nil {
			t.Fatal(err)
		}
		got := ""
		if err := ctx.Quo(&z, &a, &b); err != nil {
			got = "!" + err.Error()
		} else {
			got = z.String()
		}
		if got != out[i] {
			t.Errorf("exact=%v %s / %s:\n pyround %.200s\n Python  %.200s", c.exact, c.a, c.b, got, out[i])
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
}

// BenchmarkExactQuoLong: ExactContext quotients that are exact after a
// strip of about a million digits (about a second each before exactQuo).
func BenchmarkExactQuoLong(b *testing.B) {
	for _, c := range []struct{ name, a, b string }{
		{"1000digits/8", "1" + strings.Repeat("7", 999), "8"},
		{"100000digits/1", "1" + strings.Repeat("7", 99990) + "000000000", "1"},
		{"100000digits/125", "1" + strings.Repeat("3", 99999), "125"},
	} {
		var x, y, z apd.Decimal
		if err := pydParse(c.a, &x); err != nil {
			b.Fatal(err)
		}
		if err := pydParse(c.b, &y); err != nil {
			b.Fatal(err)
		}
		ctx := pydecimal.ExactContext()
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if err := ctx.Quo(&z, &x, &y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
