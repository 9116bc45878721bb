package pysql_test

import (
	"context"
	"strconv"
	"testing"
)

// TestThreadsAgree10M is the check at its size: the same query
// over 10,000,000 rows, through functions of every family, gives the same
// result with one DuckDB thread and with eight (an order-independent hash
// of every row's values, and the row count). DuckDB runs a scalar
// function on many chunks at once, so shared state in an executor would
// show here.
func TestThreadsAgree10M(t *testing.T) {
	if testing.Short() {
		t.Skip("ten million rows")
	}
	conn := diffConn(t)
	ctx := context.Background()
	if _, err := conn.ExecContext(ctx, `SELECT setseed(0.5);
		CREATE TABLE t10 AS SELECT i, round(random() * 20000 - 10000, 3) AS x, (i * 7919) % 1000003 - 500000 AS k,
		i::VARCHAR || 'x' AS s FROM range(10000000) r(i)`); err != nil {
		t.Fatal(err)
	}
	q := `SELECT sum(hash(i, py_round(x, 2), py_round(k, -2, 'half_up'), py_round_increment(x, '0.05'),
		py_floordiv(k, 7), py_mod(x, 0.3::DOUBLE), py_format(x, ',.2f'), py_bin(x, 0.1::DOUBLE), py_shard(s, 16, 'crc32')))::VARCHAR,
		count(*) FROM t10`
	var results [2]string
	for i, threads := range []int{1, 8} {
		if _, err := conn.ExecContext(ctx, "SET threads = "+strconv.Itoa(threads)); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := conn.QueryRowContext(ctx, q).Scan(&results[i], &n); err != nil {
			t.Fatal(err)
		}
		if n != 10000000 {
			t.Fatalf("%d rows", n)
		}
	}
	if results[0] != results[1] {
		t.Errorf("threads = 1 gives %s, threads = 8 %s", results[0], results[1])
	}
}
