#!/usr/bin/env bash
# Compares this tree's speed with an earlier commit's, in one run, so that a
# restructuring can show that performance holds:
#   1. the Go benchmark rows of bench/run.sh (Round, AppendRounded, text
#      rounding, RoundDecimal, divmod, repr, format, big ints), both trees'
#      test binaries taking turns, COUNT rounds, median per row;
#   2. the CLI pipeline of bench/pipeline: `pyround round -n 2` on LINES
#      lines and on a CSV of LINES rows (2 of 10 columns), --jobs 1 and the
#      default, both binaries taking turns, best of RUNS, with the outputs
#      compared byte for byte.
#
#   bash bench/compare.sh BASE [LINES]      # e.g. bash bench/compare.sh 8c33c7d
#
# Environment: COUNT (default 6), RUNS (default 5), BENCHTIME (default 0.5s),
# BENCH=0 (the pipeline only).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: bash bench/compare.sh BASE [LINES]}
lines=${2:-2000000}
count=${COUNT:-6}
runs=${RUNS:-5}
benchtime=${BENCHTIME:-0.5s}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyround-compare.XXXXXX")
cleanup() { git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
git worktree add -q --detach "$tmp/base" "$base"

echo "# $(git rev-parse --short "$base") (base) against $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes') (new)," \
  "$(date -u '+%Y-%m-%d %H:%M UTC'), $(go version | cut -d' ' -f3), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

# The benchmark rows: package and benchmark name in each tree. The text
# rounding path moved from package rounding to package pyops.
rows=(
  "rounding Round2 rounding Round2"
  "rounding AppendRounded2 rounding AppendRounded2"
  "rounding RoundDecimalHalfEven2 rounding RoundDecimalHalfEven2"
  "rounding RoundDecimalModes rounding RoundDecimalModes"
  "rounding AppendRoundText pyops AppendRoundText"
  "divmod DivModInt64 divmod DivModInt64"
  "divmod DivModFloat divmod DivModFloat"
  "divmod DivModDecimal divmod DivModDecimal"
  "pyfmt AppendRepr pyfmt AppendRepr"
  "pyfmt AppendFormatFloat2f pyfmt AppendFormatFloat2f"
  "pyfmt AppendFormatAPD pyfmt AppendFormatAPD"
  "pyfmt AppendBigInt4300 pyfmt AppendBigInt4300"
  "pyfmt BigIntDigits pyfmt BigIntDigits"
)
[ "${BENCH:-1}" = 0 ] && rows=()
for tree in base new; do
  [ ${#rows[@]} -eq 0 ] && break
  dir=.
  [ "$tree" = base ] && dir=$tmp/base
  for pkg in rounding divmod pyfmt pyops; do
    [ -d "$dir/$pkg" ] || continue
    (cd "$dir" && go test -c -o "$tmp/$tree-$pkg.test" "./$pkg" >/dev/null)
  done
done
for ((i = 1; i <= count && ${#rows[@]} > 0; i++)); do
  for r in "${rows[@]}"; do
    read -r bp bb np nb <<<"$r"
    for tree in base new; do
      pkg=$bp name=$bb dir=$tmp/base
      [ "$tree" = new ] && pkg=$np name=$nb dir=$PWD
      (cd "$dir/$pkg" && "$tmp/$tree-$pkg.test" -test.run '^$' -test.bench "^Benchmark$name\$" -test.benchtime "$benchtime") |
        awk -v t="$tree" -v row="$bb" '/^Benchmark/ { for (i = 3; i <= NF; i++) if ($(i+1) == "ns/op") print t, row, $i }' >>"$tmp/bench.txt"
    done
  done
done
if [ ${#rows[@]} -gt 0 ]; then
echo
echo "| benchmark | base ns/op | new ns/op | new / base |"
echo "|---|---|---|---|"
awk '
function median(s,   a, n, i, j, t) {
  n = split(s, a, " ")
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{ v[$2 " " $1] = v[$2 " " $1] " " $3; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
END { for (i = 1; i <= n; i++) { b = median(v[order[i] " base"]); w = median(v[order[i] " new"]); printf "| %s | %.2f | %.2f | %.3f |\n", order[i], b, w, w / b } }
' "$tmp/bench.txt"
fi

# The CLI pipeline.
(cd "$tmp/base" && go build -o "$tmp/pyround-base" ./cmd/pyround)
go build -o "$tmp/pyround-new" ./cmd/pyround
go build -o "$tmp/gen" ./bench/pipeline/gen
"$tmp/gen" -lines "$lines" >"$tmp/lines.txt"
"$tmp/gen" -csv "$lines" >"$tmp/rows.csv"
now() { date +%s%N; }
declare -A best
for ((i = 1; i <= runs; i++)); do
  for job in "lines default" "lines 1" "csv default" "csv 1"; do
    read -r kind jobs <<<"$job"
    for tree in base new; do
      args=(round -n 2)
      [ "$jobs" = 1 ] && args+=(--jobs 1)
      input=$tmp/lines.txt
      if [ "$kind" = csv ]; then args+=(--csv --column c3,c7); input=$tmp/rows.csv; fi
      t0=$(now)
      "$tmp/pyround-$tree" "${args[@]}" <"$input" >"$tmp/out-$tree-$kind-$jobs"
      t=$(( $(now) - t0 ))
      k="$kind $jobs $tree"
      if [ -z "${best[$k]:-}" ] || [ "$t" -lt "${best[$k]}" ]; then best[$k]=$t; fi
    done
    cmp -s "$tmp/out-base-$kind-$jobs" "$tmp/out-new-$kind-$jobs" || { echo "outputs differ: $kind --jobs $jobs" >&2; exit 1; }
  done
done
echo
echo "| pipeline ($lines lines / rows, best of $runs) | base | new | new rate / base rate |"
echo "|---|---|---|---|"
for job in "lines default" "lines 1" "csv default" "csv 1"; do
  read -r kind jobs <<<"$job"
  b=${best["$kind $jobs base"]} n=${best["$kind $jobs new"]}
  awk -v k="$kind" -v j="$jobs" -v b="$b" -v n="$n" -v l="$lines" 'BEGIN {
    printf "| %s, --jobs %s | %.3f s (%.2fM/s) | %.3f s (%.2fM/s) | %.1f%% |\n", k, j, b / 1e9, l / b * 1e3, n / 1e9, l / n * 1e3, 100 * b / n }'
done
echo "outputs: byte-identical for every run"
