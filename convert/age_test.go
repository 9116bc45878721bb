package convert_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
)

// TestAgeGolden replays testdata/age.tsv: divmod(age, 10) and the age
// from two datetime.date values, 29 February birthdays included.
func TestAgeGolden(t *testing.T) {
	checkTimeCases(t, loadTimeTable(t, "age.tsv"))
}

// TestAgeLive compares fresh random date pairs with gen_time.py's
// datetime.date reference under python3.
func TestAgeLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 3))
	n := oracle.CaseCount(t, 5000)
	date := func() string {
		if r.IntN(5) == 0 {
			return fmt.Sprintf("%04d-02-%02d", 1896+4*r.IntN(60)+r.IntN(2), 28+r.IntN(2))
		}
		return fmt.Sprintf("%04d-%02d-%02d", 1+r.IntN(9999), 1+r.IntN(12), 1+r.IntN(31))
	}
	var cases []timeCase
	var lines []string
	for range n {
		c := []string{"age", date(), date()}
		if r.IntN(10) == 0 {
			c = []string{"decades", fmt.Sprint(r.IntN(300) - 20)}
		}
		cases = append(cases, timeCase{args: c})
		lines = append(lines, strings.Join(c, "\t"))
	}
	for i, w := range o.RunScript(t, liveTimeScript(t), lines) {
		cases[i].want = w
	}
	checkTimeCases(t, cases)
}

func TestAgeAt(t *testing.T) {
	// The clock time and location do not matter, only each time's date.
	birth := time.Date(2000, 2, 29, 23, 59, 0, 0, time.UTC)
	for _, c := range []struct {
		on   time.Time
		want int
	}{
		{time.Date(2001, 2, 28, 23, 0, 0, 0, time.UTC), 0},
		{time.Date(2001, 3, 1, 0, 0, 0, 0, time.UTC), 1},
		{time.Date(2004, 2, 29, 0, 0, 0, 0, time.FixedZone("x", -5*3600)), 4},
	} {
		if got, err := convert.AgeAt(birth, c.on); got != c.want || err != nil {
			t.Errorf("AgeAt(%v, %v) = %d, %v; want %d", birth, c.on, got, err, c.want)
		}
	}
	if _, err := convert.AgeAt(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Now()); err == nil ||
		err.Error() != "ValueError: year 10000 is out of range" {
		t.Errorf("year 10000: %v", err)
	}
}
