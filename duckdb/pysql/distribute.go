package pysql

import (
	"context"
	"database/sql"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/distribute"
	"github.com/pyround/pyround/pydatetime"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
)

// The distribute family: py_bin and py_shard, NULL for a NULL argument.
//
// py_bin(x, width [, origin]) is the lower edge of x's bin,
// origin + (x - origin) // width * width computed as Python computes it
// (origin 0, or the epoch for timestamps, when not given):
//
//	py_bin(DOUBLE, DOUBLE [, DOUBLE]) -> DOUBLE   Python floats, step by step
//	        (distribute.BinFloat): py_bin(0.7, 0.1) is 0.6000000000000001 as in
//	        Python; NaN and infinities give what Python gives, without error;
//	        a zero width is ZeroDivisionError: float floor division by zero
//	py_bin(BIGINT, BIGINT [, BIGINT]) -> BIGINT   Python ints, exact
//	        (distribute.BinInt): floor division, so py_bin(-1, 10) is -10; a
//	        zero width is ZeroDivisionError: integer division or modulo by
//	        zero; a lower edge outside BIGINT is OverflowError (bin lower edge
//	        N does not fit in int64); Python's int has no such limit
//	py_bin(UBIGINT, UBIGINT [, UBIGINT]) -> UBIGINT
//	py_bin(HUGEINT, HUGEINT [, HUGEINT]) -> HUGEINT   the same, exact, for the
//	        wider types; a lower edge outside the type is OverflowError (bin
//	        lower edge N does not fit in uint64 / int128)
//	py_bin(TIMESTAMP, INTERVAL [, TIMESTAMP]) -> TIMESTAMP
//	py_bin(TIMESTAMP, VARCHAR [, TIMESTAMP]) -> TIMESTAMP
//	        naive datetimes and a timedelta width, to the microsecond, as
//	        `pyround bin` bins timestamps (pydatetime): the origin defaults to
//	        1970-01-01 00:00:00; an INTERVAL width is timedelta(days=D,
//	        microseconds=US) (an INTERVAL with months is refused: a timedelta
//	        has none); a VARCHAR width is read as `pyround bin --width` reads
//	        it: '5m', '1h30m', '1d', '250ms', '-1h', or seconds ('90', '0.5').
//	        Python's datetime holds years 1 to 9999 only: a timestamp or a
//	        lower edge outside them (DuckDB's 'infinity' included) is
//	        OverflowError: date value out of range. A zero width is
//	        ZeroDivisionError: integer division or modulo by zero.
//
// DATE, TIMESTAMP_S, TIMESTAMP_MS and TIMESTAMP_NS are cast to TIMESTAMP
// by DuckDB (nanoseconds, which a datetime cannot hold, rounded to
// microseconds), and so is a VARCHAR origin. TIMESTAMPTZ has no overload
// (Python bins an aware datetime in its own offset's wall time): cast it
// to TIMESTAMP at the zone wanted.
//
// Smaller integer types bind to the BIGINT overload. A DECIMAL argument is
// cast to DOUBLE by DuckDB (a literal 12.5 is binned as the float 12.5, as
// Python reads it): there is no Decimal py_bin.
//
// py_shard(key, k [, hash]) -> BIGINT is the key's shard in [0, k), as
// `pyround shard` places keys (pyops.Shard):
//
//	py_shard(BIGINT, k)          key % k, floor modulo: py_shard(-7, 3) is 2
//	py_shard(VARCHAR, k)         zlib.crc32(key.encode()) % k (crc32, the default hash)
//	py_shard(VARCHAR, k, hash)   under hash: crc32, md5, sha1 or sha256
//	                             (int(hashlib.md5(key.encode()).hexdigest(), 16) % k, ...),
//	                             or none: int(key) % k, int()'s ValueError for a key
//	                             that is no int
//	py_shard(BIGINT, k, hash)    the hash of str(key); none is key % k
//
// HUGEINT and UBIGINT keys have overloads of their own (exact at any
// size). k below 1 is ValueError: parts must be at least one, above
// 1000000 pyround's limit; an unknown hash is a ValueError naming the
// choices.
func registerDistribute(conn *sql.Conn) error {
	f64, i64, h128 := typeInfo(duckdb.TYPE_DOUBLE), typeInfo(duckdb.TYPE_BIGINT), typeInfo(duckdb.TYPE_HUGEINT)
	u64, str := typeInfo(duckdb.TYPE_UBIGINT), typeInfo(duckdb.TYPE_VARCHAR)
	ts, iv := typeInfo(duckdb.TYPE_TIMESTAMP), typeInfo(duckdb.TYPE_INTERVAL)
	in := func(ts ...duckdb.TypeInfo) []duckdb.TypeInfo { return ts }
	bins := []duckdb.ScalarFunc{
		&textScalar{in: in(f64, f64), out: f64, run: distBinFloat},
		&textScalar{in: in(f64, f64, f64), out: f64, run: distBinFloat},
		&textScalar{in: in(i64, i64), out: i64, run: distBinInt},
		&textScalar{in: in(i64, i64, i64), out: i64, run: distBinInt},
		&textScalar{in: in(u64, u64), out: u64, run: distBinUint},
		&textScalar{in: in(u64, u64, u64), out: u64, run: distBinUint},
		&textScalar{in: in(h128, h128), out: h128, run: distBinHuge},
		&textScalar{in: in(h128, h128, h128), out: h128, run: distBinHuge},
		&textScalar{in: in(ts, iv), out: ts, run: distBinTime},
		&textScalar{in: in(ts, iv, ts), out: ts, run: distBinTime},
		&textScalar{in: in(ts, str), out: ts, run: distBinTime},
		&textScalar{in: in(ts, str, ts), out: ts, run: distBinTime},
	}
	if err := register(conn, "py_bin", bins...); err != nil {
		return err
	}
	var shards []duckdb.ScalarFunc
	for _, k := range []struct {
		t    duckdb.TypeInfo
		kind textInKind
	}{{i64, textInInt64}, {u64, textInUint64}, {h128, textInHugeint}, {str, textInText}} {
		shards = append(shards,
			&textScalar{in: in(k.t, i64), out: i64, run: distShard(k.kind)},
			&textScalar{in: in(k.t, i64, str), out: i64, run: distShard(k.kind)})
	}
	return register(conn, "py_shard", shards...)
}

