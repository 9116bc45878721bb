package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCase runs the command in-process and returns stdout, stderr and the
// exit status.
func runCase(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// doublesSQL is one DOUBLE per row, in order.
const doublesSQL = `SELECT d FROM (VALUES
	(1, 0.1::DOUBLE + 0.2::DOUBLE),
	(2, py_round(2.675::DOUBLE, 2)),
	(3, py_round(0.125::DOUBLE, 2)),
	(4, py_round(0.375::DOUBLE, 2)),
	(5, '-0.0'::DOUBLE),
	(6, 'nan'::DOUBLE),
	(7, 'inf'::DOUBLE),
	(8, '-inf'::DOUBLE),
	(9, 1e16::DOUBLE),
	(10, '5e-324'::DOUBLE),
	(11, 1e-5::DOUBLE),
	(12, 123456789012345678::DOUBLE)) t(i, d) ORDER BY i`

// stringsSQL has VARCHARs that CSV must quote, and a NULL.
const stringsSQL = `SELECT s, n FROM (VALUES
	(1, 'a,b', 1),
	(2, 'say "hi"', 2),
	(3, 'l1' || chr(10) || 'l2', 3),
	(4, 'c' || chr(13) || 'r', 4),
	(5, '', NULL),
	(6, 'plain', 5)) t(i, s, n) ORDER BY i`

// nestedTimes is repr() of a tuple of dates, times, timedeltas, a UUID
// and bytes.
const nestedTimes = "(datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), datetime.time(1, 2), " +
	"datetime.time(1, 2, 3, 500000, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600))), datetime.timedelta(days=1, seconds=3), " +
	"datetime.timedelta(days=-1, seconds=86399), UUID('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), b'x')"

func TestOutput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		// python3 -c "import csv,sys; csv.writer(sys.stdout, lineterminator='\n').writerows([['d'], [0.1+0.2], [round(2.675,2)], [round(0.125,2)], [round(0.375,2)], [-0.0], [float('nan')], [float('inf')], [-float('inf')], [1e16], [5e-324], [1e-5], [float(123456789012345678)]])"
		{"doubles csv", []string{"-c", doublesSQL},
			"d\n0.30000000000000004\n2.67\n0.12\n0.38\n-0.0\nnan\ninf\n-inf\n1e+16\n5e-324\n1e-05\n1.2345678901234568e+17\n"},
		// python3 -c "import json; [print(json.dumps({'d': x})) for x in [0.1+0.2, round(2.675,2), round(0.125,2), round(0.375,2), -0.0, float('nan'), float('inf'), -float('inf'), 1e16, 5e-324, 1e-5, float(123456789012345678)]]"
		{"doubles jsonl", []string{"--format", "jsonl", "-c", doublesSQL},
			`{"d": 0.30000000000000004}
{"d": 2.67}
{"d": 0.12}
{"d": 0.38}
{"d": -0.0}
{"d": NaN}
{"d": Infinity}
{"d": -Infinity}
{"d": 1e+16}
{"d": 5e-324}
{"d": 1e-05}
{"d": 1.2345678901234568e+17}
`},
		// python3 -c "print(2**53+1, 2**63-1, 2**127-1, -2**127, 2**64-1, -2**63)"
		{"integers", []string{"-c", `SELECT (2::BIGINT**53)::BIGINT + 1 AS a, 9223372036854775807::BIGINT AS b,
			170141183460469231731687303715884105727::HUGEINT AS h, (-170141183460469231731687303715884105727::HUGEINT - 1) AS hmin,
			18446744073709551615::UBIGINT AS u, (-9223372036854775807::BIGINT - 1) AS bmin, 7::TINYINT AS t`},
			"a,b,h,hmin,u,bmin,t\n9007199254740993,9223372036854775807,170141183460469231731687303715884105727,-170141183460469231731687303715884105728,18446744073709551615,-9223372036854775808,7\n"},
		{"integers jsonl", []string{"--format", "jsonl", "-c", `SELECT 9007199254740993::BIGINT AS a, 170141183460469231731687303715884105727::HUGEINT AS h`},
			// python3 -c "import json; print(json.dumps({'a': 2**53+1, 'h': 2**127-1}))"
			`{"a": 9007199254740993, "h": 170141183460469231731687303715884105727}` + "\n"},
		// python3 -c "from decimal import Decimal as D; print([str(D(x)) for x in ['1.5000','-0.0001','0.0000','12345678901234.5678']])"
		{"decimal(18,4)", []string{"-c", `SELECT d::DECIMAL(18,4) AS d FROM (VALUES (1, 1.5), (2, -0.0001), (3, 0), (4, 12345678901234.5678)) t(i, d) ORDER BY i`},
			"d\n1.5000\n-0.0001\n0.0000\n12345678901234.5678\n"},
		// python3 -c "from decimal import Decimal as D; print([str(D(x)) for x in ['0E-10','1.5000000000','1E-10','0.0000001000','9999999999999999999999999999.9999999999','-1E-10']])"
		{"decimal(38,10)", []string{"-c", `SELECT d::DECIMAL(38,10) AS d FROM (VALUES (1, 0), (2, 1.5), (3, 0.0000000001), (4, 0.0000001),
			(5, 9999999999999999999999999999.9999999999), (6, -0.0000000001)) t(i, d) ORDER BY i`},
			"d\n0E-10\n1.5000000000\n1E-10\n1.000E-7\n9999999999999999999999999999.9999999999\n-1E-10\n"},
		// python3 -c "import json; from decimal import Decimal as D; print(json.dumps({'d': str(D('1.50')), 'z': str(D('0E-10'))}))"
		{"decimal jsonl", []string{"--format", "jsonl", "-c", `SELECT 1.5::DECIMAL(10,2) AS d, 0::DECIMAL(38,10) AS z`},
			`{"d": "1.50", "z": "0E-10"}` + "\n"},
		// python3 -c "import csv,sys; csv.writer(sys.stdout).writerows([['s','n'],['a,b',1],['say \"hi\"',2],['l1\nl2',3],['c\rr',4],['',None],['plain',5]])"
		{"strings csv crlf", []string{"--crlf", "-c", stringsSQL},
			"s,n\r\n\"a,b\",1\r\n\"say \"\"hi\"\"\",2\r\n\"l1\nl2\",3\r\n\"c\rr\",4\r\n,\r\nplain,5\r\n"},
		{"strings csv", []string{"-c", stringsSQL},
			"s,n\n\"a,b\",1\n\"say \"\"hi\"\"\",2\n\"l1\nl2\",3\n\"c\rr\",4\n,\nplain,5\n"},
		// python3 -c "import csv,sys; csv.writer(sys.stdout, lineterminator='\n').writerows([['s'], [''], [None], ['x']])"
		{"one empty field", []string{"-c", `SELECT s FROM (VALUES (1, ''), (2, NULL), (3, 'x')) t(i, s) ORDER BY i`},
			"s\n\"\"\n\"\"\nx\n"},
		// python3 -c "import json; [print(json.dumps(r)) for r in [{'s': 'a,b', 'n': 1}, {'s': 'say \"hi\"', 'n': 2}, {'s': 'l1\nl2', 'n': 3}, {'s': 'c\rr', 'n': 4}, {'s': '', 'n': None}, {'s': 'plain', 'n': 5}]]"
		{"strings jsonl", []string{"--format", "jsonl", "-c", stringsSQL},
			`{"s": "a,b", "n": 1}
{"s": "say \"hi\"", "n": 2}
{"s": "l1\nl2", "n": 3}
{"s": "c\rr", "n": 4}
{"s": "", "n": null}
{"s": "plain", "n": 5}
`},
		// python3 -c "import json; print(json.dumps({'s': 'é😀\x7f\x01/\\\\'}))"
		{"ensure_ascii", []string{"--format", "jsonl", "-c", `SELECT 'é😀' || chr(127) || chr(1) || '/\' AS s`},
			`{"s": "\u00e9\ud83d\ude00\u007f\u0001/\\"}` + "\n"},
		// python3 -c "print(True, False)"; python3 -c "import json; print(json.dumps({'t': True, 'f': False, 'n': None}))"
		{"booleans csv", []string{"-c", `SELECT true AS t, false AS f, NULL::BOOLEAN AS n`}, "t,f,n\nTrue,False,\n"},
		{"booleans jsonl", []string{"--format", "jsonl", "-c", `SELECT true AS t, false AS f, NULL::BOOLEAN AS n`},
			`{"t": true, "f": false, "n": null}` + "\n"},
		// python3 -c "import numpy"... (no numpy here): python3 -c "import struct; print(repr(struct.unpack('f', struct.pack('f', 0.1))[0]))"
		{"float32 widened", []string{"-c", `SELECT 0.1::REAL AS f, 0.5::REAL AS h`}, "f,h\n0.10000000149011612,0.5\n"},
		// python3 -c "import datetime as d; print(d.date(2024,1,2).isoformat(), d.datetime(2024,1,2,3,4,5,500000).isoformat(), d.datetime(2024,1,2,1,4,5,tzinfo=d.timezone.utc).isoformat(), d.time(1,2,3).isoformat(), d.datetime(2024,1,2).isoformat())"
		{"dates", []string{"-c", `SELECT DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:05.5' AS ts, TIMESTAMPTZ '2024-01-02 03:04:05+02' AS tz, TIME '01:02:03' AS t, TIMESTAMP '2024-01-02' AS midnight`},
			"d,ts,tz,t,midnight\n2024-01-02,2024-01-02T03:04:05.500000,2024-01-02T01:04:05+00:00,01:02:03,2024-01-02T00:00:00\n"},
		// python3 -c "import datetime as d; print(str(d.timedelta(days=1, seconds=3)), str(d.timedelta(seconds=-1)), str(d.timedelta(microseconds=500000)))"
		{"intervals", []string{"-c", `SELECT INTERVAL '1 day 3 seconds' AS a, -INTERVAL '1 second' AS b, INTERVAL '0.5 seconds' AS c, INTERVAL '14 months 2 days' AS m`},
			"a,b,c,m\n\"1 day, 0:00:03\",\"-1 day, 23:59:59\",0:00:00.500000,1 year 2 months 2 days\n"},
		// python3 -c "import datetime as d; [print(x) for x in [d.timedelta(days=2,seconds=-1), d.timedelta(days=-3,hours=5), d.timedelta(hours=100), d.timedelta(seconds=-0.5)]]"
		{"intervals as timedelta", []string{"-c", `SELECT i FROM (VALUES (1, INTERVAL '2 days -1 second'), (2, INTERVAL '-3 days 5 hours'), (3, INTERVAL '100 hours'), (4, INTERVAL '-0.5 seconds')) t(k, i) ORDER BY k`},
			"i\n\"1 day, 23:59:59\"\n\"-3 days, 5:00:00\"\n\"4 days, 4:00:00\"\n\"-1 day, 23:59:59.500000\"\n"},
		// python3 -c "import uuid; print(uuid.UUID('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), repr(b'ab\xff\'\"'))"
		{"uuid and blob", []string{"-c", `SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::UUID AS u, 'ab\xFF''"'::BLOB AS b`},
			"u,b\na0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,\"b'ab\\xff\\'\"\"'\"\n"},
		// python3 -c "from decimal import Decimal as D; import datetime as d; print(repr((3, 1)), repr((D('2.5'), 'x')), repr([1, None, 'it\'s']), repr({'b': 1, 'a': None}), repr((d.date(2024,1,2),)))"
		{"nested csv", []string{"-c", `SELECT {'q': 3, 'r': 1} AS qr, {'z': 2.5, 'a': 'x'} AS s, [1, NULL]::INTEGER[] AS l, ['it''s'] AS l2,
			MAP {'b': 1, 'a': NULL} AS m, {'d': DATE '2024-01-02'} AS one`},
			"qr,s,l,l2,m,one\n\"(3, 1)\",\"(Decimal('2.5'), 'x')\",\"[1, None]\",\"[\"\"it's\"\"]\",\"{'b': 1, 'a': None}\",\"(datetime.date(2024, 1, 2),)\"\n"},
		// python3 -c "import json; print(json.dumps({'qr': (3, 1), 's': ('2.5', 'x'), 'l': [1, None], 'm': {'b': 1, 'a': None}, 'k': {1: 'x', 1.5: 'y'}}))"
		{"nested jsonl", []string{"--format", "jsonl", "-c", `SELECT {'q': 3, 'r': 1} AS qr, {'z': 2.5, 'a': 'x'} AS s, [1, NULL]::INTEGER[] AS l,
			MAP {'b': 1, 'a': NULL} AS m, MAP {1: 'x'} AS k, MAP {1.5::DOUBLE: 'y'} AS k2`},
			`{"qr": [3, 1], "s": ["2.5", "x"], "l": [1, null], "m": {"b": 1, "a": null}, "k": {"1": "x"}, "k2": {"1.5": "y"}}` + "\n"},
		// python3 -c "import datetime as d, uuid; print(repr((d.datetime(2024,1,2,3,4,5,6), d.datetime(2024,1,2,3,4,tzinfo=d.timezone.utc), d.time(1,2), d.time(1,2,3,500000,tzinfo=d.timezone(d.timedelta(hours=-5,minutes=-30))), d.timedelta(days=1,seconds=3), d.timedelta(seconds=-1), uuid.UUID('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), b'x')))"
		{"nested repr of dates and times", []string{"--format", "table", "-c", `SELECT {'ts': TIMESTAMP '2024-01-02 03:04:05.000006', 'tz': TIMESTAMPTZ '2024-01-02 03:04:00+00',
			't': TIME '01:02:00', 'ttz': TIMETZ '01:02:03.5-05:30', 'i': INTERVAL '1 day 3 seconds', 'neg': -INTERVAL '1 second',
			'u': 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::UUID, 'b': 'x'::BLOB} AS s`},
			"s\n" + strings.Repeat("-", len(nestedTimes)) + "\n" + nestedTimes + "\n"},
		// python3 -c "import datetime as d; print(d.time(1,2,3,4).isoformat(), d.time(1,2,3,tzinfo=d.timezone(d.timedelta(hours=-5,minutes=-30))).isoformat())"
		// (TIMESTAMP_NS: Python has no nanoseconds; nine digits as pandas' Timestamp.isoformat() prints them)
		{"times and nanoseconds", []string{"-c", `SELECT TIME '01:02:03.000004' AS t, TIMETZ '01:02:03-05:30' AS ttz,
			TIMESTAMP_NS '2024-01-01 00:00:00.123456789' AS ns, TIMESTAMP_NS '2024-01-01 00:00:00.123456' AS us`},
			"t,ttz,ns,us\n01:02:03.000004,01:02:03-05:30,2024-01-01T00:00:00.123456789,2024-01-01T00:00:00.123456\n"},
		{"table", []string{"--format", "table", "-c", `SELECT s, n FROM (VALUES (1, 'a', 1.5::DOUBLE), (2, 'long text', NULL), (3, 'x' || chr(10) || 'y', -20.25)) t(i, s, n) ORDER BY i`},
			"s               n\n---------  ------\na             1.5\nlong text    None\nx\\ny       -20.25\n"},
		{"no rows", []string{"-c", `SELECT 1 AS a, 'x' AS b WHERE false`}, "a,b\n"},
		{"no rows jsonl", []string{"--format", "jsonl", "-c", `SELECT 1 AS a WHERE false`}, ""},
		{"header quoting", []string{"-c", `SELECT 1 AS "a,b", 2 AS "say ""x"""`}, "\"a,b\",\"say \"\"x\"\"\"\n1,2\n"},
		{"last statement printed", []string{"-c", `CREATE TABLE t(x DOUBLE); INSERT INTO t VALUES (2.675), (0.125); SELECT 'ignored' AS y; SELECT py_round(x, 2) AS r FROM t ORDER BY x;`},
			"r\n0.12\n2.67\n"},
		{"count summary not printed", []string{"-c", `CREATE TABLE t(x INT); INSERT INTO t VALUES (1), (2)`}, ""},
		{"create only", []string{"-c", `CREATE TABLE t(x INT)`}, ""},
		{"returning printed", []string{"-c", `CREATE TABLE t(x INT); INSERT INTO t VALUES (1), (2) RETURNING x * 10 AS y`}, "y\n10\n20\n"},
		{"empty SQL", []string{"-c", "  \n"}, ""},
		{"only a comment", []string{"-c", "-- nothing\n"}, ""},
		{"set prints nothing", []string{"-c", "SET threads = 2"}, ""},
		{"trailing comment", []string{"-c", "SELECT 1 AS a; -- done"}, "a\n1\n"},
		{"json column", []string{"-c", `SELECT '{"a": [1, 2]}'::JSON AS j, ['x']::JSON AS k`}, "j,k\n\"{\"\"a\"\":[1,2]}\",\"[\"\"x\"\"]\"\n"},
		{"json column jsonl", []string{"--format", "jsonl", "-c", `SELECT '{"a": [1, 2]}'::JSON AS j`}, `{"j": {"a":[1,2]}}` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCase(t, "", tc.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if out != tc.want {
				t.Errorf("got\n%q\nwant\n%q", out, tc.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	sqlFile := filepath.Join(dir, "q.sql")
	if err := os.WriteFile(sqlFile, []byte("SELECT 1 AS one"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		out     string
		errText string // a substring of stderr
	}{
		{"sql error", []string{"-c", "SELECT * FROM nosuchtable"}, 1, "", "pyround-sql: Catalog Error: Table with name nosuchtable does not exist"},
		{"syntax error", []string{"-c", "SELEC 1"}, 1, "", "pyround-sql: Parser Error"},
		{"error in an earlier statement", []string{"-c", "SELECT 1/0::INTEGER; SELECT * FROM nope; SELECT 2"}, 1, "", "pyround-sql: Catalog Error"},
		{"error() in a query", []string{"-c", "SELECT error('boom') AS x"}, 1, "", "boom"},
		{"unknown flag", []string{"--bogus", "-c", "SELECT 1"}, 2, "", "pyround-sql: flag provided but not defined: -bogus"},
		{"both -c and file", []string{"-c", "SELECT 1", sqlFile}, 2, "", "pyround-sql: -c SQL and a FILE exclude each other"},
		{"unreadable file", []string{filepath.Join(dir, "missing.sql")}, 2, "", "pyround-sql: open "},
		{"two files", []string{sqlFile, sqlFile}, 2, "", "one FILE at most"},
		{"bad format", []string{"--format", "xml", "-c", "SELECT 1"}, 2, "", `invalid --format "xml"`},
		// python3 -c "import datetime; datetime.datetime(10000, 1, 1)" -> ValueError: year 10000 is out of range
		{"year out of range after rows", []string{"-c", `SELECT ts FROM (VALUES (1, TIMESTAMP '2024-01-01'), (2, TIMESTAMP '10000-01-01'), (3, TIMESTAMP '2025-01-01')) t(i, ts) ORDER BY i`},
			1, "ts\n2024-01-01T00:00:00\n", "pyround-sql: row 2, column ts: ValueError: year 10000 is out of range"},
		{"infinity timestamp", []string{"--format", "jsonl", "-c", `SELECT 'infinity'::TIMESTAMP AS ts`}, 1, "", "row 1, column ts: ValueError: year 294247 is out of range"},
		// python3 -c "str(10**4300)" -> ValueError: Exceeds the limit (4300 digits) for integer string conversion; ...
		{"int_max_str_digits", []string{"-c", `SELECT 1 AS a UNION ALL SELECT ('1' || repeat('0', 4300))::BIGNUM`}, 1, "a\n1\n", "row 2, column a: ValueError: Exceeds the limit (4300 digits)"},
		{"unnamed struct", []string{"-c", "SELECT row(1, 'x') AS r"}, 1, "r\n", "name them"},
		{"parameter", []string{"-c", "SELECT ?"}, 1, "", "pyround-sql: "},
		{"table row limit", []string{"--format", "table", "--max-rows", "2", "-c", "SELECT * FROM range(5)"}, 1, "", "--format table holds at most 2 rows"},
		{"table all or nothing", []string{"--format", "table", "-c", `SELECT ts FROM (VALUES (1, TIMESTAMP '2024-01-01'), (2, TIMESTAMP '10000-01-01')) t(i, ts) ORDER BY i`}, 1, "", "row 2, column ts: ValueError: year 10000 is out of range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCase(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, errs)
			}
			if out != tc.out {
				t.Errorf("stdout %q, want %q", out, tc.out)
			}
			if !strings.Contains(errs, tc.errText) {
				t.Errorf("stderr %q, want it to contain %q", errs, tc.errText)
			}
		})
	}
}

func TestSources(t *testing.T) {
	dir := t.TempDir()
	sqlFile := filepath.Join(dir, "q.sql")
	if err := os.WriteFile(sqlFile, []byte("SELECT py_round(2.675::DOUBLE, 2) AS r;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// python3 -c "print(round(2.675, 2))"
	const want = "r\n2.67\n"
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"-c", "", []string{"-c", "SELECT py_round(2.675::DOUBLE, 2) AS r"}},
		{"--command", "", []string{"--command=SELECT py_round(2.675::DOUBLE, 2) AS r"}},
		{"file", "", []string{sqlFile}},
		{"file then flag", "", []string{sqlFile, "--format", "csv"}},
		{"stdin", "SELECT py_round(2.675::DOUBLE, 2) AS r", nil},
		{"stdin with a byte order mark", "\ufeffSELECT py_round(2.675::DOUBLE, 2) AS r", nil},
		{"stdin dash", "SELECT py_round(2.675::DOUBLE, 2) AS r", []string{"-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCase(t, tc.stdin, tc.args...)
			if code != 0 || out != want {
				t.Errorf("exit %d, stdout %q, stderr %q; want %q", code, out, errs, want)
			}
		})
	}
}

func TestPersistentDB(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.duckdb")
	if out, errs, code := runCase(t, "", "--db", db, "-c", "CREATE TABLE prices(x DOUBLE); INSERT INTO prices VALUES (2.675), (1.005)"); code != 0 || out != "" {
		t.Fatalf("first run: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// python3 -c "print(round(1.005, 2), round(2.675, 2))"
	out, errs, code := runCase(t, "", "--db", db, "-c", "SELECT py_round(x, 2) AS r FROM prices ORDER BY x")
	if code != 0 || out != "r\n1.0\n2.67\n" {
		t.Fatalf("second run: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// Without --db the table is gone: the default database is in memory.
	if _, _, code := runCase(t, "", "-c", "SELECT * FROM prices"); code != 1 {
		t.Fatalf("in-memory run saw the table: exit %d", code)
	}
}

func TestParquetRoundTrip(t *testing.T) {
	dir := t.TempDir()
	pq := filepath.Join(dir, "prices.parquet")
	// Write 10000 generated prices (x.xx5, ties in decimal, not in binary)
	// with COPY, then read them back and round them with py_round.
	write := `COPY (SELECT i, (i / 1000 + 0.005)::DOUBLE AS x, (i / 1000 + 0.005)::DECIMAL(18,4) AS d FROM range(10000) t(i)) TO '` + pq + `' (FORMAT parquet)`
	if out, errs, code := runCase(t, "", "-c", write); code != 0 || out != "" {
		t.Fatalf("COPY TO: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	out, errs, code := runCase(t, "", "-c", `SELECT i, x, py_round(x, 2) AS r, d FROM '`+pq+`' ORDER BY i`)
	if code != 0 {
		t.Fatalf("read back: exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 10001 || lines[0] != "i,x,r,d" {
		t.Fatalf("read back %d lines, header %q", len(lines), lines[0])
	}
	// python3 -c "
	// for i in [0, 1, 2670, 1000, 9999]: x = i/1000 + 0.005; print(f'{i},{x!r},{round(x,2)!r},{x:.4f}')"
	for _, want := range []string{
		"0,0.005,0.01,0.0050",
		"1,0.006,0.01,0.0060",
		"2670,2.675,2.67,2.6750",
		"1000,1.005,1.0,1.0050",
		"9999,10.004000000000001,10.0,10.0040",
	} {
		i := strings.IndexByte(want, ',')
		var n int
		for _, c := range want[:i] {
			n = n*10 + int(c-'0')
		}
		if lines[n+1] != want {
			t.Errorf("row %d: got %q, want %q", n, lines[n+1], want)
		}
	}
	// Parquet out of a query with py_round, read back as CSV by DuckDB.
	csvOut := filepath.Join(dir, "out.csv")
	if _, errs, code := runCase(t, "", "-c", `COPY (SELECT py_round(x, 2) AS r FROM '`+pq+`' WHERE i IN (5, 2670) ORDER BY i) TO '`+csvOut+`' (HEADER)`); code != 0 {
		t.Fatalf("COPY TO csv: exit %d, stderr %q", code, errs)
	}
	out, errs, code = runCase(t, "", "-c", `SELECT r FROM '`+csvOut+`'`)
	// python3 -c "print(round(0.01, 2), round(2.675, 2))"
	if code != 0 || out != "r\n0.01\n2.67\n" {
		t.Fatalf("csv read back: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// failWriter fails after n bytes, as a closed pipe or a full disk would.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrorExits1(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{"-c", "SELECT i, repeat('x', 100) AS s FROM range(100000) t(i)"}, strings.NewReader(""), &failWriter{n: 200 << 10}, &errb)
	if code != 1 || !strings.Contains(errb.String(), "pyround-sql: disk full") {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
}

func TestHelpAndVersion(t *testing.T) {
	out, _, code := runCase(t, "", "--help")
	if code != 0 || !strings.Contains(out, "Examples:\n  pyround-sql -c") || !strings.Contains(out, "--format") {
		t.Errorf("--help: exit %d, stdout %q", code, out)
	}
	out, _, code = runCase(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "pyround-sql version ") {
		t.Errorf("--version: exit %d, stdout %q", code, out)
	}
}

func TestParseType(t *testing.T) {
	ty := parseType(`STRUCT("q" INTEGER, "a ""b"", c" DECIMAL(18,4), z MAP(VARCHAR, DOUBLE[]))[]`)
	if ty == nil || ty.kind != "LIST" || ty.elem.kind != "STRUCT" || len(ty.elem.fields) != 3 {
		t.Fatalf("parse: %+v", ty)
	}
	f := ty.elem.fields
	if f[0].name != "q" || f[1].name != `a "b", c` || f[1].typ.kind != "DECIMAL" || f[2].name != "z" ||
		f[2].typ.kind != "MAP" || f[2].typ.value.kind != "LIST" {
		t.Fatalf("fields: %+v", f)
	}
	if parseType("INTEGER[3]").kind != "ARRAY" || parseType("STRUCT(") != nil {
		t.Fatal("ARRAY or bad name")
	}
}

func TestReadCSVAndJSON(t *testing.T) {
	dir := t.TempDir()
	prices := filepath.Join(dir, "prices.csv")
	events := filepath.Join(dir, "events.jsonl")
	if err := os.WriteFile(prices, []byte("item,price\na,2.675\nb,0.125\nc,1.005\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(events, []byte(`{"id": 1, "v": 0.375}`+"\n"+`{"id": 2, "v": 2.5}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// python3 -c "print([round(x, 2) for x in (2.675, 0.125, 1.005)])"
	out, errs, code := runCase(t, "", "-c", `SELECT item, py_round(price::DOUBLE, 2) AS r FROM '`+prices+`' ORDER BY item`)
	if code != 0 || out != "item,r\na,2.67\nb,0.12\nc,1.0\n" {
		t.Errorf("csv in: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// python3 -c "import json; [print(json.dumps({'id': i, 'r': round(v, 1)})) for i, v in ((1, 0.375), (2, 2.5))]"
	out, errs, code = runCase(t, "", "--format", "jsonl", "-c", `SELECT id, py_round(v::DOUBLE, 1) AS r FROM read_json('`+events+`') ORDER BY id`)
	if code != 0 || out != `{"id": 1, "r": 0.4}`+"\n"+`{"id": 2, "r": 2.5}`+"\n" {
		t.Errorf("jsonl in: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestCanceledContextExits130(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := runContext(ctx, []string{"-c", "SELECT 1"}, strings.NewReader(""), &out, &errb)
	if code != 130 || errb.String() != "pyround-sql: interrupted\n" {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
}

// TestIntervalMonthsIsDuckDBText: no timedelta has months, so an INTERVAL
// with months prints DuckDB's own text, the same as its cast to VARCHAR.
func TestIntervalMonthsIsDuckDBText(t *testing.T) {
	out, errs, code := runCase(t, "", "--format", "jsonl", "-c", `SELECT i, i::VARCHAR AS duck FROM (VALUES (1, INTERVAL '14 months 2 days 3 hours'),
		(2, INTERVAL '-1 month -1 second'), (3, INTERVAL '1 month 0.25 seconds'), (4, INTERVAL '-25 months'), (5, INTERVAL '1 month -3 days 26 hours'),
		(6, INTERVAL '1 month 0.000001 seconds')) t(k, i) ORDER BY k`)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines: %q", len(lines), out)
	}
	for _, line := range lines {
		var row struct{ I, Duck string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatal(err)
		}
		if row.I != row.Duck {
			t.Errorf("INTERVAL %q printed as %q", row.Duck, row.I)
		}
	}
}
