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
