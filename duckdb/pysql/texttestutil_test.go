package pysql_test

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
)

// textConn opens an in-memory DuckDB database with pyround's functions
// registered, closed when the test ends.
func textConn(tb testing.TB) *sql.Conn {
	tb.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { conn.Close() })
	if err := pysql.Register(ctx, conn); err != nil {
		tb.Fatal(err)
	}
	return conn
}

// textCase is one SQL expression and what it gives: want is the value
// as text ("NULL" for NULL) when err is "", else err is a substring the
// query's error must contain.
type textCase struct {
	expr, want, err string
}

// textQuery evaluates SELECT expr and returns its value as text ("NULL"
// for NULL), or the query's error.
func textQuery(tb testing.TB, conn *sql.Conn, expr string) (string, error) {
	tb.Helper()
	var v sql.NullString
	err := conn.QueryRowContext(context.Background(), "SELECT ("+expr+")::VARCHAR").Scan(&v)
	if err != nil {
		return "", err
	}
	if !v.Valid {
		return "NULL", nil
	}
	return v.String, nil
}

// textRun checks each case on conn.
func textRun(t *testing.T, conn *sql.Conn, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		got, err := textQuery(t, conn, c.expr)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("%s: error %v, want %q", c.expr, err, c.want)
		case c.err == "" && got != c.want:
			t.Errorf("%s = %q, want %q", c.expr, got, c.want)
		case c.err != "" && err == nil:
			t.Errorf("%s = %q, want an error containing %q", c.expr, got, c.err)
		case c.err != "" && !strings.Contains(err.Error(), c.err):
			t.Errorf("%s: error %q, want one containing %q", c.expr, err, c.err)
		}
	}
}
