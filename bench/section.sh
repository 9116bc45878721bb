# Sourced by the benchmark scripts: write_section NAME FILE replaces the
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
