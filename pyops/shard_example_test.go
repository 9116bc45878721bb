package pyops_test

import (
	"fmt"

	"github.com/pyround/pyround/pyops"
)

// Keys on four shards, where zlib.crc32(key.encode()) % 4 puts them.
func ExampleShard() {
	s, _ := pyops.NewShard("4", "crc32")
	var out []byte
	for _, key := range []string{"alice", "bob", "", "-7"} {
		out, _ = s.Append(out, []byte(key))
		out = append(out, ' ')
	}
	fmt.Println(string(out))
	// Output: 3 0 0 3
}

// Under none a key is an int, of any size, and its shard is int(key) % K.
func ExampleShard_none() {
	s, _ := pyops.NewShard("4", "none")
	for _, key := range []string{"-7", "١٢", "10101010101010101010101010101010101010", "7.5"} {
		n, err := s.Of([]byte(key))
		fmt.Println(n, err)
	}
	_, err := pyops.NewShard("0", "none")
	fmt.Println(err)
	// Output:
	// 1 <nil>
	// 0 <nil>
	// 2 <nil>
	// 0 ValueError: invalid literal for int() with base 10: '7.5'
	// ValueError: parts must be at least one
}
