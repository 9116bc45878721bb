package pysql

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/big"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
)

// registerDiv registers py_floordiv(a, b), py_mod(a, b) and
// py_divmod(a, b): Python's a // b, a % b and divmod(a, b). NULL in
// either argument gives NULL.
//
//	py_floordiv(T, T) -> T, py_mod(T, T) -> T, py_divmod(T, T) -> STRUCT(q T, r T)
//	py_floordiv(DOUBLE, DOUBLE) -> DOUBLE, ... py_divmod -> STRUCT(q DOUBLE, r DOUBLE)
//	py_floordiv(DECIMAL(38,18), DECIMAL(38,18)) -> DECIMAL(38,18), ...
//	py_floordiv(VARCHAR, VARCHAR) -> VARCHAR, ... (py_divmod: the pair's text)
//
// T is TINYINT, SMALLINT, INTEGER, BIGINT, UTINYINT, USMALLINT, UINTEGER,
// UBIGINT (vector memory, no allocation) or HUGEINT (one *big.Int per
// value); arguments of two integer types meet in the overload DuckDB
// casts both to. Ints and DOUBLEs follow Python's floor semantics
// (package divmod): the quotient rounds toward negative infinity and the
// remainder takes the divisor's sign (py_floordiv(-7, 2) = -4, py_mod(-7,
// 2) = 1; py_divmod(-7.5::DOUBLE, 2) = {q: -4.0, r: 0.5}, bit for bit
// CPython's float_divmod). A zero divisor is Python's ZeroDivisionError:
// "integer division or modulo by zero" (// and divmod), "integer modulo
// by zero" (%), "float floor division by zero", "float modulo", "float
// divmod()". The one int quotient a type cannot hold, its minimum divided
// by -1 (Python's -9223372036854775808 // -1 is 9223372036854775808), is
// an OverflowError, never a wrapped value; cast to HUGEINT for it.
//
// DECIMAL follows what pyops does for --as decimal, which is Python's
// decimal module (computed exactly, without the 28-digit context): the
// quotient truncates toward zero and the remainder takes the dividend's
// sign (Decimal(-7) // 2 is -3, Decimal(-7) % 2 is -1), unlike ints and
// floats; a zero divisor raises the decimal module's signals
// ("DivisionByZero: [<class 'decimal.DivisionByZero'>]", 0/0
// "InvalidOperation: [<class 'decimal.DivisionUndefined'>]", x % 0
// "InvalidOperation: [<class 'decimal.InvalidOperation'>]"). Unlike
// py_round, the DECIMAL overloads cannot take TYPE_ANY: an ANY pair
// would also catch every call mixing two integer types (BIGINT and an
// INTEGER literal) and give it a DECIMAL result. So the parameters are
// DECIMAL(38,18) and DuckDB casts DECIMAL arguments to it before the
// call: a DECIMAL with more than 20 integer digits is DuckDB's conversion
// error, and one with more than 18 decimal places is rounded by DuckDB's
// cast; pass such values as VARCHAR, which is exact. A result
// DECIMAL(38,18) cannot hold exactly is an error naming the value. A
// DECIMAL mixed with a DOUBLE meets in the DOUBLE overload (DuckDB casts
// the DECIMAL), where Python would raise a TypeError.
//
// VARCHAR: both texts read as Decimal(text), the result printed as
// `pyround floordiv|mod|divmod --as decimal` prints it (py_divmod('-7',
// '2') = "(Decimal('-3'), Decimal('-1'))").
func registerDiv(conn *sql.Conn) error {
	for _, op := range []struct {
		name string
		op   pyops.DivOp
	}{{"py_floordiv", pyops.FloorDiv}, {"py_mod", pyops.Mod}, {"py_divmod", pyops.DivMod}} {
		out := func(t duckdb.TypeInfo) duckdb.TypeInfo {
			if op.op != pyops.DivMod {
				return t
			}
			q, err := duckdb.NewStructEntry(t, "q")
			if err != nil {
				panic("pysql: " + err.Error())
			}
			r, err := duckdb.NewStructEntry(t, "r")
			if err != nil {
				panic("pysql: " + err.Error())
			}
			info, err := duckdb.NewStructInfo(q, r)
			if err != nil {
				panic("pysql: " + err.Error())
			}
			return info
		}
		var fs []duckdb.ScalarFunc
		add := func(t duckdb.TypeInfo, exec duckdb.ChunkContextExecutorFn) {
			fs = append(fs, &numFunc{[]duckdb.TypeInfo{t, t}, out(t), exec})
		}
		add(typeInfo(duckdb.TYPE_DOUBLE), divRaw(op.op, divmod.FloorDivFloat, divmod.ModFloat, divmod.DivModFloat))
		add(typeInfo(duckdb.TYPE_TINYINT), divRaw(op.op, divmod.FloorDiv[int8], divmod.Mod[int8], divmod.DivMod[int8]))
		add(typeInfo(duckdb.TYPE_SMALLINT), divRaw(op.op, divmod.FloorDiv[int16], divmod.Mod[int16], divmod.DivMod[int16]))
		add(typeInfo(duckdb.TYPE_INTEGER), divRaw(op.op, divmod.FloorDiv[int32], divmod.Mod[int32], divmod.DivMod[int32]))
		add(typeInfo(duckdb.TYPE_BIGINT), divRaw(op.op, divmod.FloorDiv[int64], divmod.Mod[int64], divmod.DivMod[int64]))
		add(typeInfo(duckdb.TYPE_UTINYINT), divRaw(op.op, divmod.FloorDiv[uint8], divmod.Mod[uint8], divmod.DivMod[uint8]))
		add(typeInfo(duckdb.TYPE_USMALLINT), divRaw(op.op, divmod.FloorDiv[uint16], divmod.Mod[uint16], divmod.DivMod[uint16]))
		add(typeInfo(duckdb.TYPE_UINTEGER), divRaw(op.op, divmod.FloorDiv[uint32], divmod.Mod[uint32], divmod.DivMod[uint32]))
		add(typeInfo(duckdb.TYPE_UBIGINT), divRaw(op.op, divmod.FloorDiv[uint64], divmod.Mod[uint64], divmod.DivMod[uint64]))
		add(typeInfo(duckdb.TYPE_HUGEINT), divHugeint(op.op))
		add(numDecimal(), divDecimal(op.name, op.op))
		fs = append(fs, &numFunc{[]duckdb.TypeInfo{typeInfo(duckdb.TYPE_VARCHAR), typeInfo(duckdb.TYPE_VARCHAR)}, typeInfo(duckdb.TYPE_VARCHAR), divText(op.op)})
		if err := register(conn, op.name, fs...); err != nil {
			return err
		}
	}
	return nil
}

