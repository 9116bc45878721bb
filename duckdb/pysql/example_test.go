package pysql_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
)

// Register pyround's functions on a DuckDB connection, write a Parquet
// file, and query it. Each column is what Python prints: repr(x),
// DuckDB's round(x, 2) (which is not Python's: 2.675 is
// 2.67499999999999982236431605997495353221893310546875), round(x, 2),
// x // 2 and format(x, '+,.1f').
func ExampleRegister() {
	ctx := context.Background()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	if err := pysql.Register(ctx, conn); err != nil {
		log.Fatal(err)
	}

	dir, err := os.MkdirTemp("", "pysql-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	prices := filepath.Join(dir, "prices.parquet")
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(
		`COPY (SELECT * FROM (VALUES (2.675::DOUBLE), (0.125), (-7.5)) t(x)) TO '%s' (FORMAT parquet)`, prices)); err != nil {
		log.Fatal(err)
	}

	rows, err := conn.QueryContext(ctx, fmt.Sprintf(
		`SELECT py_repr(x), py_repr(round(x, 2)), py_repr(py_round(x, 2)), py_repr(py_floordiv(x, 2::DOUBLE)), py_format(x, '+,.1f') FROM '%s'`, prices))
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var x, duck, py, fd, f string
		if err := rows.Scan(&x, &duck, &py, &fd, &f); err != nil {
			log.Fatal(err)
		}
		fmt.Println(x, duck, py, fd, f)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2.675 2.68 2.67 1.0 +2.7
	// 0.125 0.13 0.12 0.0 +0.1
	// -7.5 -7.5 -7.5 -4.0 -7.5
}
