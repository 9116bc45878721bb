package pyfmt

import (
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// TestPow10Tab recomputes every entry of pow10Tab with math/big: the
// 128-bit truncation of 10^e·2^s, s chosen to put the top bit at 2^127.
func TestPow10Tab(t *testing.T) {
	if len(pow10Tab) != pow10Max-pow10Min+1 {
		t.Fatalf("pow10Tab has %d entries, want %d", len(pow10Tab), pow10Max-pow10Min+1)
	}
	ten := big.NewInt(10)
	for e := pow10Min; e <= pow10Max; e++ {
		var m *big.Int
		if e >= 0 {
			m = new(big.Int).Exp(ten, big.NewInt(int64(e)), nil)
			if n := m.BitLen(); n <= 128 {
				m.Lsh(m, uint(128-n))
			} else {
				m.Rsh(m, uint(n-128))
			}
		} else {
			p := new(big.Int).Exp(ten, big.NewInt(int64(-e)), nil)
			// floor(2^s / 10^-e) with s large enough for 128 bits, then trimmed.
			s := p.BitLen() + 128
			m = new(big.Int).Lsh(big.NewInt(1), uint(s))
			m.Quo(m, p)
			if n := m.BitLen(); n > 128 {
				m.Rsh(m, uint(n-128))
			}
		}
		want := u128{new(big.Int).Rsh(m, 64).Uint64(), new(big.Int).And(m, new(big.Int).SetUint64(math.MaxUint64)).Uint64()}
		if got := pow10Tab[e-pow10Min]; got != want {
			t.Errorf("pow10Tab[1e%d] = %#x, want %#x", e, got, want)
		}
		// dboxPow's exponent formula must agree with the table's scaling:
		// 2^(1+floor(e·log2 10)) is the bit length of 10^e rounded up to a
		// power of two.
		if got, want := (e*108853)>>15, int(math.Floor(float64(e)*math.Log2(10))); got != want {
			t.Errorf("floor(%d·log2 10) = %d, want %d", e, got, want)
		}
	}
}

// checkShortest compares AppendRepr with the strconv-based layout it
// replaced (appendReprViaStrconv below, which repr.tsv and the live python3
// test vouched for) and the digits from shortest with strconv's.
func checkShortest(t *testing.T, b uint64) {
	t.Helper()
	x := math.Float64frombits(b)
	var g, w [32]byte
	got, want := AppendRepr(g[:0], x), appendReprViaStrconv(w[:0], x)
	if string(got) != string(want) {
		t.Fatalf("AppendRepr(%#016x) = %q, strconv layout %q", b, got, want)
	}
	b &^= 1 << 63
	if b == 0 || b >= 0x7ff<<52 {
		return
	}
	q, e := shortest(b)
	if q%10 == 0 {
		t.Fatalf("shortest(%#016x) = %d·10^%d has a trailing zero", b, q, e)
	}
	s := strconv.FormatUint(q, 10) + "e" + strconv.Itoa(e)
	y, err := strconv.ParseFloat(s, 64)
	if err != nil || math.Float64bits(y) != b {
		t.Fatalf("shortest(%#016x) = %s, reads back as %v", b, s, y)
	}
}

// TestShortestEveryExponent covers every binary exponent (so every row of
// pow10Tab that Dragonbox reaches) with the mantissas at its edges: the
// power of two whose lower neighbour is closer (Algorithm 5.6), the odd and
// even neighbours of it, the largest, and random ones.
func TestShortestEveryExponent(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for exp := uint64(0); exp < 0x7ff; exp++ {
		for _, m := range []uint64{0, 1, 2, 3, 1<<52 - 1, 1<<52 - 2, 1 << 51, r.Uint64() >> 12, r.Uint64() >> 12} {
			b := exp<<52 | m
			checkShortest(t, b)
			checkShortest(t, b|1<<63)
		}
	}
}

// TestShortestRandom: random bit patterns, a third of them subnormal or of
// few significant digits. PYROUND_REPR_CASES sets the count for a long run.
func TestShortestRandom(t *testing.T) {
	n := 300_000
	if testing.Short() {
		n = 30_000
	}
	if s := os.Getenv("PYROUND_REPR_CASES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	seed := rand.Uint64()
	t.Logf("seed %d, %d cases", seed, n)
	r := rand.New(rand.NewPCG(seed, 13))
	for i := 0; i < n; i++ {
		b := r.Uint64()
		switch i % 3 {
		case 1:
			b &^= 0x7ff << 52
		case 2: // a short decimal: digits·10^k
			d := r.Uint64() % 1e9
			x := float64(d) * math.Pow10(r.IntN(600)-300)
			b = math.Float64bits(x)
		}
		checkShortest(t, b)
	}
}

// TestTrimZeros against division.
func TestTrimZeros(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 15))
	for i := 0; i < 100_000; i++ {
		x := (r.Uint64()>>uint(r.IntN(64)) | 1) * uint64(math.Pow10(r.IntN(12)))
		want, p := x, 0
		for want%10 == 0 {
			want /= 10
			p++
		}
		if gq, gp := trimZeros(x); gq != want || gp != p {
			t.Fatalf("trimZeros(%d) = %d, %d; want %d, %d", x, gq, gp, want, p)
		}
	}
}

