package pysql

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// registerRound registers py_round, Python's round(), with these
// overloads (n is BIGINT, mode a VARCHAR that mode.Parse reads: 'half_up',
// 'HALF_EVEN', 'ROUND_FLOOR', ...; an unknown mode is a ValueError listing
// the valid ones; NULL in any argument gives NULL):
//
//	py_round(DOUBLE) -> BIGINT                 round(x)
//	py_round(DOUBLE, n [, mode]) -> DOUBLE     round(x, n), bit for bit
//	py_round(FLOAT [, n [, mode]])             as DOUBLE, on the FLOAT's exact value
//	py_round(T [, n [, mode]]) -> T            round(i, n) on ints
//	py_round(VARCHAR [, n [, mode]]) -> VARCHAR  pyround round --as decimal
//	py_round(DECIMAL) -> HUGEINT               round(Decimal(x))
//	py_round(DECIMAL, n [, mode]) -> DECIMAL(38,18)
//
// DOUBLE: py_round(x, n) is rounding.RoundFloat(x, n, mode), Python's
// round(x, n) on x's exact binary value (HALF_EVEN, the default, is
// round() itself; the other modes are
// float(Decimal(x).quantize(Decimal(10)**-n, mode))): NaN and ±inf come
// back unchanged, a zero result keeps x's sign (py_round(-0.0001, 2) is
// -0.0), and a result too large for a DOUBLE (n < 0 only) is Python's
// "OverflowError: rounded value too large to represent". py_round(x) is
// Python's int: NaN is "ValueError: cannot convert float NaN to integer",
// ±inf "OverflowError: cannot convert float infinity to integer", and a
// value outside BIGINT (|x| >= 2^63) is an OverflowError naming the
// exact integer: BIGINT rather than HUGEINT, because HUGEINT would only
// move the limit (a DOUBLE reaches 1.8e308) and BIGINT is what callers
// expect of round(x).
//
// T is TINYINT, SMALLINT, INTEGER, BIGINT, UTINYINT, USMALLINT, UINTEGER,
// UBIGINT (vector memory, no allocation) or HUGEINT (one *big.Int per
// row): rounding.RoundInt, Python's round(i, n) — i itself for n >= 0, a
// multiple of 10^-n for n < 0 (py_round(25, -1) = 20, py_round(35, -1) =
// 40) — in the argument's type; a result outside it is an OverflowError
// ("rounded value 130 does not fit in int8"), never a wrapped value.
//
// VARCHAR: the text is read as Decimal(text) and the result is the text
// `pyround round --as decimal` prints (pyops.Round): py_round('2.675', 2)
// = '2.68', py_round('1234.5', -2) = '1.2E+3', py_round('2.5') = '2'.
// Text Decimal() rejects (the empty string, 'abc', a NUL, ...) is
// "InvalidOperation: [<class 'decimal.ConversionSyntax'>]"; an n whose
// quantize exponent is out of Python's range is InvalidOperation; a
// result of more than a million digits is pyround's OverflowError; and
// py_round(text) of more than 4300 integer digits is the ValueError
// Python's print() of that int raises ("Exceeds the limit (4300 digits)
// for integer string conversion").
//
// DECIMAL(p,s): Python's Decimal(x).quantize(Decimal(10)**-n, mode), with
// the decimal module computing exactly (no 28-digit context limit, as
// pyops.AppendRoundText; ROUND_HALF_EVEN by default). The result type is
// DECIMAL(38,18), not DECIMAL(p, max(n,0)): DuckDB cannot give a UDF a
// result type that depends on its arguments (duckdb-go's ResultTypeInfo
// is static, its binder cannot change it), and its overload resolution
// does not tell DECIMAL widths apart (overloads per DECIMAL(p,s) are all
// "ambiguous"; a single DECIMAL(w,s) parameter makes DuckDB cast and
// silently round arguments of a larger scale). So the DECIMAL argument is
// taken through a TYPE_ANY parameter, which sees its own width and scale,
// and the result is the one type holding every DECIMAL with up to 18
// decimal places and 20 integer digits (all of DECIMAL(18,s) and BIGINT's
// range) exactly: its value is always exactly Python's (2.675 to 2 places
// is 2.680000000000000000, equal to Decimal('2.68')), and a result it
// cannot hold (n > 18 with a DECIMAL(38,s>18) argument's digits past the
// 18th place, more than 20 integer digits) is an error naming the value,
// never a different value. Cast the result (::DECIMAL(18,2)) for
// display, or pass VARCHAR for Python's exact text. DuckDB's DECIMAL has
// no negative zero: Python's Decimal('-0.00') is 0. py_round(DECIMAL)
// is Python's round(Decimal(x)), an int, as a HUGEINT (38 digits fit).
// Other argument types (DATE, BOOLEAN, ...) reach the TYPE_ANY overload
// and are a TypeError. DECIMALs are read from and written to vector
// memory (about 11M rows/s, against 600M for DuckDB's round(), which
// does no decimal text work); DOUBLE and the fixed-width ints allocate
// nothing per row (py_round(x, 2) on 10M DOUBLEs: about 110M rows/s,
// 80% of DuckDB's round(x, 2); BenchmarkRound10M).
func registerRound(conn *sql.Conn) error {
	var fs []duckdb.ScalarFunc
	i64, dbl, str := typeInfo(duckdb.TYPE_BIGINT), typeInfo(duckdb.TYPE_DOUBLE), typeInfo(duckdb.TYPE_VARCHAR)
	for arity := 1; arity <= 3; arity++ {
		params := func(x duckdb.TypeInfo) []duckdb.TypeInfo {
			return []duckdb.TypeInfo{x, i64, str}[:arity]
		}
		dblOut := dbl
		if arity == 1 {
			dblOut = i64
		}
		fs = append(fs,
			&numFunc{params(dbl), dblOut, roundDouble[float64](arity)},
			&numFunc{params(typeInfo(duckdb.TYPE_FLOAT)), dblOut, roundDouble[float32](arity)},
			&numFunc{params(str), str, roundText(arity)},
			&numFunc{params(typeInfo(duckdb.TYPE_HUGEINT)), typeInfo(duckdb.TYPE_HUGEINT), roundHugeint(arity)},
		)
		for _, t := range []struct {
			t    duckdb.Type
			exec duckdb.ChunkContextExecutorFn
		}{
			{duckdb.TYPE_TINYINT, roundInt[int8](arity)},
			{duckdb.TYPE_SMALLINT, roundInt[int16](arity)},
			{duckdb.TYPE_INTEGER, roundInt[int32](arity)},
			{duckdb.TYPE_BIGINT, roundInt[int64](arity)},
			{duckdb.TYPE_UTINYINT, roundInt[uint8](arity)},
			{duckdb.TYPE_USMALLINT, roundInt[uint16](arity)},
			{duckdb.TYPE_UINTEGER, roundInt[uint32](arity)},
			{duckdb.TYPE_UBIGINT, roundInt[uint64](arity)},
		} {
			fs = append(fs, &numFunc{params(typeInfo(t.t)), typeInfo(t.t), t.exec})
		}
		decOut := numDecimal()
		if arity == 1 {
			decOut = typeInfo(duckdb.TYPE_HUGEINT)
		}
		fs = append(fs, &numFunc{params(numAny()), decOut, roundDecimal(arity)})
	}
	return register(conn, "py_round", fs...)
}

