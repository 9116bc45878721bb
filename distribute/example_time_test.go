package distribute_test

import (
	"fmt"
	"time"

	"github.com/pyround/pyround/distribute"
)

// TimeBucket floors a time into buckets of a fixed width, as Python's
// (dt - origin) // width does; Epoch is Python's default origin in the
// time's own zone.
func ExampleTimeBucket() {
	ist := time.FixedZone("IST", 5*3600+1800)
	t := time.Date(2024, 3, 10, 12, 34, 56, 789e6, ist)
	e, _ := distribute.TimeBucket(t, distribute.Epoch(ist), 15*time.Minute)
	fmt.Println(e.Index, e.Lower.Format(time.RFC3339), e.Upper.Format(time.RFC3339))

	// Spans past the 292 years of a time.Duration are exact.
	t = time.Date(1, 1, 1, 0, 30, 0, 0, time.UTC)
	e, _ = distribute.TimeBucket(t, distribute.Epoch(time.UTC), 24*time.Hour)
	fmt.Println(e.Index, e.Lower.Format(time.RFC3339))

	_, err := distribute.TimeBucket(t, t, 0)
	fmt.Println(err)
	// Output:
	// 1900082 2024-03-10T12:30:00+05:30 2024-03-10T12:45:00+05:30
	// -719162 0001-01-01T00:00:00Z
	// ZeroDivisionError: integer division or modulo by zero
}
