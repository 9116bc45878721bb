package main

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
)

// isFloatLiteral reports whether s reads as a Python float and not as an
// int, so that float(s) in Python and pyround's auto reading agree.
func isFloatLiteral(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && strings.ContainsAny(s, ".e")
}

func TestValuesAreFloatLiterals(t *testing.T) {
	r := rng(1)
	var buf []byte
	for i := 0; i < 100000; i++ {
		buf = appendValue(buf[:0], &r)
		if !isFloatLiteral(string(buf)) {
			t.Fatalf("value %d: %q is not a float literal", i, buf)
		}
	}
}

func TestRowsAreCSV(t *testing.T) {
	r := rng(1)
	var buf []byte
	for i := 1; i <= 20000; i++ {
		buf = appendRow(buf, &r, i)
	}
	recs, err := csv.NewReader(bytes.NewReader(buf)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range recs {
		if len(rec) != 10 {
			t.Fatalf("row %d: %d fields", i+1, len(rec))
		}
		for _, c := range []int{2, 5, 6, 9} {
			if !isFloatLiteral(rec[c]) {
				t.Fatalf("row %d, c%d: %q is not a float literal", i+1, c+1, rec[c])
			}
		}
	}
}

// TestDeterministic pins the start of the data, so a change to the
// generator is deliberate (it changes every benchmark's input).
func TestDeterministic(t *testing.T) {
	r := rng(1)
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, string(appendValue(nil, &r)))
	}
	if want := []string{"-74578.18", "762.8944", "-428982.6312060667"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("first values %q; want %q", got, want)
	}
}
