# Sourced by the benchmark scripts. write_section NAME FILE replaces the
# lines between "<!-- bench/NAME:begin -->" and "<!-- bench/NAME:end -->"
# of $root/BENCHMARKS.md with FILE (which holds both markers), or appends
# FILE when the markers are not there yet. $root and $tmp must be set.
write_section() {
  local name=$1 section=$2 out=$root/BENCHMARKS.md
  [ -f "$out" ] || printf '# Benchmarks\n\nMeasured results of the committed benchmark scripts; each section is rewritten by its script.\n\n' >"$out"
  awk -v f="$section" -v b="<!-- bench/$name:begin -->" -v e="<!-- bench/$name:end -->" '
    $0 == b { while ((getline l < f) > 0) print l; skip = 1; done = 1; next }
    $0 == e { skip = 0; next }
    !skip { print }
    END { if (!done) { print ""; while ((getline l < f) > 0) print l } }' "$out" >"$tmp/BENCHMARKS.md"
  cp "$tmp/BENCHMARKS.md" "$out"
  echo "# wrote $out" >&2
}

# need_gnu_time installs GNU time with apt-get where it is missing (a
# clean CI machine), for its peak RSS; the caller's die() reports a
# machine without it.
need_gnu_time() {
  if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
    echo "# installing GNU time (apt-get install time)" >&2
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq time >&2 || true
  fi
  [ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (apt-get install time)"
}

# publish_section NAME TEXT prints TEXT (a section with its markers) and,
# unless WRITE=0, puts it into BENCHMARKS.md with write_section.
publish_section() {
  echo "$2"
  if [ "${WRITE:-1}" != 0 ]; then
    printf '%s\n' "$2" >"$tmp/section.md"
    write_section "$1" "$tmp/section.md"
  fi
}

# measure KEY INPUT OUTPUT CMD...: one timed run of CMD with INPUT on
# standard input and its standard output in OUTPUT, appended to KEY's
# entries of the caller's associative arrays WALL and CPU (seconds), and
# the largest peak RSS (KiB) kept in RSS; a failed run stops the script.
measure() {
  local key=$1 input=$2 output=$3 e u s m cpu
  shift 3
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" <"$input" >"$output" 2>"$tmp/err"; then
    echo "# $key failed:" >&2
    head -5 "$tmp/err" >&2
    exit 1
  fi
  read -r e u s m <"$tmp/time"
  cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
  WALL[$key]+="$e "
  CPU[$key]+="$cpu "
  ((m > ${RSS[$key]:-0})) && RSS[$key]=$m
  echo "# $key: ${e} s wall, $cpu s CPU, $((m / 1024)) MiB" >&2
}

# median LIST prints the median of the space-separated numbers in LIST.
median() { tr ' ' '\n' <<<"$1" | awk 'NF' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
