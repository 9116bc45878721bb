package pydecimal_test

import (
	"errors"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyparse"
)

// TestExactContextArith: with ExactContext the new operations are exact or
// refuse with digits.ErrTooManyDigits (a result Python's prec=1000000
// context would round), or pyparse.ErrAPDExponent (an exponent beyond
// int32, which Python's MAX_EMAX context would keep).
func TestExactContextArith(t *testing.T) {
	ctx := pydecimal.ExactContext()
	ops := map[string]func(z, a, b *apd.Decimal) error{
		"add": ctx.Add, "sub": ctx.Sub, "mul": ctx.Mul, "div": ctx.Quo, "pow": ctx.Pow,
	}
	for _, c := range []struct{ op, a, b, want string }{
		{"div", "1", "4", "0.25"},
		{"div", "1", "3", "!too many"},
		{"div", "1.00", "2", "0.50"},
		{"add", "1E+999999", "1", "len1000000"},
		{"add", "1E+1000000", "1", "!too many"},
		{"add", "1E+2000000000", "-1E+2000000000", "0E+2000000000"},
		{"mul", "1E+2000000000", "1E+2000000000", "!exponent"},
		{"mul", "1.5", "1.5", "2.25"},
		{"sub", "0.1", "0.3", "-0.2"},
		{"pow", "2", "10", "1024"},
		{"pow", "2", "-2", "0.25"},
		{"pow", "3", "-1", "!too many"},
		{"pow", "2", "0.5", "!too many"},
		{"pow", "10", "1000000", "!too many"},
	} {
		var a, b, z apd.Decimal
		if err := pydParse(c.a, &a); err != nil {
			t.Fatal(err)
		}
		if err := pydParse(c.b, &b); err != nil {
			t.Fatal(err)
		}
		err := ops[c.op](&z, &a, &b)
		switch c.want {
		case "!too many":
			if err != digits.ErrTooManyDigits {
				t.Errorf("%s %s %s: %v %v, want ErrTooManyDigits", c.op, c.a, c.b, &z, err)
			}
		case "!exponent":
			if !errors.Is(err, pyparse.ErrAPDExponent) {
				t.Errorf("%s %s %s: %v %v, want ErrAPDExponent", c.op, c.a, c.b, &z, err)
			}
		case "len1000000":
			if err != nil || z.NumDigits() != 1000000 {
				t.Errorf("%s %s %s: %d digits, %v", c.op, c.a, c.b, z.NumDigits(), err)
			}
		default:
			if err != nil || z.String() != c.want {
				t.Errorf("%s %s %s: %v %v, want %s", c.op, c.a, c.b, &z, err, c.want)
			}
		}
	}
}
