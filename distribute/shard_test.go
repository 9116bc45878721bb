package distribute_test

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"hash/crc32"
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/internal/proptest"
)

// The expected shards are Python's: python3 -c 'print(-7 % 3, ...)', and
// for the hashes the expressions of ShardKey's documentation.
func TestShardIntTable(t *testing.T) {
	for _, c := range []struct {
		key   int64
		parts int
		want  int
	}{
		{-7, 3, 2}, {7, 3, 1}, {0, 3, 0}, {-1, 1, 0}, {-1, 1000000, 999999},
		{math.MinInt64, 1000000, 224192}, {math.MaxInt64, 1000000, 775807},
		{math.MinInt64, math.MaxInt64, 9223372036854775806}, {-3, 3, 0},
	} {
		got, err := distribute.ShardInt(c.key, c.parts)
		if err != nil || got != c.want {
			t.Errorf("ShardInt(%d, %d) = %d, %v; want %d", c.key, c.parts, got, err, c.want)
		}
		gotBig, err := distribute.ShardBig(big.NewInt(c.key), c.parts)
		if err != nil || gotBig != c.want {
			t.Errorf("ShardBig(%d, %d) = %d, %v; want %d", c.key, c.parts, gotBig, err, c.want)
		}
	}
	// (2**64 - 1) % 1000 == 615; (-2**128) % 999983 == 111961 in Python
	if got, err := distribute.ShardInt(uint64(math.MaxUint64), 1000); err != nil || got != 615 {
		t.Errorf("ShardInt(MaxUint64, 1000) = %d, %v", got, err)
	}
	if got, err := distribute.ShardInt(int8(-128), 7); err != nil || got != 5 {
		t.Errorf("ShardInt(int8(-128), 7) = %d, %v", got, err)
	}
	neg := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 128))
	if got, err := distribute.ShardBig(neg, 999983); err != nil || got != 111961 {
		t.Errorf("ShardBig(-2**128, 999983) = %d, %v", got, err)
	}
}

func TestShardErrors(t *testing.T) {
	const low = "ValueError: parts must be at least one"
	for _, parts := range []int{0, -1, math.MinInt} {
		_, e1 := distribute.ShardInt(5, parts)
		_, e2 := distribute.ShardBig(big.NewInt(5), parts)
		_, e3 := distribute.ShardKey([]byte("k"), distribute.SHA256, parts)
		for _, err := range []error{e1, e2, e3} {
			if err == nil || err.Error() != low {
				t.Errorf("parts %d: %v", parts, err)
			}
		}
	}
	if _, err := distribute.ShardBig(nil, 3); err == nil ||
		err.Error() != "TypeError: unsupported operand type(s) for %: 'NoneType' and 'int'" {
		t.Errorf("ShardBig(nil): %v", err)
	}
	if _, err := distribute.ShardKey([]byte("k"), distribute.Hash(9), 3); err == nil || err.Error() != "ValueError: unknown hash Hash(9)" {
		t.Errorf("Hash(9): %v", err)
	}
	if _, err := distribute.ShardKey([]byte("1.5"), distribute.IntKey, 3); err == nil ||
		err.Error() != "ValueError: invalid literal for int() with base 10: '1.5'" {
		t.Errorf("IntKey 1.5: %v", err)
	}
}

func TestParseHash(t *testing.T) {
	for _, h := range []distribute.Hash{distribute.CRC32, distribute.MD5, distribute.SHA1, distribute.SHA256, distribute.IntKey} {
		back, err := distribute.ParseHash(h.String())
		if err != nil || back != h {
			t.Errorf("ParseHash(%q) = %v, %v", h.String(), back, err)
		}
	}
	for _, bad := range []string{"", "CRC32", "sha512", "None"} {
		if _, err := distribute.ParseHash(bad); err == nil ||
			err.Error() != "ValueError: unknown hash '"+bad+"'; want crc32, md5, sha1, sha256 or none" {
			t.Errorf("ParseHash(%q): %v", bad, err)
		}
	}
}

// bigMod is Python's a % m for m > 0: big.Int's Mod is Euclidean, which
// for a positive modulus is the floor remainder.
func bigMod(a *big.Int, m int) int {
	return int(new(big.Int).Mod(a, big.NewInt(int64(m))).Int64())
}

