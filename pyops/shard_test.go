package pyops_test

import (
	"strings"
	"testing"

	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pyops"
)

// TestShardLive runs 20,000 fresh shard cases (every hash, int keys of
// every size and spelling, bad texts, non-ASCII keys, K from 1 to
// 1,000,000 and past it) through python3.
func TestShardLive(t *testing.T) { live(t, "shard") }

// TestShardAllocs pins the hot path: no allocation per key, whatever the
// hash, and none for an int key in the int64 range.
func TestShardAllocs(t *testing.T) {
	for _, h := range []string{"crc32", "md5", "sha1", "sha256", "none"} {
		s, err := pyops.NewShard("1000", h)
		if err != nil {
			t.Fatal(err)
		}
		key := []byte("-1234567890123")
		dst := make([]byte, 0, 16)
		if n := testing.AllocsPerRun(100, func() { dst, _ = s.Append(dst[:0], key) }); n != 0 {
			t.Errorf("%s: %v allocations per key", h, n)
		}
	}
}

// TestShardOf checks Of against Append and Parts, and the hash a Shard
// reports.
func TestShardOf(t *testing.T) {
	s, err := pyops.NewShard(" 3 ", "none")
	if err != nil {
		t.Fatal(err)
	}
	if s.Parts() != 3 || s.Hash() != distribute.IntKey {
		t.Fatalf("Parts %d, Hash %v", s.Parts(), s.Hash())
	}
	for key, want := range map[string]int{"-7": 2, "7": 1, "١٢٣": 0, "-" + strings.Repeat("9", 30): 0, "1" + strings.Repeat("0", 30): 1} {
		got, err := s.Of([]byte(key))
		if err != nil || got != want {
			t.Errorf("Of(%q) = %d, %v; want %d", key, got, err, want)
		}
	}
	if out, err := s.Append([]byte("x"), []byte("1.5")); err == nil || string(out) != "x" {
		t.Errorf("Append of a bad key = %q, %v; want dst unchanged and an error", out, err)
	}
	var zero pyops.Shard // no parts: an error, never a panic
	if _, err := zero.Of([]byte("k")); err == nil {
		t.Error("zero Shard: no error")
	}
}

var sinkShardOut []byte

// BenchmarkShard is the per-row work of pyround shard --key: a short key
// to its shard number's text.
func BenchmarkShard(b *testing.B) {
	for _, h := range []string{"crc32", "md5", "none"} {
		s, err := pyops.NewShard("16", h)
		if err != nil {
			b.Fatal(err)
		}
		key := []byte("customer-000042")
		if h == "none" {
			key = []byte("-1234567890123")
		}
		b.Run(h, func(b *testing.B) {
			b.ReportAllocs()
			dst := make([]byte, 0, 16)
			for b.Loop() {
				dst, _ = s.Append(dst[:0], key)
			}
			sinkShardOut = dst
		})
	}
}
