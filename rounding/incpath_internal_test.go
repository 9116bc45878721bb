package rounding

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestRoundFloatIncrementFastPath checks RoundFloatIncrement's word-sized
// paths against roundFloatIncrementExact, the big-integer path that the
// golden vectors and the live python3 differential pin to Python, on the
// inputs where the fast paths can go wrong: floats at and one ulp beside
// every tie and every multiple of the increment, quotients near 2^52, and
// random prices, for every mode and increments on both fast paths.
func TestRoundFloatIncrementFastPath(t *testing.T) {
	incs := []string{"0.05", "0.1", "0.25", "0.5", "0.01", "0.001", "0.0000001",
		"0.3", "0.07", "1.5", "1E-22", "4294967.295", "1", "5", "25", "100", "1E+3", "1E+15"}
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 19))
	n := 0
	for _, text := range incs {
		inc := MustParseIncrement(text)
		step, _ := strconv.ParseFloat(text, 64)
		var xs []float64
		for range 300 {
			// k·INC/2 for k below 2^52/INC-ish: multiples (k even) and ties (k odd)
			k := float64(rng.Uint64N(1 << uint(4+rng.IntN(48))))
			v := k * step / 2
			xs = append(xs, v, math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)))
			xs = append(xs, math.Floor(rng.Float64()*1e6)/100) // a price
			xs = append(xs, rng.Float64()*0x1p52*step)         // a quotient near the 2^52 limit
			xs = append(xs, math.Ldexp(rng.Float64(), -rng.IntN(900)))
		}
		for _, x := range xs {
			for _, x := range []float64{x, -x} {
				for _, m := range Modes {
					got, gerr := RoundFloatIncrement(x, inc, m)
					want, werr := roundFloatIncrementExact(x, inc, m)
					n++
					if math.Float64bits(got) != math.Float64bits(want) || (gerr == nil) != (werr == nil) {
						t.Fatalf("seed %d: RoundFloatIncrement(%v, %s, %v) = %v, %v; exact path %v, %v",
							seed, x, text, m, got, gerr, want, werr)
					}
				}
			}
		}
	}
	t.Logf("%d cases agree (seed %d)", n, seed)
}

// TestRoundIntIncrementWordPath checks RoundIntIncrement's machine-word
// path (a division by multiplication, quoRecip) against RoundBigIntIncrement
// on int64 and uint64 extremes, ties and random values, for increments up
// to 2^64-1, every mode.
func TestRoundIntIncrementWordPath(t *testing.T) {
	incs := []string{"1", "3", "5", "25", "100", "1E+3", "7E+18", "9223372036854775807",
		"9223372036854775808", "18446744073709551615", "12345678901234567", "4294967297"}
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 20))
	n := 0
	for _, text := range incs {
		inc := MustParseIncrement(text)
		w := inc.word
		xs := []uint64{0, 1, math.MaxInt64, math.MaxInt64 + 1, math.MaxUint64, w, w / 2, w/2 + 1, w - 1}
		for range 2000 {
			v := rng.Uint64() >> uint(rng.IntN(64))
			k := rng.Uint64N(1 << 20)
			xs = append(xs, v, k*w, k*w+w/2, k*w+w/2+1, k*w+w/2-1)
		}
		for _, u := range xs {
			for _, m := range Modes {
				var want big.Int
				_, werr := RoundBigIntIncrement(&want, new(big.Int).SetUint64(u), inc, m)
				got, gerr := RoundIntIncrement(u, inc, m)
				if (gerr == nil) != (werr == nil && want.IsUint64()) || gerr == nil && got != want.Uint64() {
					t.Fatalf("seed %d: RoundIntIncrement(uint64 %d, %s, %v) = %d, %v; big path %s, %v", seed, u, text, m, got, gerr, &want, werr)
				}
				x := int64(u)
				_, werr = RoundBigIntIncrement(&want, big.NewInt(x), inc, m)
				got64, gerr := RoundIntIncrement(x, inc, m)
				if (gerr == nil) != (werr == nil && want.IsInt64()) || gerr == nil && got64 != want.Int64() {
					t.Fatalf("seed %d: RoundIntIncrement(int64 %d, %s, %v) = %d, %v; big path %s, %v", seed, x, text, m, got64, gerr, &want, werr)
				}
				n += 2
			}
		}
	}
	t.Logf("%d cases agree (seed %d)", n, seed)
}
