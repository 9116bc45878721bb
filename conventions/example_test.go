package conventions_test

import (
	"fmt"

	"github.com/pyround/pyround/conventions"
)

func ExamplePythonRound() {
	fmt.Println(conventions.PythonRound(2.675, 2), conventions.PythonRound(2.5, 0))
	// Output: 2.67 2
}

func ExamplePythonDecimal() {
	s, _ := conventions.PythonDecimal(2.675, 2)
	t, _ := conventions.PythonDecimal(2.665, 2)
	fmt.Println(s, t)
	// Output: 2.68 2.66
}

func ExampleNumpyRound() {
	fmt.Println(conventions.NumpyRound(2.675, 2), conventions.NumpyRound(1.005, 2))
	// Output: 2.68 1
}

func ExampleGoRound() {
	fmt.Println(conventions.GoRound(2.675, 2), conventions.GoRound(-2.5, 0), conventions.GoRound(1.005, 2))
	// Output: 2.68 -3 1
}

func ExampleGoRoundToEven() {
	fmt.Println(conventions.GoRoundToEven(2.665, 2), conventions.GoRoundToEven(2.5, 0))
	// Output: 2.66 2
}

func ExampleJSMathRound() {
	fmt.Println(conventions.JSMathRound(-2.5, 0), conventions.JSMathRound(2.5, 0), conventions.JSMathRound(1.005, 2))
	// Output: -2 3 1
}

func ExampleJSToFixed() {
	fmt.Println(conventions.JSToFixed(2.675, 2), conventions.JSToFixed(1.125, 2), conventions.JSToFixed(-0.001, 2))
	// Output: 2.67 1.13 -0.00
}

func ExampleExcelRound() {
	fmt.Println(conventions.ExcelRound(2.675, 2), conventions.ExcelRound(1.005, 2))
	// Output: 2.68 1.01
}

func ExampleLibreOfficeRound() {
	fmt.Println(conventions.LibreOfficeRound(2.675, 2), conventions.LibreOfficeRound(1.005, 2), conventions.LibreOfficeRound(-2.5, 0))
	// Output: 2.68 1.01 -3
}

func ExampleJavaBigDecimalValueOf() {
	s, _ := conventions.JavaBigDecimalValueOf(2.675, 2)
	t, _ := conventions.JavaBigDecimalValueOf(-0.001, 2)
	fmt.Println(s, t)
	// Output: 2.68 0.00
}

func ExampleJavaDoubleToString() {
	fmt.Println(conventions.JavaDoubleToString(2.675), conventions.JavaDoubleToString(7.618615196125613e16))
	fmt.Println(conventions.Plain(conventions.JavaDoubleToString(2.680716424e20)))
	s, _ := conventions.JavaBigDecimalValueOf(2.680716424e20, 0)
	fmt.Println(s)
	// Output:
	// 2.675 76186151961256128
	// 268071642399999980000
	// 268071642399999980000
}

func ExampleJavaNewBigDecimal() {
	s, _ := conventions.JavaNewBigDecimal(2.675, 2)
	t, _ := conventions.JavaNewBigDecimal(0.125, 2)
	fmt.Println(s, t)
	// Output: 2.67 0.13
}

func ExampleCPrintf() {
	fmt.Println(conventions.CPrintf(2.675, 2), conventions.CPrintf(0.125, 2), conventions.CPrintf(-0.001, 2))
	// Output: 2.67 0.12 -0.00
}

func ExamplePostgresRoundNumeric() {
	fmt.Println(conventions.PostgresRoundNumeric(2.675, 2), conventions.PostgresRoundNumeric(1.005, 2), conventions.PostgresRoundNumeric(-0.001, 2))
	// Output: 2.68 1.01 0.00
}

func ExamplePostgresRoundFloat8() {
	fmt.Println(conventions.PostgresRoundFloat8(2.5, 0), conventions.PostgresRoundFloat8(2.675, 2))
	// Output: 2 2.68
}

func ExampleExactString() {
	fmt.Println(conventions.ExactString(2.675))
	// Output: 2.67499999999999982236431605997495353221893310546875
}

func ExampleAll() {
	for _, c := range conventions.All()[:3] {
		fmt.Printf("%s: %s (%s)\n", c.System, c.Apply(2.675, 2), c.Reason)
	}
	// Output:
	// Python round(x, n): 2.67 (exact binary value, ties to even)
	// Python Decimal(str(x)).quantize(Decimal(10)**-n): 2.68 (shortest repr, ties to even)
	// numpy.round(x, n): 2.68 (rint(x*10**n)/10**n in float64: the product rounds first, ties to even)
}
