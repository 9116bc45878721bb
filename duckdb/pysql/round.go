package pysql

import (
	"context"
	"database/sql"
	"math"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/rounding"
)

func registerRound(conn *sql.Conn) error {
	dbl, i64 := typeInfo(duckdb.TYPE_DOUBLE), typeInfo(duckdb.TYPE_BIGINT)
	return register(conn, "py_round", &roundDouble{in: []duckdb.TypeInfo{dbl, i64}, out: dbl})
}

// roundDouble is py_round(DOUBLE, BIGINT) -> DOUBLE: Python's round(x, n).
type roundDouble struct {
	in  []duckdb.TypeInfo
	out duckdb.TypeInfo
}

func (f *roundDouble) Config() duckdb.ScalarFuncConfig {
	return duckdb.ScalarFuncConfig{InputTypeInfos: f.in, ResultTypeInfo: f.out}
}

func (f *roundDouble) Executor() duckdb.ScalarFuncExecutor {
	return duckdb.ScalarFuncExecutor{ChunkContextExecutor: func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		xm, err := inputMemory(st, 0)
		if err != nil {
			return err
		}
		nm, err := inputMemory(st, 1)
		if err != nil {
			return err
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		xs, ns, out := values[float64](xm), values[int64](nm), values[float64](om)
		for row := range xs {
			if !xm.valid(row) || !nm.valid(row) {
				continue // NULL in, NULL out: DuckDB sets the result after the callback
			}
			n := int(max(min(ns[row], math.MaxInt32), math.MinInt32))
			y, err := rounding.RoundFloat(xs[row], n, rounding.HalfEven)
			if err != nil {
				return err
			}
			out[row] = y
		}
		return nil
	}}
}
