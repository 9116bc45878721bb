//go:build race

package pyfmt_test

// The race detector's instrumentation changes allocation counts.
func init() { raceEnabled = true }