// divRaw is op on two columns of T in vector memory, written to a T
// column or, for divmod, to the q and r children of the STRUCT result.
func divRaw[T any](op pyops.DivOp, floorDiv, mod func(a, b T) (T, error), divMod func(a, b T) (T, T, error)) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		am, err := inputMemory(st, 0)
		if err != nil {
			return err
		}
		bm, err := inputMemory(st, 1)
		if err != nil {
			return err
		}
		as, bs := values[T](am), values[T](bm)
		if op == pyops.DivMod {
			children, err := childMemory(st.GetResultVector(), len(as))
			if err != nil {
				return err
			}
			if len(children) != 2 {
				return fmt.Errorf("pysql: py_divmod result has %d fields, not 2", len(children))
			}
			qs, rs := values[T](children[0]), values[T](children[1])
			for row, a := range as {
				if !am.valid(row) || !bm.valid(row) {
					continue // NULL in, NULL out: DuckDB sets the result after the callback
				}
				if qs[row], rs[row], err = divMod(a, bs[row]); err != nil {
					return err
				}
			}
			return nil
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		f := floorDiv
		if op == pyops.Mod {
			f = mod
		}
		out := values[T](om)
		for row, a := range as {
			if !am.valid(row) || !bm.valid(row) {
				continue
			}
			if out[row], err = f(a, bs[row]); err != nil {
				return err
			}
		}
		return nil
	}
}

// divHugeint is op on HUGEINTs, with package divmod's big-integer
// functions.
func divHugeint(op pyops.DivOp) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		return numRows(st, func(args []any) (any, error) {
			a, _ := args[0].(*big.Int)
			b, _ := args[1].(*big.Int)
			if a == nil || b == nil {
				return nil, fmt.Errorf("pysql: HUGEINT argument read as %T, %T", args[0], args[1])
			}
			switch op {
			case pyops.FloorDiv:
				q, err := divmod.FloorDivBig(new(big.Int), a, b)
				if err != nil {
					return nil, err
				}
				return divHugeintFits(q)
			case pyops.Mod:
				return divmod.ModBig(new(big.Int), a, b) // |r| < |b|: always a HUGEINT
			}
			q, r, err := divmod.DivModBig(new(big.Int), new(big.Int), a, b)
			if err != nil {
				return nil, err
			}
			if _, err := divHugeintFits(q); err != nil {
				return nil, err
			}
			return map[string]any{"q": q, "r": r}, nil
		})
	}
}

