package pyops_test

import (
	"sync"
	"testing"

	"github.com/pyround/pyround/pyops"
)

// TestBinningLive checks pyround bin as a whole (numbers and timestamps,
// and the choice between them) against fresh cases of the binvalue op;
// TestGolden/binvalue replays the committed ones.
func TestBinningLive(t *testing.T) { live(t, "binvalue") }

// TestBinningClone runs clones on several goroutines (go test -race
// finds shared scratch space).
func TestBinningClone(t *testing.T) {
	b, err := pyops.NewBinning("0.1", "", pyops.Auto, pyops.LabelLower)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		c := b.Clone()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, v := range []string{"0.7", "123456789012345678901234567890", "2024-01-01T00:00:00.05", "x"} {
				out, err := c.Append(nil, []byte(v))
				_ = out
				if v != "x" && err != nil {
					t.Error(v, err)
				}
			}
		}()
	}
	wg.Wait()
}
