package distribute

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"hash/crc32"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
)

// errShardParts is the error for a number of parts below one: a shard
// number is key % parts, and Python's % by zero or by a negative number
// is no shard (ZeroDivisionError, or a negative remainder).
var errShardParts = pyerr.ValueError("parts must be at least one")

// errShardNilKey is what Python raises for None % parts.
var errShardNilKey = pyerr.TypeError("unsupported operand type(s) for %: 'NoneType' and 'int'")

// ShardInt returns Python's key % parts: the shard in [0, parts) of an int
// key, floor modulo, so a negative key is never a negative shard (-7 with
// 3 parts is shard 2). parts < 1 is a ValueError (parts must be at least
// one). Every key of every integer type is exact: there is no conversion
// that wraps around.
func ShardInt[T digits.Integer](key T, parts int) (int, error) {
	if parts < 1 {
		return 0, errShardParts
	}
	if key >= 0 {
		return int(uint64(key) % uint64(parts)), nil
	}
	// key < 0 only for signed T, so int64(key) is exact; parts > 0, so
	// the truncated remainder is in (-parts, 0].
	m := int64(key) % int64(parts)
	if m < 0 {
		m += int64(parts)
	}
	return int(m), nil
}

// ShardBig returns Python's key % parts for an int key of any size: the
// shard in [0, parts), floor modulo as ShardInt. It allocates nothing.
// parts < 1 is a ValueError; a nil key is the TypeError Python raises for
// None % parts.
func ShardBig(key *big.Int, parts int) (int, error) {
	if parts < 1 {
		return 0, errShardParts
	}
	if key == nil {
		return 0, errShardNilKey
	}
	// |key| mod parts, most significant word first: r < parts always, so
	// (r, w) / parts never overflows.
	p := uint64(parts)
	var r uint64
	words := key.Bits()
	for i := len(words) - 1; i >= 0; i-- {
		w := uint64(words[i])
		if bits.UintSize == 32 {
			// big.Word is 32 bits: fold in 32 bits at a time.
			_, r = bits.Div64(r>>32, r<<32|w, p)
			continue
		}
		_, r = bits.Div64(r, w, p)
	}
	if key.Sign() < 0 && r != 0 {
		r = p - r
	}
	return int(r), nil
}

// Hash is the function that turns a key's bytes into its shard: the hash
// whose value, as a Python int, is taken modulo the number of parts. The
// zero value is CRC32, the default.
type Hash uint8

const (
	// CRC32 is zlib.crc32(key) % parts (the IEEE CRC-32 of
	// hash/crc32.ChecksumIEEE, which is what zlib computes).
	CRC32 Hash = iota
	// MD5 is int(hashlib.md5(key).hexdigest(), 16) % parts.
	MD5
	// SHA1 is int(hashlib.sha1(key).hexdigest(), 16) % parts.
	SHA1
	// SHA256 is int(hashlib.sha256(key).hexdigest(), 16) % parts.
	SHA256
	// IntKey hashes nothing: the key is the text of a Python int, and the
	// shard is int(key) % parts (the name "none" on the command line).
	IntKey
)

// hashNames are the names ParseHash reads and String writes, by Hash.
var hashNames = [...]string{CRC32: "crc32", MD5: "md5", SHA1: "sha1", SHA256: "sha256", IntKey: "none"}

// ParseHash reads a hash name: crc32, md5, sha1, sha256, or none (IntKey).
// Anything else is a ValueError naming the choices.
func ParseHash(name string) (Hash, error) {
	for h, n := range hashNames {
		if n == name {
			return Hash(h), nil
		}
	}
	return 0, pyerr.ValueError("unknown hash '" + name + "'; want crc32, md5, sha1, sha256 or none")
}

// String returns the hash's name, as ParseHash reads it, or "Hash(N)" for
// a value that is none of the constants.
func (h Hash) String() string {
	if int(h) < len(hashNames) {
		return hashNames[h]
	}
	return "Hash(" + strconv.Itoa(int(h)) + ")"
}

// ShardKey returns the shard in [0, parts) of a key's bytes under h, the
// number Python computes for the str key whose UTF-8 encoding the bytes
// are (key.encode()):
//
//	CRC32   zlib.crc32(key.encode()) % parts
//	MD5     int(hashlib.md5(key.encode()).hexdigest(), 16) % parts
//	SHA1    int(hashlib.sha1(key.encode()).hexdigest(), 16) % parts
//	SHA256  int(hashlib.sha256(key.encode()).hexdigest(), 16) % parts
//	IntKey  int(key) % parts
//
// The bytes are hashed as they are (bytes that are not UTF-8 included: a
// Python str never holds them). A digest's int is its bytes read big-endian,
// so its remainder is taken word by word, without building the int. The
// hashes allocate nothing; IntKey reads the key as int() does (white
// space, underscores, Unicode digits; int()'s ValueError for anything
// else, or for more than 4300 digits) and allocates only for a key past
// the int64 range. parts < 1 is a ValueError, and so is an h that is none
// of the constants.
func ShardKey(key []byte, h Hash, parts int) (int, error) {
	if parts < 1 {
		return 0, errShardParts
	}
	switch h {
	case CRC32:
		return int(uint64(crc32.ChecksumIEEE(key)) % uint64(parts)), nil
	case MD5:
		d := md5.Sum(key)
		return shardDigest(d[:], uint64(parts)), nil
	case SHA1:
		d := sha1.Sum(key)
		return shardDigest(d[:], uint64(parts)), nil
	case SHA256:
		d := sha256.Sum256(key)
		return shardDigest(d[:], uint64(parts)), nil
	case IntKey:
		small, b, err := pyparse.Int(key, nil)
		switch {
		case err != nil:
			return 0, err
		case b != nil:
			return ShardBig(b, parts)
		}
		return ShardInt(small, parts)
	}
	return 0, pyerr.ValueError("unknown hash " + h.String())
}

// shardDigest returns the big-endian number d modulo p (p >= 1): the
// leading len(d) % 8 bytes first, then 64 bits at a time, the remainder
// r < p carried as the high word of each two-word division.
func shardDigest(d []byte, p uint64) int {
	var r uint64
	head := len(d) % 8
	for _, b := range d[:head] {
		r = r<<8 | uint64(b)
	}
	r %= p
	for i := head; i < len(d); i += 8 {
		_, r = bits.Div64(r, binary.BigEndian.Uint64(d[i:]), p)
	}
	return int(r)
}
