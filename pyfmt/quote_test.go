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

// randomQuoteText draws strings of up to 260 characters from a mix of
// quotes, escapes, printable and unprintable non-ASCII code points, so the
// 200-character cut falls on every kind of character.
func randomQuoteText(r *rand.Rand) string {
	pieces := []string{"a", "'", "\"", "\\", "\t", "\n", "\x00", "\x7f", "é", "中", "\u200b", "\u00a0", "😀", "\U000e0001", "1"}
	var b strings.Builder
	n := r.IntN(260)
	if r.IntN(2) == 0 {
		n = 195 + r.IntN(10)
	}
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestQuoteBoundedLive compares AppendQuotePrefix with CPython's "%.Nr"
// (the quotation of int()'s message) and AppendQuoteBounded with repr()
// cut as documented (see oracle.BoundQuote), on random strings around the
// 200-character bound.
func TestQuoteBoundedLive(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(oracle.Seed(t)), 7))
	var in []string
	var texts []string
	for range 3000 {
		s := randomQuoteText(r)
		n := 1 + r.IntN(220)
		texts = append(texts, s)
		q := strconv.QuoteToASCII(s)
		in = append(in, strconv.Itoa(n)+" "+q[1:len(q)-1])
	}
	out := oracle.Start(t).RunScript(t, `
import ast, json, sys
for line in sys.stdin:
    n, s = line.rstrip('\n').split(' ', 1)
    s = ast.literal_eval('"' + s + '"')
    print(json.dumps([('%.' + n + 'r') % s, 'could not convert string to float: ' + repr(s)]))
`, in)
	bad := 0
	for i, s := range texts {
		var want [2]string
		if err := json.Unmarshal([]byte(out[i]), &want); err != nil {
			t.Fatalf("python said %q: %v", out[i], err)
		}
		n, _ := strconv.Atoi(strings.Fields(in[i])[0])
		if got := string(pyfmt.AppendQuotePrefix(nil, s, n)); got != want[0] {
			t.Errorf("AppendQuotePrefix(%+q, %d) = %+q, Python %+q", s, n, got, want[0])
			bad++
		}
		wantBounded := oracle.BoundQuote(want[1])
		if got := "could not convert string to float: " + pyfmt.QuoteBounded(s); got != wantBounded {
			t.Errorf("QuoteBounded(%+q) = %+q, want %+q", s, got, wantBounded)
			bad++
		}
		if utf8.RuneCountInString(s) <= pyfmt.MaxQuoted && pyfmt.QuoteBounded(s) != pyfmt.Quote(s) {
			t.Errorf("QuoteBounded(%+q) differs from Quote for a short value", s)
			bad++
		}
		if bad > 10 {
			t.FailNow()
		}
	}
}

func TestQuoteBoundedHuge(t *testing.T) {
	s := strings.Repeat("x", 50<<20)
	want := "'" + strings.Repeat("x", 200) + "'… (52428600 more bytes)"
	if got := pyfmt.QuoteBounded(s); got != want {
		t.Errorf("QuoteBounded(50 MiB of x) = %.300q, want %q", got, want)
	}
	buf := make([]byte, 0, 512)
	if allocs := testing.AllocsPerRun(10, func() { buf = pyfmt.AppendQuoteBounded(buf[:0], s) }); allocs != 0 {
		t.Errorf("AppendQuoteBounded allocates %v times", allocs)
	}
}
