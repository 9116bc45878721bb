#!/usr/bin/env bash
# Times `pyround format` against CPython's format() on results of 100 MB
# and 1 GB (huge precisions, zero padding with grouping, fill), in one run,
# and writes the results into BENCHMARKS.md (between the bench/bigformat
# markers; rerunning replaces them).
#
#   bash bench/bigformat/run.sh                       # 100 MB and 1 GB results
#   bash bench/bigformat/run.sh 10000000 100000000    # other sizes (bytes)
#
# Environment: RUNS (median of, default 3), WRITE=0 (print the section
# only, leave BENCHMARKS.md alone), TMPDIR.
#
# Each row formats one value read from standard input (ten values for the
# last row), as `pyround format [--as decimal] -- SPEC` and as
# bench/bigformat/cpython_format.py (print(format(value, SPEC)) per line),
# output to /dev/null. Wall and CPU (user + system) times are medians of
# RUNS runs, pyround and CPython taking turns (which goes first alternates);
# peak RSS is the largest of GNU time's %M over the runs. One process runs
# at a time. After the timed runs the two outputs of each row are compared
# by their SHA-256 (each computed through a pipe, one after the other: no
# gigabyte files, and never two gigabyte processes at once).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000000 1000000000)
runs=${RUNS:-3}

die() { echo "bench/bigformat/run.sh: $*" >&2; exit 1; }
for tool in go python3 awk sha256sum; do
  command -v "$tool" >/dev/null || die "needs $tool"
done
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyround-bigformat.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
echo "# building pyround" >&2
go build -o "$tmp/pyround" ./cmd/pyround
pyround=$tmp/pyround
cpython=$root/bench/bigformat/cpython_format.py

# The rows: NAME AS VALUE(S) SPEC-TEMPLATE LABEL; N in the template is the
# result's size, T a tenth of it. The value file holds one value per line.
rows=(
  "comma auto 2.5 ,.Nf"
  "under auto 1234567.891 _.Nf"
  "zeropad auto 12345 0=N,"
  "fill auto 12345 *^N"
  "decimal decimal 1234.5678 ,.Nf"
  "ten auto 2.5x10 ,.Tf"
)

declare -A WALL CPU RSS SPEC AS INPUT OUTLEN

keys=()
for n in "${sizes[@]}"; do
  for r in "${rows[@]}"; do
    read -r name as value tmpl <<<"$r"
    key="$name-$n"
    keys+=("$key")
    spec=${tmpl//N/$n}
    spec=${spec//T/$((n / 10))}
    SPEC[$key]=$spec AS[$key]=$as
    INPUT[$key]=$tmp/$key.in
    if [ "$value" = 2.5x10 ]; then
      for _ in 1 2 3 4 5 6 7 8 9 10; do echo 2.5; done >"${INPUT[$key]}"
    else
      echo "$value" >"${INPUT[$key]}"
    fi
  done
done

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= runs; i++)); do
  for key in "${keys[@]}"; do
    pr=("$pyround" format --as "${AS[$key]}" -- "${SPEC[$key]}")
    py=(python3 "$cpython" "${AS[$key]}" "${SPEC[$key]}")
    if ((i % 2)); then
      measure "pr:$key" "${INPUT[$key]}" /dev/null "${pr[@]}"
      measure "py:$key" "${INPUT[$key]}" /dev/null "${py[@]}"
    else
      measure "py:$key" "${INPUT[$key]}" /dev/null "${py[@]}"
      measure "pr:$key" "${INPUT[$key]}" /dev/null "${pr[@]}"
    fi
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Output checks: SHA-256 of each output, and its length.
checks=()
for key in "${keys[@]}"; do
  a=$("$pyround" format --as "${AS[$key]}" -- "${SPEC[$key]}" <"${INPUT[$key]}" | tee >(wc -c >"$tmp/len") | sha256sum | cut -c1-16)
  sleep 0.1
  OUTLEN[$key]=$(tr -d ' ' <"$tmp/len")
  b=$(python3 "$cpython" "${AS[$key]}" "${SPEC[$key]}" <"${INPUT[$key]}" | sha256sum | cut -c1-16)
  if [ "$a" = "$b" ]; then
    checks+=("\`${SPEC[$key]}\` (${OUTLEN[$key]} bytes): identical (SHA-256 $a…)")
  else
    checks+=("\`${SPEC[$key]}\`: **differ** (pyround $a…, CPython $b…)")
  fi
  echo "# checked $key: $a $b" >&2
