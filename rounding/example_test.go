package rounding_test

import (
	"fmt"
	"math"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// The float 2.675 is 2.67499999999999982236431605997495353221893310546875,
// so Python's round gives 2.67; ties go to the even neighbour.
func ExampleRound() {
	fmt.Println(pyfmt.Repr(rounding.Round(2.675, 2)))
	fmt.Println(pyfmt.Repr(rounding.Round(2.5, 0)), pyfmt.Repr(rounding.Round(3.5, 0)))
	fmt.Println(pyfmt.Repr(rounding.Round(-0.001, 2)))
	// Output:
	// 2.67
	// 2.0 4.0
	// -0.0
}

func ExampleRoundFloat() {
	up, _ := rounding.RoundFloat(2.665, 2, rounding.HalfUp) // 2.66500000000000003552...
	ceil, _ := rounding.RoundFloat(-2.5, 0, rounding.Ceiling)
	_, err := rounding.RoundFloat(1.6e308, -308, rounding.HalfEven)
	fmt.Println(pyfmt.Repr(up), pyfmt.Repr(ceil))
	fmt.Println(err)
	// Output:
	// 2.67 -2.0
	// OverflowError: rounded value too large to represent
}

// RoundDisplayed rounds the value as printed, not as stored.
func ExampleRoundDisplayed() {
	python := rounding.Round(2.675, 2)
	shown, _ := rounding.RoundDisplayed(2.675, 2, rounding.HalfEven)
	fmt.Println(python, shown)
	// Output: 2.67 2.68
}

func ExampleRoundToInt() {
	n, _, _ := rounding.RoundToInt(2.5, rounding.HalfEven)
	f, _, _ := rounding.RoundToInt(-2.5, rounding.Floor)
	_, big, _ := rounding.RoundToInt(1e300, rounding.HalfEven)
	_, _, err := rounding.RoundToInt(math.NaN(), rounding.HalfEven)
	fmt.Println(n, f, len(big.String()))
	fmt.Println(err)
	// Output:
	// 2 -3 301
	// ValueError: cannot convert float NaN to integer
}

func ExampleRoundInt() {
	a, _ := rounding.RoundInt(25, -1, rounding.HalfEven)
	b, _ := rounding.RoundInt(35, -1, rounding.HalfEven)
	_, err := rounding.RoundInt(int64(math.MaxInt64), -1, rounding.Up)
	fmt.Println(a, b)
	fmt.Println(err)
	// Output:
	// 20 40
	// OverflowError: rounded value 9223372036854775810 does not fit in int64
}

func ExampleRoundDecimal() {
	d, _ := rounding.RoundDecimal(decimal.RequireFromString("2.675"), 2, rounding.HalfEven)
	e, _ := rounding.RoundDecimal(decimal.RequireFromString("1234"), -2, rounding.HalfEven)
	f, _ := rounding.RoundDecimal(decimal.RequireFromString("2.5"), 2, rounding.HalfEven)
	fmt.Println(pyfmt.DecimalString(d), pyfmt.DecimalString(e), pyfmt.DecimalString(f))
	// Output: 2.68 1.2E+3 2.50
}

func ExampleParseMode() {
	for _, s := range []string{"half-even", "ROUND_HALF_UP", "bankers", "05up"} {
		m, _ := rounding.ParseMode(s)
		fmt.Println(m.PythonName())
	}
	// Output:
	// ROUND_HALF_EVEN
	// ROUND_HALF_UP
	// ROUND_HALF_EVEN
	// ROUND_05UP
}

// AppendRounded rounds a whole column, here in place.
func ExampleAppendRounded() {
	prices := []float64{2.675, 0.125, -0.001, 1.005, 2.5}
	rounding.AppendRounded(prices[:0], prices, 2)
	fmt.Println(prices)
	// Output: [2.67 0.12 -0 1 2.5]
}
