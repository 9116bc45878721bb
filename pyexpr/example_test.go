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

// Comparisons are exact across int, float and Decimal, chain as in
// Python, and give bools; and/or give an operand.
func ExampleEval_comparison() {
	for _, src := range []string{
		"0.1 + 0.2 == 0.3",
		"1 < 2.0 <= Decimal('2')",
		"Decimal('0.1') == 0.1",
		"2**53 + 1 > 2.0**53",
		"Decimal('NaN') < 1",
		"0 or 2.5",
		"True / 2",
	} {
		v, err := pyexpr.Eval(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	// Output:
	// False
	// True
	// False
	// True
	// InvalidOperation: [<class 'decimal.InvalidOperation'>]
	// 2.5
	// 0.5
}

// Tuples print items by repr, index, slice, repeat and compare as in
// Python, and raise Python's TypeError for anything else.
func ExampleEval_tuple() {
	for _, src := range []string{
		"((1, 2), 3.5, Decimal('1.0'))",
		"divmod(7, 2)[0]",
		"(1, 2, 3)[::-1]",
		"(0,) * 3 + (1,)",
		"(1, 2) < (1, 3)",
		"(1, 2) < 3",
		"(1,) * 10**20",
	} {
		v, err := pyexpr.Eval(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v)
	}
	v, _ := pyexpr.Eval("divmod(-7, 2)")
	fmt.Println(v.Kind() == pyexpr.Tuple, len(v.Tuple()), v.Tuple()[0].Int())
	// Output:
	// ((1, 2), 3.5, Decimal('1.0'))
	// 3
	// (3, 2, 1)
	// (0, 0, 0, 1)
	// True
	// TypeError: '<' not supported between instances of 'tuple' and 'int'
	// OverflowError: cannot fit 'int' into an index-sized integer
	// true 2 -4
}
