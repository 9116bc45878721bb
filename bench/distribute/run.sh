#!/usr/bin/env bash
# Times `pyround bin` and `pyround shard --out` against the Python a data
# job would run for them, in one run, on data it generates itself, and
# writes the results into BENCHMARKS.md (between the bench/distribute
# markers; rerunning replaces them).
#
#   bash bench/distribute/run.sh                  # 10,000,000 lines; a 1 GB CSV
#   bash bench/distribute/run.sh 1000000 100000000  # quicker: 1M lines, 100 MB
#
# Environment: RUNS (median of, default 3), WRITE=0 (print the section
# only, leave BENCHMARKS.md alone), TMPDIR (needs three times the CSV size;
# default /dev/shm when it has the room, so that both programs are timed
# rather than the disk they write 2 GB to, else /tmp).
#
# Rows:
#   bin    pyround bin --width 0.1 < lines   vs bench/distribute/cpython_bin.py
#          (o + (x - o) // w * w per line, x by the literal rule)
#   shard  pyround shard --parts 16 --csv --key c1 --out 'pr-{}.csv' < rows.csv
#          vs bench/distribute/cpython_shard.py (csv.reader, zlib.crc32 % 16,
#          csv.writer to 16 files)
# Wall and CPU (user + system) times are medians of RUNS runs, the two
# taking turns; peak RSS is the largest of GNU time's %M. The outputs are
# compared byte for byte (bin) and file by file (shard's 16 files).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
lines=${1:-10000000}
csv_target=${2:-1000000000}
runs=${RUNS:-3}

die() { echo "bench/distribute/run.sh: $*" >&2; exit 1; }
for tool in go python3 cmp awk sha256sum; do
  command -v "$tool" >/dev/null || die "needs $tool"
done
need_gnu_time

if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] &&
  [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt $((csv_target * 4 / 1024)) ]; then
  TMPDIR=/dev/shm
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyround-distribute.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "# building pyround and the generator" >&2
go build -o "$tmp/pyround" ./cmd/pyround
go build -o "$tmp/gen" ./bench/pipeline/gen
pyround=$tmp/pyround

echo "# generating $lines lines and a CSV of about $csv_target bytes in $tmp" >&2
"$tmp/gen" -lines "$lines" >"$tmp/lines.txt"
# gen's rows average about 107 bytes: measure a sample, then write enough.
"$tmp/gen" -csv 100000 >"$tmp/sample.csv"
rows=$(awk -v t="$csv_target" -v s="$(stat -c %s "$tmp/sample.csv")" 'BEGIN { printf "%d", t / (s / 100000) }')
rm "$tmp/sample.csv"
"$tmp/gen" -csv "$rows" >"$tmp/rows.csv"
lines_bytes=$(stat -c %s "$tmp/lines.txt")
csv_bytes=$(stat -c %s "$tmp/rows.csv")

declare -A WALL CPU RSS

bin_pr=("$pyround" bin --width 0.1)
bin_py=(python3 "$root/bench/distribute/cpython_bin.py" 0.1 0)
shard_pr=("$pyround" shard --parts 16 --csv --key c1 --out "$tmp/pr-{}.csv")
shard_py=(python3 "$root/bench/distribute/cpython_shard.py" 16 c1 "$tmp/py-{}.csv")

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= runs; i++)); do
  if ((i % 2)); then
    measure pr-bin "$tmp/lines.txt" "$tmp/pr-bin.out" "${bin_pr[@]}"
    measure py-bin "$tmp/lines.txt" "$tmp/py-bin.out" "${bin_py[@]}"
    measure pr-shard "$tmp/rows.csv" "$tmp/pr-shard.out" "${shard_pr[@]}"
    measure py-shard "$tmp/rows.csv" "$tmp/py-shard.out" "${shard_py[@]}"
  else
    measure py-bin "$tmp/lines.txt" "$tmp/py-bin.out" "${bin_py[@]}"
    measure pr-bin "$tmp/lines.txt" "$tmp/pr-bin.out" "${bin_pr[@]}"
    measure py-shard "$tmp/rows.csv" "$tmp/py-shard.out" "${shard_py[@]}"
    measure pr-shard "$tmp/rows.csv" "$tmp/pr-shard.out" "${shard_pr[@]}"
  fi
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