// appendReprViaStrconv is AppendRepr as it was before shortest.go: strconv's
// digits, re-laid out.
func appendReprViaStrconv(dst []byte, x float64) []byte {
	bits := math.Float64bits(x)
	if bits&(0x7ff<<52) == 0x7ff<<52 { // Inf or NaN
		switch {
		case bits&(1<<52-1) != 0:
			return append(dst, "nan"...)
		case bits>>63 != 0:
			return append(dst, "-inf"...)
		default:
			return append(dst, "inf"...)
		}
	}
	var buf [32]byte
	// b is [-]d[.ddd]e±XX[X]: one leading digit, then the fraction digits.
	b := strconv.AppendFloat(buf[:0], x, 'e', -1, 64)
	i := 0
	if b[0] == '-' {
		i = 1
	}
	// Find the exponent marker; the exponent has 2 or 3 digits.
	e := len(b) - 4
	if b[e] != 'e' {
		e--
	}
	exp := int(b[e+2]-'0')*10 + int(b[e+3]-'0')
	if e+4 < len(b) {
		exp = exp*10 + int(b[e+4]-'0')
	}
	if b[e+1] == '-' {
		exp = -exp
	}
	// The value is d.ddd × 10^exp, so decpt = exp+1; CPython uses exponent
	// notation iff decpt <= -4 || decpt > 16.
	if exp < -4 || exp >= 16 {
		return append(dst, b...) // strconv's layout is CPython's here
	}
	dst = append(dst, b[:i]...) // sign
	lead := b[i]                // first digit
	var frac []byte             // remaining digits
	if b[i+1] == '.' {
		frac = b[i+2 : e]
	}
	if exp < 0 {
		// 0.000ddd: -exp-1 zeros after the point.
		dst = append(dst, "0.0000"[:2-exp-1]...)
		dst = append(dst, lead)
		return append(dst, frac...)
	}
	dst = append(dst, lead)
	if len(frac) <= exp {
		// Integral: all digits, zeros up to the point, then ".0".
		dst = append(dst, frac...)
		dst = append(dst, "0000000000000000"[:exp-len(frac)]...)
		return append(dst, ".0"...)
	}
	dst = append(dst, frac[:exp]...)
	dst = append(dst, '.')
	return append(dst, frac[exp:]...)
}

// FuzzShortest: any bit pattern gives the same text as the strconv layout,
// and shortest's digits read back as the float.
func FuzzShortest(f *testing.F) {
	for _, b := range []uint64{1, 0x0010000000000000, 0x7fefffffffffffff, 0x4340000000000000, 0x3fb999999999999a} {
		f.Add(b)
	}
	f.Fuzz(checkShortest)
}
