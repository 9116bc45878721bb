package pyparse_test

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

func ExampleFloat() {
	for _, s := range []string{" 1_000.5\n", "١٢.٥", "-Infinity", "1e400", "1__0", " 0x10 "} {
		x, err := pyparse.Float(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(pyfmt.Repr(x))
	}
	// Output:
	// 1000.5
	// 12.5
	// -inf
	// inf
	// ValueError: could not convert string to float: '1__0'
	// ValueError: could not convert string to float: ' 0x10 '
}

func ExampleInt() {
	for _, s := range []string{"007", " -1_000 ", "123456789012345678901234567890", "1.0"} {
		small, b, err := pyparse.Int(s, nil)
		switch {
		case err != nil:
			fmt.Println(err)
		case b != nil:
			fmt.Println("big", b)
		default:
			fmt.Println("small", small)
		}
	}
	// Output:
	// small 7
	// small -1000
	// big 123456789012345678901234567890
	// ValueError: invalid literal for int() with base 10: '1.0'
}

func ExampleInt_reuse() {
	z := new(big.Int)
	_, b, _ := pyparse.Int("-99999999999999999999", z)
	fmt.Println(b == z, z)
	// Output: true -99999999999999999999
}

func ExampleParseDecimal() {
	var d pyparse.Decimal
	var buf []byte
	for _, s := range []string{"1.50", "-0.00", "1_2e-1__0", "-sNaN0012", "1e1000000000000000000", "1 0"} {
		var err error
		buf, err = parseInto(&d, buf[:0], s)
		switch {
		case err != nil:
			fmt.Println(err)
		case d.Kind == pyparse.Finite:
			fmt.Printf("%q %d -> %s\n", d.Coeff, d.Exp, pyfmt.AppendDecimal(nil, d.Neg, d.Coeff, d.Exp))
		default:
			fmt.Println(string(pyfmt.AppendDecimalSpecial(nil, d.Neg, pyfmt.Special(d.Kind), d.Payload)))
		}
	}
	// Output:
	// "150" -2 -> 1.50
	// "0" -2 -> -0.00
	// "12" -10 -> 1.2E-9
	// -sNaN12
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
	// InvalidOperation: [<class 'decimal.ConversionSyntax'>]
}