// distNullRow reports whether any of ms is NULL at row.
func distNullRow(row int, ms ...memory) bool {
	for _, m := range ms {
		if !m.valid(row) {
			return true
		}
	}
	return false
}

// distInputs returns the memory of the chunk's first n input columns.
func distInputs(st *duckdb.ChunkIteratorState, n int) ([]memory, error) {
	ms := make([]memory, n)
	for i := range ms {
		var err error
		if ms[i], err = inputMemory(st, i); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

func distBinFloat(_ context.Context, st *duckdb.ChunkIteratorState) error {
	return distBinColumns(st, func(x, w, o float64) (float64, error) {
		e, err := distribute.BinFloat(x, w, o)
		return e.Lower, err
	})
}

// distBinColumns is the loop of py_bin on a numeric type T stored in
// vector memory: x, width and the optional origin (0 when absent) of each
// row without a NULL go through lower, which returns the bin's lower edge.
func distBinColumns[T int64 | uint64 | float64](st *duckdb.ChunkIteratorState, lower func(x, w, o T) (T, error)) error {
	n := st.GetInputChunk().ColumnCount()
	ms, err := distInputs(st, n)
	if err != nil {
		return err
	}
	om, err := outputMemory(st)
	if err != nil {
		return err
	}
	xs, ws, out := values[T](ms[0]), values[T](ms[1]), values[T](om)
	var os []T
	if n == 3 {
		os = values[T](ms[2])
	}
	for row := range xs {
		if distNullRow(row, ms...) {
			continue // NULL in, NULL out: DuckDB sets the result after the callback
		}
		var o T
		if os != nil {
			o = os[row]
		}
		if out[row], err = lower(xs[row], ws[row], o); err != nil {
			return err
		}
	}
	return nil
}

func distBinInt(_ context.Context, st *duckdb.ChunkIteratorState) error {
	return distBinColumns(st, distBinLowerInt)
}

// distBinLowerInt is the lower edge of x's bin: BinInt, or, where its index
// or upper edge leaves int64 but the lower edge may not, BinBig.
func distBinLowerInt(x, w, o int64) (int64, error) {
	e, err := distribute.BinInt(x, w, o)
	if err == nil {
		return e.Lower, nil
	}
	if w == 0 {
		return 0, err
	}
	b, err := distribute.BinBig(big.NewInt(x), big.NewInt(w), big.NewInt(o))
	if err != nil {
		return 0, err
	}
	if !b.Lower.IsInt64() {
		return 0, pyerr.OverflowError("bin lower edge " + b.Lower.String() + " does not fit in int64")
	}
	return b.Lower.Int64(), nil
}

// distInterval is DuckDB's INTERVAL in memory (duckdb_interval).
type distInterval struct {
	months, days int32
	micros       int64
}

// distEpoch is datetime(1970, 1, 1), the zero of a TIMESTAMP.
var distEpoch = func() pydatetime.DateTime {
	dt, err := pydatetime.New(1970, 1, 1, 0, 0, 0, 0)
	if err != nil {
		panic("pysql: " + err.Error())
	}
	return dt
}()

// distErrIntervalMonths refuses an INTERVAL with months: a timedelta has none.
var distErrIntervalMonths = pyerr.ValueError("an INTERVAL with months or years is no timedelta: give the width in days or smaller units")

// distTimeState caches the last VARCHAR width read.
type distTimeState struct {
	text  string
	set   bool
	width int64
	err   error
}

var distTimeStates = sync.Pool{New: func() any { return new(distTimeState) }}

func distBinTime(_ context.Context, st *duckdb.ChunkIteratorState) error {
	chunk := st.GetInputChunk()
	n := chunk.ColumnCount()
	tm, err := inputMemory(st, 0)
	if err != nil {
		return err
	}
	om, err := outputMemory(st)
	if err != nil {
		return err
	}
	ts, out := values[int64](tm), values[int64](om)
	var origins []int64
	var om2 memory
	if n == 3 {
		if om2, err = inputMemory(st, 2); err != nil {
			return err
		}
		origins = values[int64](om2)
	}
	// The width: an INTERVAL read in place, or a VARCHAR.
	wv, err := chunk.GetVector(1)
	if err != nil {
		return err
	}
	var ivs []distInterval
	var wm memory
	view, verr := duckdb.GetVectorView[string](wv)
	if verr != nil { // not VARCHAR: INTERVAL
		if wm, err = inputMemory(st, 1); err != nil {
			return err
		}
		ivs = values[distInterval](wm)
	}
	s := distTimeStates.Get().(*distTimeState)
	defer distTimeStates.Put(s)
	for row := range ts {
		if !tm.valid(row) || (origins != nil && !om2.valid(row)) {
			continue
		}
		var w int64
		if ivs != nil {
			if !wm.valid(row) {
				continue
			}
			iv := ivs[row]
			if iv.months != 0 {
				return distErrIntervalMonths
			}
			td, err := convert.NewTimedelta(int64(iv.days), 0, iv.micros)
			if err != nil {
				return err
			}
			w = pydatetime.TimedeltaWidth(td)
		} else {
			text, ok, err := view.GetValueBorrowed(row)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			if !s.set || s.text != text {
				s.text, s.set = strings.Clone(text), true
				s.width, s.err = pydatetime.ParseWidth(text)
			}
			if s.err != nil {
				return s.err
			}
			w = s.width
		}
		o := distEpoch
		if origins != nil {
			if o, err = pydatetime.Add(distEpoch, origins[row]); err != nil {
				return err
			}
		}
		if out[row], err = distBinLowerTime(ts[row], o, w); err != nil {
			return err
		}
	}
	return nil
}

// distBinLowerTime is the lower edge, in microseconds since 1970, of the bin
// of the TIMESTAMP t (microseconds since 1970) of width w microseconds
// from origin o.
func distBinLowerTime(t int64, o pydatetime.DateTime, w int64) (int64, error) {
	dt, err := pydatetime.Add(distEpoch, t)
	if err != nil {
		return 0, err
	}
	delta, err := pydatetime.Sub(dt, o)
	if err != nil {
		return 0, err
	}
	idx, err := pydatetime.FloorDiv(delta, w)
	if err != nil {
		return 0, err
	}
	lower, err := pydatetime.Edge(o, idx, w)
	if err != nil {
		return 0, err
	}
	return pydatetime.Sub(lower, distEpoch)
}

// distShardState caches the Shard of the last k and hash seen.
type distShardState struct {
	k      int64
	hash   string
	set    bool
	shard  *pyops.Shard
	err    error
	buf    []byte
	key    textValue
	hashes textValue
}

var distShardStates = sync.Pool{New: func() any { return new(distShardState) }}

// use makes the Shard of k parts under hash the current one.
func (s *distShardState) use(k int64, hash string) (*pyops.Shard, error) {
	if !s.set || s.k != k || s.hash != hash {
		s.k, s.hash, s.set = k, strings.Clone(hash), true
		s.shard, s.err = pyops.NewShard(strconv.FormatInt(k, 10), hash)
	}
	return s.shard, s.err
}

// distShard is the executor of py_shard(key, k [, hash]), the key read as kind.
func distShard(kind textInKind) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		chunk := st.GetInputChunk()
		keys, err := openTextColumn(st, 0, kind, "py_shard", "BIGINT, UBIGINT, HUGEINT or VARCHAR")
		if err != nil {
			return err
		}
		km, err := inputMemory(st, 1)
		if err != nil {
			return err
		}
		om, err := outputMemory(st)
		if err != nil {
			return err
		}
		ks, out := values[int64](km), values[int64](om)
		hashed := chunk.ColumnCount() == 3
		var hashes textColumn
		if hashed {
			if hashes, err = openTextColumn(st, 2, textInText, "py_shard", "VARCHAR"); err != nil {
				return err
			}
		}
		s := distShardStates.Get().(*distShardState)
		defer distShardStates.Put(s)
		for row := range ks {
			if !km.valid(row) {
				continue
			}
			ok, err := keys.read(row, &s.key)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			hash := "none" // an int key without a hash: key % k
			if s.key.kind == textVText {
				hash = "crc32"
			}
			if hashed {
				if ok, err = hashes.read(row, &s.hashes); err != nil {
					return err
				}
				if !ok {
					continue
				}
				hash = textString(s.hashes.text)
			}
			sh, err := s.use(ks[row], hash)
			if err != nil {
				return err
			}
			var p int
			switch k := &s.key; {
			case k.kind == textVText:
				p, err = sh.Of(k.text)
			case sh.Hash() == distribute.IntKey && k.kind == textVInt:
				p, err = distribute.ShardInt(k.i, sh.Parts())
			case sh.Hash() == distribute.IntKey:
				p, err = distribute.ShardBig(k.big, sh.Parts())
			case k.kind == textVInt: // the hash of str(key)
				s.buf = pyfmt.AppendInt(s.buf[:0], k.i)
				p, err = sh.Of(s.buf)
			default:
				s.buf = pyfmt.AppendBigInt(s.buf[:0], k.big)
				p, err = sh.Of(s.buf)
			}
			if err != nil {
				return err
			}
			out[row] = int64(p)
		}
		return nil
	}
}

