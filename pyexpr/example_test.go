package pyexpr_test

import (
	"fmt"

	"github.com/pyround/pyround/pyexpr"
)

func ExampleEval() {
	for _, src := range []string{
		"round(2.675, 2)",
		"-7 // 2",
		"divmod(-7.5, 2)",
		"Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
		"-2**2",
		"1 / 0",
	} {
		v, err := pyexpr.Eval(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	// Output:
	// 2.67
	// -4
	// (-4.0, 0.5)
	// 2.68
	// -4
	// ZeroDivisionError: division by zero
}

func ExampleParse() {
	e, err := pyexpr.Parse("divmod(10**20 + 1, 7)")
	if err != nil {
		panic(err)
	}
	v, _ := e.Eval()
	q := v.Tuple()[0]
	fmt.Println(v.Kind() == pyexpr.Tuple, q.Kind() == pyexpr.Int, q.Int())
	_, err = pyexpr.Parse("2 +* 3")
	fmt.Println(err)
	// Output:
	// true true 14285714285714285714
	// SyntaxError: invalid syntax at '*' (column 4)
}
