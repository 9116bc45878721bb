package pysql_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSQLFunctions feeds arbitrary text and numbers to every pyround
// function through DuckDB: each call returns a value, NULL or an error,
// and never crashes the process (a panic in a scalar function would take
// DuckDB down with it).
func FuzzSQLFunctions(f *testing.F) {
	for _, s := range []string{"2.675", "-0.0", "nan", "1E+999999", "", "\xff", strings.Repeat("9", 2000), "1_000", "0x10", "sNaN"} {
		f.Add(s, int64(2), 2.675, "half_up", ",.2f")
	}
	f.Add("1", int64(-1<<62), 1e308, "bogus", "{")
	f.Add("0.05", int64(1<<62), -5e-324, "ROUND_05UP", ".1000000000f")
	conn := diffConn(f)
	queries := []string{
		"SELECT py_round($1::VARCHAR, $2::BIGINT)",
		"SELECT py_round($3::DOUBLE, $2::BIGINT, $4::VARCHAR)",
		"SELECT py_round($2::BIGINT, $2::BIGINT)",
		"SELECT py_round_increment($3::DOUBLE, $1::VARCHAR, $4::VARCHAR)",
		"SELECT py_round_increment($1::VARCHAR, $1::VARCHAR)",
		"SELECT py_floordiv($2::BIGINT, ($2 % 7)::BIGINT)",
		"SELECT py_mod($3::DOUBLE, $3::DOUBLE)",
		"SELECT py_format($3::DOUBLE, $5::VARCHAR)",
		"SELECT py_format($1::VARCHAR, $5::VARCHAR)",
		"SELECT py_hms($3::DOUBLE)",
		"SELECT py_shard($1::VARCHAR, $2::BIGINT, $4::VARCHAR)",
		"SELECT py_bin($3::DOUBLE, $3::DOUBLE)",
	}
	f.Fuzz(func(t *testing.T, s string, n int64, x float64, mode, spec string) {
		if !utf8.ValidString(s) || !utf8.ValidString(mode) || !utf8.ValidString(spec) {
			// DuckDB rejects invalid UTF-8 in a VARCHAR parameter itself,
			// before any function sees it (TestHostile covers the message).
			return
		}
		if len(spec) > 64 || len(s) > 4096 {
			return
		}
		for _, q := range queries {
			var v any
			_ = conn.QueryRowContext(context.Background(), q, s, n, x, mode, spec).Scan(&v)
		}
	})
}
