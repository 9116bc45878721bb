package distribute_test

import (
	"fmt"
	"math"
	"math/big"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// Python floors: -7 // 5 is -2, where Go's -7 / 5 is -1. An edge past the
// type is an error, never a wrapped value.
func ExampleBinInt() {
	e, err := distribute.BinInt(-7, 5, 0)
	fmt.Println(e, err)
	e, err = distribute.BinInt(1234, 100, 50)
	fmt.Println(e, err)
	_, err = distribute.BinInt[int64](math.MaxInt64, 3, 0)
	fmt.Println(err)
	_, err = distribute.BinInt(1, 0, 0)
	fmt.Println(err)
	// Output:
	// {-2 -10 -5} <nil>
	// {11 1150 1250} <nil>
	// OverflowError: bin upper edge 9223372036854775809 does not fit in int64
	// ZeroDivisionError: integer division or modulo by zero
}

func ExampleBinBig() {
	x, _ := new(big.Int).SetString("-100000000000000000000000000001", 10)
	e, err := distribute.BinBig(x, big.NewInt(1_000_000), nil)
	fmt.Println(e.Index, e.Lower, e.Upper, err)
	// Output:
	// -100000000000000000000001 -100000000000000000000001000000 -100000000000000000000000000000 <nil>
}

// Python's float arithmetic, bit for bit: 0.7 // 0.1 is 6.0, so 0.7 falls
// in the bin below the one its decimal text suggests.
func ExampleBinFloat() {
	e, err := distribute.BinFloat(0.7, 0.1, 0)
	fmt.Println(pyfmt.Repr(e.Index), pyfmt.Repr(e.Lower), pyfmt.Repr(e.Upper), err)
	e, _ = distribute.BinFloat(-0.05, 0.1, 0)
	fmt.Println(pyfmt.Repr(e.Index), pyfmt.Repr(e.Lower), pyfmt.Repr(e.Upper))
	_, err = distribute.BinFloat(1, 0, 0)
	fmt.Println(err)
	// Output:
	// 6.0 0.6000000000000001 0.7000000000000001 <nil>
	// -1.0 -0.1 0.0
	// ZeroDivisionError: float floor division by zero
}

// Exact floor binning: every value lies in [Lower, Upper).
func ExampleBinDecimal() {
	for _, s := range []string{"0.7", "-0.05", "12.34"} {
		e, err := distribute.BinDecimal(decimal.RequireFromString(s), decimal.RequireFromString("0.1"), decimal.Zero)
		fmt.Println(s, e.Index, pyfmt.DecimalString(e.Lower), pyfmt.DecimalString(e.Upper), err)
	}
	_, err := distribute.BinDecimal(decimal.New(5, 0), decimal.Zero, decimal.Zero)
	fmt.Println(err)
	// Output:
	// 0.7 7 0.7 0.8 <nil>
	// -0.05 -1 -0.1 0.0 <nil>
	// 12.34 123 12.3 12.4 <nil>
	// DivisionByZero: [<class 'decimal.DivisionByZero'>]
}