done

fmt_num() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
value_of() { if [ "$(wc -l <"${INPUT[$1]}")" -gt 1 ]; then echo "10 × $(head -1 "${INPUT[$1]}")"; else cat "${INPUT[$1]}"; fi; }
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
section=$(
  echo "<!-- bench/bigformat:begin -->"
  echo "## Huge format() results against CPython: \`bash bench/bigformat/run.sh\`"
  echo
  echo "Issue 18: a result of a gigabyte, \`format(2.5, ',.1000000000f')\`, took 18 s in pyround against CPython's 2 s."
  echo "Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores shared with other work, ${cpu:-unknown CPU}, $(go version | cut -d' ' -f3), Python $(python3 -c 'import platform; print(platform.python_version())')."
  echo "Each row reads its value from standard input: \`pyround format [--as decimal] -- SPEC\` against \`bench/bigformat/cpython_format.py\` (\`print(format(value, SPEC))\` per line), output to /dev/null."
  echo "Wall and CPU (user + system) times are medians of $runs runs, the two taking turns; peak RSS is the largest of GNU time's maximum resident set size."
  echo "Load average (1, 5, 15 min) before the runs: $load_start; after: $load_end. The wall times move with the other work on the machine; the CPU times and the ratios are the steadier figures."
  echo
  echo "| value | spec | output | pyround wall (CPU) | CPython wall (CPU) | CPython / pyround wall | pyround peak RSS | CPython peak RSS | pyround RSS / output |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for key in "${keys[@]}"; do
    pw=$(median "${WALL[pr:$key]}") pc=$(median "${CPU[pr:$key]}")
    yw=$(median "${WALL[py:$key]}") yc=$(median "${CPU[py:$key]}")
    awk -v v="$(value_of "$key")" -v as="${AS[$key]}" -v spec="${SPEC[$key]}" -v out="${OUTLEN[$key]}" \
      -v pw="$pw" -v pc="$pc" -v yw="$yw" -v yc="$yc" -v pm="${RSS[pr:$key]}" -v ym="${RSS[py:$key]}" 'BEGIN {
      if (as == "decimal") v = "Decimal " v
      printf "| %s | `%s` | %.0f MB | %.2f s (%.2f s) | %.2f s (%.2f s) | **%.1fx** | %.0f MB | %.0f MB | %.2f |\n",
        v, spec, out / 1e6, pw, pc, yw, yc, yw / pw, pm * 1024 / 1e6, ym * 1024 / 1e6, pm * 1024 / out }'
  done
  echo
  echo "| target (rows of 100 MB or more) | worst row | |"
  echo "|---|---|---|"
  # The targets, on the rows of 100 MB or more (below that the runtime's
  # own memory dominates the RSS).
  big=()
  for key in "${keys[@]}"; do ((OUTLEN[$key] >= 100000000)) && big+=("$key"); done
  if [ ${#big[@]} -eq 0 ]; then
    echo "| (no row of 100 MB or more) | | |"
  else
    worst_t=$(for key in "${big[@]}"; do awk -v k="${SPEC[$key]}" -v p="$(median "${WALL[pr:$key]}")" -v y="$(median "${WALL[py:$key]}")" 'BEGIN { printf "%.2f %s\n", y / p, k }'; done | sort -g | head -1)
    worst_m=$(for key in "${big[@]}"; do awk -v k="${SPEC[$key]}" -v m="${RSS[pr:$key]}" -v o="${OUTLEN[$key]}" 'BEGIN { printf "%.2f %s\n", m * 1024 / o, k }'; done | sort -g | tail -1)
    awk -v w="$worst_t" 'BEGIN { split(w, a, " "); printf "| pyround no slower than CPython (wall time) | %.1fx CPython'"'"'s speed, `%s` | %s |\n", a[1], a[2], (a[1] >= 1) ? "met" : "**not met**" }'
    awk -v w="$worst_m" 'BEGIN { split(w, a, " "); printf "| pyround peak RSS at most twice the output | %.2fx the output, `%s` | %s |\n", a[1], a[2], (a[1] <= 2) ? "met" : "**not met**" }'
  fi
  echo
  echo "Output checks (pyround against CPython):"
  echo
  for c in "${checks[@]}"; do echo "- $c"; done
  echo "<!-- bench/bigformat:end -->"
)
publish_section bigformat "$section"
