package fixed

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/internal/proptest"
	"github.com/pyround/pyround/rounding"
)

// genDecimal draws Decimals with randDecimal's adversarial shapes.
func genDecimal() gopter.Gen {
	return gen.UInt64().Map(func(seed uint64) Decimal {
		return randDecimal(rand.New(rand.NewPCG(seed, 7)))
	})
}

// sameShop reports whether x and the shopspring result s have the same
// value and exponent.
func sameShop(x Decimal, s interface {
	Exponent() int32
	String() string
}, sv string) bool {
	return x.Shopspring().String() == sv && -int32(x.scale) == s.Exponent()
}

func TestProperties(t *testing.T) {
	p := proptest.Properties(t, 20000)
	p.Property("Quantize agrees with rounding.RoundDecimal", prop.ForAll(
		func(d Decimal, scale int, mi int) bool {
			m := rounding.Modes[mi]
			q, err := d.Quantize(scale, m)
			want, werr := rounding.RoundDecimal(d.Shopspring(), scale, m)
			if werr != nil {
				return false
			}
			if errors.Is(err, ErrRange) || errors.Is(err, errQuantizePrec) {
				_, ferr := FromShopspring(want)
				return q == Decimal{} && errors.Is(ferr, ErrRange)
			}
			return err == nil && q.Shopspring().Equal(want) && q.Shopspring().Exponent() == want.Exponent()
		},
		genDecimal(), gen.IntRange(0, MaxScale), gen.IntRange(0, 7)))
	p.Property("DivMod agrees with divmod.TruncDivModDecimal", prop.ForAll(
		func(a, b Decimal) bool {
			q, r, err := DivMod(a, b)
			wq, wr, werr := divmod.TruncDivModDecimal(a.Shopspring(), b.Shopspring())
			switch {
			case werr != nil:
				return err != nil && err.Error() == werr.Error()
			case errors.Is(err, ErrRange) || errors.Is(err, errDivImpossible):
				_, e1 := FromShopspring(wq)
				return errors.Is(e1, ErrRange)
			case err != nil:
				return false
			}
			return sameShop(q, wq, wq.String()) && sameShop(r, wr, wr.String()) &&
				q.neg == (a.neg != b.neg) && r.neg == a.neg
		},
		genDecimal(), genDecimal()))
	p.Property("FloorDivMod agrees with divmod.DivModDecimal", prop.ForAll(
		func(a, b Decimal) bool {
			q, r, err := FloorDivMod(a, b)
			wq, wr, werr := divmod.DivModDecimal(a.Shopspring(), b.Shopspring())
			switch {
			case werr != nil:
				return err != nil && err.Error() == werr.Error()
			case errors.Is(err, ErrRange):
				_, e1 := FromShopspring(wq)
				_, e2 := FromShopspring(wr)
				return errors.Is(e1, ErrRange) || errors.Is(e2, ErrRange)
			case err != nil:
				return false
			}
			return sameShop(q, wq, wq.String()) && sameShop(r, wr, wr.String()) &&
				q.neg == (a.neg != b.neg) && r.neg == b.neg
		},
		genDecimal(), genDecimal()))
	p.Property("Parse(String(d)) == d", prop.ForAll(
		func(d Decimal) bool {
			e, err := Parse(d.String())
			return err == nil && e == d
		},
		genDecimal()))
	p.Property("Shopspring round-trips", prop.ForAll(
		func(d Decimal) bool {
			e, err := FromShopspring(d.Shopspring())
			d.neg = d.neg && d.coef != 0
			return err == nil && e == d
		},
		genDecimal()))
	p.TestingRun(t)
}

func TestAllocs(t *testing.T) {
	d := parsed("-1234567.891")
	b := parsed("0.07")
	buf := make([]byte, 0, 64)
	checks := map[string]func(){
		"Quantize":    func() { d, _ = d.Quantize(2, rounding.HalfEven); d, _ = d.Quantize(5, rounding.Up) },
		"DivMod":      func() { _, _, _ = DivMod(d, b) },
		"FloorDivMod": func() { _, _, _ = FloorDivMod(d, b) },
		"Parse":       func() { _, _ = Parse(" -1_234.5e-3 ") },
		"ParseBytes":  func() { _, _ = Parse([]byte("12345678901234567890123.5")) },
		"ParseError":  func() { _, _ = Parse("1.2.3") },
		"AppendText":  func() { buf = d.AppendText(buf[:0]) },
		"QuantizePad": func() { _, _ = parsed("347914186252977247").Quantize(2, rounding.Down) },
		"ParseLong":   func() { _, _ = Parse("-3479141862529772470000.00") },
		"AppendLong":  func() { buf = parsed("-3479141862529772470000.00").AppendText(buf[:0]) },
	}
	for name, f := range checks {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per run, want 0", name, n)
		}
	}
}

// parsed is Parse for constants that parse.
func parsed(s string) Decimal {
	d, _ := Parse(s)
	return d
}
