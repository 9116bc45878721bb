package pyops_test

import (
	"fmt"

	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// A Round is reused value after value; the text is read as Python reads
// a literal, so "25" is an int and "2.675" a float.
func ExampleRound() {
	r := pyops.Round{HasN: true, N: 2}
	var out []byte
	for _, v := range []string{"2.675", "1.005", "-0.001", "25", "1e400"} {
		out = append(out[:0], v+" -> "...)
		out, _ = r.Append(out, []byte(v))
		fmt.Println(string(out))
	}
	// Output:
	// 2.675 -> 2.67
	// 1.005 -> 1.0
	// -0.001 -> -0.0
	// 25 -> 25
	// 1e400 -> inf
}

// The eight modes on a Decimal read from text: quantize to two places.
func ExampleRound_decimal() {
	for _, m := range []mode.Mode{mode.HalfEven, mode.HalfUp, mode.Floor} {
		r := pyops.Round{As: pyops.Decimal, HasN: true, N: 2, Mode: m}
		out, _ := r.Append(nil, []byte("2.675"))
		fmt.Println(m, string(out))
	}
	// Output:
	// HALF_EVEN 2.68
	// HALF_UP 2.68
	// FLOOR 2.67
}

// Python floors; the decimal module truncates.
func ExampleDiv() {
	for _, as := range []pyops.As{pyops.Auto, pyops.Decimal} {
		d := pyops.Div{Op: pyops.DivMod, As: as}
		out, _ := d.Append(nil, []byte("-7"), []byte("2"))
		fmt.Println(as, string(out))
	}
	_, err := (&pyops.Div{Op: pyops.Mod}).Append(nil, []byte("1"), []byte("0"))
	fmt.Println(err)
	// Output:
	// auto (-4, 1)
	// decimal (Decimal('-3'), Decimal('-1'))
	// ZeroDivisionError: integer modulo by zero
}

func ExampleNewFormat() {
	f := pyops.NewFormat(",.2f", pyops.Auto)
	out, _ := f.Append(nil, []byte("1234567.891"))
	fmt.Println(string(out))
	// Output: 1,234,567.89
}

func ExampleAppendRoundText() {
	for _, m := range mode.Modes {
		out, _ := pyops.AppendRoundText(nil, "-2.5", 0, m)
		fmt.Printf("%s %s\n", m, out)
	}
	// Output:
	// HALF_EVEN -2
	// HALF_UP -3
	// HALF_DOWN -2
	// UP -3
	// DOWN -2
	// CEILING -2
	// FLOOR -3
	// 05UP -2
}

// NewBin builds the operation once; Append prints what Python prints for
// each value's bin. Auto is Python's own arithmetic (0.7 // 0.1 == 6.0);
// Decimal is exact floor binning.
func ExampleNewBin() {
	auto, _ := pyops.NewBin("0.1", "", pyops.Auto, pyops.LabelLower)
	exact, _ := pyops.NewBin("0.1", "", pyops.Decimal, pyops.LabelRange)
	index, _ := pyops.NewBin("10", "5", pyops.Auto, pyops.LabelIndex)
	for _, v := range []string{"0.7", "-0.05"} {
		a, _ := auto.Append(nil, []byte(v))
		d, _ := exact.Append(nil, []byte(v))
		fmt.Printf("%s: %s %s\n", v, a, d)
	}
	i, _ := index.Append(nil, []byte("-7"))
	fmt.Println(string(i))
	zero, _ := pyops.NewBin("0", "", pyops.Auto, pyops.LabelLower)
	_, err := zero.Append(nil, []byte("5"))
	fmt.Println(err)
	_, err = pyops.NewBin("ten", "", pyops.Auto, pyops.LabelLower)
	fmt.Println(err)
	// Output:
	// 0.7: 0.6000000000000001 [0.7, 0.8)
	// -0.05: -0.1 [-0.1, 0.0)
	// -2
	// ZeroDivisionError: integer division or modulo by zero
	// ValueError: could not convert string to float: 'ten'
}

func ExampleNewBinning() {
	// "300" is a number and a duration (300 seconds): numbers and
	// timestamps are both binned.
	b, _ := pyops.NewBinning("300", "", pyops.Auto, pyops.LabelLower)
	for _, v := range []string{"1234", "2024-05-06T07:08:09Z", "20240101"} {
		out, _ := b.Append(nil, []byte(v))
		fmt.Printf("%s: %s\n", v, out)
	}
	// "5m" is only a duration: a number is Python's TypeError.
	t, _ := pyops.NewBinning("5m", "", pyops.Auto, pyops.LabelRange)
	out, _ := t.Append(nil, []byte("2024-05-06 07:08:09"))
	fmt.Println(string(out))
	_, err := t.Append(nil, []byte("7"))
	fmt.Println(err)
	// Output:
	// 1234: 1200
	// 2024-05-06T07:08:09Z: 2024-05-06T07:05:00+00:00
	// 20240101: 20240100
	// [2024-05-06T07:05:00, 2024-05-06T07:10:00)
	// TypeError: unsupported operand type(s) for //: 'int' and 'datetime.timedelta'
}

// Rounding to an increment: Swiss cash to 0.05 (a float, printed as
// repr()), lots of 25 (an int stays an int), and a decimal with the
// increment's exponent.
func ExampleRoundIncrement() {
	cash, _ := rounding.ParseIncrement("0.05")
	lot, _ := rounding.ParseIncrement("25")
	half, _ := rounding.ParseIncrement("0.50")
	f := pyops.RoundIncrement{Inc: cash}
	i := pyops.RoundIncrement{Inc: lot}
	d := pyops.RoundIncrement{Inc: half, As: pyops.Decimal}
	a, _ := f.Append(nil, []byte("1.15"))
	b, _ := i.Append(nil, []byte("137"))
	c, _ := d.Append(nil, []byte("1.30"))
	fmt.Println(string(a), string(b), string(c))
	// Output:
	// 1.15 125 1.50
}
