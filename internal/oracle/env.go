package oracle

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// Seed returns the seed for a test's random cases: $PYROUND_SEED if set
// (a decimal int64; anything else fails the test), else a fresh time-based
// seed, so every run explores new cases. It logs the seed and how to rerun
// with it.
func Seed(tb testing.TB) int64 {
	tb.Helper()
	var seed int64
	if s := os.Getenv("PYROUND_SEED"); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			tb.Fatalf("PYROUND_SEED=%q: %v", s, err)
		}
		seed = v
	} else {
		seed = time.Now().UnixNano()
	}
	tb.Logf("seed %d (rerun with PYROUND_SEED=%d)", seed, seed)
	return seed
}

// CaseCount returns how many random cases a differential test should run:
// $PYROUND_DIFF_CASES if set (a non-negative integer; anything else fails
// the test), else def, or a tenth of def with go test -short.
func CaseCount(tb testing.TB, def int) int {
	tb.Helper()
	s := os.Getenv("PYROUND_DIFF_CASES")
	if s == "" {
		if testing.Short() {
			return def / 10
		}
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		tb.Fatalf("PYROUND_DIFF_CASES=%q: want a non-negative integer", s)
	}
	return n
}
