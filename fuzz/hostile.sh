#!/usr/bin/env bash
# fuzz/hostile.sh [SIZE]: hostile input through the pyround CLI, measured.
#
# Builds cmd/pyround and feeds it inputs no table test can hold: a line of
# SIZE bytes (default 1G) without a newline, for `pyround round`, `pyround
# round --as decimal` and `pyround eval`, plus empty, blank, CRLF and
# invalid-UTF-8 lines. For each it prints the exit status, the first 100
# bytes of standard output and of standard error, the wall time and the
# peak resident memory (GNU time's %M). RELIABILITY.md records a run.
set -uo pipefail
cd "$(dirname "$0")/.."
size="${1:-1G}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/pyround" ./cmd/pyround || exit 1
timer=/usr/bin/time
if ! [ -x "$timer" ]; then
  echo "GNU time (/usr/bin/time) is missing: peak memory will not be measured"
  timer=""
fi

# run NAME PRODUCER -- ARGS...: PRODUCER's output is the standard input.
run() {
  local name=$1 producer=$2
  shift 3
  local start end
  start=$(date +%s.%N)
  if [ -n "$timer" ]; then
    bash -c "$producer" | "$timer" -f '%M' -o "$tmp/rss" "$tmp/pyround" "$@" >"$tmp/out" 2>"$tmp/err"
  else
    bash -c "$producer" | "$tmp/pyround" "$@" >"$tmp/out" 2>"$tmp/err"
  fi
  local rc=${PIPESTATUS[1]}
  end=$(date +%s.%N)
  local rss="?"
  [ -f "$tmp/rss" ] && rss="$(tail -1 "$tmp/rss") KB"
  printf '%-44s exit %-3s %7.2fs  peak RSS %-10s out %-14s %q\n' "$name" "$rc" \
    "$(echo "$end - $start" | bc)" "$rss" "$(wc -c <"$tmp/out")B" "$(head -c 100 "$tmp/out")"
  printf '%-44s stderr %q\n' "" "$(head -c 160 "$tmp/err")"
}

line="head -c $size /dev/zero | tr '\\0' 1"
run "round: $size digits, no newline" "$line" -- round -n 2
run "round --as decimal: $size digits, no newline" "$line" -- round --as decimal -n 2
run "eval: $size digits, no newline" "$line" -- eval
run "round: $size spaces, no newline" "head -c $size /dev/zero | tr '\\0' ' '" -- round -n 2
run "round: empty input" "printf ''" -- round -n 2
run "round: empty and blank lines" "printf '\\n \\n2.5\\n'" -- round --keep-going
run "round: CRLF lines" "printf '2.675\\r\\n1.5\\r\\n'" -- round -n 2
run "round: invalid UTF-8" "printf '\\xff1.5\\n2.5\\n'" -- round --keep-going
run "eval: CRLF lines" "printf 'round(2.675, 2)\\r\\n2**-1\\r\\n'" -- eval
run "eval: 2**10**10" "printf '2**10**10\\n'" -- eval
