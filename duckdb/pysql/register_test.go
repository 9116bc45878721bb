package pysql_test

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
)

func TestSkeleton(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := pysql.Register(ctx, conn); err != nil {
		t.Fatal(err)
	}
	var got float64
	if err := conn.QueryRowContext(ctx, "SELECT py_round(2.675::DOUBLE, 2)").Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != 2.67 { // python3 -c 'print(round(2.675, 2))'
		t.Fatalf("py_round(2.675, 2) = %v, want 2.67", got)
	}
	var s float64
	var nulls int
	if err := conn.QueryRowContext(ctx, "SELECT sum(py_round(x, 2)), count(*) - count(py_round(x, 2)) FROM (SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE i / 1000 + 0.005 END AS x FROM range(100000) t(i))").Scan(&s, &nulls); err != nil {
		t.Fatal(err)
	}
	t.Logf("sum %v nulls %d", s, nulls)
}
