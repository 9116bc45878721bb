package pysql

import (
	"context"
	"database/sql"

	"github.com/duckdb/duckdb-go/v2"
)

// Register registers every pyround function (py_round, ...) on conn, a
// connection to a DuckDB database opened with github.com/duckdb/duckdb-go/v2.
// The functions stay registered on the database for as long as it is open.
func Register(ctx context.Context, conn *sql.Conn) error {
	for _, family := range []func(*sql.Conn) error{
		registerRound,      // round.go: py_round
		registerIncrement,  // increment.go: py_round_increment
		registerDiv,        // div.go: py_floordiv, py_mod, py_divmod
		registerText,       // text.go: py_repr, py_str, py_format, py_hms
		registerDistribute, // distribute.go: py_bin, py_shard
	} {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := family(conn); err != nil {
			return err
		}
	}
	return nil
}

// register registers each of fs under name, as overloads of one function.
func register(conn *sql.Conn, name string, fs ...duckdb.ScalarFunc) error {
	if len(fs) == 1 {
		return duckdb.RegisterScalarUDF(conn, name, fs[0])
	}
	return duckdb.RegisterScalarUDFSet(conn, name, fs...)
}

// typeInfo returns the TypeInfo of a primitive type; the types named in
// this package are always valid, so an error here is a bug.
func typeInfo(t duckdb.Type) duckdb.TypeInfo {
	info, err := duckdb.NewTypeInfo(t)
	if err != nil {
		panic("pysql: " + err.Error())
	}
	return info
}
