//go:build race

package pyparse_test

// The race detector's instrumentation changes allocation counts.
func init() { raceEnabled = true }
