package divmod_test

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	eric "github.com/ericlagergren/decimal"
	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Python's decimal module truncates; the floor pair is Python's int and
// float semantics on the same values.
func ExampleTruncDivModDecimal() {
	q, r, _ := divmod.TruncDivModDecimal(decimal.RequireFromString("-7.5"), decimal.NewFromInt(2))
	fq, fr, _ := divmod.DivModDecimal(decimal.RequireFromString("-7.5"), decimal.NewFromInt(2))
	fmt.Println(q, r, "floor:", fq, fr)
	// Output: -3 -1.5 floor: -4 0.5
}

// The remainder keeps the smaller exponent of the operands, as Python's
// Decimal % does.
func ExampleTruncModDecimal() {
	r, _ := divmod.TruncModDecimal(decimal.NewFromInt(10), decimal.RequireFromString("3.0"))
	fmt.Println(pyfmt.DecimalString(r))
	r, _ = divmod.TruncModDecimal(decimal.New(1, 3), decimal.New(1, 1)) // 1E+3 % 1E+1
	fmt.Println(pyfmt.DecimalString(r))
	// Output:
	// 1.0
	// 0E+1
}

func ExampleModDecimal() {
	r, _ := divmod.ModDecimal(decimal.NewFromInt(-7), decimal.NewFromInt(2))
	fmt.Println(r)
	// the remainder needs no quotient: 10**1000000000 % 7
	r, _ = divmod.ModDecimal(decimal.New(1, 1_000_000_000), decimal.NewFromInt(7))
	fmt.Println(r)
	// Output:
	// 1
	// 4
}

// Zero divisors fail as in Python's decimal module.
func ExampleTruncDivDecimal() {
	one, zero := decimal.NewFromInt(1), decimal.Zero
	_, err := divmod.TruncDivDecimal(one, zero)
	fmt.Println(err)
	_, err = divmod.TruncDivDecimal(zero, zero)
	fmt.Println(err)
	_, err = divmod.TruncModDecimal(one, zero)
	fmt.Println(err)
	_, _, err = divmod.TruncDivModDecimal(one, zero)
	fmt.Println(err)
	// Output:
	// DivisionByZero: [<class 'decimal.DivisionByZero'>]
	// InvalidOperation: [<class 'decimal.DivisionUndefined'>]
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
	// InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
}

func TestDecimalZeroDivisor(t *testing.T) {
	byZero := pyerr.Decimal("DivisionByZero", "DivisionByZero")
	undefined := pyerr.Decimal("InvalidOperation", "DivisionUndefined")
	invalid := pyerr.Decimal("InvalidOperation", "InvalidOperation")
	divmodErr := pyerr.Decimal("InvalidOperation", "InvalidOperation", "DivisionByZero")
	zeros := []decimal.Decimal{decimal.Zero, decimal.New(0, -2), decimal.New(0, 7), {}}
	for _, z := range zeros {
		for _, a := range []decimal.Decimal{decimal.NewFromInt(-1), decimal.New(5, -3)} {
			for _, floor := range []bool{false, true} {
				div, mod, dm := divmod.TruncDivDecimal, divmod.TruncModDecimal, divmod.TruncDivModDecimal
				if floor {
					div, mod, dm = divmod.FloorDivDecimal, divmod.ModDecimal, divmod.DivModDecimal
				}
				_, e1 := div(a, z)
				_, e2 := mod(a, z)
				_, _, e3 := dm(a, z)
				_, e4 := div(z, z)
				_, e5 := mod(z, z)
				_, _, e6 := dm(z, z)
				if !errors.Is(e1, byZero) || !errors.Is(e2, invalid) || !errors.Is(e3, divmodErr) ||
					!errors.Is(e4, undefined) || !errors.Is(e5, undefined) || !errors.Is(e6, undefined) {
					t.Errorf("floor=%v %v / %v: %v | %v | %v | %v | %v | %v", floor, a, z, e1, e2, e3, e4, e5, e6)
				}
			}
		}
	}
}

