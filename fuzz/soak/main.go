// Command soak runs pyround's random differential tests against CPython
// for a long time: N cases per capability (round, divmod, format, hms,
// bin, binvalue, shard, chunks, chunksall, bintime, fromisoformat, eval,
// evalcmp), in chunks, in parallel, and prints the cases run and the
// mismatches found per capability.
//
// Every case is drawn by the oracle's generator (internal/oracle/oracle.py,
// `gen OP SEED COUNT`), answered by CPython 3.11, and checked by the same
// code the repository's live tests use: package pyops, the operations
// every surface calls, for round, floordiv/mod/divmod, format, hms, bin,
// binvalue, shard, chunks, bintime and fromisoformat (pyops TestRoundLive,
// TestDivLive, TestFormatLive, TestHMSLive, TestBinLive, TestBinningLive,
// TestShardLive, TestChunksLive, TestChunksAllLive, TestTimeBinLive,
// TestFromISOFormatLive, and roundinc: TestRoundIncrementLive) and
// pyexpr.Eval for eval and evalcmp (pyexpr TestEvalLive, TestEvalFormsLive:
// comparisons, booleans and tuples). The soak builds those two test binaries once and
// runs them over and over with PYROUND_SEED=BASE+i and
// PYROUND_DIFF_CASES=CHUNK, so chunk i of a capability is reproducible
// with
//
//	PYROUND_SEED=<seed> PYROUND_DIFF_CASES=<chunk> go test ./pyops -run '^TestRoundLive$' -v
//
// The divmod capability counts the cases of its three ops (floordiv, mod,
// divmod; a chunk runs CHUNK/3 of each).
//
// Usage (from the repository root):
//
//	go run ./fuzz/soak                      # 10,000,000 cases per capability
//	go run ./fuzz/soak -n 100000            # a quick run
//	go run ./fuzz/soak -n 1000000 -caps round,eval -j 2 -seed 42
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type capability struct {
	name  string
	pkg   string // package whose test binary checks it
	test  string // -test.run pattern
	ops   int    // oracle ops per chunk (divmod: floordiv, mod, divmod)
	chunk int    // default cases per chunk
}

var caps = []capability{
	{"round", "./pyops", "^TestRoundLive$", 1, 100_000},
	{"roundinc", "./pyops", "^TestRoundIncrementLive$", 1, 100_000},
	{"divmod", "./pyops", "^TestDivLive$", 3, 90_000},
	{"format", "./pyops", "^TestFormatLive$", 1, 100_000},
	{"hms", "./pyops", "^TestHMSLive$", 1, 100_000},
	{"bin", "./pyops", "^TestBinLive$", 1, 100_000},
	{"binvalue", "./pyops", "^TestBinningLive$", 1, 100_000},
	{"shard", "./pyops", "^TestShardLive$", 1, 100_000},
	{"chunks", "./pyops", "^TestChunksLive$", 1, 100_000},
	{"chunksall", "./pyops", "^TestChunksAllLive$", 1, 50_000},
	{"bintime", "./pyops", "^TestTimeBinLive$", 1, 100_000},
	{"fromisoformat", "./pyops", "^TestFromISOFormatLive$", 1, 100_000},
	{"eval", "./pyexpr", "^TestEvalLive$", 1, 50_000},
	{"evalcmp", "./pyexpr", "^TestEvalFormsLive$", 1, 50_000},
}

type result struct {
	cases, mismatches int64
	chunks, failed    int
	elapsed           time.Duration // summed over chunks (CPU-ish time)
	samples           []string      // first mismatch or failure lines
}

var (
	checkedRE = regexp.MustCompile(`(\w+): (\d+) cases checked`)
	differRE  = regexp.MustCompile(`(\w+): (\d+) of (\d+) cases differ from Python`)
)