func distBinUint(_ context.Context, st *duckdb.ChunkIteratorState) error {
	return distBinColumns(st, distBinLowerUint)
}

// distBinLowerUint is the lower edge of x's bin in uint64: BinInt, or,
// where its index (negative when x < origin) or upper edge leaves uint64
// but the lower edge may not, BinBig.
func distBinLowerUint(x, w, o uint64) (uint64, error) {
	e, err := distribute.BinInt(x, w, o)
	if err == nil || w == 0 {
		return e.Lower, err
	}
	var bx, bw, bo big.Int
	lower, err := distBinLowerBig(bx.SetUint64(x), bw.SetUint64(w), bo.SetUint64(o))
	if err != nil {
		return 0, err
	}
	if lower.Sign() < 0 || !lower.IsUint64() {
		return 0, pyerr.OverflowError("bin lower edge " + lower.String() + " does not fit in uint64")
	}
	return lower.Uint64(), nil
}

// distBinLowerBig is BinBig's lower edge.
func distBinLowerBig(x, w, o *big.Int) (*big.Int, error) {
	e, err := distribute.BinBig(x, w, o)
	return e.Lower, err
}

// distHugeint is DuckDB's HUGEINT in memory (duckdb_hugeint).
type distHugeint struct {
	lower uint64
	upper int64
}

