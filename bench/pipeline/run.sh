#!/usr/bin/env bash
# Times pyround in a data pipeline against Python and against a bare Go loop,
# in one run, on data it generates itself, and writes the results into
# BENCHMARKS.md (between the bench/pipeline markers; rerunning replaces them).
#
#   bash bench/pipeline/run.sh            # 10,000,000 lines and 10,000,000 CSV rows
#   bash bench/pipeline/run.sh 1000000    # a quicker run: 1M lines, 1M rows
#
# Environment: ROWS (CSV rows, default = LINES), RUNS (best of, default 3),
# WRITE=0 (print the section only, leave BENCHMARKS.md alone), TMPDIR.
#
# What it measures (wall time: best of RUNS, the commands taking turns;
# peak RSS: the largest of the runs, from GNU time's %M):
#   a) pyround round -n 2 < lines   vs Python's one-liner
#      sys.stdout.write('\n'.join(repr(round(float(l), 2)) for l in sys.stdin))
#      vs bench/pipeline/bareloop (strconv.ParseFloat + AppendFloat 'g' -1, no rounding)
#   b) pyround round -n 2 --csv --column c3,c7 < rows.csv   vs bench/pipeline/csv_round.py
#   c) --jobs 1 vs --jobs 2 for both
#   d) peak RSS of pyround on both files
# and checks that pyround's outputs equal Python's byte for byte (the
# one-liner writes no final newline; one is added before comparing) and that
# --jobs 1, --jobs 2 and the default give identical bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
lines=${1:-10000000}
rows=${ROWS:-$lines}
runs=${RUNS:-3}

die() { echo "bench/pipeline/run.sh: $*" >&2; exit 1; }
for tool in go python3 cmp awk; do
  command -v "$tool" >/dev/null || die "needs $tool"
done
need_gnu_time

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyround-pipeline.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "# building pyround, bareloop and the generator" >&2
go build -o "$tmp/pyround" ./cmd/pyround
go build -o "$tmp/bareloop" ./bench/pipeline/bareloop
go build -o "$tmp/gen" ./bench/pipeline/gen
pyround=$tmp/pyround

echo "# generating $lines lines and $rows CSV rows in $tmp" >&2
"$tmp/gen" -lines "$lines" >"$tmp/lines.txt"
"$tmp/gen" -csv "$rows" >"$tmp/rows.csv"
lines_bytes=$(stat -c %s "$tmp/lines.txt")
csv_bytes=$(stat -c %s "$tmp/rows.csv")

# Which of the pipeline flags this pyround has (all of them, once issue 7 is in).
help=$("$pyround" round --help)
has() { grep -q -- "$1" <<<"$help"; }
has_jobs=0 has_csv=0
has --jobs && has_jobs=1
has --csv && has_csv=1

declare -A T M IN # best wall seconds, peak RSS KiB, input file
# bench NAME INPUT CMD...: registers a command to time with INPUT on stdin.
names=()
bench() {
  local name=$1
  IN[$name]=$2
  shift 2
  local -n argv="cmd_$name"
  argv=("$@")
  names+=("$name")
}
# once NAME: one timed run of NAME, its output in $tmp/NAME.out; keeps the
# best wall time and the largest peak RSS.
once() {
  local name=$1 start end m
  local -n argv="cmd_$name"
  [ "${T[$name]:-}" = failed ] && return 0
  start=$(date +%s%N)
  if ! /usr/bin/time -f %M -o "$tmp/rss" "${argv[@]}" <"${IN[$name]}" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    echo "# $name failed:" >&2
    head -5 "$tmp/$name.err" >&2
    T[$name]=failed M[$name]=0
    return 0
  fi
  end=$(date +%s%N)
  m=$(tail -1 "$tmp/rss")
  if ((m > ${M[$name]:-0})); then M[$name]=$m; fi
  if [ -z "${B[$name]:-}" ] || ((end - start < B[$name])); then B[$name]=$((end - start)); fi
  T[$name]=$(awk -v ns="${B[$name]}" 'BEGIN { printf "%.3f", ns / 1e9 }')
  echo "# $name: $(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }') s (best ${T[$name]} s), peak RSS $((m / 1024)) MiB" >&2
}
declare -A B # best wall nanoseconds

py_oneliner="import sys; sys.stdout.write('\n'.join(repr(round(float(l), 2)) for l in sys.stdin))"

