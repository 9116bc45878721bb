package distribute_test

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/distribute"
)

// An int key's shard is Python's key % parts: never negative.
func ExampleShardInt() {
	s, _ := distribute.ShardInt(-7, 3) // -7 % 3
	fmt.Println(s)
	_, err := distribute.ShardInt(7, 0)
	fmt.Println(err)
	// Output:
	// 2
	// ValueError: parts must be at least one
}

func ExampleShardBig() {
	key := new(big.Int).Lsh(big.NewInt(-1), 70) // -2**70
	s, _ := distribute.ShardBig(key, 10)
	fmt.Println(s)
	// Output: 6
}

// A text key lands where Python's zlib.crc32(key.encode()) % 8 and
// int(hashlib.sha256(key.encode()).hexdigest(), 16) % 8 put it.
func ExampleShardKey() {
	for _, key := range []string{"user-42", "é", ""} {
		c, _ := distribute.ShardKey([]byte(key), distribute.CRC32, 8)
		m, _ := distribute.ShardKey([]byte(key), distribute.MD5, 8)
		s, _ := distribute.ShardKey([]byte(key), distribute.SHA256, 8)
		fmt.Printf("%q crc32 %d md5 %d sha256 %d\n", key, c, m, s)
	}
	i, _ := distribute.ShardKey([]byte(" -7 "), distribute.IntKey, 3) // int(" -7 ") % 3
	fmt.Println(i)
	// Output:
	// "user-42" crc32 3 md5 3 sha256 7
	// "é" crc32 6 md5 7 sha256 4
	// "" crc32 0 md5 6 sha256 5
	// 2
}

func ExampleParseHash() {
	h, _ := distribute.ParseHash("sha1")
	fmt.Println(h == distribute.SHA1)
	_, err := distribute.ParseHash("sha512")
	fmt.Println(err)
	// Output:
	// true
	// ValueError: unknown hash 'sha512'; want crc32, md5, sha1, sha256 or none
}