func divHugeintFits(q *big.Int) (*big.Int, error) {
	if q.Cmp(hugeintMin) < 0 || q.Cmp(hugeintMax) > 0 {
		return nil, pyerr.OverflowError(fmt.Sprintf("integer division result %s does not fit in HUGEINT", q))
	}
	return q, nil
}

// divDecimal is op on DECIMAL(38,18)s: pyops.Div under --as decimal on
// the arguments' exact text, read from and written to vector memory.
func divDecimal(name string, op pyops.DivOp) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		a, err := newNumDecIn(st, 0, name)
		if err != nil {
			return err
		}
		b, err := newNumDecIn(st, 1, name)
		if err != nil {
			return err
		}
		var out, rs [][2]uint64
		if op == pyops.DivMod {
			children, err := childMemory(st.GetResultVector(), a.m.n)
			if err != nil {
				return err
			}
			if len(children) != 2 {
				return fmt.Errorf("pysql: py_divmod result has %d fields, not 2", len(children))
			}
			out, rs = values[[2]uint64](children[0]), values[[2]uint64](children[1])
		} else {
			om, err := outputMemory(st)
			if err != nil {
				return err
			}
			out = values[[2]uint64](om)
		}
		d := pyops.Div{Op: op, As: pyops.Decimal}
		var ta, tb, res []byte
		var p numParsed
		for row := range out {
			if !a.m.valid(row) || !b.m.valid(row) {
				continue // NULL in, NULL out: DuckDB sets the result after the callback
			}
			ta, tb = a.appendText(ta[:0], row), b.appendText(tb[:0], row)
			if res, err = d.Append(res[:0], ta, tb); err != nil {
				return err
			}
			if op != pyops.DivMod {
				if out[row], err = p.scaled128(name, res, numDecScale); err != nil {
					return err
				}
				continue
			}
			qt, rt, ok := divPair(res)
			if !ok {
				return fmt.Errorf("pysql: py_divmod: unexpected pair %q", res)
			}
			if out[row], err = p.scaled128(name, qt, numDecScale); err != nil {
				return err
			}
			if rs[row], err = p.scaled128(name, rt, numDecScale); err != nil {
				return err
			}
		}
		return nil
	}
}

// divPair splits "(Decimal('-3'), Decimal('-1'))", the text pyops prints
// for divmod under --as decimal, into "-3" and "-1".
func divPair(s []byte) (q, r []byte, ok bool) {
	s, ok1 := bytes.CutPrefix(s, []byte("(Decimal('"))
	s, ok2 := bytes.CutSuffix(s, []byte("'))"))
	q, r, ok3 := bytes.Cut(s, []byte("'), Decimal('"))
	return q, r, ok1 && ok2 && ok3
}

// divText is op on VARCHARs under --as decimal, printed as pyround prints
// it.
func divText(op pyops.DivOp) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		in := st.GetInputChunk()
		var views [2]duckdb.VectorView[string]
		for i := range views {
			v, err := in.GetVector(i)
			if err != nil {
				return err
			}
			if views[i], err = duckdb.GetVectorView[string](v); err != nil {
				return err
			}
		}
		w, err := duckdb.GetVectorWriter[string](st.GetResultVector())
		if err != nil {
			return err
		}
		d := pyops.Div{Op: op, As: pyops.Decimal}
		var buf []byte
		for row := range views[0].Len() {
			a, okA, err := views[0].GetValueBorrowed(row)
			if err != nil {
				return err
			}
			b, okB, err := views[1].GetValueBorrowed(row)
			if err != nil {
				return err
			}
			if !okA || !okB {
				continue
			}
			if buf, err = d.Append(buf[:0], numBytes(a), numBytes(b)); err != nil {
				return err
			}
			if err := w.Set(row, numString(buf)); err != nil {
				return err
			}
		}
		return nil
	}
}
