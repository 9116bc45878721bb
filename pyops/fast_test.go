package pyops

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

// TestRoundFast compares the text fast path of round(x, n) with the exact
// path (rounding.Round and repr) on plain decimal texts, many of them at
// or near a midpoint: wherever the fast path answers, it must answer
// what the exact path does.
func TestRoundFast(t *testing.T) {
	rng := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 7))
	slow := &Round{As: Float, HasN: true}
	hits, total := 0, 300000
	defer func() {
		t.Logf("fast path taken for %d of %d texts", hits, total)
		if hits < total/4 {
			t.Errorf("fast path taken for only %d of %d texts", hits, total)
		}
	}()
	for i := 0; i < total; i++ {
		var text string
		switch i % 4 {
		case 0: // a Python repr
			text = strconv.FormatFloat((rng.Float64()-0.5)*math10(rng.IntN(20)-6), 'f', -1, 64)
		case 1: // a midpoint of some grid, with a little noise
			text = strconv.FormatInt(rng.Int64N(1e6)-5e5, 10) + "." + strings.Repeat("0", rng.IntN(3)) + strconv.Itoa(rng.IntN(1000)) + "5" + strings.Repeat("0", rng.IntN(3))
		case 2: // long digit strings
			text = strconv.FormatUint(rng.Uint64()%1e10, 10) + "." + strconv.FormatUint(rng.Uint64()%1e9, 10)
		default:
			text = "0." + strings.Repeat("0", rng.IntN(8)) + strconv.Itoa(rng.IntN(100000))
		}
		if !strings.Contains(text, ".") {
			text += ".0"
		}
		n := rng.IntN(12)
		slow.N = n
		got, ok := appendRoundFast(nil, []byte(text), n)
		if !ok {
			continue
		}
		hits++
		x, _ := strconv.ParseFloat(text, 64)
		want, err := slow.Append(nil, []byte(strconv.FormatFloat(x, 'e', -1, 64))) // an exponent: never the fast path
		if err != nil || string(got) != string(want) {
			t.Fatalf("round(%s, %d): fast path %q, exact %q (%v)", text, n, got, want, err)
		}
	}
}

func math10(k int) float64 {
	f := 1.0
	for ; k > 0; k-- {
		f *= 10
	}
	for ; k < 0; k++ {
		f /= 10
	}
	return f
}
