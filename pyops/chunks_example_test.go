package pyops_test

import (
	"fmt"

	"github.com/pyround/pyround/pyops"
)

// The lines of pyround chunks 10 --parts 3.
func ExampleNewChunkParts() {
	c, _ := pyops.NewChunkParts("10", "3")
	for c.Next() {
		fmt.Println(string(c.AppendLine(nil)))
	}
	// Output:
	// 0 0 4
	// 1 4 7
	// 2 7 10
}

// The JSON output is json.dumps of the list: the objects joined by ", "
// between brackets.
func ExampleChunks_AppendJSON() {
	c, _ := pyops.NewChunkParts("10", "3")
	out := []byte{'['}
	for first := true; c.Next(); first = false {
		if !first {
			out = append(out, ", "...)
		}
		out = c.AppendJSON(out)
	}
	fmt.Println(string(append(out, ']')))
	// Output: [{"index": 0, "start": 0, "stop": 4, "size": 4}, {"index": 1, "start": 4, "stop": 7, "size": 3}, {"index": 2, "start": 7, "stop": 10, "size": 3}]
}

// Batches of any size, counted as -(-N // S).
func ExampleNewChunkBatches() {
	c, _ := pyops.NewChunkBatches("10_000_000_000_000_000_000_000_000", "4000000000000000000000000")
	fmt.Println(string(c.AppendLen(nil)))
	for c.Next() {
		fmt.Println(string(c.AppendLine(nil)))
	}
	_, err := pyops.NewChunkBatches("-1", "4")
	fmt.Println(err)
	// Output:
	// 3
	// 0 0 4000000000000000000000000
	// 1 4000000000000000000000000 8000000000000000000000000
	// 2 8000000000000000000000000 10000000000000000000000000
	// ValueError: n must be a non-negative integer
}
