#!/usr/bin/env bash
# Measures a package's performance targets in one run and prints the ratios
# written in README.md: its Go benchmarks (median of COUNT runs) and the
# CPython baseline (bench/cpython_PKG.py, timeit on identical data).
#
#   bash bench/run.sh rounding      # or: divmod, pyfmt; COUNT=6 by default
#
# Without an argument (or with "libs") it runs the whole comparison with
# CPython and the Go decimal libraries (bench/libs, bench/libs.sh) and
# rewrites its section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg="${1:-libs}"
if [ "$pkg" = libs ]; then
  exec bash bench/libs.sh
fi
count="${COUNT:-6}"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test "./$pkg" -run '^$' -bench . -benchmem -count "$count" >"$out"
if [ -f "bench/cpython_$pkg.py" ]; then
  python3 "bench/cpython_$pkg.py" 2>/dev/null >>"$out"
fi
echo "# $pkg: $(date -u +%Y-%m-%d), $(go version | cut -d' ' -f3), $(grep -m1 '^cpu:' "$out" | cut -d' ' -f2-), $(nproc) cores, python $(python3 -c 'import platform; print(platform.python_version())')"
awk -v pkg="$pkg" '
/^Benchmark/ {
  name=$1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
  for (i = 3; i <= NF; i++) {
    if ($(i+1) == "ns/op") ns[name] = ns[name] " " $i
    if ($(i+1) == "allocs/op") al[name] = $i
  }
}
function median(s,   a, n, i, j, t) {
  n = split(s, a, " ")
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function ratio(label, num, den, target) {
  printf "%s: %.2fx (target %s)\n", label, m[num] / m[den], target
}
END {
  for (k in ns) m[k] = median(ns[k])
  printf "| benchmark | ns/op | allocs/op |\n|---|---|---|\n"
  for (k in m) printf "| %s | %.2f | %s |\n", k, m[k], (k in al) ? al[k] : "-" | "sort"
  close("sort")
  printf "\n"
  if (pkg == "rounding") {
    ratio("strconv round trip / Round(x, 2)", "StrconvRoundTrip2", "Round2", ">= 8x")
    ratio("CPython round(x, 2) / Round(x, 2)", "CPythonRound2", "Round2", ">= 40x")
    ratio("shopspring RoundBank / RoundDecimal", "ShopspringRoundBank2", "RoundDecimalHalfEven2", ">= 3x")
  } else if (pkg == "divmod") {
    ratio("DivMod int64 / bare Go / and %", "DivModInt64", "GoDivModInt64", "<= 1.5x")
    ratio("CPython divmod / DivModFloat", "CPythonDivMod", "DivModFloat", ">= 20x")
  } else if (pkg == "pyfmt") {
    ratio("AppendRepr / strconv AppendFloat g -1", "AppendRepr", "StrconvAppendFloatG", "<= 1.2x")
    ratio("AppendFormatFloat .2f / strconv AppendFloat f 2", "AppendFormatFloat2f", "StrconvAppendFloatF2", "<= 1.3x")
    ratio("same, short decimals", "AppendFormatFloat2fShort", "StrconvAppendFloatF2Short", "<= 1.3x")
    ratio("AppendFormatAPD ,.2f / apd Quantize + Text f", "AppendFormatAPD", "APDQuantizeText", "<= 1x")
  }
}' "$out"
