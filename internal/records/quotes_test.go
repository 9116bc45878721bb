package records

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// checkJoin compares SplitRecords, which joins lines with a QuoteTracker,
// with the records Run reads from data.
func checkJoin(t *testing.T, sep byte, data []byte) {
	t.Helper()
	cfg := Config{Format: CSV}
	if sep != ',' {
		cfg.Delimiter = sep
	}
	var want []string
	for _, r := range recordsOf(CSV, sep, data) {
		want = append(want, string(bytes.TrimSuffix(r, []byte("\n"))))
	}
	got := SplitRecords(cfg, string(bytes.TrimPrefix(data, []byte(bom))))
	if !slices.Equal(got, want) {
		t.Fatalf("in %q (sep %q)\njoined lines give %q\nRun reads        %q", data, sep, got, want)
	}
}

// TestQuoteTrackerAgreesWithRun: lines joined by a QuoteTracker are the
// records Run reads, on hand-made edges and 2,000 random tables (quoted
// cells holding delimiters, quotes, CR and LF; blanks; CRLF endings).
func TestQuoteTrackerAgreesWithRun(t *testing.T) {
	for _, in := range []string{
		"", "\n", "a\n", "a", "\"a\nb\",c\nd\n", "\"a\r\nb\"\r\nc\r\n", "x,\"\"\"\n\"\"\",y\nz\n",
		"a\"b\nc\n", "a,\"b\n", "\"\"\n\"\"\n", "\"a\"b\nc\"\n", "\"a\"\"\nb\"\n", ",\"\n\n\",\n",
	} {
		checkJoin(t, ',', []byte(in))
	}
	seps := []byte{',', ';', '|', '\t'}
	for seed := range uint64(2000) {
		rng := rand.New(rand.NewPCG(seed, 41))
		sep := seps[seed%4]
		checkJoin(t, sep, []byte(randTable(rng, CSV, sep).in))
	}
	if NewQuoteTracker(Config{Format: TSV}) != nil || NewQuoteTracker(Config{Format: JSONL}) != nil {
		t.Error("TSV and JSON Lines have no quoted fields: NewQuoteTracker must return nil")
	}
}

func FuzzQuoteTracker(f *testing.F) {
	f.Add("\"a\nb\",c\nd\n", uint8(','))
	f.Add("x;\"\"\"\r\n\"\";y\n", uint8(';'))
	f.Fuzz(func(t *testing.T, in string, sep uint8) {
		if delimiterProblem(sep) != "" {
			return
		}
		checkJoin(t, sep, []byte(in))
	})
}
