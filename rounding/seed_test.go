package rounding_test

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// seed returns PYROUND_SEED or a fresh seed, logged so a failure can be
// reproduced.
func seed(t *testing.T) int64 {
	s := time.Now().UnixNano()
	if v := os.Getenv("PYROUND_SEED"); v != "" {
		s, _ = strconv.ParseInt(v, 10, 64)
	}
	t.Logf("seed %d (rerun with PYROUND_SEED=%d)", s, s)
	return s
}
