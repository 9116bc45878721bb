package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/pyops"
)

// TestChunksLive runs 20,000 fresh chunks cases (the count, and one
// chunk's line and JSON object, for N = 0, K > N, N and K at the int64
// edges and up to 4300 digits, S > N, S = 1, bad texts and indexes)
// through python3.
func TestChunksLive(t *testing.T) { live(t, "chunks") }

// TestChunksAllLive compares the whole output, every line and the whole
// JSON list, of fresh small chunkings with Python's, computed there the
// literal way (numpy.array_split's cumulative sum, range() slices,
// json.dumps of the list).
func TestChunksAllLive(t *testing.T) { live(t, "chunksall") }

// TestChunksCursor checks the cursor's edges: nothing is current before
// the first Next and after the last, Next stays false, Seek takes Python's
// negative indexes and leaves the cursor alone on an error.
func TestChunksCursor(t *testing.T) {
	for _, big := range []bool{false, true} {
		n := "10"
		if big {
			n = "100000000000000000000" // past int64
		}
		c, err := pyops.NewChunkBatches(n, "40000000000000000000")
		if big && err != nil || !big && c == nil {
			t.Fatal(err)
		}
		if !big {
			c, _ = pyops.NewChunkBatches(n, "4")
		}
		if out := c.AppendLine(nil); len(out) != 0 {
			t.Errorf("big %v: before Next: %q", big, out)
		}
		var lines []string
		for c.Next() {
			lines = append(lines, string(c.AppendLine(nil)))
		}
		want := []string{"0 0 4", "1 4 8", "2 8 10"}
		if big {
			want = []string{"0 0 40000000000000000000", "1 40000000000000000000 80000000000000000000",
				"2 80000000000000000000 100000000000000000000"}
		}
		if len(lines) != 3 || lines[0] != want[0] || lines[1] != want[1] || lines[2] != want[2] {
			t.Errorf("big %v: lines %q, want %q", big, lines, want)
		}
		if c.Next() || len(c.AppendLine(nil)) != 0 || len(c.AppendJSON(nil)) != 0 {
			t.Errorf("big %v: a chunk after the last", big)
		}
		if err := c.Seek("-2"); err != nil || string(c.AppendLine(nil)) != want[1] {
			t.Errorf("big %v: Seek(-2): %v, %q", big, err, c.AppendLine(nil))
		}
		if err := c.Seek("3"); err == nil || err.Error() != "IndexError: range object index out of range" {
			t.Errorf("big %v: Seek(3): %v", big, err)
		}
		if !c.Next() || string(c.AppendLine(nil)) != want[2] || c.Next() {
			t.Errorf("big %v: Next after Seek(-2): %q", big, c.AppendLine(nil))
		}
	}
}

// TestChunksAllocs pins the int64 path: no allocation per chunk.
func TestChunksAllocs(t *testing.T) {
	c, err := pyops.NewChunkParts("1000000000000", "1000000")
	if err != nil {
		t.Fatal(err)
	}
	dst := make([]byte, 0, 128)
	if n := testing.AllocsPerRun(1000, func() {
		c.Next()
		dst = c.AppendJSON(c.AppendLine(dst[:0]))
	}); n != 0 {
		t.Errorf("%v allocations per chunk", n)
	}
}

var sinkChunks []byte

// BenchmarkChunks is the per-chunk work of pyround chunks: one line, or
// one JSON object, of a chunking in the int64 range and of one past it.
func BenchmarkChunks(b *testing.B) {
	for _, c := range []struct{ name, n string }{{"int64", "1000000000000000"}, {"big", "1000000000000000000000000000000"}} {
		for _, json := range []bool{false, true} {
			name := c.name + "/lines"
			if json {
				name = c.name + "/json"
			}
			b.Run(name, func(b *testing.B) {
				ch, err := pyops.NewChunkBatches(c.n, "1000")
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				dst := make([]byte, 0, 256)
				for b.Loop() {
					ch.Next()
					if json {
						dst = ch.AppendJSON(dst[:0])
					} else {
						dst = ch.AppendLine(dst[:0])
					}
				}
				sinkChunks = dst
			})
		}
	}
}
