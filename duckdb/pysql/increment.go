package pysql

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// registerIncrement registers py_round_increment(x, inc [, mode]): x
// rounded to a multiple of the increment inc, a VARCHAR of exact decimal
// text ('0.05', '0.50', '25', '1E+3') read by rounding.ParseIncrement, by
// the Definition of rounding.Increment (q = the integer nearest to x/inc
// under mode, on exact values; the result is q*inc). mode is a VARCHAR as
// mode.Parse reads it ('half_up', 'ROUND_FLOOR', ...), HALF_EVEN when
// omitted; an unknown mode is a ValueError listing the valid ones. A bad
// increment is rounding.ParseIncrement's "ValueError: increment must be a
// positive decimal number, not '0'". NULL in any argument gives NULL.
//
//	py_round_increment(DOUBLE, inc [, mode]) -> DOUBLE
//	py_round_increment(FLOAT, inc [, mode]) -> DOUBLE (the FLOAT's exact value)
//	py_round_increment(T, inc [, mode]) -> T
//	py_round_increment(VARCHAR, inc [, mode]) -> VARCHAR
//	py_round_increment(DECIMAL, inc [, mode]) -> DECIMAL(38,18)
//
// DOUBLE: rounding.RoundFloatIncrement, the float nearest to the exact
// q*inc (1.15 to '0.05' is 1.15, never 1.1500000000000001); NaN and ±inf
// come back unchanged, a zero result keeps x's sign, and a result beyond
// DOUBLE is "OverflowError: rounded value too large to represent".
//
// T is TINYINT, SMALLINT, INTEGER, BIGINT, UTINYINT, USMALLINT, UINTEGER,
// UBIGINT (vector memory, no allocation) or HUGEINT:
// rounding.RoundIntIncrement (RoundBigIntIncrement) in the argument's
// type, py_round_increment(137, '25') = 125; a result outside the type is
// an OverflowError, never a wrapped value. An increment that is not an
// integer ('0.05') is the ValueError "increment 0.05 is not an integer:
// an int rounded to it is a float": Python's result would be a float,
// and an overload has one static result type, so cast x to DOUBLE (or
// DECIMAL) for it.
//
// VARCHAR: Decimal(x) rounded as pyops.AppendRoundIncrementText prints
// it, with the increment's exponent ('1.03' to '0.05' is '1.05', '-0.01'
// is '-0.00'); text Decimal() rejects is InvalidOperation.
//
// DECIMAL: the same value, as a DECIMAL(38,18), for the reasons given on
// registerRound; a result that type cannot hold exactly is an error.
func registerIncrement(conn *sql.Conn) error {
	var fs []duckdb.ScalarFunc
	dbl, str := typeInfo(duckdb.TYPE_DOUBLE), typeInfo(duckdb.TYPE_VARCHAR)
	for arity := 2; arity <= 3; arity++ {
		params := func(x duckdb.TypeInfo) []duckdb.TypeInfo {
			return []duckdb.TypeInfo{x, str, str}[:arity]
		}
		fs = append(fs,
			&numFunc{params(dbl), dbl, incDouble},
			&numFunc{params(typeInfo(duckdb.TYPE_FLOAT)), dbl, incFloat},
			&numFunc{params(str), str, incText},
			&numFunc{params(typeInfo(duckdb.TYPE_HUGEINT)), typeInfo(duckdb.TYPE_HUGEINT), incHugeint},
			&numFunc{params(numAny()), numDecimal(), incDecimal},
		)
		for _, t := range []struct {
			t    duckdb.Type
			exec duckdb.ChunkContextExecutorFn
		}{
			{duckdb.TYPE_TINYINT, incInt[int8]},
			{duckdb.TYPE_SMALLINT, incInt[int16]},
			{duckdb.TYPE_INTEGER, incInt[int32]},
			{duckdb.TYPE_BIGINT, incInt[int64]},
			{duckdb.TYPE_UTINYINT, incInt[uint8]},
			{duckdb.TYPE_USMALLINT, incInt[uint16]},
			{duckdb.TYPE_UINTEGER, incInt[uint32]},
			{duckdb.TYPE_UBIGINT, incInt[uint64]},
		} {
			fs = append(fs, &numFunc{params(typeInfo(t.t)), typeInfo(t.t), t.exec})
		}
	}
	return register(conn, "py_round_increment", fs...)
}

// numIncs parses increment texts, each distinct text once.
type numIncs struct {
	text string // owned copy of the last text parsed
	inc  rounding.Increment
	ok   bool
}

func (c *numIncs) parse(s string) (rounding.Increment, error) {
	if c.ok && s == c.text {
		return c.inc, nil
	}
	inc, err := rounding.ParseIncrement(s)
	if err != nil {
		return inc, err
	}
	c.text, c.inc, c.ok = strings.Clone(s), inc, true
	return inc, nil
}

// incArgs reads the increment (column 1) and optional mode (column 2) of
// a chunk of py_round_increment calls.
type incArgs struct {
	view  duckdb.VectorView[string]
	incs  numIncs
	modes *numModeColumn
}