func genParts() gopter.Gen {
	return gen.OneGenOf(gen.IntRange(1, 10), gen.IntRange(1, 1_000_000), gen.IntRange(1, math.MaxInt),
		gen.OneConstOf(1, 2, 3, 1_000_000, math.MaxInt, math.MaxInt-1, 1<<32, 1<<32+1))
}

func genBig() gopter.Gen {
	return gopter.CombineGens(gen.SliceOf(gen.UInt8()), gen.Bool()).Map(func(v []any) *big.Int {
		x := new(big.Int).SetBytes(v[0].([]byte))
		if v[1].(bool) {
			x.Neg(x)
		}
		return x
	})
}

func TestPropertyShard(t *testing.T) {
	props := proptest.Properties(t, 20000)
	props.Property("ShardInt is Python's %, in [0, parts), at every width", prop.ForAll(
		func(a int64, u uint64, parts int) bool {
			in := func(s int, err error, want *big.Int) bool {
				return err == nil && s >= 0 && s < parts && s == bigMod(want, parts)
			}
			s64, e64 := distribute.ShardInt(a, parts)
			s8, e8 := distribute.ShardInt(int8(a), parts)
			s32, e32 := distribute.ShardInt(int32(a), parts)
			su, eu := distribute.ShardInt(u, parts)
			su16, eu16 := distribute.ShardInt(uint16(u), parts)
			return in(s64, e64, big.NewInt(a)) && in(s8, e8, big.NewInt(int64(int8(a)))) &&
				in(s32, e32, big.NewInt(int64(int32(a)))) && in(su, eu, new(big.Int).SetUint64(u)) &&
				in(su16, eu16, big.NewInt(int64(uint16(u))))
		}, gen.Int64(), gen.UInt64(), genParts()))
	props.Property("ShardBig is Python's %, in [0, parts)", prop.ForAll(
		func(x *big.Int, parts int) bool {
			s, err := distribute.ShardBig(x, parts)
			return err == nil && s >= 0 && s < parts && s == bigMod(x, parts)
		}, genBig(), genParts()))
	props.Property("ShardKey is the digest's big-endian int % parts", prop.ForAll(
		func(key []byte, parts int) bool {
			m5, s1, s256 := md5.Sum(key), sha1.Sum(key), sha256.Sum256(key)
			want := map[distribute.Hash]int{
				distribute.CRC32:  bigMod(big.NewInt(int64(crc32.ChecksumIEEE(key))), parts),
				distribute.MD5:    bigMod(new(big.Int).SetBytes(m5[:]), parts),
				distribute.SHA1:   bigMod(new(big.Int).SetBytes(s1[:]), parts),
				distribute.SHA256: bigMod(new(big.Int).SetBytes(s256[:]), parts),
			}
			for h, w := range want {
				if s, err := distribute.ShardKey(key, h, parts); err != nil || s != w {
					return false
				}
			}
			return true
		}, gen.SliceOf(gen.UInt8()), genParts()))
	props.TestingRun(t)
}

func TestShardKeyAllocs(t *testing.T) {
	for _, h := range []distribute.Hash{distribute.CRC32, distribute.MD5, distribute.SHA1, distribute.SHA256, distribute.IntKey} {
		key := []byte("customer-000042")
		if h == distribute.IntKey {
			key = []byte("-1234567890123")
		}
		if n := testing.AllocsPerRun(100, func() { distribute.ShardKey(key, h, 16) }); n != 0 {
			t.Errorf("%v: %v allocations", h, n)
		}
	}
}

var sinkShard int

// BenchmarkShardKey measures a short key, as an id column holds.
func BenchmarkShardKey(b *testing.B) {
	key := []byte("customer-000042")
	for _, h := range []distribute.Hash{distribute.CRC32, distribute.MD5, distribute.SHA1, distribute.SHA256, distribute.IntKey} {
		if h == distribute.IntKey {
			key = []byte("-1234567890123")
		}
		b.Run(h.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkShard, _ = distribute.ShardKey(key, h, 16)
			}
		})
	}
}
