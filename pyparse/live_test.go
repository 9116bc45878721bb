package pyparse_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

// Fragments for random inputs: digits, separators, signs, white space that
// int()/float() and Decimal() treat differently, words, Unicode digits and
// characters that must be rejected.
var fragments = append(strings.Split("0 1 2 3 4 5 6 7 8 9 0 1 5 9 _ _ _ . . e E + - 00", " "),
	" ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x1f", "\x85", "\u00a0", "\u2003", "\u3000", "\u2028",
	"i", "n", "f", "a", "s", "N", "I", "x", "inf", "nan", "infinity", "sNaN", "Infinity", "NaN",
	"١", "٢", "۵", "०", "９", "\U0001d7ce", "\U00011f50", "\u0378", "\u200b", "\x00", "é", "0x",
	"e999999999999999999", "e-1999999999999999997", "e1000000000000000000", "e-9223372036854775808",
	"99999999999999999999", "9223372036854775808")

func randomInput(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(2) == 0 {
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(fragments[r.IntN(len(fragments))])
		}
		return b.String()
	}
	// A plausible number, then a few mutations.
	pick := func(opts ...string) string { return opts[r.IntN(len(opts))] }
	digits := func() string {
		var d strings.Builder
		for g := 1 + r.IntN(3); g > 0; g-- {
			if d.Len() > 0 {
				d.WriteString(pick("_", "_", "__", ""))
			}
			for k := 1 + r.IntN(6); k > 0; k-- {
				d.WriteString(pick("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "١"))
			}
		}
		return d.String()
	}
	b.WriteString(pick("", "", " ", "\u00a0", "\x1c"))
	b.WriteString(pick("", "", "-", "+"))
	if r.IntN(10) > 0 {
		b.WriteString(digits())
	}
	if r.IntN(2) == 0 {
		b.WriteString(".")
		if r.IntN(5) > 0 {
			b.WriteString(digits())
		}
	}
	if r.IntN(5) < 2 {
		b.WriteString(pick("e", "E") + pick("", "-", "+") + digits())
	}
	b.WriteString(pick("", "", " ", "\u3000", "\x1f"))
	s := []rune(b.String())
	for m := r.IntN(3); m > 0 && len(s) > 0; m-- {
		k := r.IntN(len(s))
		f := []rune(fragments[r.IntN(len(fragments))])
		switch r.IntN(3) {
		case 0:
			s = append(s[:k], append(f, s[k:]...)...)
		case 1:
			s = append(s[:k], s[k+1:]...)
		default:
			s = append(s[:k], append(f, s[k+1:]...)...)
		}
	}
	return string(s)
}

// liveScript runs testdata/gen_cases.py --serve: the live test and the
// committed table share one definition of Python's answers.
func liveScript(t *testing.T) string {
	src, err := os.ReadFile("testdata/gen_cases.py")
	if err != nil {
		t.Fatal(err)
	}
	return "import sys\nsys.argv[1:] = ['--serve']\n" + string(src)
}

// TestLivePython compares Float, Int and ParseDecimal with python3 on 20k
// random and adversarial strings (a fresh seed each run, logged).
func TestLivePython(t *testing.T) {
	n := oracle.CaseCount(t, 20_000)
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 1))
	in := make([]string, n)
	for i := range in {
		b, _ := json.Marshal(randomInput(r))
		in[i] = string(b)
	}
	out := oracle.Start(t).RunScript(t, liveScript(t), in)
	bad := 0
	buf := make([]byte, 0, 64)
	for _, line := range out {
		var c pyCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		if !checkCase(t, c, buf[:0]) {
			if bad++; bad > 30 {
				t.FailNow()
			}
		}
	}
}
