// Command serve is the load test of the web workbench (pyround serve):
// GET /api/explain at a fixed rate over loopback, open loop (a request
// is sent every 1/rate seconds whether or not the earlier ones have
// been answered), and the latency percentiles. It serves the workbench
// itself, in this process, on 127.0.0.1:0 with webui's default limits,
// unless -url names a running `pyround serve`; it never asks any other
// host than the loopback one.
//
//	go run ./bench/serve [-rate 1000] [-duration 10s] [-url http://127.0.0.1:8080/]
//
// It prints one line of key=value pairs (bench/serve/run.sh reads it).
// The run is bounded: rate × duration requests at most (rate ≤ 20,000,
// duration ≤ 60 s), at most 512 in flight (a request that would exceed
// it is counted as dropped, not sent).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pyround/pyround/webui"
)

func main() {
	rate := flag.Int("rate", 1000, "requests per second (at most 20000)")
	duration := flag.Duration("duration", 10*time.Second, "how long (at most 60s)")
	target := flag.String("url", "", "a running workbench on the loopback (default: one in this process)")
	flag.Parse()
	if *rate < 1 || *rate > 20_000 || *duration <= 0 || *duration > time.Minute {
		fmt.Fprintln(os.Stderr, "bench/serve: want 1 <= -rate <= 20000 and 0 < -duration <= 60s")
		os.Exit(2)
	}
	base := *target
	if base == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench/serve:", err)
			os.Exit(1)
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go webui.Serve(ctx, ln, webui.Options{})
		base = "http://" + ln.Addr().String() + "/"
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "http" || !isLoopback(u.Hostname()) {
		fmt.Fprintln(os.Stderr, "bench/serve: -url must be http:// on the loopback")
		os.Exit(2)
	}
	tr := &http.Transport{MaxIdleConnsPerHost: 512, MaxConnsPerHost: 512, IdleConnTimeout: 30 * time.Second}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	xs := []string{"2.675", "1.005", "0.125", "2.5", "-0.045", "123456.789", "1e-7", "0.1"}
	// warm up: connections and caches
	for i := 0; i < 200; i++ {
		get(client, fmt.Sprintf("%sapi/explain?x=%s&n=2", base, xs[i%len(xs)]))
	}

	total := int(int64(*rate) * int64(*duration) / int64(time.Second))
	lat := make([]time.Duration, total)
	var ok, failed, dropped atomic.Int64
	var inflight atomic.Int64
	var wg sync.WaitGroup
	interval := time.Second / time.Duration(*rate)
	start := time.Now()
	for i := 0; i < total; i++ {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		if inflight.Load() >= 512 {
			dropped.Add(1)
			lat[i] = -1
			continue
		}
		inflight.Add(1)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer inflight.Add(-1)
			t0 := time.Now()
			if get(client, fmt.Sprintf("%sapi/explain?x=%s&n=%d", base, xs[i%len(xs)], i%4)) {
				ok.Add(1)
			} else {
				failed.Add(1)
			}
			lat[i] = time.Since(t0)
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	var ls []time.Duration
	for _, l := range lat {
		if l >= 0 {
			ls = append(ls, l)
		}
	}
	slices.Sort(ls)
	pct := func(p float64) float64 {
		if len(ls) == 0 {
			return 0
		}
		return float64(ls[min(len(ls)-1, int(p*float64(len(ls))))].Microseconds()) / 1000
	}
	fmt.Printf("requests=%d ok=%d failed=%d dropped=%d seconds=%.2f achieved_rps=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f cpus=%d go=%s\n",
		total, ok.Load(), failed.Load(), dropped.Load(), elapsed.Seconds(), float64(ok.Load())/elapsed.Seconds(),
		pct(0.50), pct(0.90), pct(0.99), pct(0.999), pct(1), runtime.NumCPU(), runtime.Version())
	if failed.Load() > 0 || dropped.Load() > 0 {
		os.Exit(1)
	}
}

// get asks url and reports a 200 whose body was read in full.
func get(c *http.Client, url string) bool {
	resp, err := c.Get(url)
	if err != nil {
		return false
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return err == nil && resp.StatusCode == 200
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