func main() {
	n := flag.Int64("n", 10_000_000, "cases per capability")
	capList := flag.String("caps", "round,divmod,format,hms,bin,binvalue,shard,chunks,chunksall,bintime,fromisoformat,eval,evalcmp", "capabilities to run, comma-separated")
	jobs := flag.Int("j", runtime.NumCPU(), "chunks run in parallel")
	seed := flag.Int64("seed", time.Now().UnixNano()%1_000_000_000_000, "base seed: chunk i uses seed+i")
	chunk := flag.Int("chunk", 0, "cases per chunk (0: the capability's default)")
	timeout := flag.Duration("timeout", 20*time.Minute, "limit for one chunk")
	duration := flag.Duration("duration", 0, "stop starting new chunks after this long (0: run all N cases)")
	flag.Parse()

	root, err := repoRoot()
	if err != nil {
		fatal(err)
	}
	want := map[string]bool{}
	for _, c := range strings.Split(*capList, ",") {
		want[strings.TrimSpace(c)] = true
	}
	var run []capability
	for _, c := range caps {
		if want[c.name] {
			run = append(run, c)
			delete(want, c.name)
		}
	}
	if len(want) > 0 {
		fatal(fmt.Errorf("unknown capabilities %v", keys(want)))
	}

	tmp, err := os.MkdirTemp("", "pyround-soak-")
	if err != nil {
		fatal(err)
	}
	// Ctrl-C (or SIGTERM) stops starting chunks: the summary still prints.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	stopping := make(chan struct{})
	go func() { <-sig; fmt.Println("soak: interrupted, finishing the running chunks"); close(stopping) }()
	exit := 2
	defer func() { os.RemoveAll(tmp); os.Exit(exit) }()
	bins := map[string]string{}
	for _, c := range run {
		if bins[c.pkg] != "" {
			continue
		}
		bin := filepath.Join(tmp, filepath.Base(c.pkg)+".test")
		cmd := exec.Command("go", "test", "-c", "-o", bin, c.pkg)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			os.RemoveAll(tmp)
			fatal(fmt.Errorf("building the %s test binary: %v\n%s", c.pkg, err, out))
		}
		bins[c.pkg] = bin
	}

	fmt.Printf("soak: %d cases per capability, %d jobs, base seed %d, python3 oracle\n", *n, *jobs, *seed)
	type task struct {
		c     capability
		seed  int64
		count int // cases per op
	}
	perCap := make([][]task, len(run))
	for ci, c := range run {
		size := c.chunk
		if *chunk > 0 {
			size = *chunk
		}
		perOp := size / c.ops
		if perOp < 1 {
			perOp = 1
		}
		left := *n
		for i := int64(0); left > 0; i++ {
			k := int64(perOp)
			if k*int64(c.ops) > left {
				k = (left + int64(c.ops) - 1) / int64(c.ops)
			}
			perCap[ci] = append(perCap[ci], task{c, *seed + i, int(k)})
			left -= k * int64(c.ops)
		}
	}

	// Round-robin over the capabilities, so that a run cut short by
	// -duration has covered all of them alike.
	var tasks []task
	for i := 0; ; i++ {
		added := false
		for _, ts := range perCap {
			if i < len(ts) {
				tasks = append(tasks, ts[i])
				added = true
			}
		}
		if !added {
			break
		}
	}

	results := map[string]*result{}
	for _, c := range run {
		results[c.name] = &result{}
	}
	var mu sync.Mutex
	start := time.Now()
	ch := make(chan task)
	var wg sync.WaitGroup
	for w := 0; w < *jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range ch {
				t0 := time.Now()
				cases, bad, fails, lines := runChunk(root, bins[t.c.pkg], t.c, t.seed, t.count, *timeout)
				el := time.Since(t0)
				mu.Lock()
				r := results[t.c.name]
				r.cases += cases
				r.mismatches += bad
				r.chunks++
				r.elapsed += el
				if fails {
					r.failed++
				}
				for _, l := range lines {
					if len(r.samples) < 40 {
						r.samples = append(r.samples, fmt.Sprintf("[%s seed %d chunk %d] %s", t.c.name, t.seed, t.count, l))
					}
				}
				fmt.Printf("%8.0fs %-6s seed %d: %d cases, %d mismatches%s (%.1fs)\n", time.Since(start).Seconds(),
					t.c.name, t.seed, cases, bad, map[bool]string{true: ", FAILED", false: ""}[fails], el.Seconds())
				mu.Unlock()
			}
		}()
	}
feed:
	for _, t := range tasks {
		if *duration > 0 && time.Since(start) > *duration {
			break
		}
		select {
		case ch <- t:
		case <-stopping:
			break feed
		}
	}
	close(ch)
	wg.Wait()

	total := time.Since(start)
	fmt.Printf("\nsoak finished in %s (base seed %d, %d jobs)\n", total.Round(time.Second), *seed, *jobs)
	fmt.Printf("%-8s %12s %11s %7s %8s %12s\n", "capab.", "cases", "mismatches", "chunks", "failed", "cases/s/job")
	exit = 0
	for _, c := range run {
		r := results[c.name]
		rate := 0.0
		if r.elapsed > 0 {
			rate = float64(r.cases) / r.elapsed.Seconds()
		}
		fmt.Printf("%-8s %12d %11d %7d %8d %12.0f\n", c.name, r.cases, r.mismatches, r.chunks, r.failed, rate)
		if r.mismatches > 0 || r.failed > 0 {
			exit = 1
		}
	}
	for _, c := range run {
		for _, s := range results[c.name].samples {
			fmt.Println(s)
		}
	}
}

// runChunk runs one chunk and returns the cases checked, the mismatches,
// whether the run failed otherwise (a crash, a timeout, an oracle error),
// and the lines describing what went wrong.
func runChunk(root, bin string, c capability, seed int64, count int, timeout time.Duration) (cases, bad int64, failed bool, lines []string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-test.run", c.test, "-test.v", "-test.count=1", "-test.timeout=0")
	cmd.Dir = filepath.Join(root, c.pkg)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // Ctrl-C stops the soak, not the running chunks
	cmd.Env = append(os.Environ(), "CI=true", "PYROUND_SEED="+strconv.FormatInt(seed, 10),
		"PYROUND_DIFF_CASES="+strconv.Itoa(count))
	out, err := cmd.CombinedOutput()
	differ := false
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	var detail []string
	for sc.Scan() {
		l := sc.Text()
		if m := checkedRE.FindStringSubmatch(l); m != nil {
			v, _ := strconv.ParseInt(m[2], 10, 64)
			cases += v
		}
		if m := differRE.FindStringSubmatch(l); m != nil {
			v, _ := strconv.ParseInt(m[2], 10, 64)
			bad += v
			differ = true
		}
		if strings.Contains(l, "got ") || strings.Contains(l, "Python ") || strings.Contains(l, "panic") ||
			strings.Contains(l, "Error") && !strings.Contains(l, "cases checked") {
			detail = append(detail, strings.TrimSpace(truncate(l, 400)))
		}
	}
	if err != nil && !differ {
		failed = true
		lines = append(lines, fmt.Sprintf("run failed: %v", err))
		tail := string(out)
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		lines = append(lines, tail)
		return
	}
	if differ {
		lines = detail
	}
	return
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.Contains(b, []byte("module github.com/pyround/pyround\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("soak: run it inside the pyround repository")
		}
		dir = parent
	}
}

func keys(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "soak:", err)
	os.Exit(2)
}
