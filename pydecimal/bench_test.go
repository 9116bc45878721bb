package pydecimal_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/rounding"
)

func benchOperands(b *testing.B) (x, y *apd.Decimal) {
	x, y = new(apd.Decimal), new(apd.Decimal)
	if err := pydParse("12345678901234.567890", x); err != nil {
		b.Fatal(err)
	}
	if err := pydParse("98765.43210987654321", y); err != nil {
		b.Fatal(err)
	}
	return x, y
}

func BenchmarkAdd(b *testing.B) {
	ctx := pydecimal.DefaultContext()
	x, y := benchOperands(b)
	var z apd.Decimal
	b.ReportAllocs()
	for b.Loop() {
		_ = ctx.Add(&z, x, y)
	}
}

func BenchmarkMul(b *testing.B) {
	ctx := pydecimal.DefaultContext()
	x, y := benchOperands(b)
	var z apd.Decimal
	b.ReportAllocs()
	for b.Loop() {
		_ = ctx.Mul(&z, x, y)
	}
}

func BenchmarkQuo(b *testing.B) {
	ctx := pydecimal.DefaultContext()
	x, y := benchOperands(b)
	var z apd.Decimal
	b.ReportAllocs()
	for b.Loop() {
		_ = ctx.Quo(&z, x, y)
	}
}

func BenchmarkPowReal(b *testing.B) {
	ctx := pydecimal.DefaultContext()
	x, y := benchOperands(b)
	y.Exponent -= 3
	var z apd.Decimal
	b.ReportAllocs()
	for b.Loop() {
		_ = ctx.Pow(&z, x, y)
	}
}

func ExampleContext_Quo() {
	ctx := pydecimal.DefaultContext()
	var z apd.Decimal
	for _, p := range [][2]string{{"1.00", "2"}, {"1", "3"}, {"10", "4"}, {"1", "0"}, {"0", "0"}, {"1", "Infinity"}} {
		var a, b apd.Decimal
		_ = pydParse(p[0], &a)
		_ = pydParse(p[1], &b)
		if err := ctx.Quo(&z, &a, &b); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(&z)
	}
	// Output:
	// 0.50
	// 0.3333333333333333333333333333
	// 2.5
	// DivisionByZero: [<class 'decimal.DivisionByZero'>]
	// InvalidOperation: [<class 'decimal.DivisionUndefined'>]
	// 0E-1000026
}

func ExampleContext_Pow() {
	ctx := pydecimal.DefaultContext()
	var z apd.Decimal
	for _, p := range [][2]string{{"1.5", "2"}, {"10", "-2"}, {"2", "0.5"}, {"0", "0"}, {"10", "1000000"}} {
		var a, b apd.Decimal
		_ = pydParse(p[0], &a)
		_ = pydParse(p[1], &b)
		if err := ctx.Pow(&z, &a, &b); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(&z)
	}
	// Output:
	// 2.25
	// 0.01
	// 1.414213562373095048801688724
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
	// Overflow: [<class 'decimal.Overflow'>]
}

func ExampleContext_Quantize() {
	ctx := pydecimal.DefaultContext()
	var a, q, z apd.Decimal
	_ = pydParse("2.675", &a)
	_ = pydParse("0.01", &q)
	_ = ctx.Quantize(&z, &a, &q, rounding.HalfUp)
	fmt.Println(&z)
	_ = ctx.Round(&z, &a, big.NewInt(2))
	fmt.Println(&z)
	n, _ := ctx.ToInt(nil, &a, rounding.Ceiling)
	fmt.Println(n)
	// Output:
	// 2.68
	// 2.68
	// 3
}
