package convert_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/proptest"
)

// TestPagesGolden replays testdata/pages.tsv: page counts (math.ceil on
// exact fractions), offsets, limits, "Showing" texts, clamping and
// rejection, the page of an item, and link windows.
func TestPagesGolden(t *testing.T) {
	checkTimeCases(t, loadTimeTable(t, "pages.tsv"))
}

// TestPagesLive compares fresh random cases with gen_time.py under python3.
func TestPagesLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	r := rand.New(rand.NewPCG(uint64(seed), 4))
	n := oracle.CaseCount(t, 6000)
	num := func() int64 {
		switch r.IntN(4) {
		case 0:
			return r.Int64N(30) - 2
		case 1:
			return r.Int64N(1000)
		case 2:
			return r.Int64N(1 << 62)
		}
		return r.Int64N(1e6)
	}
	var cases []timeCase
	var lines []string
	for range n {
		s := func(v int64) string { return strconv.FormatInt(v, 10) }
		var c []string
		switch r.IntN(3) {
		case 0:
			c = []string{"pages", s(num()), s(num()), s(num()), []string{"clamp", "reject"}[r.IntN(2)]}
		case 1:
			c = []string{"pageof", s(num()), s(num())}
		default:
			pages := num()
			c = []string{"window", s(r.Int64N(max(pages, 1)+2) - 1), s(pages), s(r.Int64N(6) - 1)}
		}
		cases = append(cases, timeCase{args: c})
		lines = append(lines, strings.Join(c, "\t"))
	}
	for i, w := range o.RunScript(t, liveTimeScript(t), lines) {
		cases[i].want = w
	}
	checkTimeCases(t, cases)
}

// TestPagesCover checks with gopter that the pages of a list hold every
// item exactly once, in order, and that PageOf finds each item's page.
func TestPagesCover(t *testing.T) {
	props := proptest.Properties(t, 3000)
	props.Property("pages cover every item exactly once", prop.ForAll(func(total, per int64) bool {
		n, err := convert.Pages(total, per)
		if err != nil {
			return false
		}
		next := int64(0)
		for p := int64(1); p <= max(n, 1); p++ {
			pg, err := convert.Paginate(total, per, p, convert.Reject)
			if err != nil || pg.Offset != next || pg.Limit < 0 || pg.Limit > per || (pg.Limit == 0) != (total == 0) {
				return false
			}
			for i := pg.Offset; i < pg.Offset+pg.Limit; i += max(1, pg.Limit/3) {
				if q, _ := convert.PageOf(i, per); q != p {
					return false
				}
			}
			next += pg.Limit
		}
		return next == total
	}, gen.Int64Range(0, 5000), gen.Int64Range(1, 300)))
	props.TestingRun(t)
}

func BenchmarkPaginate(b *testing.B) {
	buf := make([]byte, 0, 64)
	for i := int64(0); b.Loop(); i++ {
		p, _ := convert.Paginate(1e6, 25, i%50000, convert.Clamp)
		buf = p.AppendShowing(buf[:0])
	}
}
