package pysql_test

import (
	"context"
	"database/sql"
	"math"
	"strconv"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
)

// newConn opens an in-memory DuckDB database, registers pysql's functions
// on a connection to it, and closes both when the test ends.
func newConn(t testing.TB) *sql.Conn {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if err := pysql.Register(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return conn
}

// sqlCase is one SQL expression and what python3 printed for it: a
// result, or "!" and text the error message must contain.
type sqlCase struct {
	expr string
	want string
}

// checkText runs SELECT CAST(expr AS VARCHAR) for each case and compares
// the text (ints, VARCHAR results, DECIMAL results written with
// Python's f"{d:.18f}") or the error.
func checkText(t *testing.T, conn *sql.Conn, cases []sqlCase) {
	t.Helper()
	for _, c := range cases {
		var got sql.NullString
		err := conn.QueryRowContext(context.Background(), "SELECT CAST(("+c.expr+") AS VARCHAR)").Scan(&got)
		checkResult(t, c, got.String, err)
	}
}

// checkDouble runs SELECT expr for each case, a DOUBLE, and compares it
// bit for bit (sign of zero included; any NaN matches "nan") with the
// float that python3's repr in c.want denotes.
func checkDouble(t *testing.T, conn *sql.Conn, cases []sqlCase) {
	t.Helper()
	for _, c := range cases {
		var got float64
		err := conn.QueryRowContext(context.Background(), "SELECT "+c.expr).Scan(&got)
		if err != nil || strings.HasPrefix(c.want, "!") {
			checkResult(t, c, "", err)
			continue
		}
		want, perr := strconv.ParseFloat(c.want, 64)
		if perr != nil {
			t.Fatalf("%s: bad want %q", c.expr, c.want)
		}
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("%s = %v (bits %#x), want %s (bits %#x)", c.expr, got, math.Float64bits(got), c.want, math.Float64bits(want))
		}
	}
}

func checkResult(t *testing.T, c sqlCase, got string, err error) {
	t.Helper()
	if msg, ok := strings.CutPrefix(c.want, "!"); ok {
		if err == nil {
			t.Errorf("%s = %q, want an error with %q", c.expr, got, msg)
		} else if !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: error %q, want one with %q", c.expr, err, msg)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: %v", c.expr, err)
	} else if got != c.want {
		t.Errorf("%s = %q, want %q", c.expr, got, c.want)
	}
}
