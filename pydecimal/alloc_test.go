package pydecimal_test

import (
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pydecimal"
)

// TestAllocsSmall: Add, Sub, Mul, Neg, Plus and Abs allocate nothing when
// the coefficients fit in 64 bits. (Quo works on prec+1-digit quotients,
// beyond 64 bits at precision 28, and allocates.)
func TestAllocsSmall(t *testing.T) {
	ctx := pydecimal.DefaultContext()
	var x, y, z apd.Decimal
	if err := pydParse("12345.678", &x); err != nil {
		t.Fatal(err)
	}
	if err := pydParse("-9.25", &y); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func(){
		"Add":  func() { _ = ctx.Add(&z, &x, &y) },
		"Sub":  func() { _ = ctx.Sub(&z, &x, &y) },
		"Mul":  func() { _ = ctx.Mul(&z, &x, &y) },
		"Neg":  func() { _ = ctx.Neg(&z, &x) },
		"Plus": func() { _ = ctx.Plus(&z, &x) },
		"Abs":  func() { _ = ctx.Abs(&z, &y) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs", name, n)
		}
	}
}
