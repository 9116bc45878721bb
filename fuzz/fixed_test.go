package fuzz

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// FuzzFixedParse: fixed.Parse never panics; what it accepts round-trips
// through String, and its verdict agrees with pyparse.ParseDecimal (the
// same syntax errors; a success exactly when the value fits).
func FuzzFixedParse(f *testing.F) {
	for _, s := range []string{"1.5", "-0.00", "0E-7", " _1_ ", "1e_5", "NaN12", "-Inf", "1E+1", "1e-20",
		"١٢.٥", "\u00a01\u00a0", "9999999999999999999", "99999999999999999999", "1e1000000000000000000", "1.2.3", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := fixed.Parse(s)
		pd, _, perr := pyparse.ParseDecimal(nil, s)
		if perr != nil {
			if err == nil || err.Error() != perr.Error() {
				t.Fatalf("Parse(%q) = %v, %v; pyparse says %v", s, d, err, perr)
			}
			return
		}
		fits := pd.Kind == pyparse.Finite && len(pd.Coeff) <= fixed.MaxDigits && pd.Exp <= 0 && pd.Exp >= -fixed.MaxScale &&
			(len(pd.Coeff) <= fixed.MaxSigDigits || strings.Trim(string(pd.Coeff[fixed.MaxSigDigits:]), "0") == "")
		if !fits {
			if !errors.Is(err, fixed.ErrRange) {
				t.Fatalf("Parse(%q) = %v, %v; want ErrRange", s, d, err)
			}
			return
		}
		if err != nil || int64(-d.Scale()) != pd.Exp || d.Neg() != pd.Neg {
			t.Fatalf("Parse(%q) = %v, %v; pyparse: %+v", s, d, err, pd)
		}
		e, err := fixed.Parse(d.String())
		if err != nil || e != d {
			t.Fatalf("Parse(String(%q)) = %v, %v", s, e, err)
		}
	})
}

// fixedLimit reports whether err is fixed's refusal of a result it cannot
// hold: ErrRange, or Python's own errors past the 28-digit default
// precision (quantize: InvalidOperation, divmod: DivisionImpossible).
func fixedLimit(err error) bool {
	return errors.Is(err, fixed.ErrRange) || err != nil &&
		(err.Error() == "InvalidOperation: [<class 'decimal.InvalidOperation'>]" ||
			err.Error() == "InvalidOperation: [<class 'decimal.DivisionImpossible'>]")
}

func fixedFrom(neg bool, coef uint64, scale uint8) fixed.Decimal {
	d, err := fixed.FromParts(neg, coef%1e19, int(scale%20))
	if err != nil {
		panic(err)
	}
	return d
}

// FuzzFixedQuantize: Quantize never panics and agrees with
// rounding.RoundDecimal on the same value.
func FuzzFixedQuantize(f *testing.F) {
	f.Add(false, uint64(2675), uint8(3), 2, uint8(0))
	f.Add(true, uint64(9999999999999999999), uint8(19), 18, uint8(3))
	f.Add(true, uint64(5), uint8(1), 0, uint8(7))
	f.Fuzz(func(t *testing.T, neg bool, coef uint64, scale uint8, n int, mode uint8) {
		d := fixedFrom(neg, coef, scale)
		m := rounding.Modes[mode%8]
		q, err := d.Quantize(n, m)
		if n < 0 || n > fixed.MaxScale {
			if !errors.Is(err, fixed.ErrRange) {
				t.Fatalf("%v.Quantize(%d) = %v, %v; want ErrRange", d, n, q, err)
			}
			return
		}
		want, werr := rounding.RoundDecimal(d.Shopspring(), n, m)
		if werr != nil {
			t.Fatal(werr)
		}
		if fixedLimit(err) {
			if _, e := fixed.FromShopspring(want); !errors.Is(e, fixed.ErrRange) {
				t.Fatalf("%v.Quantize(%d, %v): ErrRange, RoundDecimal gives %v", d, n, m, want)
			}
			return
		}
		if err != nil || !q.Shopspring().Equal(want) || q.Scale() != n || q.Neg() != d.Neg() {
			t.Fatalf("%v.Quantize(%d, %v) = %v, %v; RoundDecimal gives %v", d, n, m, q, err, want)
		}
		if err == nil {
			// And CPython itself, when the oracle is on.
			args := []string{"decimal", d.String(), strconv.Itoa(n), m.String()}
			if py, ok := pyAnswer(t, "round", args...); ok && py != q.String() {
				t.Fatalf("%v.Quantize(%d, %v) = %v; CPython %q", d, n, m, q, py)
			}
		}
	})
}

// FuzzFixedDivMod: DivMod and FloorDivMod never panic and agree with
// divmod.TruncDivModDecimal and divmod.DivModDecimal.
func FuzzFixedDivMod(f *testing.F) {
	f.Add(true, uint64(75), uint8(1), false, uint64(2), uint8(0))
	f.Add(true, uint64(1), uint8(19), false, uint64(9), uint8(0))
	f.Add(false, uint64(9999999999999999999), uint8(0), false, uint64(1), uint8(19))
	f.Add(false, uint64(0), uint8(0), true, uint64(0), uint8(2))
	f.Fuzz(func(t *testing.T, an bool, ac uint64, as uint8, bn bool, bc uint64, bs uint8) {
		a, b := fixedFrom(an, ac, as), fixedFrom(bn, bc, bs)
		check := func(name string, q, r fixed.Decimal, err error, wq, wr decimal.Decimal, werr error, rneg bool) {
			switch {
			case werr != nil:
				if err == nil || err.Error() != werr.Error() {
					t.Fatalf("%s(%v, %v): err %v, want %v", name, a, b, err, werr)
				}
			case fixedLimit(err):
				// the shopspring result must not fit
				_, e1 := fixed.FromShopspring(wq)
				_, e2 := fixed.FromShopspring(wr)
				if e1 == nil && e2 == nil {
					t.Fatalf("%s(%v, %v): ErrRange, shopspring gives %v %v", name, a, b, wq, wr)
				}
			case err != nil:
				t.Fatalf("%s(%v, %v): %v", name, a, b, err)
			default:
				if q.Shopspring().String() != wq.String() || r.Shopspring().String() != wr.String() ||
					q.Scale() != 0 || r.Scale() != max(a.Scale(), b.Scale()) ||
					q.Neg() != (a.Neg() != b.Neg()) || r.Neg() != rneg {
					t.Fatalf("%s(%v, %v) = %v, %v; want %v, %v", name, a, b, q, r, wq, wr)
				}
			}
		}
		q, r, err := fixed.DivMod(a, b)
		wq, wr, werr := divmod.TruncDivModDecimal(a.Shopspring(), b.Shopspring())
		check("DivMod", q, r, err, wq, wr, werr, a.Neg())
		if err == nil {
			// And CPython's divmod() itself, when the oracle is on.
			want := "(Decimal('" + q.String() + "'), Decimal('" + r.String() + "'))"
			if py, ok := pyAnswer(t, "divmod", "decimal", a.String(), b.String()); ok && py != want {
				t.Fatalf("DivMod(%v, %v) = %s; CPython %q", a, b, want, py)
			}
		}
		q, r, err = fixed.FloorDivMod(a, b)
		wq, wr, werr = divmod.DivModDecimal(a.Shopspring(), b.Shopspring())
		check("FloorDivMod", q, r, err, wq, wr, werr, b.Neg())
	})
}
