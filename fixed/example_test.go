package fixed_test

import (
	"fmt"

	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/rounding"
)

func Example() {
	price, err := fixed.Parse("2.675")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range []rounding.Mode{rounding.HalfEven, rounding.HalfUp, rounding.Down} {
		q, _ := price.Quantize(2, m)
		fmt.Println(m, q)
	}
	// Python keeps the sign of a zero result.
	z, _ := parsed("-0.001").Quantize(2, rounding.HalfEven)
	fmt.Println(z)
	// Padding past 19 digits keeps trailing zeros, up to Python's 28.
	big, _ := parsed("347914186252977247").Quantize(2, rounding.HalfEven)
	fmt.Println(big)
	_, err = parsed("347914186252977247").Quantize(11, rounding.HalfEven)
	fmt.Println(err)
	// Output:
	// HALF_EVEN 2.68
	// HALF_UP 2.68
	// DOWN 2.67
	// -0.00
	// 347914186252977247.00
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
}

func ExampleDivMod() {
	q, r, _ := fixed.DivMod(parsed("-7.5"), parsed("2"))
	fmt.Println(q, r) // divmod(Decimal('-7.5'), Decimal('2'))
	q, r, _ = fixed.FloorDivMod(parsed("-7.5"), parsed("2"))
	fmt.Println(q, r) // divmod(-7.5, 2) on floats
	_, _, err := fixed.DivMod(parsed("1"), parsed("0"))
	fmt.Println(err)
	// Output:
	// -3 -1.5
	// -4 0.5
	// InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
}

func ExampleParse() {
	for _, s := range []string{"1.5E1", " -0.00 ", "1_000.25", "1E+1", "abc"} {
		d, err := fixed.Parse(s)
		fmt.Println(d, err)
	}
	// Output:
	// 15 <nil>
	// -0.00 <nil>
	// 1000.25 <nil>
	// 0 OverflowError: value outside fixed.Decimal's range (at most 19 digits, or 28 ending in zeros; exponent -19..0; pyround's limit: use rounding.RoundDecimal or pydecimal)
	// 0 InvalidOperation: [<class 'decimal.ConversionSyntax'>]
}

func ExampleDecimal_String() {
	for _, s := range []string{"0.0000001", "0E-7", "0.000001", "-1.5E-10"} {
		fmt.Println(parsed(s))
	}
	// Output:
	// 1E-7
	// 0E-7
	// 0.000001
	// -1.5E-10
}

// parsed is Parse for the constants of these examples, which all parse.
func parsed(s string) fixed.Decimal {
	d, _ := fixed.Parse(s)
	return d
}
