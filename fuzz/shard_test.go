package fuzz

import (
	"math/big"
	"testing"
	"time"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pyops"
)

// FuzzShardOracle checks pyround shard (pyops.Shard, distribute.ShardKey)
// on any key, parts text and hash: no panic, bounded time, a shard in
// [0, K) or an error, Of and Append agreeing, and, where the oracle is
// on, CPython's zlib/hashlib/int() formulas giving the same answer.
func FuzzShardOracle(f *testing.F) {
	for _, c := range []struct{ parts, key string }{
		{"3", "-7"}, {"1000000", "user-42"}, {"1", ""}, {"0", "k"}, {"1000001", "k"}, {" 8 ", "é中🙂"},
		{"１６", "١٢٣"}, {"7", "9223372036854775808"}, {"7", "-18446744073709551616"}, {"3", "1_000"},
		{"3", "1.5"}, {"abc", "k"}, {"999983", "-99999999999999999999999999999999999999999"},
	} {
		for sel := uint8(0); sel < 6; sel++ {
			f.Add(c.parts, c.key, sel)
		}
	}
	hashes := [6]string{"crc32", "md5", "sha1", "sha256", "none", "sha512"}
	f.Fuzz(func(t *testing.T, parts, key string, sel uint8) {
		if len(parts)+len(key) > 5000 {
			return
		}
		args := []string{hashes[int(sel)%len(hashes)], parts, key}
		var got string
		bounded(t, time.Second, "shard", func() {
			got = evalOp(t, "shard", args)
			s, err := pyops.NewShard(parts, args[0])
			if err != nil {
				return
			}
			n, err := s.Of([]byte(key))
			if err == nil && (n < 0 || n >= s.Parts() || s.Parts() > pyops.MaxShardParts) {
				t.Fatalf("shard %q: %d of %d", args, n, s.Parts())
			}
			out, aerr := s.Append(nil, []byte(key))
			if (err == nil) != (aerr == nil) || err == nil && string(out) != big.NewInt(int64(n)).String() {
				t.Fatalf("shard %q: Of %d, %v; Append %q, %v", args, n, err, out, aerr)
			}
		})
		differ(t, "shard", args, got)
	})
}

// FuzzShardInt checks distribute.ShardInt and ShardBig on any int64 key
// and any parts: no panic, Python's floor remainder (big.Int's Mod, for a
// positive modulus), the ValueError below one part.
func FuzzShardInt(f *testing.F) {
	f.Add(int64(-7), 3)
	f.Add(int64(-1<<63), 1<<62)
	f.Add(int64(1<<63-1), -1)
	f.Add(int64(0), 0)
	f.Fuzz(func(t *testing.T, key int64, parts int) {
		s, err := distribute.ShardInt(key, parts)
		sb, errb := distribute.ShardBig(big.NewInt(key), parts)
		if parts < 1 {
			if err == nil || errb == nil {
				t.Fatalf("ShardInt(%d, %d): no error", key, parts)
			}
			return
		}
		want := new(big.Int).Mod(big.NewInt(key), big.NewInt(int64(parts))).Int64()
		if err != nil || errb != nil || int64(s) != want || int64(sb) != want {
			t.Fatalf("ShardInt(%d, %d) = %d, %v; ShardBig %d, %v; want %d", key, parts, s, err, sb, errb, want)
		}
	})
}

// FuzzChunksOracle checks pyround chunks (pyops.Chunks) on any N, K or S
// and index texts: no panic, bounded time, and CPython's count, chunk
// line and JSON object, or its error.
func FuzzChunksOracle(f *testing.F) {
	for _, c := range [][3]string{
		{"10", "3", "2"}, {"0", "1", ""}, {"3", "5", "-1"}, {"9223372036854775808", "2", "1"},
		{"1000000000000000000000000000000", "7", "6"}, {"-1", "0", ""},
		{"10", "0", ""}, {" 1_0 ", "３", "٢"}, {"10", "3", "x"}, {"18446744073709551615", "9223372036854775807", "2"},
	} {
		f.Add(c[0], c[1], c[2], false)
		f.Add(c[0], c[1], c[2], true)
	}
	f.Fuzz(func(t *testing.T, n, k, i string, batches bool) {
		if len(n)+len(k)+len(i) > 5000 {
			return
		}
		mode := "parts"
		if batches {
			mode = "size"
		}
		args := []string{mode, n, k, i}
		var got string
		bounded(t, time.Second, "chunks", func() { got = evalOp(t, "chunks", args) })
		differ(t, "chunks", args, got)
	})
}
