package pyfmt_test

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/pyfmt"
)

func ExampleFormatFloat() {
	for _, spec := range []string{".2f", "011,.2f", "+.3e", ".3", "", "%", "*^12.1f"} {
		s, _ := pyfmt.FormatFloat(2.675, spec)
		fmt.Printf("%-8q %s\n", spec, s)
	}
	_, err := pyfmt.FormatFloat(2.675, "d")
	fmt.Println(err)
	// Output:
	// ".2f"    2.67
	// "011,.2f" 0,000,002.67
	// "+.3e"   +2.675e+00
	// ".3"     2.67
	// ""       2.675
	// "%"      267.500000%
	// "*^12.1f" ****2.7*****
	// ValueError: Unknown format code 'd' for object of type 'float'
}

func ExampleAppendFormatFloat() {
	spec, err := pyfmt.ParseSpec(",.2f") // parse once, reuse
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 0, 64)
	for _, x := range []float64{1234567.891, 0.125, -0.004} {
		buf, _ = pyfmt.AppendFormatFloat(buf[:0], x, spec)
		fmt.Println(string(buf))
	}
	// Output:
	// 1,234,567.89
	// 0.12
	// -0.00
}

func ExampleFormatBigInt() {
	x, _ := new(big.Int).SetString("9007199254740993", 10)
	for _, spec := range []string{",", "#_x", ".1f", "+025_d"} {
		s, _ := pyfmt.FormatBigInt(x, spec)
		fmt.Println(s)
	}
	_, err := pyfmt.FormatInt(5, ".2d")
	fmt.Println(err)
	// Output:
	// 9,007,199,254,740,993
	// 0x20_0000_0000_0001
	// 9007199254740992.0
	// +0_009_007_199_254_740_993
	// ValueError: Precision not allowed in integer format specifier
}
