package pyops

import (
	"math/big"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
)

// MaxShardParts is the most parts a Shard divides keys into: one output
// file each, on the pyround command line.
const MaxShardParts = 1_000_000

var (
	errShardPartsLow  = pyerr.ValueError("parts must be at least one")
	errShardPartsHigh = pyerr.ValueError("parts must be at most 1000000 (pyround's limit)")
)

// Shard puts keys on shards as Python code does, so that a Go job and a
// Python job put every key on the same shard: Append prints, and Of
// returns, the shard of a key's text among Parts() parts under the hash
// (see distribute.ShardKey):
//
//	crc32   zlib.crc32(key.encode()) % K  (the default)
//	md5     int(hashlib.md5(key.encode()).hexdigest(), 16) % K
//	sha1    int(hashlib.sha1(key.encode()).hexdigest(), 16) % K
//	sha256  int(hashlib.sha256(key.encode()).hexdigest(), 16) % K
//	none    int(key) % K, floor modulo: "-7" with K = 3 is shard 2
//
// A key is hashed byte for byte (white space included); under none it is
// read as int() reads it, at any size, and a text int() refuses is
// int()'s ValueError (invalid literal for int() with base 10: '1.5').
// Nothing is allocated per key, except under none for a key past the
// int64 range. A Shard holds scratch space: use one per goroutine.
type Shard struct {
	parts   int
	hash    distribute.Hash
	scratch big.Int
}

// NewShard returns the Shard for K parts, read from the text parts as
// int() reads it, and the hash named hash (crc32, md5, sha1, sha256 or
// none). parts is read first: int()'s ValueError for a bad text, then
// "parts must be at least one" below 1 and "parts must be at most 1000000
// (pyround's limit)" above MaxShardParts; an unknown hash is a ValueError
// naming the choices.
func NewShard(parts, hash string) (*Shard, error) {
	var z big.Int
	k, b, err := pyparse.Int(parts, &z)
	switch {
	case err != nil:
		return nil, err
	case b != nil && b.Sign() < 0, b == nil && k < 1:
		return nil, errShardPartsLow
	case b != nil, k > MaxShardParts:
		return nil, errShardPartsHigh
	}
	h, err := distribute.ParseHash(hash)
	if err != nil {
		return nil, err
	}
	return &Shard{parts: int(k), hash: h}, nil
}

// Parts returns K, the number of shards: Of returns 0 to K-1.
func (s *Shard) Parts() int { return s.parts }

// Hash returns the hash the Shard applies to keys.
func (s *Shard) Hash() distribute.Hash { return s.hash }

// Of returns the shard of key, in [0, Parts()), or, under none, int()'s
// ValueError for a key that is no int.
func (s *Shard) Of(key []byte) (int, error) {
	if s.hash != distribute.IntKey {
		return distribute.ShardKey(key, s.hash, s.parts)
	}
	small, b, err := pyparse.Int(key, &s.scratch)
	switch {
	case err != nil:
		return 0, err
	case b != nil:
		return distribute.ShardBig(b, s.parts)
	}
	return distribute.ShardInt(small, s.parts)
}

// Append appends the shard of key as print() shows it, or returns dst
// unchanged and the error of Of.
func (s *Shard) Append(dst, key []byte) ([]byte, error) {
	n, err := s.Of(key)
	if err != nil {
		return dst, err
	}
	return pyfmt.AppendInt(dst, n), nil
}

// OfRow returns the shard of row number row (0-based) when rows are
// placed by their position rather than a key: row % K, never negative
// (Python's floor modulo, as distribute.ShardInt computes it).
func (s *Shard) OfRow(row int) int {
	n, _ := distribute.ShardInt(row, s.parts) // s.parts >= 1: no error
	return n
}

// AppendRow appends OfRow(row) as print() shows it.
func (s *Shard) AppendRow(dst []byte, row int) []byte {
	return pyfmt.AppendInt(dst, s.OfRow(row))
}
