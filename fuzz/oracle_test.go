package fuzz

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyround/pyround/internal/oracle"
)

// The differential fuzz targets (FuzzRoundText, FuzzRoundFloatOracle,
// FuzzRoundBigInt, FuzzDivModOracle, FuzzFormatOracle, FuzzHMSOracle,
// FuzzShardOracle, FuzzChunksOracle, FuzzTimeBinOracle, FuzzEvalOracle,
// FuzzRoundIncrementOracle) compare every input with CPython 3.11 through the
// oracle (internal/oracle), both when `go test` replays the corpus and
// while `go test -fuzz` explores: each fuzzing worker process starts its
// own python3 on first use (it ends when the worker exits).
//
// Without python3 they still check their invariants and skip only the
// comparison (logged once), except under CI=true, where a missing python3
// fails. PYROUND_FUZZ_ORACLE=0 turns the comparison off (pure speed).
var fuzzOracle struct {
	once sync.Once
	o    *oracle.Oracle
	err  error
}

// pyOracle returns the oracle for differential checks, or nil when they
// are off or python3 is missing.
func pyOracle(t *testing.T) *oracle.Oracle {
	t.Helper()
	if os.Getenv("PYROUND_FUZZ_ORACLE") == "0" {
		return nil
	}
	fuzzOracle.once.Do(func() {
		fuzzOracle.o, fuzzOracle.err = oracle.New()
		if fuzzOracle.err != nil && os.Getenv("CI") != "true" {
			t.Logf("no differential checks: %v", fuzzOracle.err)
		}
	})
	if fuzzOracle.err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (fatal because CI=true)", fuzzOracle.err)
		}
		return nil
	}
	return fuzzOracle.o
}

// protocolSafe reports whether every field can travel over the oracle's
// line protocol (no TAB, newline, or invalid UTF-8: Python would read an
// invalid byte as a surrogate escape, which no pyround input can be).
func protocolSafe(fields ...string) bool {
	for _, f := range fields {
		if strings.ContainsAny(f, "\t\n") || !utf8Valid(f) {
			return false
		}
	}
	return true
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// pyAnswer asks the oracle; ok is false when the oracle is off or the
// request is one the oracle refuses (ProtocolError: outside the op's
// domain, e.g. an expression its evaluator finds too costly).
func pyAnswer(t *testing.T, op string, args ...string) (want string, ok bool) {
	t.Helper()
	o := pyOracle(t)
	if o == nil || !protocolSafe(args...) {
		return "", false
	}
	want, err := o.Eval(op, args...)
	if err != nil {
		if strings.Contains(err.Error(), "ProtocolError") {
			return "", false
		}
		t.Fatalf("oracle %s %q: %v", op, args, err)
	}
	return want, true
}

// differ fails t when pyround's outcome (text or "!Type: message") is not
// CPython's.
func differ(t *testing.T, op string, args []string, got string) {
	t.Helper()
	// pyround's documented size limits are answers of their own where
	// CPython computes on (Decimal('0E2170000000'): an exponent past apd's
	// int32; results past 1,000,000 digits; tuples past
	// pyexpr.MaxTupleItems items or pyexpr.MaxText bytes of text): not
	// differences.
	if strings.HasSuffix(got, "(pyround's limit)") &&
		(strings.Contains(got, "int32 range of apd") || strings.Contains(got, "more than 1000000 digits") ||
			strings.Contains(got, "tuple items") || strings.Contains(got, "tuple of more than") ||
			strings.Contains(got, "tuple text longer than")) {
		return
	}
	if want, ok := pyAnswer(t, op, args...); ok && got != want {
		t.Fatalf("%s %q:\n   pyround %.300q\n   Python  %.300q", op, args, got, want)
	}
}

// bounded fails t if fn takes longer than limit: every input must end in
// bounded time with an answer or an error.
func bounded(t *testing.T, limit time.Duration, what string, fn func()) {
	t.Helper()
	start := time.Now()
	fn()
	if d := time.Since(start); d > limit {
		t.Fatalf("%s took %v (limit %v)", what, d, limit)
	}
}