// TestDecimalDigitLimit checks results at and just beyond
// rounding.MaxResultDigits, and that huge exponents cost nothing.
func TestDecimalDigitLimit(t *testing.T) {
	seven, three := decimal.NewFromInt(7), decimal.NewFromInt(3)
	// 10**1000000 // 7 has 1000000 digits: allowed
	q, r, err := divmod.TruncDivModDecimal(decimal.New(1, 1_000_000), seven)
	if err != nil || q.NumDigits() != 1_000_000 || r.String() != "4" { // pow(10, 10**6, 7)
		t.Errorf("divmod(1E+1000000, 7): %d digits, r %v, %v", q.NumDigits(), r, err)
	}
	// 10**1000001 // 3 has 1000001: refused, but the remainder is cheap
	if _, err := divmod.FloorDivDecimal(decimal.New(1, 1_000_001), three); err != rounding.ErrTooManyDigits {
		t.Errorf("1E+1000001 // 3: %v", err)
	}
	if _, _, err := divmod.DivModDecimal(decimal.New(-1, 1_000_001), three); err != rounding.ErrTooManyDigits {
		t.Errorf("divmod(-1E+1000001, 3): %v", err)
	}
	if r, err := divmod.ModDecimal(decimal.New(-1, 2_000_000_000), three); err != nil || r.String() != "2" {
		t.Errorf("-1E+2000000000 %% 3 = %v, %v", r, err)
	}
	// floor remainder -1 % 10**k is 10**k - 1: k nines
	r, err = divmod.ModDecimal(decimal.NewFromInt(-1), decimal.New(1, 1_000_000))
	if c := r.Coefficient().String(); err != nil || len(c) != 1_000_000 || strings.Trim(c, "9") != "" || r.Exponent() != 0 {
		t.Errorf("-1 %% 1E+1000000: %d digits, exponent %d, %v", len(c), r.Exponent(), err)
	}
	for _, e := range []int32{1_000_001, 2_000_000_000} {
		if _, err := divmod.ModDecimal(decimal.NewFromInt(-1), decimal.New(1, e)); err != rounding.ErrTooManyDigits {
			t.Errorf("-1 %% 1E+%d: %v", e, err)
		}
		// the quotient alone is -1
		if q, err := divmod.FloorDivDecimal(decimal.NewFromInt(-1), decimal.New(1, e)); err != nil || q.String() != "-1" {
			t.Errorf("-1 // 1E+%d = %v, %v", e, q, err)
		}
		// truncating: 0 and -1
		if q, r, err := divmod.TruncDivModDecimal(decimal.NewFromInt(-1), decimal.New(1, e)); err != nil || q.String() != "0" || r.String() != "-1" {
			t.Errorf("divmod(-1, 1E+%d) = %v, %v, %v", e, q, r, err)
		}
	}
	// an operand beyond the limit: 1200000 digits // 1
	long := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1_200_000), nil), 0)
	if _, err := divmod.TruncDivDecimal(long, decimal.NewFromInt(1)); err != rounding.ErrTooManyDigits {
		t.Errorf("10**1200000 // 1: %v", err)
	}
	if r, err := divmod.TruncModDecimal(long, decimal.NewFromInt(1)); err != nil || !r.IsZero() {
		t.Errorf("10**1200000 %% 1: %v, %v", r, err)
	}
}

// randDecText draws a decimal operand as coefficient E exponent: 1 to 40
// digits (or a near-multiple of other), exponents close together or far
// apart, zeros with any exponent.
func randDecText(r *rand.Rand, other string) string {
	var c *big.Int
	switch r.IntN(8) {
	case 0:
		c = new(big.Int)
	case 1:
		c = big.NewInt(r.Int64N(21) - 10)
	case 2:
		if other != "" {
			// k * other + small, at other's exponent
			i := strings.IndexByte(other, 'E')
			oc, _ := new(big.Int).SetString(other[:i], 10)
			c = oc.Mul(oc, big.NewInt(r.Int64N(2001)-1000))
			c.Add(c, big.NewInt(r.Int64N(3)-1))
			return c.String() + other[i:]
		}
		fallthrough
	default:
		c = new(big.Int).SetUint64(r.Uint64() >> r.UintN(64))
		for k := r.IntN(3); k > 0; k-- {
			c.Mul(c, new(big.Int).SetUint64(r.Uint64()>>r.UintN(64)+1))
		}
	}
	if r.IntN(2) == 0 {
		c.Neg(c)
	}
	var e int64
	switch k := r.IntN(1000); {
	case k < 25:
		e = r.Int64N(4_000_000_001) - 2_000_000_000 // far: the limit error, or cheap results
	case k < 26:
		e = 999_990 + r.Int64N(20) // results of about MaxResultDigits digits (slow to print)
		if r.IntN(2) == 0 {
			e = -e
		}
	case k < 100:
		e = r.Int64N(601) - 300
	default:
		e = r.Int64N(41) - 20
	}
	return c.String() + "E" + strconv.FormatInt(e, 10)
}

// TestLiveDecimal compares both decimal pairs with python3: the
// truncating pair with Python's decimal module, the floor pair with the
// decimal module's a - b*floor(a/b).
func TestLiveDecimal(t *testing.T) {
	o := oracle.Start(t)
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 6))
	n := oracle.CaseCount(t, 20000)
	cases := make([][4]string, n)
	for i := range cases {
		b := randDecText(r, "")
		a := randDecText(r, b)
		kind := "dec"
		if r.IntN(2) == 0 {
			kind = "decfloor"
		}
		cases[i] = [4]string{kind, ops[r.IntN(3)], a, b}
	}
	runLive(t, o, cases)
}

