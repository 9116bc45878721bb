package workbench_test

import (
	"fmt"

	"github.com/pyround/pyround/workbench"
)

func ExampleExplain() {
	e, _ := workbench.Explain(2.675, 2)
	fmt.Println(e.Value.Exact)
	fmt.Println(e.Lower, e.Upper, e.Tie, e.Side)
	fmt.Println(e.Distance)
	// Output:
	// 2.67499999999999982236431605997495353221893310546875
	// 2.67 2.68 2.675 below the tie
	// -0.00000000000000017763568394002504646778106689453125
}

func ExampleModes() {
	fmt.Println(workbench.Modes(2.5, 0, false))
	// Output: [2.0 3.0 2.0 3.0 2.0 3.0 2.0 2.0]
}

func ExampleBias() {
	res, _ := workbench.Bias([]string{"0.125", "0.375", "0.625", "0.875"}, 2, nil, false)
	for _, r := range res[:2] {
		fmt.Println(r.Mode, r.Total, r.WorstDrift)
	}
	// Output:
	// HALF_EVEN 0 0.005
	// HALF_UP 0.02 0.02
}
