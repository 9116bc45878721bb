#!/usr/bin/env bash
# The comparison with CPython and the Go decimal libraries, in one go:
#
#   bash bench/run.sh            # COUNT=6 runs, BENCHTIME=200ms, N=1000000
#
# 1. the Go benchmarks of bench/libs (its own module, so pyround's module
#    does not depend on the peers), COUNT times over the whole suite so that
#    load on a shared machine falls on every row alike;
# 2. CPython's timings on the same data (bench/cpython_libs.py);
# 3. the mismatch counts: bench/expected.py writes CPython's results for the
#    first N values of each data set, bench/libs/cmd/mismatches recomputes
#    them with every Go implementation and counts the differences;
# 4. bench/libs/cmd/report writes the tables between the
#    "<!-- bench:libraries begin/end -->" markers of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
count="${COUNT:-6}" # benchstat gives a confidence interval from 6 runs on
benchtime="${BENCHTIME:-200ms}"
n="${N:-1000000}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(load)

echo "== go benchmarks (bench/libs), $count runs of -benchtime $benchtime" >&2
(cd bench/libs && go test -c -o "$tmp/libs.test" .)
(cd bench/libs && "$tmp/libs.test" -test.run '^TestDataMatchesPython$' >/dev/null)
for i in $(seq "$count"); do
  echo "-- run $i/$count (load $(load))" >&2
  (cd bench/libs && "$tmp/libs.test" -test.run '^$' -test.bench . -test.benchmem -test.benchtime "$benchtime") >>"$tmp/bench.txt"
done
load_mid=$(load)

echo "== CPython (bench/cpython_libs.py)" >&2
python3 bench/cpython_libs.py >"$tmp/cpython.txt"

echo "== mismatches on $n inputs (bench/expected.py | cmd/mismatches)" >&2
(cd bench/libs && go build -o "$tmp/mismatches" ./cmd/mismatches)
python3 bench/expected.py "$n" | "$tmp/mismatches" >"$tmp/mismatches.txt"
load_end=$(load)

benchstat="$(command -v benchstat || true)"
if [ -z "$benchstat" ] && [ -x "$(go env GOPATH)/bin/benchstat" ]; then
  benchstat="$(go env GOPATH)/bin/benchstat"
fi
if [ -z "$benchstat" ]; then
  go install golang.org/x/perf/cmd/benchstat@latest >&2 && benchstat="$(go env GOPATH)/bin/benchstat" || true
fi
if [ -n "$benchstat" ]; then
  # The sec/op table only (B/op and allocs/op are in the tables).
  "$benchstat" "$tmp/bench.txt" 2>/dev/null | awk '/B\/op/ { exit } { print }' >"$tmp/benchstat.txt" || true
fi

machine="Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(go version | cut -d' ' -f3), Python $(python3 -c 'import platform; print(platform.python_version())'), $(uname -sm)."
(cd bench/libs && go run ./cmd/report \
  -bench "$tmp/bench.txt" -cpython "$tmp/cpython.txt" -mismatches "$tmp/mismatches.txt" \
  -benchstat "$tmp/benchstat.txt" -count "$count" -n "$n" -machine "$machine" \
  -load "Load average (1, 5, 15 min) at the start $load_start, after the Go runs $load_mid, at the end $load_end: a shared 2-core machine, so compare ratios within a table, not across runs." \
  -write "$root/BENCHMARKS.md")
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp "$tmp"/*.txt "$KEEP"/
fi
echo "== BENCHMARKS.md updated" >&2