bench py_lines "$tmp/lines.txt" python3 -c "$py_oneliner"
bench bare_lines "$tmp/lines.txt" "$tmp/bareloop"
bench pr_lines "$tmp/lines.txt" "$pyround" round -n 2
if ((has_jobs)); then
  bench pr_lines_j1 "$tmp/lines.txt" "$pyround" round -n 2 --jobs 1
  bench pr_lines_j2 "$tmp/lines.txt" "$pyround" round -n 2 --jobs 2
fi
bench py_csv "$tmp/rows.csv" python3 bench/pipeline/csv_round.py c3,c7
if ((has_csv)); then
  bench pr_csv "$tmp/rows.csv" "$pyround" round -n 2 --csv --column c3,c7
  if ((has_jobs)); then
    bench pr_csv_j1 "$tmp/rows.csv" "$pyround" round -n 2 --csv --column c3,c7 --jobs 1
    bench pr_csv_j2 "$tmp/rows.csv" "$pyround" round -n 2 --csv --column c3,c7 --jobs 2
  fi
fi
# Round robin: run i of every command before run i+1 of any, so a change
# in the machine's load hits them all alike.
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= runs; i++)); do
  for name in "${names[@]}"; do once "$name"; done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Output checks.
checks=()
# same A B LABEL: are files A and B byte-identical? Lists the first
# differing lines when not.
same() {
  if [ ! -f "$1" ] || [ ! -f "$2" ]; then
    checks+=("$3: not run")
  elif cmp -s "$1" "$2"; then
    checks+=("$3: byte-identical")
  else
    local n
    n=$(paste -d '\001' "$1" "$2" | awk -F '\001' '$1 != $2 { n++ } END { print n + 0 }')
    checks+=("$3: **differ** ($n lines; first: $(cmp "$1" "$2" 2>&1 | head -1 | sed "s|$tmp/||g"))")
    paste -d '\001' "$1" "$2" | awk -F '\001' '$1 != $2 { print "#   line " NR ": " $1 "  vs  " $2; if (++n == 5) exit }' >&2
  fi
}
ok() { [ "${T[$1]:-failed}" != failed ]; }
if ok py_lines; then printf '\n' >>"$tmp/py_lines.out"; fi # the one-liner writes no final newline
ok py_lines && ok pr_lines && same "$tmp/py_lines.out" "$tmp/pr_lines.out" "lines: pyround vs Python one-liner (+ final newline)"
ok pr_lines_j1 && same "$tmp/pr_lines.out" "$tmp/pr_lines_j1.out" "lines: default --jobs vs --jobs 1"
ok pr_lines_j2 && same "$tmp/pr_lines_j1.out" "$tmp/pr_lines_j2.out" "lines: --jobs 1 vs --jobs 2"
ok py_csv && ok pr_csv && same "$tmp/py_csv.out" "$tmp/pr_csv.out" "CSV: pyround vs csv_round.py"
ok pr_csv_j1 && same "$tmp/pr_csv.out" "$tmp/pr_csv_j1.out" "CSV: default --jobs vs --jobs 1"
ok pr_csv_j2 && same "$tmp/pr_csv_j1.out" "$tmp/pr_csv_j2.out" "CSV: --jobs 1 vs --jobs 2"

