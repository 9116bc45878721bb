package rounding_test

import (
	"fmt"
	"math"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Swiss cash rounds to 0.05. The common idiom round(x / 0.05) * 0.05
// gives 1.1500000000000001; the exact definition gives the float nearest
// to 23 × 0.05.
func ExampleRoundFloatIncrement() {
	cash := rounding.MustParseIncrement("0.05")
	r, _ := rounding.RoundFloatIncrement(1.15, cash, rounding.HalfEven)
	fmt.Println(pyfmt.Repr(r), pyfmt.Repr(math.Round(1.15/0.05)*0.05))
	quarter := rounding.MustParseIncrement("0.25")
	even, _ := rounding.RoundFloatIncrement(1.125, quarter, rounding.HalfEven)
	up, _ := rounding.RoundFloatIncrement(1.125, quarter, rounding.HalfUp)
	fmt.Println(pyfmt.Repr(even), pyfmt.Repr(up))
	// Output:
	// 1.15 1.1500000000000001
	// 1.0 1.25
}

func ExampleRoundIntIncrement() {
	lot := rounding.MustParseIncrement("25")
	hundred := rounding.MustParseIncrement("100")
	a, _ := rounding.RoundIntIncrement(137, lot, rounding.HalfEven)
	b, _ := rounding.RoundIntIncrement(150, hundred, rounding.HalfEven)
	c, _ := rounding.RoundIntIncrement(150, hundred, rounding.HalfDown)
	_, err := rounding.RoundIntIncrement(int8(127), lot, rounding.Up)
	fmt.Println(a, b, c)
	fmt.Println(err)
	// Output:
	// 125 200 100
	// OverflowError: rounded value 150 does not fit in int8
}

// The result takes the increment's exponent: 1.30 to 0.50 is 150·10^-2.
func ExampleRoundDecimalIncrement() {
	r, _ := rounding.RoundDecimalIncrement(decimal.RequireFromString("1.30"), rounding.MustParseIncrement("0.50"), rounding.HalfEven)
	fmt.Println(r.Coefficient(), r.Exponent())
	// Output:
	// 150 -2
}

func ExampleParseIncrement() {
	_, err := rounding.ParseIncrement("-0.05")
	fmt.Println(err)
	// Output:
	// ValueError: increment must be a positive decimal number, not '-0.05'
}