// roundArgs reads the optional n (column 1) and mode (column 2) of a
// chunk of py_round calls.
type roundArgs struct {
	nm    memory
	ns    []int64
	modes *numModeColumn
}

func newRoundArgs(st *duckdb.ChunkIteratorState, arity int) (roundArgs, error) {
	var a roundArgs
	var err error
	if arity > 1 {
		if a.nm, err = inputMemory(st, 1); err != nil {
			return a, err
		}
		a.ns = values[int64](a.nm)
	}
	if arity > 2 {
		if a.modes, err = newNumModeColumn(st, 2); err != nil {
			return a, err
		}
	}
	return a, nil
}

// at returns the row's n and mode, and false when either is NULL.
func (a *roundArgs) at(row int) (int, mode.Mode, bool, error) {
	n := 0
	if a.ns != nil {
		if !a.nm.valid(row) {
			return 0, 0, false, nil
		}
		n = numNDigits(a.ns[row])
	}
	if a.modes == nil {
		return n, rounding.HalfEven, true, nil
	}
	m, ok, err := a.modes.at(row)
	return n, m, ok, err
}

// roundDouble is py_round(DOUBLE [, n [, mode]]), and py_round(FLOAT
// [, n [, mode]]) on the FLOAT's exact value as a DOUBLE.
func roundDouble[F float32 | float64](arity int) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		xm, err := inputMemory(st, 0)
		if err != nil {
			return err
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		xs := values[F](xm)
		if arity == 1 {
			out := values[int64](om)
			for row, x := range xs {
				if !xm.valid(row) {
					continue // NULL in, NULL out: DuckDB sets the result after the callback
				}
				small, b, err := rounding.RoundToInt(float64(x), rounding.HalfEven)
				if err != nil {
					return err
				}
				if b != nil {
					return pyerr.OverflowError(fmt.Sprintf("round() result %s does not fit in BIGINT", b))
				}
				out[row] = small
			}
			return nil
		}
		args, err := newRoundArgs(st, arity)
		if err != nil {
			return err
		}
		out := values[float64](om)
		for row, x := range xs {
			if !xm.valid(row) {
				continue
			}
			n, m, ok, err := args.at(row)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			y, err := rounding.RoundFloat(float64(x), n, m)
			if err != nil {
				return err
			}
			out[row] = y
		}
		return nil
	}
}

