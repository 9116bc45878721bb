package pyfmt_test

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pyround/pyround/internal/oracle"

	"github.com/pyround/pyround/pyfmt"
)

func TestQuoteTable(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"", "''"}, {"abc", "'abc'"}, {" abc ", "' abc '"}, {"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`}, {`both '"`, `'both \'"'`}, {`a\b`, `'a\\b'`},
		{"\t\n\r\v\f\x00\x7f", `'\t\n\r\x0b\x0c\x00\x7f'`}, {"\u0080\u009f\u00a0\u00ad\u00ff", `'\x80\x9f\xa0\xadÿ'`},
		{"\u2028\u200b\ufeff", `'\u2028\u200b\ufeff'`}, {"\U0001f600\U000e0001\U0010ffff", `'😀\U000e0001\U0010ffff'`},
		{"é中١٢", "'é中١٢'"},
		// Unicode 15.0 additions are printable in Go, not in CPython 3.11.
		{"\U0001fae8\U00011f50", `'\U0001fae8\U00011f50'`},
		// Invalid UTF-8 (pyround's choice): each bad byte as \xNN.
		{"a\xffb\xc3", `'a\xffb\xc3'`}, {"\xed\xa0\x80", `'\xed\xa0\x80'`}, {"\ufffd", "'\ufffd'"},
	} {
		if got := pyfmt.Quote(tc.s); got != tc.want {
			t.Errorf("Quote(%q) = %s, want %s", tc.s, got, tc.want)
		}
	}
}

// TestQuotePython checks testdata/quote.jsonl, written by gen_pyfmt.py.
func TestQuotePython(t *testing.T) {
	f, err := os.Open("testdata/quote.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c struct{ S, Repr string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if got := pyfmt.Quote(c.S); got != c.Repr {
			t.Errorf("Quote(%+q) = %+q, Python %+q", c.S, got, c.Repr)
		}
		n++
	}
	if n < 5000 {
		t.Fatalf("only %d cases", n)
	}
}

// TestQuoteLive compares every code point (outside the surrogates) with
// python3's repr, and documents where Go's unicode.IsPrint disagrees with
// CPython 3.11's str.isprintable.
func TestQuoteLive(t *testing.T) {
	var in []string
	for lo := rune(0); lo <= unicode.MaxRune; lo += 64 {
		var b strings.Builder
		for r := lo; r < lo+64; r++ {
			if r < 0xd800 || r > 0xdfff {
				b.WriteString(strconv.Itoa(int(r)) + " ")
			}
		}
		if b.Len() > 0 {
			in = append(in, strings.TrimSpace(b.String()))
		}
	}
	out := oracle.Start(t).RunScript(t, `
import sys
for line in sys.stdin:
    sys.stdout.write(repr(''.join(chr(int(c)) for c in line.split()))[1:-1].replace('\n', '?') + '\n')
`, in)
	bad, goDiff := 0, 0
	for i, line := range in {
		var s strings.Builder
		for _, f := range strings.Fields(line) {
			c, _ := strconv.Atoi(f)
			s.WriteRune(rune(c))
			if r := rune(c); r >= 0x80 && unicode.IsPrint(r) != (pyfmt.Quote(string(r)) == "'"+string(r)+"'") {
				goDiff++
			}
		}
		got := pyfmt.Quote(s.String())
		if q := got[0]; got[1:len(got)-1] != out[i] && q == '\'' {
			t.Errorf("Quote(%s...) = %s, Python '%s'", line[:12], got, out[i])
			if bad++; bad > 10 {
				t.FailNow()
			}
		}
	}
	t.Logf("code points >= 0x80 where Go's unicode.IsPrint (Unicode %s) differs from CPython 3.11: %d", unicode.Version, goDiff)
}

func TestQuoteRandomUTF8(t *testing.T) {
	// Every output is valid UTF-8 and contains no unescaped control character.
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		b := make([]byte, r.IntN(12))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		q := pyfmt.Quote(string(b))
		if !utf8.ValidString(q) {
			t.Fatalf("Quote(%q) = %q is not valid UTF-8", b, q)
		}
		for _, c := range q {
			if c < ' ' || c == 0x7f {
				t.Fatalf("Quote(%q) = %q contains a control character", b, q)
			}
		}
	}
}

func TestQuoteAllocs(t *testing.T) {
	skipIfRace(t)
	buf := make([]byte, 0, 128)
	s := "could not \t 'convert' é中 \u200b \xff"
	if allocs := testing.AllocsPerRun(100, func() { buf = pyfmt.AppendQuote(buf[:0], s) }); allocs != 0 {
		t.Errorf("AppendQuote allocates %v times", allocs)
	}
}
