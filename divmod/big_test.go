package divmod_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
)

func ExampleDivModBig() {
	a, _ := new(big.Int).SetString("-1000000000000000000000000000001", 10) // -10**30 - 1
	b := big.NewInt(1_000_000_000_000_000)
	q, r, _ := divmod.DivModBig(nil, nil, a, b)
	fmt.Println(q, r)
	// math/big's own pairs, for comparison: truncated and Euclidean
	tq, tr := new(big.Int).QuoRem(big.NewInt(7), big.NewInt(-2), new(big.Int))
	eq, er := new(big.Int).DivMod(big.NewInt(7), big.NewInt(-2), new(big.Int))
	fq, fr, _ := divmod.DivModBig(nil, nil, big.NewInt(7), big.NewInt(-2))
	fmt.Println(tq, tr, eq, er, fq, fr)
	// Output:
	// -1000000000000001 999999999999999
	// -3 1 -3 1 -4 -1
}

func ExampleFloorDivBig() {
	minInt64 := big.NewInt(-1 << 63)
	q, _ := divmod.FloorDivBig(nil, minInt64, big.NewInt(-1))
	fmt.Println(q)
	_, err := divmod.FloorDivBig(nil, minInt64, new(big.Int))
	fmt.Println(err)
	// Output:
	// 9223372036854775808
	// ZeroDivisionError: integer division or modulo by zero
}

func ExampleModBig() {
	b := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	r, _ := divmod.ModBig(nil, big.NewInt(-1), b.Neg(b))
	fmt.Println(r)
	// Output:
	// -1
}

// randBigText draws a big int: around the 64-bit limits, powers of ten
// and their neighbours, or any size up to ~1200 bits.
func randBigText(r *rand.Rand) string {
	var v *big.Int
	switch r.IntN(5) {
	case 0:
		v = big.NewInt(r.Int64N(41) - 20)
	case 1:
		v = new(big.Int).Lsh(big.NewInt(1), []uint{62, 63, 64, 65, 127, 128}[r.IntN(6)])
		v.Add(v, big.NewInt(r.Int64N(5)-2))
	case 2:
		v = new(big.Int).Exp(big.NewInt(10), big.NewInt(r.Int64N(80)), nil)
		v.Add(v, big.NewInt(r.Int64N(3)-1))
	default:
		v = new(big.Int)
		for k := r.IntN(20); k >= 0; k-- {
			v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(r.Uint64()))
		}
		v.Rsh(v, r.UintN(64))
	}
	if r.IntN(2) == 0 {
		v.Neg(v)
	}
	return v.String()
}

// TestLiveBig compares the *big.Int functions with python3 on fresh
// operands (DivModBig also checks q*b + r == a on every case).
func TestLiveBig(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 5))
	n := oracle.CaseCount(t, 20000)
	cases := make([][4]string, n)
	for i := range cases {
		a, b := randBigText(r), randBigText(r)
		if r.IntN(4) == 0 { // a near a multiple of b
			x, y := mustBig(t, a), mustBig(t, b)
			x.Mul(y, big.NewInt(r.Int64N(1000)-500)).Add(x, big.NewInt(r.Int64N(3)-1))
			a = x.String()
		}
		cases[i] = [4]string{"big", ops[r.IntN(3)], a, b}
	}
	runLive(t, o, cases)
}

func TestPropertyBigLaws(t *testing.T) {
	props := proptest.Properties(t, 20000)
	genBig := gen.SliceOfN(6, gen.Int64()).Map(func(ws []int64) *big.Int {
		x := new(big.Int)
		for _, w := range ws[:int(uint64(ws[0])%7)] {
			x.Lsh(x, 63).Add(x, big.NewInt(w))
		}
		return x
	})
	props.Property("q*b + r == a, |r| < |b|, r has b's sign; the three functions agree", prop.ForAll(
		func(a, b *big.Int) bool {
			q, r, err := divmod.DivModBig(nil, nil, a, b)
			fq, ferr := divmod.FloorDivBig(nil, a, b)
			fr, merr := divmod.ModBig(nil, a, b)
			if b.Sign() == 0 {
				return err == divmod.ErrIntDivisionByZero && ferr == err && merr == divmod.ErrIntModuloByZero &&
					q == nil && r == nil && fq == nil && fr == nil
			}
			return err == nil && ferr == nil && merr == nil && floorLaws(a, b, q, r) && fq.Cmp(q) == 0 && fr.Cmp(r) == 0
		}, genBig, genBig))
	props.TestingRun(t)
}

// The results may alias the operands, as in math/big.
func TestBigAliasing(t *testing.T) {
	vals := []string{"-7", "7", "2", "-2", "-1000000000000000000000000000001", "1000000000000000", "0", "-36893488147419103232"}
	for _, as := range vals {
		for _, bs := range vals {
			a, b := mustBig(t, as), mustBig(t, bs)
			if b.Sign() == 0 {
				continue
			}
			wq, wr, _ := divmod.DivModBig(nil, nil, a, b)
			// each way of aliasing
			for name, f := range map[string]func(a, b *big.Int) (q, r *big.Int){
				"q=a":      func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(a, nil, a, b); return q, r },
				"q=b":      func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(b, nil, a, b); return q, r },
				"r=a":      func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(nil, a, a, b); return q, r },
				"r=b":      func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(nil, b, a, b); return q, r },
				"q=a, r=b": func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(a, b, a, b); return q, r },
				"q=b, r=a": func(a, b *big.Int) (*big.Int, *big.Int) { q, r, _ := divmod.DivModBig(b, a, a, b); return q, r },
				"q=r": func(a, b *big.Int) (*big.Int, *big.Int) {
					z := new(big.Int)
					q, r, _ := divmod.DivModBig(z, z, a, b)
					return q, r
				},
				"Floor q=b, Mod r=b": func(a, b *big.Int) (*big.Int, *big.Int) {
					b2 := new(big.Int).Set(b)
					q, _ := divmod.FloorDivBig(b, a, b)
					r, _ := divmod.ModBig(b2, a, b2)
					return q, r
				},
				"Floor q=a, Mod r=a": func(a, b *big.Int) (*big.Int, *big.Int) {
					a2 := new(big.Int).Set(a)
					q, _ := divmod.FloorDivBig(a, a, b)
					r, _ := divmod.ModBig(a2, a2, b)
					return q, r
				},
			} {
				q, r := f(mustBig(t, as), mustBig(t, bs))
				if q.Cmp(wq) != 0 || r.Cmp(wr) != 0 {
					t.Errorf("%s: divmod(%s, %s) = (%v, %v), want (%v, %v)", name, as, bs, q, r, wq, wr)
				}
			}
		}
	}
}
