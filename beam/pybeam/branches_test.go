package pybeam

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// inFlight and maxInFlight count the elements being processed at once by
// concurrencyFn in this process (prism runs the SDK harness in-process).
var inFlight, maxInFlight atomic.Int64

// concurrencyFn passes lines through, noting how many it is processing at
// once; every 100th line it pauses, so that bundles that can overlap do.
type concurrencyFn struct{}

func (*concurrencyFn) ProcessElement(line string, emit func(string)) {
	n := inFlight.Add(1)
	for m := maxInFlight.Load(); n > m && !maxInFlight.CompareAndSwap(m, n); m = maxInFlight.Load() {
	}
	if strings.HasSuffix(line, "00") {
		time.Sleep(time.Millisecond)
	}
	inFlight.Add(-1)
	emit(line)
}

func init() { register.DoFn2x0[string, func(string)](&concurrencyFn{}) }

// TestBranchesRunAtOnce: prism gives a stage's elements to one bundle, so
// one reader's lines are processed one at a time; a DoFn applied to each
// of 3 branches (ReadBranches) runs in 3 bundles at once, and the lines are
// still each read once. This is the parallelism pyround-beam --branches
// gives on prism.
func TestBranchesRunAtOnce(t *testing.T) {
	var b strings.Builder
	var want []string
	for i := range 30_000 {
		line := fmt.Sprintf("row,%d", i)
		b.WriteString(line + "\n")
		want = append(want, line)
	}
	path := writeFile(t, t.TempDir(), "in.csv", b.String())
	for _, tc := range []struct {
		branches int
		atOnce   func(int64) bool
		want     string
	}{
		{1, func(n int64) bool { return n == 1 }, "1"},
		{3, func(n int64) bool { return n >= 2 }, "2 or more"},
	} {
		maxInFlight.Store(0)
		p, s := beam.NewPipelineWithRoot()
		var outs []beam.PCollection
		for _, branch := range ReadBranches(s, path, ReadOptions{Branches: tc.branches}) {
			outs = append(outs, beam.ParDo(s, &concurrencyFn{}, branch))
		}
		passert.Equals(s, beam.Flatten(s, outs...), anys(want)...)
		ptest.RunAndValidate(t, p)
		if got := maxInFlight.Load(); !tc.atOnce(got) {
			t.Errorf("%d branches: at most %d lines processed at once, want %s", tc.branches, got, tc.want)
		}
	}
}
