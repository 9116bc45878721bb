package distribute_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/internal/proptest"
)

// The expected chunks are Python's, printed by the oracle's chunksall
// (internal/oracle/shardops.py: numpy.array_split's cumulative sums and
// range() slices), e.g. "parts 10 3" gives 0 0 4, 1 4 7, 2 7 10.
func TestChunksTable(t *testing.T) {
	for _, c := range []struct {
		name string
		c    func() (distribute.Chunks[int], error)
		want [][2]int
	}{
		{"parts 10 3", func() (distribute.Chunks[int], error) { return distribute.Parts(10, 3) }, [][2]int{{0, 4}, {4, 7}, {7, 10}}},
		{"parts 3 5", func() (distribute.Chunks[int], error) { return distribute.Parts(3, 5) }, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 3}, {3, 3}}},
		{"parts 0 2", func() (distribute.Chunks[int], error) { return distribute.Parts(0, 2) }, [][2]int{{0, 0}, {0, 0}}},
		{"batches 10 4", func() (distribute.Chunks[int], error) { return distribute.Batches(10, 4) }, [][2]int{{0, 4}, {4, 8}, {8, 10}}},
		{"batches 10 20", func() (distribute.Chunks[int], error) { return distribute.Batches(10, 20) }, [][2]int{{0, 10}}},
		{"batches 3 1", func() (distribute.Chunks[int], error) { return distribute.Batches(3, 1) }, [][2]int{{0, 1}, {1, 2}, {2, 3}}},
		{"batches 0 5", func() (distribute.Chunks[int], error) { return distribute.Batches(0, 5) }, nil},
	} {
		ch, err := c.c()
		if err != nil || ch.Len() != len(c.want) {
			t.Errorf("%s: Len %d, %v", c.name, ch.Len(), err)
			continue
		}
		for i, w := range c.want {
			if a, b := ch.Chunk(i); a != w[0] || b != w[1] {
				t.Errorf("%s: chunk %d = [%d, %d), want %v", c.name, i, a, b, w)
			}
		}
		if a, b := ch.Chunk(-1); a != 0 || b != 0 {
			t.Errorf("%s: chunk -1 = [%d, %d)", c.name, a, b)
		}
		if a, b := ch.Chunk(len(c.want)); a != ch.Items() || b != ch.Items() {
			t.Errorf("%s: chunk past the end = [%d, %d)", c.name, a, b)
		}
	}
}

func TestChunksErrors(t *testing.T) {
	check := func(name string, err error, want string) {
		t.Helper()
		if err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %s", name, err, want)
		}
	}
	const items = "ValueError: n must be a non-negative integer"
	const sections = "ValueError: number sections must be larger than 0."
	const size = "ValueError: size must be at least one"
	_, err := distribute.Parts(-1, 0)
	check("Parts(-1, 0)", err, items)
	_, err = distribute.Parts(5, 0)
	check("Parts(5, 0)", err, sections)
	_, err = distribute.Parts(5, -3)
	check("Parts(5, -3)", err, sections)
	_, err = distribute.Parts[uint](5, 0)
	check("Parts[uint](5, 0)", err, sections)
	_, err = distribute.Batches(-1, 0)
	check("Batches(-1, 0)", err, items)
	_, err = distribute.Batches(int8(5), 0)
	check("Batches(5, 0)", err, size)
	_, err = distribute.PartsBig(big.NewInt(-1), big.NewInt(3))
	check("PartsBig(-1, 3)", err, items)
	_, err = distribute.PartsBig(big.NewInt(1), big.NewInt(0))
	check("PartsBig(1, 0)", err, sections)
	_, err = distribute.BatchesBig(big.NewInt(1), big.NewInt(-1))
	check("BatchesBig(1, -1)", err, size)
	_, err = distribute.BatchesBig(nil, big.NewInt(1))
	check("BatchesBig(nil, 1)", err, "TypeError: 'NoneType' object cannot be interpreted as an integer")
	_, err = distribute.PartsBig(big.NewInt(1), nil)
	check("PartsBig(1, nil)", err, "TypeError: 'NoneType' object cannot be interpreted as an integer")
}

// TestChunksEdges checks bounds at the top of the types, where a naive
// start + size wraps around (expected values from python3: the chunks of
// range(0, 2**63-1, 2**63-2), range(0, 255, 200), divmod(127, 127)).
func TestChunksEdges(t *testing.T) {
	b, err := distribute.Batches[int64](math.MaxInt64, math.MaxInt64-1)
	if err != nil || b.Len() != 2 {
		t.Fatalf("Batches(MaxInt64, MaxInt64-1): Len %d, %v", b.Len(), err)
	}
	if s, e := b.Chunk(1); s != math.MaxInt64-1 || e != math.MaxInt64 {
		t.Errorf("last batch [%d, %d)", s, e)
	}
	u, err := distribute.Batches[uint8](255, 200)
	if s, e := u.Chunk(1); err != nil || u.Len() != 2 || s != 200 || e != 255 {
		t.Errorf("Batches[uint8](255, 200): chunk 1 [%d, %d), Len %d, %v", s, e, u.Len(), err)
	}
	p, err := distribute.Parts[int8](127, 127)
	if s, e := p.Chunk(126); err != nil || s != 126 || e != 127 {
		t.Errorf("Parts[int8](127, 127): chunk 126 [%d, %d), %v", s, e, err)
	}
	var zero distribute.Chunks[int]
	if s, e := zero.Chunk(0); zero.Len() != 0 || s != 0 || e != 0 {
		t.Errorf("zero Chunks: Len %d, chunk 0 [%d, %d)", zero.Len(), s, e)
	}
}

