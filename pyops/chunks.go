package pyops

import (
	"math/big"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

var (
	errChunkIndex = pyerr.New("IndexError", "range object index out of range")
	chunksOne     = big.NewInt(1)
)

// Chunks lists the chunks of N items, one at a time, as pyround chunks
// prints them: spread over K workers as numpy.array_split does
// (NewChunkParts) or in batches of S (NewChunkBatches); see
// distribute.Parts and distribute.Batches. N, K and S are Python ints of
// any size, read as int() reads them.
//
// A Chunks is a cursor, so that any number of chunks streams in constant
// memory and the caller can stop at any point (a closed pipe):
//
//	c, err := pyops.NewChunkBatches("10", "4")
//	for c.Next() {
//		buf = c.AppendLine(buf[:0]) // "0 0 4", "1 4 8", "2 8 10"
//		buf = append(buf, '\n')
//		...
//	}
//
// The lines are "INDEX START STOP" (half-open, 0-based). The JSON output
// is "[" + the AppendJSON objects joined by ", " + "]" ("[]" for no
// chunks), which is byte for byte Python's json.dumps of the list of
// {"index", "start", "stop", "size"} dicts.
//
// Every number printed is at most N or K, and int() reads neither with
// more than 4300 digits (its ValueError), so no number printed reaches
// the 4300-digit limit of Python's str() of an int: the output is
// Python's at every size it can read. Up to the int64 range nothing is
// allocated per chunk.
type Chunks struct {
	small distribute.Chunks[int64]
	big   *distribute.ChunksBig // nil when N and K fit an int64
	i     int64                 // current chunk; -1 before the first
	bi    big.Int               // the same, when big != nil
	count big.Int               // big.Len(), when big != nil
	// the current chunk's bounds, when big != nil
	start, stop, size *big.Int
}

// NewChunkParts returns the chunks of n items over k workers, both read
// as int() reads them, n first. n < 0 is the ValueError "n must be a
// non-negative integer", k < 1 numpy's "number sections must be larger
// than 0.".
func NewChunkParts(n, k string) (*Chunks, error) {
	return newChunks(n, k, distribute.Parts[int64], distribute.PartsBig)
}

// NewChunkBatches returns the batches of size items of n items, both read
// as int() reads them, n first. n < 0 is the ValueError "n must be a
// non-negative integer", size < 1 "size must be at least one".
func NewChunkBatches(n, size string) (*Chunks, error) {
	return newChunks(n, size, distribute.Batches[int64], distribute.BatchesBig)
}

func newChunks(n, k string, small func(n, k int64) (distribute.Chunks[int64], error),
	huge func(n, k *big.Int) (*distribute.ChunksBig, error)) (*Chunks, error) {
	var zn, zk big.Int
	ns, nb, err := pyparse.Int(n, &zn)
	if err != nil {
		return nil, err
	}
	ks, kb, err := pyparse.Int(k, &zk)
	if err != nil {
		return nil, err
	}
	c := &Chunks{i: -1}
	if nb == nil && kb == nil {
		c.small, err = small(ns, ks)
		return c, err
	}
	if nb == nil {
		nb = zn.SetInt64(ns)
	}
	if kb == nil {
		kb = zk.SetInt64(ks)
	}
	if c.big, err = huge(nb, kb); err != nil {
		return nil, err
	}
	c.bi.SetInt64(-1)
	c.count.Set(c.big.Len())
	return c, nil
}

// AppendLen appends the number of chunks: K for parts, -(-N // S) for
// batches.
func (c *Chunks) AppendLen(dst []byte) []byte {
	if c.big != nil {
		return pyfmt.AppendBigInt(dst, &c.count)
	}
	return pyfmt.AppendInt(dst, c.small.Len())
}

// Next moves to the next chunk, the first on the first call, and reports
// whether there is one; after the last it returns false, and keeps doing
// so.
func (c *Chunks) Next() bool {
	if c.big == nil {
		if c.i >= c.small.Len()-1 { // never wraps: -1 <= i <= Len() <= MaxInt64
			c.i = c.small.Len()
			return false
		}
		c.i++
		return true
	}
	if c.bi.Cmp(&c.count) >= 0 {
		return false
	}
	c.bi.Add(&c.bi, chunksOne)
	if c.bi.Cmp(&c.count) == 0 {
		return false
	}
	c.load()
	return true
}

// Seek makes chunk i the current one, i read as int() reads it and taken
// as Python takes a list index: -1 is the last chunk. Outside the chunks
// it is range()'s IndexError (range object index out of range) and
// nothing changes. The following Next moves to chunk i + 1.
func (c *Chunks) Seek(i string) error {
	var z big.Int
	is, ib, err := pyparse.Int(i, &z)
	if err != nil {
		return err
	}
	if c.big == nil {
		n := c.small.Len()
		if ib != nil || is < -n || is >= n { // -n never overflows: n >= 0
			return errChunkIndex
		}
		if is < 0 {
			is += n
		}
		c.i = is
		return nil
	}
	if ib == nil {
		ib = z.SetInt64(is)
	}
	if ib.Sign() < 0 {
		ib.Add(ib, &c.count)
	}
	if ib.Sign() < 0 || ib.Cmp(&c.count) >= 0 {
		return errChunkIndex
	}
	c.bi.Set(ib)
	c.load()
	return nil
}

// load computes the current chunk's bounds on the big path.
func (c *Chunks) load() {
	c.start, c.stop = c.big.Chunk(&c.bi)
	if c.size == nil {
		c.size = new(big.Int)
	}
	c.size.Sub(c.stop, c.start)
}

// current reports whether there is a current chunk: Next returned true,
// or Seek succeeded.
func (c *Chunks) current() bool {
	if c.big == nil {
		return c.i >= 0 && c.i < c.small.Len()
	}
	return c.bi.Sign() >= 0 && c.start != nil && c.bi.Cmp(&c.count) < 0
}

// AppendLine appends the current chunk's line, "INDEX START STOP"
// without a line end ("0 0 4"), or nothing when there is no current
// chunk (before the first Next, after the last).
func (c *Chunks) AppendLine(dst []byte) []byte {
	if !c.current() {
		return dst
	}
	if c.big != nil {
		dst = append(pyfmt.AppendBigInt(dst, &c.bi), ' ')
		dst = append(pyfmt.AppendBigInt(dst, c.start), ' ')
		return pyfmt.AppendBigInt(dst, c.stop)
	}
	start, stop := c.small.Chunk(c.i)
	dst = append(pyfmt.AppendInt(dst, c.i), ' ')
	dst = append(pyfmt.AppendInt(dst, start), ' ')
	return pyfmt.AppendInt(dst, stop)
}

// AppendJSON appends the current chunk's object as Python's json.dumps
// writes it, {"index": 0, "start": 0, "stop": 4, "size": 4}, or nothing
// when there is no current chunk.
func (c *Chunks) AppendJSON(dst []byte) []byte {
	if !c.current() {
		return dst
	}
	if c.big != nil {
		dst = pyfmt.AppendBigInt(append(dst, `{"index": `...), &c.bi)
		dst = pyfmt.AppendBigInt(append(dst, `, "start": `...), c.start)
		dst = pyfmt.AppendBigInt(append(dst, `, "stop": `...), c.stop)
		return append(pyfmt.AppendBigInt(append(dst, `, "size": `...), c.size), '}')
	}
	start, stop := c.small.Chunk(c.i)
	dst = pyfmt.AppendInt(append(dst, `{"index": `...), c.i)
	dst = pyfmt.AppendInt(append(dst, `, "start": `...), start)
	dst = pyfmt.AppendInt(append(dst, `, "stop": `...), stop)
	return append(pyfmt.AppendInt(append(dst, `, "size": `...), stop-start), '}')
}
