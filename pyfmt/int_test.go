package pyfmt_test

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

func TestAppendInt(t *testing.T) {
	type myInt int16
	check := func(got []byte, want string) {
		t.Helper()
		if string(got) != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	check(pyfmt.AppendInt(nil, 0), "0")
	check(pyfmt.AppendInt(nil, -0), "0")
	check(pyfmt.AppendInt([]byte("x="), int8(-128)), "x=-128")
	check(pyfmt.AppendInt(nil, uint8(255)), "255")
	check(pyfmt.AppendInt(nil, myInt(-32768)), "-32768")
	check(pyfmt.AppendInt(nil, int32(math.MinInt32)), "-2147483648")
	check(pyfmt.AppendInt(nil, int64(math.MinInt64)), "-9223372036854775808")
	check(pyfmt.AppendInt(nil, int64(math.MaxInt64)), "9223372036854775807")
	check(pyfmt.AppendInt(nil, uint64(math.MaxUint64)), "18446744073709551615")
	check(pyfmt.AppendInt(nil, uintptr(42)), "42")
	check(pyfmt.AppendInt(nil, uint(7)), "7")
	check(pyfmt.AppendInt(nil, -7), "-7")
}

// parsePyHex parses Python's hex(): -0x1f, 0x0.
func parsePyHex(tb testing.TB, s string) *big.Int {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "0x")
	x, ok := new(big.Int).SetString(s, 16)
	if !ok {
		tb.Fatalf("bad hex %q", s)
	}
	if neg {
		x.Neg(x)
	}
	return x
}

// TestIntPython checks testdata/int.tsv, written by gen_pyfmt.py: str(int),
// the digit count and the 4300-digit limit error of str().
func TestIntPython(t *testing.T) {
	rows := readTSV(t, "int.tsv")
	for _, r := range rows {
		x := parsePyHex(t, r[0])
		got := string(pyfmt.AppendBigInt(nil, x))
		want := r[1]
		if want == "-" { // Python refused to print; compare with math/big
			want = x.String()
		}
		if got != want {
			t.Errorf("AppendBigInt(%s) = %.40q..., want %.40q...", r[0], got, want)
		}
		if x.IsInt64() {
			if got := string(pyfmt.AppendInt(nil, x.Int64())); got != want {
				t.Errorf("AppendInt(%s) = %q, want %q", r[0], got, want)
			}
		}
		if x.IsUint64() {
			if got := string(pyfmt.AppendInt(nil, x.Uint64())); got != want {
				t.Errorf("AppendInt(uint64 %s) = %q, want %q", r[0], got, want)
			}
		}
		nd, _ := strconv.Atoi(r[2])
		if got := pyfmt.BigIntDigits(x); got != nd {
			t.Errorf("BigIntDigits(%.40s) = %d, want %d", r[0], got, nd)
		}
		err := pyfmt.CheckIntStrDigits(nd)
		switch {
		case r[3] == "ok" && err != nil:
			t.Errorf("CheckIntStrDigits(%d) = %v, Python prints it", nd, err)
		case r[3] != "ok" && (err == nil || err.Error() != "ValueError: "+r[3]):
			t.Errorf("CheckIntStrDigits(%d) = %v, Python: ValueError: %s", nd, err, r[3])
		}
	}
	if len(rows) < 1500 {
		t.Fatalf("only %d rows", len(rows))
	}
}

func TestCheckIntStrDigits(t *testing.T) {
	if err := pyfmt.CheckIntStrDigits(4300); err != nil {
		t.Errorf("4300 digits: %v", err)
	}
	want := pyerr.ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	if err := pyfmt.CheckIntStrDigits(4301); !errors.Is(err, want) {
		t.Errorf("4301 digits: %v", err)
	}
}

func TestAppendBigIntRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ten := big.NewInt(10)
	check := func(x *big.Int) {
		t.Helper()
		want := x.String()
		if got := string(pyfmt.AppendBigInt([]byte("ab"), x)); got != "ab"+want {
			t.Fatalf("AppendBigInt(%s) = %q", want, got)
		}
		if got := pyfmt.BigIntDigits(x); got != len(strings.TrimPrefix(want, "-")) {
			t.Fatalf("BigIntDigits(%s) = %d", want, got)
		}
	}
	check(nil2zero(nil))
	for k := 0; k <= 5000; k += 1 + k/50 {
		p := new(big.Int).Exp(ten, big.NewInt(int64(k)), nil)
		for _, d := range []int64{-1, 0, 1} {
			x := new(big.Int).Add(p, big.NewInt(d))
			check(x)
			check(x.Neg(x))
		}
	}
	for i := 0; i < 3000; i++ {
		words := r.IntN(300)
		if i%3 == 0 {
			words = r.IntN(4)
		}
		ws := make([]big.Word, words)
		for j := range ws {
			ws[j] = big.Word(r.Uint64())
		}
		if words > 0 && r.IntN(4) == 0 {
			ws[words-1] >>= r.UintN(64)
		}
		x := new(big.Int).SetBits(ws)
		if r.IntN(2) == 0 {
			x.Neg(x)
		}
		check(x)
	}
	if got := string(pyfmt.AppendBigInt(nil, nil)); got != "0" {
		t.Errorf("AppendBigInt(nil) = %q", got)
	}
	if got := pyfmt.BigIntDigits(nil); got != 1 {
		t.Errorf("BigIntDigits(nil) = %d", got)
	}
}

func nil2zero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func TestAppendBigIntAllocs(t *testing.T) {
	skipIfRace(t)
	// The largest magnitude Python prints: 10**4300 - 1.
	x := new(big.Int).Exp(big.NewInt(10), big.NewInt(4300), nil)
	x.Sub(x, big.NewInt(1)).Neg(x)
	y, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	buf := make([]byte, 0, 5000)
	for _, v := range []*big.Int{x, y, big.NewInt(-5), nil} {
		pyfmt.BigIntDigits(v) // fill the power-of-ten cache
		allocs := testing.AllocsPerRun(20, func() {
			buf = pyfmt.AppendBigInt(buf[:0], v)
			_ = pyfmt.BigIntDigits(v)
		})
		if allocs != 0 {
			t.Errorf("AppendBigInt/BigIntDigits(%d digits) allocate %v times", len(buf), allocs)
		}
	}
	allocs := testing.AllocsPerRun(20, func() {
		buf = pyfmt.AppendInt(buf[:0], int64(math.MinInt64))
		buf = pyfmt.AppendInt(buf, uint64(math.MaxUint64))
	})
	if allocs != 0 {
		t.Errorf("AppendInt allocates %v times", allocs)
	}
}

func BenchmarkAppendBigInt4300(b *testing.B) {
	x := new(big.Int).Exp(big.NewInt(7), big.NewInt(5088), nil) // 4300 digits
	buf := make([]byte, 0, 5000)
	b.ReportAllocs()
	for b.Loop() {
		buf = pyfmt.AppendBigInt(buf[:0], x)
	}
}

func BenchmarkBigAppend4300(b *testing.B) {
	x := new(big.Int).Exp(big.NewInt(7), big.NewInt(5088), nil)
	buf := make([]byte, 0, 5000)
	b.ReportAllocs()
	for b.Loop() {
		buf = x.Append(buf[:0], 10)
	}
}

func BenchmarkAppendBigInt40(b *testing.B) {
	x, _ := new(big.Int).SetString("1234567890123456789012345678901234567890", 10)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = pyfmt.AppendBigInt(buf[:0], x)
	}
}

func BenchmarkBigIntDigits(b *testing.B) {
	x := new(big.Int).Exp(big.NewInt(10), big.NewInt(1000), nil)
	b.ReportAllocs()
	for b.Loop() {
		_ = pyfmt.BigIntDigits(x)
	}
}
