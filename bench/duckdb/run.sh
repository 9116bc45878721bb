#!/usr/bin/env bash
# Measures pyround's DuckDB functions (issue 21) against DuckDB's built-in
# functions, pandas and CPython in one run, and writes the results into
# BENCHMARKS.md (between the bench/duckdb markers; rerunning replaces them).
#
#   bash bench/duckdb/run.sh
#
# Environment: COUNT (runs of each 10M-row query, median taken; default 3),
# WRITE=0 (print the section only, leave BENCHMARKS.md alone).
#
# Parts:
#   speed       duckdb/pysql's BenchmarkSQL10M*: one query over 10,000,000
#               price-like DOUBLEs (round(random() * 10000, 3)), pyround's
#               function beside the built-in, in the same process.
#   mismatches  1,000,000 price-like doubles from bench/duckdb/python_round.py
#               gen; python3's round(x, 2) of each is the reference;
#               DuckDB's round and round_even and pyround's py_round are
#               compared with it by TestSQLMismatches, pandas' df.x.round(2)
#               by bench/duckdb/pandas_round.py (Debian's python3-pandas,
#               installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
count=${COUNT:-3}

die() { echo "bench/duckdb/run.sh: $*" >&2; exit 1; }
for tool in go python3 awk gcc; do
  command -v "$tool" >/dev/null || die "needs $tool"
done
if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  echo "# installing pandas (apt-get install python3-pandas)" >&2
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq python3-pandas >&2 || true
fi
/usr/bin/python3 -c 'import pandas' 2>/dev/null || die "needs Debian's python3-pandas for /usr/bin/python3"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

echo "# 1M doubles and python3's round(x, 2)" >&2
python3 bench/duckdb/python_round.py gen "$tmp/x.csv"
python3 bench/duckdb/python_round.py round "$tmp/x.csv" "$tmp/py.txt" >"$tmp/py-bench.txt"
/usr/bin/python3 bench/duckdb/pandas_round.py "$tmp/x.csv" "$tmp/py.txt" >"$tmp/pandas.txt"
echo "# mismatches in DuckDB" >&2
(cd duckdb && PYROUND_SQL_BENCH_CSV="$tmp/x.csv" PYROUND_SQL_BENCH_PY="$tmp/py.txt" \
  go test ./pysql -run '^TestSQLMismatches$' -count 1 -v) >"$tmp/mismatch.txt"
echo "# 10M-row queries, $count runs each" >&2
(cd duckdb && go test ./pysql -run '^$' -bench '^BenchmarkSQL10M' -benchtime 1x -count "$count") >"$tmp/go.txt"
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

mism() { awk -v f="$1" '$1 == "mismatches" || $2 == "mismatches" { for (i = 1; i <= NF; i++) if ($i == "mismatches" && $(i+1) == f) print $(i+2) }' "$tmp/mismatch.txt"; }
secs() { median "$(awk -v n="BenchmarkSQL10M$1" '{ sub(/-[0-9]+$/, "", $1) } $1 == n { for (i = 3; i < NF; i++) if ($(i+1) == "ns/op") printf "%s ", $i / 1e9 }' "$tmp/go.txt")"; }
rate() { awk -v s="$1" 'BEGIN { printf "%.1f M", 10 / s }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * b / a }'; }

n=$(wc -l <"$tmp/x.csv")
r_round=$(mism round); r_even=$(mism round_even); r_py=$(mism py_round)
[ -n "$r_round" ] && [ -n "$r_py" ] || die "TestSQLMismatches logged no counts"
pandas_bad=$(grep -o 'on [0-9]* of' "$tmp/pandas.txt" | awk '{ print $2 }')
pandas_ns=$(awk '$1 == "BenchmarkPandasRound" { print $3 }' "$tmp/pandas.txt")
pylist_ns=$(awk '$1 == "BenchmarkPythonRoundList" { print $3 }' "$tmp/py-bench.txt")
pandas_ver=$(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)')
cpu=$(grep -m1 '^cpu:' "$tmp/go.txt" | cut -d' ' -f2- | sed 's/ *$//')

row() { # name builtin-key py-key
  local b p
  b=$(secs "$2"); p=$(secs "$3")
  echo "| $1 | $(rate "$b") rows/s ($b s) | $(rate "$p") rows/s ($p s) | $(pct "$p" "$b") |"
}
met=$(awk -v b="$(secs BuiltinRound)" -v p="$(secs PyRound)" 'BEGIN { print (b / p >= 0.5) ? "met" : "NOT met" }')

section=$(
  cat <<EOF
<!-- bench/duckdb:begin -->
## pyround's functions in DuckDB: \`bash bench/duckdb/run.sh\`

Issue 21's target: on 10M DOUBLE rows, \`SELECT sum(py_round(x, 2)) FROM t\` reaches at least 50% of the throughput of DuckDB's built-in \`sum(round(x, 2))\`, and py_round differs from Python's round on no row.
Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores shared with other work, ${cpu:-unknown CPU}, $(go version | cut -d' ' -f3), DuckDB through github.com/duckdb/duckdb-go/v2 v2.20000.0, Python $(python3 -c 'import platform; print(platform.python_version())'), pandas $pandas_ver (Debian's, on Python $(/usr/bin/python3 -c 'import platform; print(platform.python_version())')).
Query times are medians of $count runs of the whole query (duckdb/pysql's BenchmarkSQL10M*, DuckDB's default threads). Load average (1, 5, 15 min) before: $load_before; after: $load_after.

| query over 10M rows | DuckDB built-in | pyround | pyround / built-in throughput |
|---|---|---|---|
$(row '`sum(round(x, 2))` vs `sum(py_round(x, 2))`' BuiltinRound PyRound)
$(row "\`sum(floor(x / 0.05))\` (DuckDB's \`//\` on a DOUBLE does not floor) vs \`sum(py_floordiv(x, 0.05))\`" BuiltinFloorDiv PyFloorDiv)
$(row "\`format('{:,.2f}', x)\` vs \`py_format(x, ',.2f')\` (sum of lengths)" BuiltinFormat PyFormat)
$(row 'VARCHAR: `round(s::DECIMAL(18, 3), 2)::VARCHAR` vs `py_round(s, 2)` (sum of lengths)' BuiltinRoundVarchar PyRoundVarchar)

py_round at $(pct "$(secs PyRound)" "$(secs BuiltinRound)") of the built-in's throughput, target 50%: $met.

Rounding $n price-like doubles (three decimals, \`python_round.py gen\`) to 2 places, against python3's \`round(x, 2)\`:

| computation | rows printed differently from Python's round(x, 2) | time per value |
|---|---|---|
| DuckDB \`round(x, 2)\` | $r_round of $n | |
| DuckDB \`round_even(x, 2)\` | $r_even of $n | |
| pyround \`py_round(x, 2)\` | **$r_py** of $n | $(awk -v s="$(secs PyRound)" 'BEGIN { printf "%.1f ns", s / 10 * 1000 }') (10M-row query above) |
| pandas \`df.x.round(2)\` (numpy) | $pandas_bad of $n | $pandas_ns ns |
| Python \`[round(v, 2) for v in xs]\` | 0 (the reference) | $pylist_ns ns |
<!-- bench/duckdb:end -->
EOF
)
publish_section duckdb "$section"