// checkChunks walks every chunk: they tile [0, n) in order, and their
// sizes are those of parts (q+1 then q, r of them q+1) or batches (size
// but the last, which is in (0, size]).
func checkChunks(c distribute.Chunks[int64], n, k int64, batches bool) bool {
	var at int64
	for i := int64(0); i < c.Len(); i++ {
		s, e := c.Chunk(i)
		if s != at || e < s {
			return false
		}
		size := e - s
		if batches && (size != k && (i != c.Len()-1 || size == 0 || size > k)) {
			return false
		}
		if !batches && size != n/k+map[bool]int64{true: 1}[i < n%k] {
			return false
		}
		at = e
	}
	return at == n && (batches && c.Len() == (n+k-1)/k || !batches && c.Len() == k)
}

func TestPropertyChunks(t *testing.T) {
	props := proptest.Properties(t, 20000)
	small := gen.Int64Range(0, 300)
	props.Property("Parts tile [0, n), sizes differ by at most one", prop.ForAll(
		func(n, k int64) bool {
			c, err := distribute.Parts(n, k)
			return err == nil && checkChunks(c, n, k, false)
		}, small, gen.Int64Range(1, 320)))
	props.Property("Batches tile [0, n), all size but the last", prop.ForAll(
		func(n, s int64) bool {
			c, err := distribute.Batches(n, s)
			return err == nil && checkChunks(c, n, s, true)
		}, small, gen.Int64Range(1, 320)))
	props.Property("the int64 and big chunkings agree, any chunk", prop.ForAll(
		func(n, k, i int64, batches bool) bool {
			var c distribute.Chunks[int64]
			var cb *distribute.ChunksBig
			var err, errb error
			if batches {
				c, err = distribute.Batches(n, k)
				cb, errb = distribute.BatchesBig(big.NewInt(n), big.NewInt(k))
			} else {
				c, err = distribute.Parts(n, k)
				cb, errb = distribute.PartsBig(big.NewInt(n), big.NewInt(k))
			}
			if err != nil || errb != nil || cb.Len().Int64() != c.Len() || cb.Items().Int64() != n {
				return false
			}
			i %= c.Len() + 1
			s, e := c.Chunk(i)
			sb, eb := cb.Chunk(big.NewInt(i))
			// the chunk is whole: its neighbours meet it
			_, prevStop := c.Chunk(i - 1)
			nextStart, _ := c.Chunk(i + 1)
			return sb.Int64() == s && eb.Int64() == e && (i == 0 || prevStop == s) && (i+1 >= c.Len() || nextStart == e) &&
				s >= 0 && e <= n
		}, gen.Int64Range(0, math.MaxInt64), gen.OneGenOf(gen.Int64Range(1, math.MaxInt64), gen.Int64Range(1, 1000)),
		gen.Int64Range(0, math.MaxInt64), gen.Bool()))
	props.Property("big chunkings past int64: sizes sum to n at the ends", prop.ForAll(
		func(n, k *big.Int, batches bool) bool {
			n.Abs(n)
			k.Abs(k).Add(k, big.NewInt(1))
			var c *distribute.ChunksBig
			var err error
			if batches {
				c, err = distribute.BatchesBig(n, k)
			} else {
				c, err = distribute.PartsBig(n, k)
			}
			if err != nil {
				return false
			}
			last := new(big.Int).Sub(c.Len(), big.NewInt(1))
			s0, _ := c.Chunk(big.NewInt(0))
			sl, el := c.Chunk(last)
			if c.Len().Sign() == 0 {
				return n.Sign() == 0 && batches
			}
			// parts: chunk i starts at i*q + min(i, r); batches at i*k
			var want big.Int
			if batches {
				want.Mul(last, k)
			} else {
				q, r := new(big.Int).QuoRem(n, k, new(big.Int))
				want.Mul(last, q)
				if r.Cmp(last) < 0 {
					want.Add(&want, r)
				} else {
					want.Add(&want, last)
				}
			}
			return s0.Sign() == 0 && el.Cmp(n) == 0 && sl.Cmp(&want) == 0
		}, genBig(), genBig(), gen.Bool()))
	props.TestingRun(t)
}
