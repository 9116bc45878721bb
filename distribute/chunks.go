package distribute

import (
	"math/big"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// The errors of Parts and Batches, in Python's words: there is no single
// Python function for both, so each borrows its nearest precedent.
var (
	// errChunksItems is math.comb's message for a negative n.
	errChunksItems = pyerr.ValueError("n must be a non-negative integer")
	// errChunksParts is numpy.array_split's message for sections <= 0.
	errChunksParts = pyerr.ValueError("number sections must be larger than 0.")
	// errChunksSize is itertools.batched's message for n < 1 (Python
	// 3.12), with the batch size named size, since n is the item count.
	errChunksSize = pyerr.ValueError("size must be at least one")
	// errChunksNil is what range(None) raises.
	errChunksNil = pyerr.TypeError("'NoneType' object cannot be interpreted as an integer")
)

// Chunks divides the items 0, 1, ..., n-1 into consecutive half-open
// ranges [start, stop), numbered from 0: the chunks of Parts (n items
// spread over k workers) or of Batches (batches of a fixed size). A
// Chunks is a description, not a list: Chunk computes any chunk's bounds
// on demand, so n may be as large as T holds. The zero value has no
// items and no chunks.
type Chunks[T digits.Integer] struct {
	n, count T
	// Parts: every chunk has size items, the first extra one more.
	// Batches: every chunk has size items but the last, which has the
	// rest; extra is unused.
	size, extra T
	batches     bool
}

// Parts spreads n items over k chunks as numpy.array_split(range(n), k)
// does: q, r = divmod(n, k), the first r chunks get q + 1 items and the
// others q. There are always k chunks, so with k > n the last k - n are
// empty. n < 0 is the ValueError "n must be a non-negative integer"
// (math.comb's words), k < 1 numpy's "number sections must be larger
// than 0.", n first.
func Parts[T digits.Integer](n, k T) (Chunks[T], error) {
	if n < 0 {
		return Chunks[T]{}, errChunksItems
	}
	if k < 1 {
		return Chunks[T]{}, errChunksParts
	}
	return Chunks[T]{n: n, count: k, size: n / k, extra: n % k}, nil
}

// Batches cuts n items into batches of size items, the last one shorter
// when size does not divide n, as range(0, n, size) starts them: there
// are -(-n // size) of them, none when n is 0. n < 0 is the ValueError
// "n must be a non-negative integer", size < 1 "size must be at least
// one" (itertools.batched's words, Python 3.12), n first.
func Batches[T digits.Integer](n, size T) (Chunks[T], error) {
	if n < 0 {
		return Chunks[T]{}, errChunksItems
	}
	if size < 1 {
		return Chunks[T]{}, errChunksSize
	}
	count := n / size
	if n%size != 0 {
		count++ // cannot wrap: n/size < n when size > 1, and size 1 divides n
	}
	return Chunks[T]{n: n, count: count, size: size, batches: true}, nil
}

// Len returns the number of chunks.
func (c Chunks[T]) Len() T { return c.count }

// Items returns n, the number of items divided.
func (c Chunks[T]) Items() T { return c.n }

// Chunk returns the bounds of chunk i, the items start <= x < stop; its
// size is stop - start. Chunk is total: an i outside [0, Len()) is an
// empty chunk, (0, 0) before the first and (n, n) after the last. No
// bound is ever computed past n, so nothing wraps around.
func (c Chunks[T]) Chunk(i T) (start, stop T) {
	switch {
	case i < 0:
		return 0, 0
	case i >= c.count:
		return c.n, c.n
	case c.batches:
		// i < count = ceil(n/size), so i*size < n.
		start = i * c.size
		return start, start + min(c.size, c.n-start)
	}
	// i < k, so i*q + min(i, r) <= n.
	start = i*c.size + min(i, c.extra)
	stop = start + c.size
	if i < c.extra {
		stop++
	}
	return start, stop
}

// ChunksBig is Chunks for item counts of any size: the chunks of PartsBig
// or BatchesBig, computed on demand (n may be 10**4000 with one-item
// batches: the chunks are never listed).
type ChunksBig struct {
	n, count, size, extra big.Int
	batches               bool
}

// PartsBig is Parts for ints of any size. It copies n and k. A nil n or
// k is the TypeError range(None) raises.
func PartsBig(n, k *big.Int) (*ChunksBig, error) {
	switch {
	case n == nil || k == nil:
		return nil, errChunksNil
	case n.Sign() < 0:
		return nil, errChunksItems
	case k.Sign() < 1:
		return nil, errChunksParts
	}
	c := new(ChunksBig)
	c.n.Set(n)
	c.count.Set(k)
	c.size.QuoRem(n, k, &c.extra)
	return c, nil
}

// BatchesBig is Batches for ints of any size. It copies n and size. A nil
// n or size is the TypeError range(None) raises.
func BatchesBig(n, size *big.Int) (*ChunksBig, error) {
	switch {
	case n == nil || size == nil:
		return nil, errChunksNil
	case n.Sign() < 0:
		return nil, errChunksItems
	case size.Sign() < 1:
		return nil, errChunksSize
	}
	c := &ChunksBig{batches: true}
	c.n.Set(n)
	c.size.Set(size)
	var r big.Int
	c.count.QuoRem(n, size, &r)
	if r.Sign() != 0 {
		c.count.Add(&c.count, big.NewInt(1))
	}
	return c, nil
}

// Len returns the number of chunks, a new int.
func (c *ChunksBig) Len() *big.Int { return new(big.Int).Set(&c.count) }

// Items returns n, the number of items divided, a new int.
func (c *ChunksBig) Items() *big.Int { return new(big.Int).Set(&c.n) }

// Chunk returns the bounds of chunk i as new ints, as Chunks.Chunk does:
// an i outside [0, Len()) is an empty chunk, (0, 0) before the first (a
// nil i too) and (n, n) after the last.
func (c *ChunksBig) Chunk(i *big.Int) (start, stop *big.Int) {
	start, stop = new(big.Int), new(big.Int)
	c.chunkTo(start, stop, i)
	return start, stop
}

// chunkTo sets start and stop to chunk i's bounds.
func (c *ChunksBig) chunkTo(start, stop, i *big.Int) {
	switch {
	case i == nil || i.Sign() < 0:
		start.SetInt64(0)
		stop.SetInt64(0)
	case i.Cmp(&c.count) >= 0:
		start.Set(&c.n)
		stop.Set(&c.n)
	case c.batches:
		start.Mul(i, &c.size)
		stop.Add(start, &c.size)
		if stop.Cmp(&c.n) > 0 {
			stop.Set(&c.n)
		}
	default:
		start.Mul(i, &c.size)
		if i.Cmp(&c.extra) < 0 {
			start.Add(start, i)
			stop.Add(start, &c.size)
			stop.Add(stop, big.NewInt(1))
		} else {
			start.Add(start, &c.extra)
			stop.Add(start, &c.size)
		}
	}
}
