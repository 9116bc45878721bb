#!/usr/bin/env bash
# Load test of the web workbench (pyround serve, issue 22): GET
# /api/explain at RATE requests per second for DURATION over loopback,
# open loop, against a workbench served in the same process with webui's
# default limits (bench/serve/main.go), and writes the latency
# percentiles into BENCHMARKS.md (between the bench/serve markers;
# rerunning replaces them). Target: p99 <= 2 ms at 1,000 requests/s.
#
#   bash bench/serve/run.sh
#
# Environment: RATE (default 1000), DURATION (default 10s), WRITE=0
# (print the section only, leave BENCHMARKS.md alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
rate=${RATE:-1000}
duration=${DURATION:-10s}

die() { echo "bench/serve/run.sh: $*" >&2; exit 1; }
command -v go >/dev/null || die "needs go"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/serve-bench" ./bench/serve
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "# GET /api/explain at $rate/s for $duration" >&2
"$tmp/serve-bench" -rate "$rate" -duration "$duration" >"$tmp/out.txt" || { cat "$tmp/out.txt" >&2; die "the run failed or dropped requests"; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
cat "$tmp/out.txt" >&2

# Page ready: navigation start to the first explanation rendered, in
# headless Chromium on a real pyround serve (browser/TestPageReady, best of
# 3 loads); skipped with a note where Chromium is missing.
ready="not measured (no /usr/bin/chromium)"
ready_verdict="not measured"
if [ -x /usr/bin/chromium ]; then
  echo "# page ready in headless Chromium" >&2
  (cd browser && go test -run '^TestPageReady$' -count 1 -v ./...) >"$tmp/ready.txt" 2>&1 || { cat "$tmp/ready.txt" >&2; die "TestPageReady failed"; }
  ready_ms=$(grep -o 'page ready: best of 3 [0-9.]* ms' "$tmp/ready.txt" | awk '{ print $6 }')
  [ -n "$ready_ms" ] || die "TestPageReady logged no time"
  ready="$ready_ms ms"
  ready_verdict=$(awk -v p="$ready_ms" 'BEGIN { print (p <= 300) ? "met" : "missed" }')
fi

# v KEY prints the value of KEY=VALUE in the result line.
v() { tr ' ' '\n' <"$tmp/out.txt" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
p99=$(v p99_ms)
verdict=$(awk -v p="$p99" 'BEGIN { print (p <= 2) ? "met" : "missed" }')
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)

publish_section serve "<!-- bench/serve:begin -->
## Web workbench: pyround serve under load

\`bash bench/serve/run.sh\` (bench/serve/main.go): GET /api/explain (x
cycling through 2.675, 1.005, 0.125, 2.5, -0.045, 123456.789, 1e-7, 0.1;
n 0 to 3) at $rate requests/s for $duration over loopback, open loop (a
request every 1/rate s, whether or not the earlier ones are answered;
keep-alive connections), against the workbench served in the same
process with its default limits (32 requests in flight). Latency is from
sending a request to reading its whole body.

| requests | answered 200 | failed | dropped | achieved | p50 | p90 | p99 | p99.9 | max |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| $(v requests) | $(v ok) | $(v failed) | $(v dropped) | $(v achieved_rps)/s | $(v p50_ms) ms | $(v p90_ms) ms | $(v p99_ms) ms | $(v p999_ms) ms | $(v max_ms) ms |

Target p99 <= 2 ms: **$verdict**. $(v cpus) CPUs ($cpu), $(v go);
load average $load_before before, $load_after after.

Page ready in headless Chromium (Debian's chromium; navigation start to
the first explanation rendered, \`/?x=2.675&n=2\` on a real \`pyround
serve\`, best of 3 loads, browser/TestPageReady): **$ready**, target
300 ms: **$ready_verdict**.
<!-- bench/serve:end -->"
