package fuzz

import (
	"math/big"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// pydArg reads a Decimal operand as the evaluator will: Python's syntax,
// then pyparse.APD.
func pydArg(s string, z *apd.Decimal) bool {
	d, _, err := pyparse.ParseDecimal(nil, s)
	if err != nil {
		return false
	}
	_, err = pyparse.APD(d, z)
	return err == nil
}

// FuzzPyDecimal runs every operation of package pydecimal on two parsed
// operands: no panic, bounded time (2 s per input, operands of at most 300
// characters), results aliasing operands agree with fresh ones, and the
// stored results are well formed (a finite result has at most 28 digits
// under DefaultContext).
func FuzzPyDecimal(f *testing.F) {
	for _, s := range [][2]string{
		{"1", "3"}, {"1.00", "2"}, {"-0", "0"}, {"NaN123", "sNaN"}, {"Infinity", "-Infinity"},
		{"9999999999999999999999999999.5", "1"}, {"1E+999999", "1E-999999"},
		{"1E-1000026", "0.5"}, {"2", "0.5"}, {"1.0000000001", "1E+20"}, {"0", "-3"},
		{"1E-1000010", "-1"}, {"7", "-1E-2000000000"}, {"123.456", "1E+5"},
		{"1.0", "3E+1270000000"}, {"-1", "5E+1999999999"}, {"1.00000000000000000001", "1E+21"},
	} {
		f.Add(s[0], s[1], uint8(0), int64(2))
	}
	ctx := pydecimal.DefaultContext()
	f.Fuzz(func(t *testing.T, as, bs string, mode uint8, n int64) {
		if len(as) > 300 || len(bs) > 300 {
			return
		}
		var a, b apd.Decimal
		if !pydArg(as, &a) || !pydArg(bs, &b) {
			return
		}
		m := rounding.Modes[int(mode)%len(rounding.Modes)]
		start := time.Now()
		binary := map[string]func(z, x, y *apd.Decimal) error{
			"Add": ctx.Add, "Sub": ctx.Sub, "Mul": ctx.Mul, "Quo": ctx.Quo, "Pow": ctx.Pow,
			"Quantize": func(z, x, y *apd.Decimal) error { return ctx.Quantize(z, x, y, m) },
		}
		for name, fn := range binary {
			var z apd.Decimal
			err := fn(&z, &a, &b)
			check(t, name, as, bs, &z)
			// Aliasing: z is a.
			var a2 apd.Decimal
			a2.Set(&a)
			err2 := fn(&a2, &a2, &b)
			if (err == nil) != (err2 == nil) || z.Cmp(&a2) != 0 && z.Form == apd.Finite {
				t.Fatalf("%s(%s, %s): aliased result %s (%v), fresh %s (%v)", name, as, bs, &a2, err2, &z, err)
			}
		}
		for name, fn := range map[string]func(z, x *apd.Decimal) error{"Neg": ctx.Neg, "Plus": ctx.Plus, "Abs": ctx.Abs} {
			var z apd.Decimal
			_ = fn(&z, &a)
			check(t, name, as, "", &z)
		}
		var z apd.Decimal
		_ = ctx.Round(&z, &a, big.NewInt(n))
		check(t, "Round", as, "", &z)
		if _, err := ctx.ToInt(nil, &a, m); err == nil && a.Form != apd.Finite {
			t.Fatalf("ToInt(%s) accepted a special", as)
		}
		f, err := pydecimal.Float(&a)
		if err == nil && a.Form == apd.Finite {
			pydecimal.FromFloat(&z, f)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("(%q, %q) took %v", as, bs, d)
		}
	})
}

// check verifies that a DefaultContext result is well formed.
func check(t *testing.T, name, as, bs string, z *apd.Decimal) {
	t.Helper()
	if z.Form == apd.Finite && z.NumDigits() > 28 {
		t.Fatalf("%s(%s, %s) = %s: more than 28 digits", name, as, bs, z)
	}
	if z.Coeff.Sign() < 0 {
		t.Fatalf("%s(%s, %s): negative coefficient", name, as, bs)
	}
}