checks=()
if cmp -s "$tmp/pr-bin.out" "$tmp/py-bin.out"; then
  checks+=("bin: identical ($(stat -c %s "$tmp/pr-bin.out") bytes)")
else
  checks+=("bin: **differ**: $(cmp "$tmp/pr-bin.out" "$tmp/py-bin.out" 2>&1 | head -1)")
fi
same=0
for s in $(seq 0 15); do cmp -s "$tmp/pr-$s.csv" "$tmp/py-$s.csv" && same=$((same + 1)); done
checks+=("shard: $same of 16 files identical to Python's ($(cat "$tmp"/pr-*.csv | wc -c) bytes in all)")
"${shard_pr[@]}" <"$tmp/rows.csv" 2>"$tmp/shard.err"
checks+=("shard's line on standard error: \`$(cat "$tmp/shard.err")\`")

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
row() { # NAME KEY INPUT-BYTES TARGET
  local pw pc yw yc
  pw=$(median "${WALL[pr-$2]}") pc=$(median "${CPU[pr-$2]}")
  yw=$(median "${WALL[py-$2]}") yc=$(median "${CPU[py-$2]}")
  awk -v n="$1" -v b="$3" -v t="$4" -v pw="$pw" -v pc="$pc" -v yw="$yw" -v yc="$yc" -v pm="${RSS[pr-$2]}" -v ym="${RSS[py-$2]}" 'BEGIN {
    printf "| %s | %.0f MB | %.2f s (%.2f s) | %.2f s (%.2f s) | **%.1fx** | %s %s | %.0f MB | %.0f MB |\n",
      n, b / 1e6, pw, pc, yw, yc, yw / pw, t, (yw / pw >= t + 0) ? "met" : "**not met**", pm * 1024 / 1e6, ym * 1024 / 1e6 }'
}
section=$(
  echo "<!-- bench/distribute:begin -->"
  echo "## Data distribution against Python: \`bash bench/distribute/run.sh\`"
  echo
  echo "Issue 19's targets: \`bin\` on 10M lines at least 20x a Python one-liner; \`shard --key id --out\` on a 1 GB CSV into 16 files at least 10x Python's csv module with \`zlib.crc32\`, peak RSS under 100 MB."
  echo "Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores shared with other work, ${cpu:-unknown CPU}, $(go version | cut -d' ' -f3), Python $(python3 -c 'import platform; print(platform.python_version())')."
  echo "Input: $lines lines of floats (\`bench/pipeline/gen -lines\`); $rows CSV rows of 10 columns (\`bench/pipeline/gen -csv\`, key c1). Wall and CPU (user + system) times are medians of $runs runs, the two taking turns; peak RSS is the largest of GNU time's."
  echo "Files (input and outputs) in $(df -P "$tmp" | awk 'NR == 2 { print $1 }') ($(dirname "$tmp")). Load average (1, 5, 15 min) before the runs: $load_start; after: $load_end."
  echo
  echo "| command | input | pyround wall (CPU) | Python wall (CPU) | Python / pyround wall | target | pyround peak RSS | Python peak RSS |"
  echo "|---|---|---|---|---|---|---|---|"
  row "\`pyround bin --width 0.1\` vs \`cpython_bin.py\`" bin "$lines_bytes" 20
  row "\`pyround shard --parts 16 --csv --key c1 --out\` vs \`cpython_shard.py\`" shard "$csv_bytes" 10
  awk -v m="${RSS[pr-shard]}" 'BEGIN { printf "\nshard peak RSS: %.0f MB, target under 100 MB: %s\n", m * 1024 / 1e6, (m * 1024 < 100e6) ? "met" : "**not met**" }'
  echo
  echo "Output checks:"
  echo
  for c in "${checks[@]}"; do echo "- $c"; done
  echo "<!-- bench/distribute:end -->"
)
publish_section distribute "$section"
