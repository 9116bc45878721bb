package pyfmt_test

import (
	"fmt"
	"math"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/pyround/pyround/pyfmt"
)

func ExampleRepr() {
	x, y := 0.1, 0.2
	for _, v := range []float64{1, x + y, 1e16, 1e15, 0.0001, 0.00001, math.Copysign(0, -1), math.Inf(-1)} {
		fmt.Println(pyfmt.Repr(v))
	}
	// Output:
	// 1.0
	// 0.30000000000000004
	// 1e+16
	// 1000000000000000.0
	// 0.0001
	// 1e-05
	// -0.0
	// -inf
}

func ExampleAppendRepr() {
	buf := make([]byte, 0, 64)
	buf = append(buf, "round(2.675, 2) = "...)
	buf = pyfmt.AppendRepr(buf, 2.67)
	fmt.Println(string(buf))
	// Output: round(2.675, 2) = 2.67
}

func ExampleAppendInt() {
	fmt.Println(string(pyfmt.AppendInt(nil, int8(-128))), string(pyfmt.AppendInt(nil, uint64(math.MaxUint64))))
	// Output: -128 18446744073709551615
}

func ExampleAppendBigInt() {
	x := new(big.Int).Lsh(big.NewInt(-1), 100)
	fmt.Println(string(pyfmt.AppendBigInt(nil, x)), pyfmt.BigIntDigits(x))
	// Output: -1267650600228229401496703205376 31
}

func ExampleCheckIntStrDigits() {
	x := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil) // 4301 digits
	if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(x)); err != nil {
		fmt.Println(err)
	}
	// Output: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
}

func ExampleAppendDecimal() {
	for _, c := range []struct {
		neg   bool
		coeff string
		exp   int64
	}{{false, "123", 1}, {false, "100", -2}, {false, "1", -7}, {true, "0", -2}, {false, "0", 3}} {
		fmt.Println(string(pyfmt.AppendDecimal(nil, c.neg, []byte(c.coeff), c.exp)))
	}
	// Output:
	// 1.23E+3
	// 1.00
	// 1E-7
	// -0.00
	// 0E+3
}

func ExampleAppendDecimalSpecial() {
	fmt.Println(string(pyfmt.AppendDecimalSpecial(nil, true, pyfmt.SNaN, []byte("012"))))
	fmt.Println(string(pyfmt.AppendDecimalSpecial(nil, true, pyfmt.Infinity, nil)))
	// Output:
	// -sNaN12
	// -Infinity
}

func ExampleDecimalString() {
	fmt.Println(pyfmt.DecimalString(decimal.New(1, 2)), pyfmt.DecimalString(decimal.New(150, -2)))
	// Output: 1E+2 1.50
}

func ExampleQuote() {
	fmt.Println("could not convert string to float: " + pyfmt.Quote("it's\t1,5"))
	// Output: could not convert string to float: "it's\t1,5"
}