// genDec draws shopspring decimals with up to ~40 digits and exponents in
// [-30, 30].
func genDec() gopter.Gen {
	return gopter.CombineGens(gen.Int64(), gen.IntRange(0, 22), gen.IntRange(-30, 30), gen.IntRange(0, 3)).
		Map(func(v []interface{}) decimal.Decimal {
			c := big.NewInt(v[0].(int64))
			if v[3].(int) == 0 {
				c.SetInt64(c.Int64() % 1000) // small coefficients: more equal and zero remainders
			}
			digits := v[1].(int)
			c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil))
			c.Add(c, big.NewInt(int64(digits)*7))
			return decimal.NewFromBigInt(c, int32(v[2].(int)))
		})
}

func toEric(d decimal.Decimal) *eric.Big {
	return new(eric.Big).SetBigMantScale(d.Coefficient(), -int(d.Exponent()))
}

// The truncating pair agrees in value with ericlagergren/decimal's QuoInt
// and Rem at maximum precision. (Its results' exponents are not compared:
// ericlagergren loses them in places; Python checks them in TestTable and
// TestLiveDecimal.)
func TestPropertyTruncAgreesWithEricDecimal(t *testing.T) {
	props := proptest.Properties(t, 20000)
	props.Property("TruncDivModDecimal == (eric QuoInt, eric Rem)", prop.ForAll(
		func(a, b decimal.Decimal) bool {
			if b.IsZero() {
				return true
			}
			q, r, err := divmod.TruncDivModDecimal(a, b)
			tq, err1 := divmod.TruncDivDecimal(a, b)
			tr, err2 := divmod.TruncModDecimal(a, b)
			if err != nil || err1 != nil || err2 != nil {
				return false
			}
			ctx := eric.Context{Precision: eric.MaxPrecision}
			eq := new(eric.Big)
			eq.Context = ctx
			eq.QuoInt(toEric(a), toEric(b))
			er := new(eric.Big)
			er.Context = ctx
			er.Rem(toEric(a), toEric(b))
			return eq.IsFinite() && er.IsFinite() && toEric(q).Cmp(eq) == 0 && toEric(r).Cmp(er) == 0 &&
				tq.Equal(q) && tr.Equal(r) && tr.Exponent() == r.Exponent()
		}, genDec(), genDec()))
	props.TestingRun(t)
}

// The floor pair is the truncating pair moved one step where the signs
// differ and the remainder is not zero, with the same exponents; both
// satisfy q*b + r == a exactly.
func TestPropertyFloorFromTrunc(t *testing.T) {
	props := proptest.Properties(t, 20000)
	props.Property("floor = trunc adjusted; identities and sign rules", prop.ForAll(
		func(a, b decimal.Decimal) bool {
			if b.IsZero() {
				return true
			}
			tq, tr, err1 := divmod.TruncDivModDecimal(a, b)
			fq, fr, err2 := divmod.DivModDecimal(a, b)
			q1, err3 := divmod.FloorDivDecimal(a, b)
			r1, err4 := divmod.ModDecimal(a, b)
			if err1 != nil || err2 != nil || err3 != nil || err4 != nil || !q1.Equal(fq) || !r1.Equal(fr) || r1.Exponent() != fr.Exponent() {
				return false
			}
			wq, wr := tq, tr
			if !tr.IsZero() && a.Sign() != b.Sign() {
				wq, wr = tq.Sub(decimal.NewFromInt(1)), tr.Add(b)
			}
			emin := min(a.Exponent(), b.Exponent())
			return fq.Equal(wq) && fr.Equal(wr) &&
				tq.Exponent() == 0 && fq.Exponent() == 0 && tr.Exponent() == emin && fr.Exponent() == emin &&
				tq.Mul(b).Add(tr).Equal(a) && fq.Mul(b).Add(fr).Equal(a) &&
				tr.Abs().LessThan(b.Abs()) && fr.Abs().LessThan(b.Abs()) &&
				tr.Sign()*a.Sign() >= 0 && fr.Sign()*b.Sign() >= 0
		}, genDec(), genDec()))
	props.TestingRun(t)
}

var benchDecPairs = func() [][2]decimal.Decimal {
	r := rand.New(rand.NewPCG(7, 7))
	ps := make([][2]decimal.Decimal, 1<<12)
	for i := range ps {
		ps[i] = [2]decimal.Decimal{
			decimal.New(r.Int64N(2e15)-1e15, -int32(r.IntN(9))),
			decimal.New(r.Int64N(2e6)-1e6+1, -int32(r.IntN(5))),
		}
	}
	return ps
}()

var sinkD decimal.Decimal

func BenchmarkDivModDecimal(b *testing.B) {
	ps := benchDecPairs
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		sinkD, _, _ = divmod.DivModDecimal(p[0], p[1])
	}
}

// BenchmarkShopspringQuoRem is shopspring's own truncating division to an
// integer quotient on the same pairs, for comparison.
func BenchmarkShopspringQuoRem(b *testing.B) {
	ps := benchDecPairs
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p := &ps[i&(len(ps)-1)]
		sinkD, _ = p[0].QuoRem(p[1], 0)
	}
}
