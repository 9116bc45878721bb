// Package pysql gives DuckDB Python's arithmetic: pyround's operations as
// scalar functions, registered on a connection with one call, so that a
// query prints what the same computation prints in Python 3.11, to the
// last bit of a DOUBLE and the last character of a text.
//
//	db, _ := sql.Open("duckdb", "")
//	conn, _ := db.Conn(ctx)
//	err := pysql.Register(ctx, conn)
//	conn.QueryRowContext(ctx, "SELECT py_round(2.675::DOUBLE, 2)") // 2.67, as Python's round(2.675, 2)
//
// # Why
//
// DuckDB's round(x, 2) rounds half away from zero on a scaled double, and
// round_even on the same scaled value; Python rounds the exact binary
// value of x half-even. On a million price-like doubles with three
// decimals they disagree on about 4% of rows (BENCHMARKS.md, bash
// bench/duckdb/run.sh); py_round disagrees on none. The same holds for
// floor division and modulo (DuckDB truncates like C, Python floors),
// for text (Python's repr and format()), and for the bins and shards a
// Python job computes.
//
// # The functions
//
// Every function returns NULL when any argument is NULL.
//
//	py_round(x [, n [, mode]])            round(x, n), Decimal.quantize with a mode
//	py_round_increment(x, inc [, mode])   round to a multiple of inc (cash rounding: '0.05')
//	py_floordiv(a, b), py_mod(a, b)       Python's // and %
//	py_divmod(a, b)                       divmod(a, b) as STRUCT(q, r)
//	py_repr(x), py_str(x)                 repr() and str()
//	py_format(x, spec [, as])             format(x, spec)
//	py_hms(seconds [, as])                str(timedelta(seconds=x))
//	py_bin(x, width [, origin])           origin + (x - origin) // width * width
//	py_shard(key, k [, hash])             key % k, or a hash of the key % k
//
// mode is a VARCHAR in any spelling package mode reads ('half_up',
// 'HALF_EVEN', 'ROUND_FLOOR', '05up'); an unknown mode is an error that
// lists the valid ones. x may be DOUBLE (and FLOAT, on its exact value),
// any integer type, DECIMAL or VARCHAR decimal text; each function's
// registration (registerRound, registerDiv, registerText, ...) states its
// overloads and edge cases.
//
// # Types
//
// A DOUBLE result is the float Python computes, bit for bit, -0.0
// included. An integer result keeps the argument's type, and a value that
// does not fit it is an OverflowError, never a wrapped value (Python's
// ints have no limit; SQL's do). A VARCHAR result is Python's printed text.
//
// A DECIMAL result is DECIMAL(38,18) whatever the argument's width and
// scale: DuckDB picks no overload by DECIMAL width, and a scalar
// function's result type cannot follow its n argument, so the scale
// max(n, 0) of Python's quantize is not expressible. DECIMAL(38,18) holds
// Python's value exactly (2.675 to 2 places is 2.680000000000000000) for
// results of up to 20 integer digits; a result it cannot hold is an
// error naming the value. DuckDB's DECIMAL has no negative zero, so
// Python's Decimal('-0.00') comes back as 0. VARCHAR decimal text is the
// exact route for any size and scale: py_round('1234.5', -2) is '1.2E+3'.
//
// # Errors
//
// An error carries Python's exception name and message, after DuckDB's
// own prefix: "Invalid Input Error: database/sql/driver: API error:
// ZeroDivisionError: integer division or modulo by zero". An error fails
// the whole query, as in DuckDB; wrap the call in TRY() to get NULL for
// the rows where Python raises: SELECT TRY(py_floordiv(a, b)).
//
// # Speed
//
// The functions run on whole chunks of 2048 rows, reading DOUBLE,
// integer and DECIMAL vectors in place (duckdb-go's per-value API boxes
// every value; see raw.go), so the numeric paths allocate per chunk, not
// per row: on 10M rows sum(py_round(x, 2)) runs at about the speed of
// DuckDB's own sum(round(x, 2)). DuckDB calls the functions from several
// threads at once; they keep no shared state, and the same query gives
// the same result with 1 thread or 8 (TestThreadsAgree10M).
//
// # Verification
//
// Each function's tests hold tables of values python3 printed. The
// differential test (TestDifferentialPython) writes 20,000 fresh random
// rows — ties and a hair off them, ±0.0, NaN, ±inf, subnormals, ints past
// 2^53, DECIMAL(18,4) and DECIMAL(38,10), VARCHAR decimals, NULLs — to
// CSV and to Parquet, queries them through every function, and compares
// every value with python3's answer from internal/oracle, the
// specification all of pyround is tested against; under CI=true a missing
// python3 is a failure.
package pysql