func newIncArgs(st *duckdb.ChunkIteratorState) (*incArgs, error) {
	v, err := st.GetInputChunk().GetVector(1)
	if err != nil {
		return nil, err
	}
	a := &incArgs{}
	if a.view, err = duckdb.GetVectorView[string](v); err != nil {
		return nil, err
	}
	if st.ColumnCount() > 2 {
		if a.modes, err = newNumModeColumn(st, 2); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// at returns the row's increment and mode, and false when either is NULL.
func (a *incArgs) at(row int) (rounding.Increment, mode.Mode, bool, error) {
	s, ok, err := a.view.GetValueBorrowed(row)
	if err != nil || !ok {
		return rounding.Increment{}, 0, false, err
	}
	inc, err := a.incs.parse(s)
	if err != nil {
		return inc, 0, false, err
	}
	if a.modes == nil {
		return inc, rounding.HalfEven, true, nil
	}
	m, ok, err := a.modes.at(row)
	return inc, m, ok, err
}

// incRaw runs round on every row of a chunk whose x is an In in vector
// memory, writing an Out.
func incRaw[In, Out any](st *duckdb.ChunkIteratorState, round func(In, rounding.Increment, mode.Mode) (Out, error)) error {
	xm, err := inputMemory(st, 0)
	if err != nil {
		return err
	}
	om, err := outputMemory(st)
	if err != nil {
		return err
	}
	args, err := newIncArgs(st)
	if err != nil {
		return err
	}
	xs, out := values[In](xm), values[Out](om)
	for row, x := range xs {
		if !xm.valid(row) {
			continue // NULL in, NULL out: DuckDB sets the result after the callback
		}
		inc, m, ok, err := args.at(row)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if out[row], err = round(x, inc, m); err != nil {
			return err
		}
	}
	return nil
}

// incDouble is py_round_increment(DOUBLE, inc [, mode]).
func incDouble(_ context.Context, st *duckdb.ChunkIteratorState) error {
	return incRaw(st, rounding.RoundFloatIncrement)
}

// incFloat is py_round_increment(FLOAT, inc [, mode]) -> DOUBLE, on the
// FLOAT's exact value.
func incFloat(_ context.Context, st *duckdb.ChunkIteratorState) error {
	return incRaw(st, func(x float32, inc rounding.Increment, m mode.Mode) (float64, error) {
		return rounding.RoundFloatIncrement(float64(x), inc, m)
	})
}

// incInt is py_round_increment(T, inc [, mode]) for a fixed-width integer
// type.
func incInt[T rounding.Integer](_ context.Context, st *duckdb.ChunkIteratorState) error {
	return incRaw(st, rounding.RoundIntIncrement[T])
}

// incHugeint is py_round_increment(HUGEINT, inc [, mode]).
func incHugeint(_ context.Context, st *duckdb.ChunkIteratorState) error {
	var incs numIncs
	var modes numModes
	return numRows(st, func(args []any) (any, error) {
		x, _ := args[0].(*big.Int)
		inc, m, err := incRowArgs(&incs, &modes, args)
		if err != nil {
			return nil, err
		}
		if !inc.Integral() {
			return nil, pyerr.ValueError(fmt.Sprintf("increment %s is not an integer: an int rounded to it is a float", inc))
		}
		y, err := rounding.RoundBigIntIncrement(new(big.Int), x, inc, m)
		if err != nil {
			return nil, err
		}
		return numHugeint(y)
	})
}

// incRowArgs reads the boxed increment and mode of a row.
func incRowArgs(incs *numIncs, modes *numModes, args []any) (rounding.Increment, mode.Mode, error) {
	s, _ := args[1].(string)
	inc, err := incs.parse(s)
	if err != nil || len(args) < 3 {
		return inc, rounding.HalfEven, err
	}
	m, err := numArgMode(modes, args[2])
	return inc, m, err
}

// incText is py_round_increment(VARCHAR, inc [, mode]).
func incText(_ context.Context, st *duckdb.ChunkIteratorState) error {
	args, err := newIncArgs(st)
	if err != nil {
		return err
	}
	return mapText(st, func(dst []byte, s string, row int) ([]byte, bool, error) {
		inc, m, ok, err := args.at(row)
		if err != nil || !ok {
			return dst, false, err
		}
		out, err := pyops.AppendRoundIncrementText(dst, s, inc, m)
		return out, true, err
	})
}

// incDecimal is py_round_increment(DECIMAL, inc [, mode]) through the
// TYPE_ANY parameter, as a DECIMAL(38,18), from and to vector memory.
func incDecimal(_ context.Context, st *duckdb.ChunkIteratorState) error {
	x, err := newNumDecIn(st, 0, "py_round_increment")
	if err != nil {
		return err
	}
	om, err := outputMemory(st)
	if err != nil {
		return err
	}
	args, err := newIncArgs(st)
	if err != nil {
		return err
	}
	out := values[[2]uint64](om)
	var text, res []byte
	var p numParsed
	for row := range out {
		if !x.m.valid(row) {
			continue
		}
		inc, m, ok, err := args.at(row)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		text = x.appendText(text[:0], row)
		if res, err = pyops.AppendRoundIncrementText(res[:0], text, inc, m); err != nil {
			return err
		}
		if out[row], err = p.scaled128("py_round_increment", res, numDecScale); err != nil {
			return err
		}
	}
	return nil
}
