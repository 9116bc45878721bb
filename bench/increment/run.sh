#!/usr/bin/env bash
# Measures rounding to an increment (issue 20) against its baselines in one
# run and writes the results into BENCHMARKS.md (between the
# bench/increment markers; rerunning replaces them).
#
#   bash bench/increment/run.sh          # COUNT=6 runs of each Go benchmark
#
# Environment: COUNT (Go benchmark runs, median taken; default 6), WRITE=0
# (print the section only, leave BENCHMARKS.md alone).
#
# Rows, all on the same 1,048,576 prices (0.00 to 9999.99) or their texts:
#   RoundFloatIncrement     float64 to 0.05 half-up, exact (target <= 15 ns, 0 allocs)
#   MathRoundIncrement      math.Round(x/0.05)*0.05: fast and wrong; its
#                           mismatches are counted (TestMathRoundIncrementMismatches)
#   ShopspringRoundCash     shopspring's RoundCash(5) on the prices as decimals
#   RoundDecimalIncrement   pyround on the same shopspring decimals
#   RoundIntIncrement       int64 cents to a lot of 25, half-even
#   CPythonDecimalIncrement float((Decimal(x) / Decimal('0.05')).quantize(
#                           Decimal(1), ROUND_HALF_UP) * Decimal('0.05')),
#                           bench/cpython_increment.py (timeit, best of 3)
# and package pyops's text operations (pyround round --cash CHF's work on a
# CSV cell) beside round(x, 2)'s.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. "$root/bench/section.sh"
count=${COUNT:-6}

die() { echo "bench/increment/run.sh: $*" >&2; exit 1; }
for tool in go python3 awk; do
  command -v "$tool" >/dev/null || die "needs $tool"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "# go benchmarks, $count runs each" >&2
go test ./rounding -run '^$' -benchmem -count "$count" \
  -bench '^Benchmark(RoundFloatIncrement|MathRoundIncrement|ShopspringRoundCash|RoundDecimalIncrement|RoundIntIncrement)$' >"$tmp/go.txt"
go test ./pyops -run '^$' -benchmem -count "$count" \
  -bench '^Benchmark(AppendRoundIncrementText|RoundIncrementFloat|AppendRoundText|Round2)$' >>"$tmp/go.txt"
mismatch=$(go test ./rounding -run '^TestMathRoundIncrementMismatches$' -v -count 1 | grep -o 'differs from the exact answer on .*' || true)
[ -n "$mismatch" ] || die "TestMathRoundIncrementMismatches logged no count"
echo "# cpython" >&2
python3 bench/cpython_increment.py >"$tmp/py.txt" 2>"$tmp/py.err"
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
cpu=$(grep -m1 '^cpu:' "$tmp/go.txt" | cut -d' ' -f2- | sed 's/ *$//')

# ns NAME and allocs NAME print the median ns/op and the allocs/op of a
# benchmark, with or without the -N suffix.
ns() { printf '%.1f' "$(median "$(awk -v n="Benchmark$1" '{ sub(/-[0-9]+$/, "", $1) } $1 == n { for (i = 3; i < NF; i++) if ($(i+1) == "ns/op") printf "%s ", $i }' "$tmp/go.txt" "$tmp/py.txt")")"; }
allocs() { awk -v n="Benchmark$1" '{ sub(/-[0-9]+$/, "", $1) } $1 == n { for (i = 3; i < NF; i++) if ($(i+1) == "allocs/op") a = $i } END { print (a == "") ? "-" : a }' "$tmp/go.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

f=$(ns RoundFloatIncrement); fa=$(allocs RoundFloatIncrement)
idiom=$(ns MathRoundIncrement)
cash=$(ns ShopspringRoundCash); dec=$(ns RoundDecimalIncrement)
int=$(ns RoundIntIncrement)
cpy=$(ns CPythonDecimalIncrement); cpyidiom=$(ns CPythonRoundIdiom)
text=$(ns AppendRoundIncrementText); roundtext=$(ns AppendRoundText)
fcell=$(ns RoundIncrementFloat); round2=$(ns Round2)
[ -n "$f" ] && [ -n "$cpy" ] && [ -n "$cash" ] || die "a benchmark is missing from the output"
met=$(awk -v f="$f" -v a="$fa" 'BEGIN { print (f <= 15 && a == 0) ? "met" : "NOT met" }')

section=$(
  cat <<EOF
<!-- bench/increment:begin -->
## Rounding to an increment (cash rounding): \`bash bench/increment/run.sh\`

Issue 20's target: float64 to 0.05 in at most 15 ns/op with no allocation, exact, measured beside the common idiom \`math.Round(x/0.05)*0.05\` (counting its wrong answers), shopspring's \`RoundCash(5)\` and CPython's exact \`decimal\` computation.
Last run: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores shared with other work, ${cpu:-unknown CPU}, $(go version | cut -d' ' -f3), Python $(python3 -c 'import platform; print(platform.python_version())').
Data: 1,048,576 prices 0.00 to 9999.99 (package rounding's benchFloats, \`floor(|x|)/100\`; the same list in \`bench/cpython_increment.py\`), half-up. Go times are medians of $count runs; CPython's the best of 3 timeit passes. Load average (1, 5, 15 min) before: $load_before; after: $load_after.

| computation | ns/op | allocs/op | against pyround |
|---|---|---|---|
| pyround \`RoundFloatIncrement(x, 0.05, HalfUp)\` | $f | $fa | 1x |
| \`math.Round(x/0.05)*0.05\` (wrong on ${mismatch#differs from the exact answer on }) | $idiom | $(allocs MathRoundIncrement) | $(ratio "$f" "$idiom")x faster |
| CPython \`float((Decimal(x) / Decimal('0.05')).quantize(Decimal(1), ROUND_HALF_UP) * Decimal('0.05'))\` | $cpy | - | **$(ratio "$cpy" "$f")x** slower |
| CPython \`round(x / 0.05) * 0.05\` (the idiom, wrong as above) | $cpyidiom | - | $(ratio "$cpyidiom" "$f")x slower |
| pyround \`RoundDecimalIncrement(d, 0.05, HalfUp)\` on shopspring decimals | $dec | $(allocs RoundDecimalIncrement) | 1x |
| shopspring \`d.RoundCash(5)\` | $cash | $(allocs ShopspringRoundCash) | **$(ratio "$cash" "$dec")x** slower |
| pyround \`RoundIntIncrement(cents, 25, HalfEven)\` on int64 | $int | $(allocs RoundIntIncrement) | |

float64 to 0.05: **$f ns/op, $fa allocs/op**, target 15 ns and 0 allocs: $met.

Text operations of package pyops (what \`pyround round --cash CHF\` does per cell, parsing and printing included) on 17-digit float reprs and 18-digit decimal texts, beside round(x, 2)'s. Round(x, 2) half-even rounds a plain decimal text on its digits (pyops/fast.go); the increment reads the float with strconv.ParseFloat first, about 85 ns of its time on these long texts.

| operation | ns/op | allocs/op | beside |
|---|---|---|---|
| \`RoundIncrement{Inc: 0.05}.Append\`, float text to repr | $fcell | $(allocs RoundIncrementFloat) | \`Round{N: 2}.Append\` $round2 ns |
| \`AppendRoundIncrementText\`, decimal text (up to 18 digits) to str | $text | $(allocs AppendRoundIncrementText) | \`AppendRoundText\` $roundtext ns |
<!-- bench/increment:end -->
EOF
)
publish_section increment "$section"
