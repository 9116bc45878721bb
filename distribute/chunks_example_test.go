package distribute_test

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/distribute"
)

// Ten items over four workers, as numpy.array_split(range(10), 4) does.
func ExampleParts() {
	c, _ := distribute.Parts(10, 4)
	for i := range c.Len() {
		start, stop := c.Chunk(i)
		fmt.Println(i, start, stop)
	}
	// Output:
	// 0 0 3
	// 1 3 6
	// 2 6 8
	// 3 8 10
}

// Batches of four, as range(0, 10, 4) starts them: -(-10 // 4) of them.
func ExampleBatches() {
	c, _ := distribute.Batches(10, 4)
	for i := range c.Len() {
		start, stop := c.Chunk(i)
		fmt.Println(i, start, stop)
	}
	_, err := distribute.Batches(10, 0)
	fmt.Println(err)
	// Output:
	// 0 0 4
	// 1 4 8
	// 2 8 10
	// ValueError: size must be at least one
}

// 10**30 items over seven workers: any chunk, without listing them.
func ExamplePartsBig() {
	n := new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
	c, _ := distribute.PartsBig(n, big.NewInt(7))
	start, stop := c.Chunk(big.NewInt(6))
	fmt.Println(c.Len(), start, stop)
	// Output: 7 857142857142857142857142857143 1000000000000000000000000000000
}

func ExampleBatchesBig() {
	n := new(big.Int).Lsh(big.NewInt(1), 64) // 2**64
	c, _ := distribute.BatchesBig(n, big.NewInt(3))
	start, stop := c.Chunk(new(big.Int).Sub(c.Len(), big.NewInt(1)))
	fmt.Println(c.Len(), start, stop)
	// Output: 6148914691236517206 18446744073709551615 18446744073709551616
}
