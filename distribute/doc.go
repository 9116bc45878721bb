// Package distribute puts values into bins, time buckets, shards and
// chunks with Python 3.11's floor semantics, on Go's integer types,
// *big.Int, float64, shopspring decimals and time.Time, failing with
// Python's exceptions (*pyerr.Error) where Python fails and never
// panicking or wrapping around.
//
// # Floor semantics against truncation
//
// Every function here rounds a quotient as Python's // does: toward
// negative infinity. Go's / and % truncate toward zero, which puts the
// values on both sides of zero into one bin twice as wide:
//
//	Python                  Go                         distribute
//	-1 // 10 == -1          -1 / 10 == 0               BinInt(-1, 10, 0).Index == -1
//	-1 % 10 == 9            -1 % 10 == -1              (Lower -10, Upper 0)
//
// Where a Go integer type cannot hold Python's answer (math.MinInt64 //
// -1, an edge past math.MaxInt64) the result is an OverflowError naming
// what does not fit, never a wrapped value. A zero width is Python's
// ZeroDivisionError; a count of parts or a batch size below one is a
// ValueError.
//
// # Bins
//
// A bin of width w starting at origin o holds the x with the same index
//
//	idx = (x - o) // w,   lower = o + idx*w,   upper = lower + w
//
// BinInt (every Go integer type), BinBig, BinFloat and BinDecimal return
// the index and both edges as Edges. The integer functions are exact;
// BinFloat is bit for bit Python's float arithmetic, so that
// BinFloat(0.7, 0.1, 0) has Lower 0.6000000000000001 (0.7 // 0.1 is 6.0 in
// Python); BinDecimal is exact floor binning, so BinDecimal(0.7, 0.1, 0)
// has Lower 0.7 and every x lies in [Lower, Upper) (for a negative width
// the interval is mirrored: Upper < x <= Lower):
//
//	e, err := distribute.BinInt(-7, 5, 0)   // {Index: -2, Lower: -10, Upper: -5}
//
// # Time buckets
//
// TimeBucket(t, origin time.Time, width time.Duration) (TimeEdges, error)
// puts an instant into the bucket of the given width counted from origin:
// TimeEdges{Index int64; Lower, Upper time.Time}, with the index floored,
// so an instant before origin is in bucket -1, not 0:
//
//	b, err := distribute.TimeBucket(t, origin, 15*time.Minute)
//
// # Shards
//
// ShardInt[T digits.Integer](key T, parts int) (int, error) and
// ShardBig(key *big.Int, parts int) (int, error) are Python's key % parts:
// a negative key goes to a shard in [0, parts), as Python's % puts it, not
// to the negative remainder Go's % gives. ShardKey(key []byte, h Hash,
// parts int) (int, error) shards any bytes by a digest, as Python code
// does: CRC32 is zlib.crc32(key) % parts; MD5, SHA1 and SHA256 are
// int(hashlib.NAME(key).hexdigest(), 16) % parts; IntKey reads the key as
// int() does and takes key % parts. So a Go job and a Python job put each
// key in the same shard:
//
//	s, err := distribute.ShardInt(-7, 3)   // 2, as -7 % 3 == 2 in Python
//
// # Chunks
//
// Parts[T digits.Integer](n, k T) (Chunks[T], error) splits n items into k
// parts as numpy.array_split does (q, r = divmod(n, k): the first r parts
// have q + 1 items), and Batches[T digits.Integer](n, size T) (Chunks[T], error) into
// batches of size items, the last one possibly shorter; counts are
// Python's ceiling division -(-n // size), exact where
// math.Ceil(float64(n)/float64(size)) is not. PartsBig and BatchesBig take
// *big.Int:
//
//	c, err := distribute.Batches(10, 4)   // sizes 4, 4, 2
package distribute
