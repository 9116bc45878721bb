package pyparse_test

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// addSeeds adds the inputs of testdata/cases.jsonl (hand-picked edge cases
// and random strings checked against CPython) to the fuzz corpus.
func addSeeds(f *testing.F) {
	for _, c := range readCases(f) {
		f.Add(c.S)
	}
}

// plainASCII reports whether s has only ASCII and no underscore, so that
// strconv and Python read it the same way when both accept it.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '_' {
			return false
		}
	}
	return true
}

func sameFloat(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (math.IsNaN(a) && math.IsNaN(b))
}

func FuzzFloat(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		x, err := pyparse.Float(s)
		y, errB := pyparse.Float([]byte(s))
		if !sameFloat(x, y) || (err == nil) != (errB == nil) {
			t.Fatalf("Float(%q) = %v, %v but []byte gives %v, %v", s, x, err, y, errB)
		}
		if err != nil {
			want := pyerr.ValueError("could not convert string to float: " + pyfmt.QuoteBounded(s))
			if !errors.Is(err, want) || x != 0 {
				t.Fatalf("Float(%q) error %v", s, err)
			}
			return
		}
		// strconv misreads some texts of 800 characters or more (see
		// longFloat in float.go), so compare only shorter ones.
		if plainASCII(s) && len(s) < 800 {
			if z, err := strconv.ParseFloat(s, 64); (err == nil || math.IsInf(z, 0)) && !sameFloat(x, z) {
				t.Fatalf("Float(%q) = %v, strconv.ParseFloat %v", s, x, z)
			}
		}
		// repr round-trips.
		if r, err := pyparse.Float(pyfmt.Repr(x)); err != nil || !sameFloat(r, x) {
			t.Fatalf("Float(Repr(Float(%q))) = %v, %v; want %v", s, r, err, x)
		}
	})
}

func FuzzInt(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		small, b, err := pyparse.Int(s, nil)
		z := new(big.Int)
		small2, b2, err2 := pyparse.Int([]byte(s), z)
		if (err == nil) != (err2 == nil) || small != small2 || (b == nil) != (b2 == nil) {
			t.Fatalf("Int(%q) = %d, %v, %v; []byte: %d, %v, %v", s, small, b, err, small2, b2, err2)
		}
		if err != nil {
			if small != 0 || b != nil {
				t.Fatalf("Int(%q) returned a value with error %v", s, err)
			}
			return
		}
		var text string
		if b != nil {
			if b.IsInt64() || small != 0 || b2 != z || b.Cmp(b2) != 0 {
				t.Fatalf("Int(%q): big %v (small %d) for a value that fits int64, or z not used", s, b, small)
			}
			text = string(pyfmt.AppendBigInt(nil, b))
		} else {
			text = string(pyfmt.AppendInt(nil, small))
		}
		// Plain [+-]digits: math/big agrees.
		if plainASCII(s) {
			t2 := strings.TrimSpace(s)
			if w, ok := new(big.Int).SetString(t2, 10); ok && w.String() != text {
				t.Fatalf("Int(%q) = %s, math/big %s", s, text, w)
			}
		}
		// str(int(s)) reads back.
		s3, b3, err3 := pyparse.Int(text, nil)
		if err3 != nil || s3 != small || (b3 == nil) != (b == nil) || (b3 != nil && b3.Cmp(b) != 0) {
			t.Fatalf("Int(%q) = %s does not read back: %d, %v, %v", s, text, s3, b3, err3)
		}
		// int() accepts a subset of Decimal().
		var d pyparse.Decimal
		if _, err := parseInto(&d, nil, s); err != nil || d.Kind != pyparse.Finite || d.Exp != 0 ||
			strings.TrimPrefix(text, "-") != string(d.Coeff) {
			t.Fatalf("Int(%q) = %s but ParseDecimal gives %+v, %v", s, text, d, err)
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		var d pyparse.Decimal
		buf, err := parseInto(&d, make([]byte, 2, 8), s)
		if err != nil {
			syntax := pyerr.Decimal("InvalidOperation", "ConversionSyntax")
			rng := pyerr.Decimal("InvalidOperation", "InvalidOperation")
			if !errors.Is(err, syntax) && !errors.Is(err, rng) {
				t.Fatalf("ParseDecimal(%q) error %v", s, err)
			}
			if len(buf) != 2 || d.Coeff != nil || d.Payload != nil || d.Neg || d.Kind != 0 || d.Exp != 0 {
				t.Fatalf("ParseDecimal(%q) failed but left %+v, buf %q", s, d, buf)
			}
			if x, ferr := pyparse.Float(s); ferr == nil && errors.Is(err, syntax) {
				t.Fatalf("Float(%q) = %v but Decimal() finds a syntax error", s, x)
			}
			return
		}
		// Invariants.
		switch d.Kind {
		case pyparse.Finite:
			if len(d.Coeff) == 0 || (d.Coeff[0] == '0' && len(d.Coeff) > 1) || strings.Trim(string(d.Coeff), "0123456789") != "" ||
				d.Exp < pyparse.MinEtiny || d.Exp+int64(len(d.Coeff))-1 > pyparse.MaxEmax || d.Payload != nil {
				t.Fatalf("ParseDecimal(%q) = %+v", s, d)
			}
		case pyparse.NaN, pyparse.SNaN:
			if d.Coeff != nil || (len(d.Payload) > 0 && d.Payload[0] == '0') || strings.Trim(string(d.Payload), "0123456789") != "" {
				t.Fatalf("ParseDecimal(%q) = %+v", s, d)
			}
		case pyparse.Infinite:
			if d.Coeff != nil || d.Payload != nil {
				t.Fatalf("ParseDecimal(%q) = %+v", s, d)
			}
		default:
			t.Fatalf("ParseDecimal(%q) = %+v", s, d)
		}
		// str(Decimal(s)) reads back to the same decimal.
		var text []byte
		if d.Kind == pyparse.Finite {
			text = pyfmt.AppendDecimal(nil, d.Neg, d.Coeff, d.Exp)
		} else {
			text = pyfmt.AppendDecimalSpecial(nil, d.Neg, pyfmt.Special(d.Kind), d.Payload)
		}
		var d2 pyparse.Decimal
		if _, err := parseInto(&d2, nil, text); err != nil || d2.Neg != d.Neg || d2.Kind != d.Kind ||
			string(d2.Coeff) != string(d.Coeff) || d2.Exp != d.Exp || string(d2.Payload) != string(d.Payload) {
			t.Fatalf("ParseDecimal(%q) = %+v, str %q reads back as %+v, %v", s, d, text, d2, err)
		}
		// Where float() also accepts s, it reads the same value.
		if x, err := pyparse.Float(s); err == nil && d.Kind == pyparse.Finite && len(text) < 800 {
			y, _ := strconv.ParseFloat(string(text), 64)
			if !sameFloat(x, y) {
				t.Fatalf("Float(%q) = %v but Decimal gives %s = %v", s, x, text, y)
			}
		}
	})
}
