#!/usr/bin/env bash
# Measures issue 2's performance targets in one run and prints the ratios
# written in README.md: Go benchmarks (median of COUNT runs) and CPython's
# round(x, 2) via bench/cpython_round.py, on the same 1,048,576 floats.
#
#   bash bench/rounding.sh          # COUNT=6 by default
set -euo pipefail
cd "$(dirname "$0")/.."
count="${COUNT:-6}"
out=$(mktemp)
go test ./rounding -run '^$' -bench . -benchmem -count "$count" >"$out"
python3 bench/cpython_round.py 2>/dev/null >>"$out"
echo "# $(date -u +%Y-%m-%d), $(go version | cut -d' ' -f3), $(grep -m1 '^cpu:' "$out" | cut -d' ' -f2-), $(nproc) cores, python $(python3 -c 'import platform; print(platform.python_version())')"
awk '
/^Benchmark/ {
  name=$1; sub(/-[0-9]+$/, "", name)
  for (i = 3; i <= NF; i++) {
    if ($(i+1) == "ns/op") ns[name] = ns[name] " " $i
    if ($(i+1) == "allocs/op") al[name] = $i
  }
}
function median(s,   a, n, i, j, t) {
  n = split(s, a, " ")
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
END {
  for (k in ns) m[k] = median(ns[k])
  printf "| benchmark | ns/op | allocs/op |\n|---|---|---|\n"
  for (k in m) printf "| %s | %.2f | %s |\n", k, m[k], (k in al) ? al[k] : "-" | "sort"
  close("sort")
  printf "\n"
  printf "Round(x, 2): %.2f ns/op; strconv round trip / Round = %.1fx (target >= 8x); CPython round(x, 2) / Round = %.0fx (target >= 40x)\n", \
    m["BenchmarkRound2"], m["BenchmarkStrconvRoundTrip2"] / m["BenchmarkRound2"], m["BenchmarkCPythonRound2"] / m["BenchmarkRound2"]
  printf "RoundDecimal HalfEven: %.1f ns/op; shopspring RoundBank / RoundDecimal = %.2fx (target >= 3x)\n", \
    m["BenchmarkRoundDecimalHalfEven2"], m["BenchmarkShopspringRoundBank2"] / m["BenchmarkRoundDecimalHalfEven2"]
}' "$out"
rm -f "$out"