// roundInt is py_round(T [, n [, mode]]) for a fixed-width integer type.
func roundInt[T rounding.Integer](arity int) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		xm, err := inputMemory(st, 0)
		if err != nil {
			return err
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		xs, out := values[T](xm), values[T](om)
		if arity == 1 {
			copy(out, xs) // round(i) is i
			return nil
		}
		args, err := newRoundArgs(st, arity)
		if err != nil {
			return err
		}
		for row, x := range xs {
			if !xm.valid(row) {
				continue
			}
			n, m, ok, err := args.at(row)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			y, err := rounding.RoundInt(x, n, m)
			if err != nil {
				return err
			}
			out[row] = y
		}
		return nil
	}
}

var (
	hugeintMax = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	hugeintMin = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 127))
)

// numHugeint returns v, or an OverflowError when it is outside HUGEINT.
func numHugeint(v *big.Int) (*big.Int, error) {
	if v.Cmp(hugeintMin) < 0 || v.Cmp(hugeintMax) > 0 {
		return nil, pyerr.OverflowError(fmt.Sprintf("rounded value %s does not fit in HUGEINT", v))
	}
	return v, nil
}

// roundHugeint is py_round(HUGEINT [, n [, mode]]): rounding.RoundBigInt
// on each row's value, one *big.Int per row (DataChunk.GetValue).
func roundHugeint(arity int) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		var modes numModes
		return numRows(st, func(args []any) (any, error) {
			x, _ := args[0].(*big.Int)
			if x == nil || arity == 1 {
				return x, nil
			}
			m := rounding.HalfEven
			if arity == 3 {
				var err error
				if m, err = numArgMode(&modes, args[2]); err != nil {
					return nil, err
				}
			}
			y, err := rounding.RoundBigInt(new(big.Int), x, numNDigits(numArgInt(args[1])), m)
			if err != nil {
				return nil, err
			}
			return numHugeint(y)
		})
	}
}

// roundText is py_round(VARCHAR [, n [, mode]]): pyops.Round under
// --as decimal on the borrowed text, written back with a VectorWriter.
func roundText(arity int) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		args, err := newRoundArgs(st, arity)
		if err != nil {
			return err
		}
		r := pyops.Round{As: pyops.Decimal, HasN: arity > 1}
		return mapText(st, func(dst []byte, s string, row int) ([]byte, bool, error) {
			n, m, ok, err := args.at(row)
			if err != nil || !ok {
				return dst, false, err
			}
			r.N, r.Mode = n, m
			out, err := r.Append(dst, numBytes(s))
			return out, true, err
		})
	}
}

// roundDecimal is py_round(DECIMAL [, n [, mode]]) through the TYPE_ANY
// parameter: the argument's exact text, read from vector memory and
// rounded by pyops.AppendRoundText (or AppendRoundTextInt for round(x)),
// written as a DECIMAL(38,18) (HUGEINT) into the result's memory.
func roundDecimal(arity int) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		x, err := newNumDecIn(st, 0, "py_round")
		if err != nil {
			return err
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		args, err := newRoundArgs(st, arity)
		if err != nil {
			return err
		}
		out := values[[2]uint64](om)
		var text, res []byte
		var p numParsed
		for row := range out {
			if !x.m.valid(row) {
				continue // NULL in, NULL out: DuckDB sets the result after the callback
			}
			n, m, ok, err := args.at(row)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			text = x.appendText(text[:0], row)
			scale := numDecScale
			if arity == 1 {
				res, err = pyops.AppendRoundTextInt(res[:0], text, rounding.HalfEven)
				scale = 0
			} else {
				res, err = pyops.AppendRoundText(res[:0], text, n, m)
			}
			if err != nil {
				return err
			}
			if out[row], err = p.scaled128("py_round", res, scale); err != nil {
				return err
			}
		}
		return nil
	}
}