# The Markdown section.
fmt_num() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1e6 }'; }
# row NAME LABEL BYTES COUNT UNIT
row() {
  local t=${T[$1]:-} rss=${M[$1]:-0}
  if [ -z "$t" ]; then
    echo "| $2 | not run (flag missing) | | |"
  elif [ "$t" = failed ]; then
    echo "| $2 | failed | | |"
  else
    LABEL=$2 awk -v t="$t" -v b="$3" -v n="$4" -v u="$5" -v rss="$rss" 'BEGIN {
      printf "| %s | %.2f s | %.0f MB/s, %.2fM %s/s | %.1f MB |\n", ENVIRON["LABEL"], t, b / t / 1e6, n / t / 1e6, u, rss * 1024 / 1e6 }'
  fi
}
# target LABEL NUM DEN KIND GOAL: ratio NUM/DEN (times) or DEN/NUM as a
# percentage of throughput; met when >= GOAL.
target() {
  local a=${T[$2]:-} b=${T[$3]:-}
  if [ -z "$a" ] || [ -z "$b" ] || [ "$a" = failed ] || [ "$b" = failed ]; then
    echo "| $1 | — | $5 | not measured |"
    return
  fi
  awk -v a="$a" -v b="$b" -v kind="$4" -v goal="$5" -v label="$1" 'BEGIN {
    g = goal; gsub(/[^0-9.]/, "", g); g += 0
    if (kind == "x") { r = a / b; s = sprintf("%.1fx", r) } else { r = 100 * b / a; s = sprintf("%.0f%%", r) }
    if (kind == "faster") { r = a / b; s = sprintf("%.2fx", r); met = (r > 1) } else met = (r >= g)
    printf "| %s | **%s** | %s | %s |\n", label, s, goal, met ? "met" : "**not met**" }'
}
rss_target() {
  local m=${M[$2]:-}
  if [ -z "$m" ] || [ "${T[$2]}" = failed ]; then
    echo "| $1 | — | < 100 MB | not measured |"
    return
  fi
  awk -v m="$m" -v label="$1" 'BEGIN { mb = m * 1024 / 1e6; printf "| %s | **%.1f MB** | < 100 MB | %s |\n", label, mb, mb < 100 ? "met" : "**not met**" }'
}

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
section=$(
  echo "<!-- bench/pipeline:begin -->"
  echo "## Pipelines: \`bash bench/pipeline/run.sh\`"
  echo
  echo "Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, ${cpu:-unknown CPU}, $(go version | cut -d' ' -f3), Python $(python3 -c 'import platform; print(platform.python_version())')."
  echo "Data (generated by \`bench/pipeline/gen\`, splitmix64 seed 1): $(fmt_num "$lines") lines of one float ($(mib "$lines_bytes"));"
  echo "a CSV with a header and $(fmt_num "$rows") rows of 10 columns of ints, floats and text ($(mib "$csv_bytes")); c3 and c7 are rounded."
  echo "Wall time is the best of $runs runs (taken in turn), output to a file; peak RSS is GNU time's maximum resident set size."
  echo "Load average (1, 5, 15 min) before the runs: $load_start; after: $load_end (other work on the machine skews the times, most of all --jobs 2 on 2 cores)."
  echo
  echo "| command | wall | throughput | peak RSS |"
  echo "|---|---|---|---|"
  row py_lines "Python: \`sys.stdout.write('\\n'.join(repr(round(float(l), 2)) for l in sys.stdin))\`" "$lines_bytes" "$lines" lines
  row bare_lines "bare Go loop (\`bench/pipeline/bareloop\`: ParseFloat + AppendFloat 'g' -1, no rounding)" "$lines_bytes" "$lines" lines
  row pr_lines "\`pyround round -n 2\` (default --jobs = $(nproc))" "$lines_bytes" "$lines" lines
  row pr_lines_j1 "\`pyround round -n 2 --jobs 1\`" "$lines_bytes" "$lines" lines
  row pr_lines_j2 "\`pyround round -n 2 --jobs 2\`" "$lines_bytes" "$lines" lines
  row py_csv "Python csv module (\`bench/pipeline/csv_round.py c3,c7\`)" "$csv_bytes" "$rows" rows
  row pr_csv "\`pyround round -n 2 --csv --column c3,c7\` (default --jobs)" "$csv_bytes" "$rows" rows
  row pr_csv_j1 "same, \`--jobs 1\`" "$csv_bytes" "$rows" rows
  row pr_csv_j2 "same, \`--jobs 2\`" "$csv_bytes" "$rows" rows
  echo
  echo "| target | measured | goal | |"
  echo "|---|---|---|---|"
  target "lines: pyround vs Python one-liner (throughput ratio)" py_lines pr_lines x ">= 20x"
  target "lines: pyround as a share of the bare Go loop's throughput" pr_lines bare_lines pct ">= 50%"
  target "CSV, 2 of 10 columns: pyround vs Python's csv module" py_csv pr_csv x ">= 10x"
  target "lines: --jobs 2 vs --jobs 1" pr_lines_j1 pr_lines_j2 faster "faster"
  target "CSV: --jobs 2 vs --jobs 1" pr_csv_j1 pr_csv_j2 faster "faster"
  rss_target "peak RSS, pyround on the lines file" pr_lines
  rss_target "peak RSS, pyround on the CSV file" pr_csv
  echo
  echo "Output checks:"
  echo
  for c in "${checks[@]}"; do echo "- $c"; done
  echo "<!-- bench/pipeline:end -->"
)
publish_section pipeline "$section"