var (
	distTwo64      = new(big.Int).Lsh(big.NewInt(1), 64)
	distMinHugeint = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 127))
	distMaxHugeint = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
)

func (h distHugeint) big(z *big.Int) *big.Int {
	z.SetInt64(h.upper)
	z.Mul(z, distTwo64)
	var lo big.Int
	return z.Add(z, lo.SetUint64(h.lower))
}

func distBinHuge(_ context.Context, st *duckdb.ChunkIteratorState) error {
	n := st.GetInputChunk().ColumnCount()
	ms, err := distInputs(st, n)
	if err != nil {
		return err
	}
	om, err := outputMemory(st)
	if err != nil {
		return err
	}
	xs, ws, out := values[distHugeint](ms[0]), values[distHugeint](ms[1]), values[distHugeint](om)
	var os []distHugeint
	if n == 3 {
		os = values[distHugeint](ms[2])
	}
	var x, w, o, q, r big.Int
	for row := range xs {
		if distNullRow(row, ms...) {
			continue
		}
		o.SetInt64(0)
		if os != nil {
			os[row].big(&o)
		}
		lower, err := distBinLowerBig(xs[row].big(&x), ws[row].big(&w), &o)
		if err != nil {
			return err
		}
		if lower.Cmp(distMinHugeint) < 0 || lower.Cmp(distMaxHugeint) > 0 {
			return pyerr.OverflowError("bin lower edge " + lower.String() + " does not fit in int128")
		}
		q.DivMod(lower, distTwo64, &r) // Euclidean: r in [0, 2**64)
		out[row] = distHugeint{lower: r.Uint64(), upper: q.Int64()}
	}
	return nil
}
