package pybeam

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pyround/pyround/pyops"
)

func init() {
	register.DoFn2x0[string, func(string)](&identityFn{})
}

// identityFn emits each line as it is: the baseline of the record
// benchmark, a DoFn that does nothing but take and give an element (and
// copy it, as the rewrite must make a new string).
type identityFn struct{}

func (*identityFn) ProcessElement(line string, emit func(string)) {
	emit(strings.Clone(line))
}

// benchCSV writes rows price-like CSV rows (the BENCH_CSV environment
// variable names an existing file to use instead, as bench/beam/run.sh
// does, so that the command and the pipeline read the same bytes).
func benchCSV(b *testing.B, rows int) string {
	if path := os.Getenv("BENCH_CSV"); path != "" {
		return path
	}
	path := filepath.Join(b.TempDir(), "in.csv")
	rng := rand.New(rand.NewPCG(7, 7))
	var sb strings.Builder
	sb.WriteString("id,note,price,qty\n")
	for i := range rows {
		fmt.Fprintf(&sb, "%d,\"note, %d\",%.3f,%d\n", i, rng.IntN(1000), (rng.Float64()-0.5)*2e4, rng.IntN(50))
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

var benchCalls int

// BenchmarkPrismCSV runs the whole pipeline of `pyround-beam round --csv
// --column price -n 2` on prism, read, transform, write, and the same
// pipeline with identityFn in place of the rewrite: the ratio of their
// rows/s (the metrics identity-rows/s and round-rows/s) is what pyround
// adds to a Beam job. Each iteration runs both, in an order that
// alternates between iterations and calls (-count), after a warm-up run
// that pays for starting prism, so that neither is favoured.
func BenchmarkPrismCSV(b *testing.B) {
	rows := 200_000
	if n, err := strconv.Atoi(os.Getenv("BENCH_ROWS")); err == nil {
		rows = n
	}
	in := benchCSV(b, rows)
	if data, err := os.ReadFile(in); err == nil {
		rows = strings.Count(string(data), "\n") - 1
	}
	header := "id,note,price,qty"
	run := func(name, out string) time.Duration {
		p, s := beam.NewPipelineWithRoot()
		lines := ReadLines(s, in, ReadOptions{Header: true})
		var res beam.PCollection
		if name == "identity" {
			res = beam.ParDo(s, &identityFn{}, lines)
		} else {
			r, err := RewriteRecords(s, pyops.Spec{Op: "round", N: "2"}, Records{Format: "csv", Columns: []string{"price"}}, header, lines)
			if err != nil {
				b.Fatal(err)
			}
			res = r.Lines
		}
		if err := WriteLines(s, out, ".csv", header, 4, res); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := ptest.Run(p); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	dir := b.TempDir()
	run("round", filepath.Join(dir, "warm-up", "out"))
	total := map[string]time.Duration{}
	for i := 0; b.Loop(); i++ {
		order := []string{"identity", "round"}
		if benchCalls++; benchCalls%2 == 0 {
			order[0], order[1] = order[1], order[0]
		}
		for _, name := range order {
			total[name] += run(name, filepath.Join(dir, strconv.Itoa(i), name, "out"))
		}
	}
	for name, d := range total {
		b.ReportMetric(float64(rows)*float64(b.N)/d.Seconds(), name+"-rows/s")
	}
}

// BenchmarkRewriteFn is the record transform's own cost per element, a
// CSV row with its price rounded, without a runner: what each worker
// spends per row on top of Beam's handling of the element. The one
// allocation is the output string Beam is given.
func BenchmarkRewriteFn(b *testing.B) {
	fn := &rewriteFn{Spec: pyops.Spec{Op: "round", N: "2"}, Records: Records{Format: "csv", Columns: []string{"price"}}, Header: "id,note,price,qty"}
	if err := fn.Setup(); err != nil {
		b.Fatal(err)
	}
	line := `184467,"note, 73",-4021.625,17`
	var out string
	emit := func(s string) { out = s }
	failed := func(Failed) { b.Fatal("failed") }
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		fn.ProcessElement(ctx, line, emit, failed)
	}
	if out != `184467,"note, 73",-4021.62,17` {
		b.Fatalf("rewrote %q", out)
	}
}
