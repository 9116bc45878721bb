#!/usr/bin/env bash
# Checks every function of package conventions against the real system on
# the same few thousand inputs and writes
#   conventions/testdata/golden.tsv  input, n, then one column per system
#   conventions/testdata/java_tostring.tsv  JDK 17's Double.toString of 12,000 doubles
#   conventions/testdata/REPORT.md   inputs and mismatches per convention
# `go test ./conventions` then requires the Go functions to reproduce
# golden.tsv (TestGolden).
#
# Systems: python3 (round, decimal), Debian's python3-numpy, node (Math.round,
# toFixed), Java 17 (BigDecimal), gcc + glibc (printf), Go (math.Round,
# math.RoundToEven), PostgreSQL 15 (initialized and started here, in a
# temporary directory, on a Unix socket only) and LibreOffice Calc headless
# for ROUND. Missing Debian packages are installed with apt-get when run as
# root. Usage: bash conventions/verify/run.sh   (from anywhere)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/conventions/testdata
work=$(mktemp -d)
pgdata=""
cleanup() {
	if [[ -n $pgdata && -f $pgdata/postmaster.pid ]]; then
		as_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

need=()
[[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
command -v node >/dev/null || need+=(nodejs)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
if ((${#need[@]})); then
	echo "installing ${need[*]}" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# note VERSION: prints a system's version and keeps it for the report.
note() { echo "$*" >&2; echo "$*" >>"$work/versions"; }

in=$work/inputs.tsv
python3 "$here/gen_inputs.py" "$in"
echo "$(wc -l <"$in") inputs" >&2

note "python3 $(python3 -c 'import sys; print(sys.version.split()[0])')"
python3 "$here/python_conv.py" <"$in" >"$work/python.tsv"
note "numpy $(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')"
/usr/bin/python3 "$here/numpy_conv.py" <"$in" >"$work/numpy.tsv"
note "node $(node --version)"
node "$here/js_conv.js" <"$in" >"$work/js.tsv"
note "$(java -version 2>&1 | head -1)"
javac -d "$work/java" "$here/Conv.java" "$here/DoubleToString.java"
java -cp "$work/java" Conv <"$in" >"$work/java.tsv"
python3 "$here/gen_bits.py" "$work/bits.txt"
java -cp "$work/java" DoubleToString <"$work/bits.txt" >"$out/java_tostring.tsv"
note "$(ldd --version | head -1)"
gcc -O2 -o "$work/printf_conv" "$here/printf_conv.c"
"$work/printf_conv" <"$in" >"$work/printf.tsv"
note "$(go version)"
(cd "$root" && go run ./conventions/verify/goround) <"$in" >"$work/go.tsv"

# PostgreSQL: a throwaway cluster owned by the postgres user (initdb refuses
# root), listening on a Unix socket in the temporary directory only.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() {
	if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}
pgdata=$work/pg
mkdir -p "$pgdata"
((EUID == 0)) && chown postgres "$work" "$pgdata" && chmod 755 "$work"
as_pg "$pgbin/initdb" -D "$pgdata" -U postgres -A trust >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/log" -w \
	-o "-c listen_addresses= -k $pgdata -p 54329" start >/dev/null
note "$("$pgbin/postgres" --version)"
psql -X -q -A -t -F $'\t' -h "$pgdata" -p 54329 -U postgres -v ON_ERROR_STOP=1 >"$work/pg.tsv" <<SQL
SET extra_float_digits = 1;
CREATE TEMP TABLE t (i serial, s text, n int);
\copy t (s, n) FROM '$in'
SELECT round(s::float8::numeric, n), round(s::float8 * 10::float8 ^ n) / 10::float8 ^ n FROM t ORDER BY i;
SQL

# LibreOffice Calc: =ROUND(A;B) on each input typed into a sheet, exported
# as raw values (LibreOffice writes them with 15 significant digits).
awk -F'\t' '{ printf "%s\t%s\t=ROUND(A%d;B%d)\n", $1, $2, NR, NR }' "$in" >"$work/lo.csv"
opts='9,34,76,1,,1033,false,true,false,false,false,false,true'
HOME=$work timeout 600 soffice --headless --norestore \
	--infilter="Text - txt - csv (StarCalc):$opts" \
	--convert-to 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,false,false,false,false' \
	--outdir "$work/loout" "$work/lo.csv" >/dev/null 2>&1
note "LibreOffice $(HOME=$work soffice --version 2>/dev/null | awk '{print $2}')"
tr -d '"' <"$work/loout/lo.csv" | cut -f3 >"$work/lo.tsv"

{
	printf 'input\tn\tpython_round\tpython_decimal\tnumpy_round\tgo_round\tgo_round_to_even\tjs_math_round\tjs_tofixed\tlibreoffice_round\tjava_valueof\tjava_new_bigdecimal\tc_printf\tpg_round_numeric\tpg_round_float8\n'
	paste "$in" "$work/python.tsv" "$work/numpy.tsv" "$work/go.tsv" "$work/js.tsv" "$work/lo.tsv" \
		"$work/java.tsv" "$work/printf.tsv" "$work/pg.tsv"
} >"$out/golden.tsv"
awk -F'\t' 'NF != 15 { print "golden.tsv line " NR ": " NF " fields"; bad = 1 } END { exit bad }' "$out/golden.tsv"

{
	echo "Last run: $(date -u +%Y-%m-%d), $(wc -l <"$in") inputs, against: $(paste -sd ';' "$work/versions" | sed 's/;/; /g')."
	echo
	(cd "$root" && go run ./conventions/verify/report "$out/golden.tsv" "$out/java_tostring.tsv")
} >"$out/REPORT.md"
cat "$out/REPORT.md"
