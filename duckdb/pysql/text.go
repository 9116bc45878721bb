package pysql

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/cockroachdb/apd/v3"
	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
)

// The text family: Python's repr(), str(), format() and
// str(datetime.timedelta(seconds=x)) of SQL values, each returning
// VARCHAR, NULL for a NULL argument.
//
// A SQL value is the Python value it stands for:
//
//	DOUBLE                 float
//	FLOAT                  float(x): the float32 widened exactly, as DuckDB's cast to DOUBLE
//	TINYINT ... BIGINT,    int
//	UTINYINT ... UBIGINT,
//	HUGEINT, UHUGEINT
//	DECIMAL(p, s)          decimal.Decimal with the column's scale: DECIMAL(10,2) 1.5 is Decimal('1.50')
//	VARCHAR                (py_format, py_hms only) the text read as `pyround format` and
//	                       `pyround hms` read it by default: int(text) if int() accepts it,
//	                       else float(text)
//
// A numeric literal with a decimal point is a DECIMAL in DuckDB (1.5 is
// DECIMAL(2,1)): py_repr(1.5) is Decimal('1.5'); write 1.5::DOUBLE for the
// float. Any other type is a TypeError naming the accepted ones.
//
//	py_repr(x)          repr(x): '0.1', '1e+16', 'nan', 'inf', '-0.0', '123',
//	                    and for a DECIMAL "Decimal('1.50')", as Python's repr shows it
//	py_str(x)           str(x): as repr for float and int; '1.50' for a DECIMAL
//	py_format(x, spec)  format(x, spec), the whole mini-language; a bad spec is
//	                    Python's ValueError for x's type
//	py_format(text, spec, as)
//	                    a VARCHAR read as `pyround format --as` reads it: 'auto'
//	                    (the default above) or 'decimal', Decimal(text), so
//	                    py_format('2.675', '.2f', 'decimal') is '2.68'
//	py_hms(seconds)     str(timedelta(seconds=x)) as `pyround hms` prints it:
//	                    '1 day, 1:01:01.500000'; float seconds round half-even to
//	                    the microsecond; a DECIMAL rounds its exact value half-even
//	                    (as `pyround hms --as decimal`: timedelta itself refuses a
//	                    Decimal); past 999999999 days Python's OverflowError
//	py_hms(text, as)    a VARCHAR read as `pyround hms --as` reads it: 'auto',
//	                    'float' or 'decimal'
//
// py_format refuses a width or precision above MaxFormatField, which
// Python would attempt (a gigabyte per row), with a MemoryError saying
// the limit is pyround's.
func registerText(conn *sql.Conn) error {
	str := typeInfo(duckdb.TYPE_VARCHAR)
	var repr, strs, hms, format []duckdb.ScalarFunc
	for _, in := range textInputs {
		x := typeInfo(in.t)
		repr = append(repr, &textScalar{in: []duckdb.TypeInfo{x}, out: str, run: unaryText("py_repr", in.k, textReprAccepts, textAppendRepr)})
		strs = append(strs, &textScalar{in: []duckdb.TypeInfo{x}, out: str, run: unaryText("py_str", in.k, textReprAccepts, textAppendStr)})
		hms = append(hms, &textScalar{in: []duckdb.TypeInfo{x}, out: str, run: unaryText("py_hms", in.k, textAccepts, textAppendHMS)})
		format = append(format, &textScalar{in: []duckdb.TypeInfo{x, str}, out: str, run: formatText(in.k)})
	}
	hms = append(hms, &textScalar{in: []duckdb.TypeInfo{str}, out: str, run: unaryText("py_hms", textInText, textAccepts, textAppendHMS)},
		&textScalar{in: []duckdb.TypeInfo{str, str}, out: str, run: unaryText("py_hms", textInText, textAccepts, textAppendHMS)})
	format = append(format, &textScalar{in: []duckdb.TypeInfo{str, str}, out: str, run: formatText(textInText)},
		&textScalar{in: []duckdb.TypeInfo{str, str, str}, out: str, run: formatText(textInText)})
	for _, r := range []struct {
		name string
		fs   []duckdb.ScalarFunc
	}{{"py_repr", repr}, {"py_str", strs}, {"py_format", format}, {"py_hms", hms}} {
		if err := register(conn, r.name, r.fs...); err != nil {
			return err
		}
	}
	return nil
}

const (
	textReprAccepts = "DOUBLE, FLOAT, an integer type (TINYINT to HUGEINT, UTINYINT to UHUGEINT) or DECIMAL"
	textAccepts     = textReprAccepts + ", or VARCHAR"
)

// MaxFormatField is the largest width or precision py_format accepts:
// Python would build a string that long for every row.
const MaxFormatField = 1 << 16

var textErrFormatField = pyerr.New("MemoryError", "format width or precision above 65536 (pyround's limit in SQL)")

// textScalar is a scalar function of given argument and result types, run a
// chunk at a time.
type textScalar struct {
	in  []duckdb.TypeInfo
	out duckdb.TypeInfo
	run duckdb.ChunkContextExecutorFn
}

func (f *textScalar) Config() duckdb.ScalarFuncConfig {
	return duckdb.ScalarFuncConfig{InputTypeInfos: f.in, ResultTypeInfo: f.out}
}

func (f *textScalar) Executor() duckdb.ScalarFuncExecutor {
	return duckdb.ScalarFuncExecutor{ChunkContextExecutor: f.safeRun}
}

// safeRun is run, with a panic (a bug: no input should cause one) turned
// into the query's error, since a panic in a DuckDB callback would end
// the whole process.
func (f *textScalar) safeRun(ctx context.Context, st *duckdb.ChunkIteratorState) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pysql: internal error (please report): %v", r)
		}
	}()
	return f.run(ctx, st)
}

// textInKind is how a column's values are read.
type textInKind uint8

const (
	textInDouble textInKind = iota
	textInFloat
	textInInt8
	textInInt16
	textInInt32
	textInInt64
	textInUint8
	textInUint16
	textInUint32
	textInUint64
	textInHugeint
	textInUhugeint
	textInBoxed // through DataChunk.GetValue: DECIMAL, and whatever binds to ANY
	textInText  // VARCHAR
)

// textInputs are the overloads of a function of one number. DuckDB
// prefers an exact type, then ANY (DECIMAL of any width and scale, and
// the types refused at run time) over an implicit cast.
var textInputs = []struct {
	t duckdb.Type
	k textInKind
}{
	{duckdb.TYPE_DOUBLE, textInDouble}, {duckdb.TYPE_FLOAT, textInFloat},
	{duckdb.TYPE_TINYINT, textInInt8}, {duckdb.TYPE_SMALLINT, textInInt16},
	{duckdb.TYPE_INTEGER, textInInt32}, {duckdb.TYPE_BIGINT, textInInt64},
	{duckdb.TYPE_UTINYINT, textInUint8}, {duckdb.TYPE_USMALLINT, textInUint16},
	{duckdb.TYPE_UINTEGER, textInUint32}, {duckdb.TYPE_UBIGINT, textInUint64},
	{duckdb.TYPE_HUGEINT, textInHugeint}, {duckdb.TYPE_UHUGEINT, textInUhugeint},
	{duckdb.TYPE_ANY, textInBoxed},
}

// textValKind is the Python type of a value read.
type textValKind uint8

const (
	textVFloat textValKind = iota // f
	textVInt                      // i
	textVBig                      // big: an int past int64
	textVDec                      // dec
	textVText                     // text, borrowed from the vector
)

// textValue is one row's argument.
type textValue struct {
	kind  textValKind
	f     float64
	i     int64
	big   *big.Int
	dec   apd.Decimal
	text  []byte
	bigs  big.Int // scratch for big
	words []big.Word
}

// setInt128 sets v to the 128-bit int of the words lo and hi, two's
// complement when signed: an int64 where it fits, else big, without
// allocating once the value's words have been allocated.
func (v *textValue) setInt128(lo, hi uint64, signed bool) {
	neg := signed && int64(hi) < 0
	switch {
	case neg && hi == math.MaxUint64 && lo >= 1<<63, !neg && hi == 0 && lo <= math.MaxInt64:
		v.kind, v.i = textVInt, int64(lo)
		return
	case neg: // the magnitude, -(hi:lo)
		var borrow uint64
		lo, borrow = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, borrow)
	}
	v.kind = textVBig
	if bits.UintSize == 64 {
		v.words = append(v.words[:0], big.Word(lo), big.Word(hi))
		v.big = v.bigs.SetBits(v.words)
	} else {
		var l big.Int
		v.big = v.bigs.SetUint64(hi)
		v.big.Lsh(v.big, 64).Or(v.big, l.SetUint64(lo))
	}
	if neg {
		v.big.Neg(v.big)
	}
}

// textColumn reads one input column of a chunk.
type textColumn struct {
	kind    textInKind
	mem     memory
	chunk   *duckdb.DataChunk
	col     int
	view    duckdb.VectorView[string]
	hasMem  bool           // textInBoxed: mem is the vector's memory
	dec     textRawDecimal // textInBoxed: a DECIMAL read from mem
	fn, acc string         // the function's name and what it accepts, for a TypeError
}

func openTextColumn(st *duckdb.ChunkIteratorState, col int, k textInKind, fn, acc string) (textColumn, error) {
	c := textColumn{kind: k, chunk: st.GetInputChunk(), col: col, fn: fn, acc: acc}
	var err error
	switch k {
	case textInBoxed:
		// Memory, where duckdb-go has it, for a DECIMAL read in place;
		// GetValue reads everything else (NULL-typed vectors have none).
		if m, err := inputMemory(st, col); err == nil {
			c.mem, c.hasMem = m, true
		}
	case textInText:
		var v duckdb.Vector
		if v, err = c.chunk.GetVector(col); err == nil {
			c.view, err = duckdb.GetVectorView[string](v)
		}
	default:
		c.mem, err = inputMemory(st, col)
	}
	return c, err
}

// read reads row into v and reports whether it is a value (not NULL).
func (c *textColumn) read(row int, v *textValue) (bool, error) {
	switch c.kind {
	case textInBoxed:
		if c.dec.on {
			if !c.mem.valid(row) {
				return false, nil
			}
			v.kind = textVDec
			return true, c.dec.read(c.mem, row, &v.dec)
		}
		x, err := c.chunk.GetValue(c.col, row)
		if err != nil || x == nil {
			return false, err
		}
		if d, ok := x.(duckdb.Decimal); ok && c.hasMem && !c.dec.tried {
			c.dec.start(d, c.mem, row)
		}
		return true, c.readBoxed(x, v)
	case textInText:
		s, ok, err := c.view.GetValueBorrowed(row)
		if !ok || err != nil {
			return false, err
		}
		v.kind, v.text = textVText, unsafe.Slice(unsafe.StringData(s), len(s))
		return true, nil
	}
	if !c.mem.valid(row) {
		return false, nil
	}
	v.kind = textVInt
	switch c.kind {
	case textInDouble:
		v.kind, v.f = textVFloat, values[float64](c.mem)[row]
	case textInFloat:
		v.kind, v.f = textVFloat, float64(values[float32](c.mem)[row])
	case textInInt8:
		v.i = int64(values[int8](c.mem)[row])
	case textInInt16:
		v.i = int64(values[int16](c.mem)[row])
	case textInInt32:
		v.i = int64(values[int32](c.mem)[row])
	case textInInt64:
		v.i = values[int64](c.mem)[row]
	case textInUint8:
		v.i = int64(values[uint8](c.mem)[row])
	case textInUint16:
		v.i = int64(values[uint16](c.mem)[row])
	case textInUint32:
		v.i = int64(values[uint32](c.mem)[row])
	case textInUint64:
		if u := values[uint64](c.mem)[row]; u <= math.MaxInt64 {
			v.i = int64(u)
		} else {
			v.kind, v.big = textVBig, v.bigs.SetUint64(u)
		}
	case textInHugeint:
		h := values[distHugeint](c.mem)[row]
		v.setInt128(h.lower, uint64(h.upper), true)
	case textInUhugeint:
		h := values[[2]uint64](c.mem)[row] // duckdb_uhugeint: lower, upper
		v.setInt128(h[0], h[1], false)
	}
	return true, nil
}

func (c *textColumn) readBoxed(x any, v *textValue) error {
	switch x := x.(type) {
	case *big.Int:
		if x.IsInt64() {
			v.kind, v.i = textVInt, x.Int64()
		} else {
			v.kind, v.big = textVBig, x
		}
	case duckdb.Decimal:
		v.kind = textVDec
		return textSetDecimal(&v.dec, x)
	case float64:
		v.kind, v.f = textVFloat, x
	case int64:
		v.kind, v.i = textVInt, x
	default:
		return pyerr.TypeError(c.fn + "() does not accept " + textTypeName(x) + "; it accepts " + c.acc)
	}
	return nil
}

// textTypeName names the DuckDB type of a value GetValue returned.
func textTypeName(x any) string {
	switch x.(type) {
	case string:
		return "VARCHAR"
	case bool:
		return "BOOLEAN"
	case []byte:
		return "BLOB"
	case duckdb.Interval:
		return "INTERVAL"
	case []any:
		return "a LIST"
	case map[string]any:
		return "a STRUCT"
	case duckdb.UUID:
		return "UUID"
	case time.Time:
		return "a DATE, TIME or TIMESTAMP"
	}
	return "this type"
}

// textState is one executor call's scratch space, pooled between calls
// (DuckDB runs a function on several threads at once).
type textState struct {
	buf  []byte
	x    textValue
	spec textValue
	as   textValue
	fmt  textSpecCache
	hms  pyops.HMS
}

var textStates = sync.Pool{New: func() any { return new(textState) }}

// textString views b as a string, for VectorWriter.Set, which copies it.
func textString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// textOut writes a VARCHAR result vector. A string of at most 12 bytes
// is written straight into the row's duckdb_string_t (16 bytes: a uint32
// length, then the bytes inline, zero padded), as DuckDB itself stores a
// short string, with no heap; a longer one goes through VectorWriter.Set,
// a cgo call per row that costs more than formatting a number does.
type textOut struct {
	w     duckdb.VectorWriter[string]
	slots [][16]byte
}

// textMaxInline is the longest string a duckdb_string_t holds inline.
const textMaxInline = 12

func openTextOut(st *duckdb.ChunkIteratorState) (textOut, error) {
	w, err := duckdb.GetVectorWriter[string](st.GetResultVector())
	if err != nil {
		return textOut{}, err
	}
	m, err := outputMemory(st)
	if err != nil {
		return textOut{}, err
	}
	return textOut{w: w, slots: values[[16]byte](m)}, nil
}

func (o textOut) set(row int, b []byte) error {
	if len(b) > textMaxInline {
		return o.w.Set(row, textString(b))
	}
	s := &o.slots[row]
	*s = [16]byte{}
	*(*uint32)(unsafe.Pointer(s)) = uint32(len(b))
	copy(s[4:], b)
	return nil
}

// unaryText is the executor of a function of one argument, read as k,
// that op appends as text.
func unaryText(name string, k textInKind, acc string, op func(s *textState, dst []byte, v *textValue) ([]byte, error)) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		c, err := openTextColumn(st, 0, k, name, acc)
		if err != nil {
			return err
		}
		w, err := openTextOut(st)
		if err != nil {
			return err
		}
		var ases textColumn // py_hms(text, as)
		withAs := st.GetInputChunk().ColumnCount() == 2
		if withAs {
			if ases, err = openTextColumn(st, 1, textInText, name, "VARCHAR"); err != nil {
				return err
			}
		}
		s := textStates.Get().(*textState)
		defer textStates.Put(s)
		s.hms.As = pyops.Auto
		for row := range st.GetInputChunk().GetSize() {
			ok, err := c.read(row, &s.x)
			if err != nil {
				return err
			}
			if !ok {
				continue // NULL in, NULL out: DuckDB sets the result after the callback
			}
			if withAs {
				if ok, err = ases.read(row, &s.as); !ok || err != nil {
					if err != nil {
						return err
					}
					continue
				}
				if s.hms.As, err = textHMSAs(s.as.text); err != nil {
					return err
				}
			}
			if s.buf, err = op(s, s.buf[:0], &s.x); err != nil {
				return err
			}
			if err := w.set(row, s.buf); err != nil {
				return err
			}
		}
		return nil
	}
}

func textAppendRepr(_ *textState, dst []byte, v *textValue) ([]byte, error) {
	if v.kind == textVDec {
		return pyfmt.AppendAPDRepr(dst, &v.dec), nil
	}
	return textAppendStr(nil, dst, v)
}

func textAppendStr(_ *textState, dst []byte, v *textValue) ([]byte, error) {
	switch v.kind {
	case textVFloat:
		return pyfmt.AppendRepr(dst, v.f), nil
	case textVInt:
		return pyfmt.AppendInt(dst, v.i), nil
	case textVBig:
		return pyfmt.AppendBigInt(dst, v.big), nil
	case textVDec:
		return pyfmt.AppendAPD(dst, &v.dec), nil
	}
	return dst, pyerr.TypeError("py_str() does not accept VARCHAR")
}

func textAppendHMS(s *textState, dst []byte, v *textValue) ([]byte, error) {
	var td convert.Timedelta
	var err error
	switch v.kind {
	case textVFloat:
		td, err = convert.NewTimedeltaFloat(v.f)
	case textVInt:
		td, err = convert.NewTimedeltaSeconds(v.i)
	case textVBig:
		td, err = convert.NewTimedeltaBig(v.big)
	case textVDec:
		// The Decimal's exact value, rounded half-even to microseconds, as
		// `pyround hms --as decimal` reads the same text.
		dst = pyfmt.AppendAPD(dst, &v.dec)
		td, err = convert.NewTimedeltaDecimalText(dst)
		dst = dst[:0]
	case textVText:
		td, err = s.hms.Timedelta(v.text) // s.hms.As: auto, or py_hms's second argument
	}
	if err != nil {
		return dst, err
	}
	return td.AppendFormat(dst, convert.Python), nil
}

// textSpecCache holds a format spec parsed for each Python type, kept while
// rows bring the same spec (a constant spec is parsed once per pooled
// state, not once per row).
type textSpecCache struct {
	text   string // an owned copy
	as     pyops.As
	set    bool
	parsed [3]bool
	specs  [3]pyfmt.Spec
	errs   [3]error
	format *pyops.Format // for VARCHAR values, made when first needed
}

const (
	textSpecInt = iota
	textSpecFloat
	textSpecDecimal
)

var textSpecTypes = [3]string{"int", "float", "decimal.Decimal"}

// use makes spec, with text values read as as says, the cached one.
func (c *textSpecCache) use(spec string, as pyops.As) {
	if c.set && c.text == spec && c.as == as {
		return
	}
	*c = textSpecCache{text: strings.Clone(spec), as: as, set: true}
}

// spec returns the spec parsed for Python type t (specInt, ...).
func (c *textSpecCache) spec(t int) (*pyfmt.Spec, error) {
	if !c.parsed[t] {
		c.parsed[t] = true
		c.specs[t], c.errs[t] = pyfmt.ParseSpecFor(c.text, textSpecTypes[t])
		if sp := &c.specs[t]; c.errs[t] == nil && (sp.Width > MaxFormatField || sp.Precision > MaxFormatField) {
			c.errs[t] = textErrFormatField
		}
	}
	return &c.specs[t], c.errs[t]
}

// appendText appends format(x, spec) for the text x, read as
// `pyround format` reads it.
func (c *textSpecCache) appendText(dst, x []byte) ([]byte, error) {
	// The limit applies whichever type x turns out to be.
	for t := range c.specs {
		if _, err := c.spec(t); err == textErrFormatField {
			return dst, err
		}
	}
	if c.format == nil {
		c.format = pyops.NewFormat(c.text, c.as)
	}
	return c.format.Append(dst, x)
}

func (c *textSpecCache) append(dst []byte, v *textValue) ([]byte, error) {
	t := textSpecInt
	switch v.kind {
	case textVText:
		return c.appendText(dst, v.text)
	case textVFloat:
		t = textSpecFloat
	case textVDec:
		t = textSpecDecimal
	}
	sp, err := c.spec(t)
	if err != nil {
		return dst, err
	}
	switch v.kind {
	case textVFloat:
		return pyfmt.AppendFormatFloat(dst, v.f, *sp)
	case textVInt:
		return pyfmt.AppendFormatInt(dst, v.i, *sp)
	case textVBig:
		return pyfmt.AppendFormatBigInt(dst, v.big, *sp)
	}
	return pyfmt.AppendFormatAPD(dst, &v.dec, *sp)
}

// formatText is the executor of py_format(x, spec), x read as k.
func formatText(k textInKind) duckdb.ChunkContextExecutorFn {
	return func(_ context.Context, st *duckdb.ChunkIteratorState) error {
		c, err := openTextColumn(st, 0, k, "py_format", textAccepts)
		if err != nil {
			return err
		}
		specs, err := openTextColumn(st, 1, textInText, "py_format", "VARCHAR")
		if err != nil {
			return err
		}
		w, err := openTextOut(st)
		if err != nil {
			return err
		}
		var ases textColumn
		withAs := st.GetInputChunk().ColumnCount() == 3
		if withAs {
			if ases, err = openTextColumn(st, 2, textInText, "py_format", "VARCHAR"); err != nil {
				return err
			}
		}
		s := textStates.Get().(*textState)
		defer textStates.Put(s)
		for row := range st.GetInputChunk().GetSize() {
			ok, err := c.read(row, &s.x)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			if ok, err = specs.read(row, &s.spec); !ok || err != nil {
				if err != nil {
					return err
				}
				continue
			}
			as := pyops.Auto
			if withAs {
				if ok, err = ases.read(row, &s.as); !ok || err != nil {
					if err != nil {
						return err
					}
					continue
				}
				if as, err = textFormatAs(s.as.text); err != nil {
					return err
				}
			}
			s.fmt.use(textString(s.spec.text), as)
			if s.buf, err = s.fmt.append(s.buf[:0], &s.x); err != nil {
				return err
			}
			if err := w.set(row, s.buf); err != nil {
				return err
			}
		}
		return nil
	}
}

// textFormatAs reads py_format's third argument as `pyround format --as`
// reads it: auto or decimal.
func textFormatAs(text []byte) (pyops.As, error) {
	switch string(text) { // no allocation, unlike ParseAs(string(text))
	case "auto":
		return pyops.Auto, nil
	case "decimal":
		return pyops.Decimal, nil
	}
	as, err := pyops.ParseAs(string(text))
	if err != nil || as == pyops.Float {
		return 0, pyerr.ValueError("py_format reads text as 'auto' or 'decimal', not " + string(pyfmt.AppendQuoteBounded(nil, string(text))))
	}
	return as, nil
}

// textHMSAs reads py_hms's second argument as `pyround hms --as` reads
// it: auto, float or decimal.
func textHMSAs(text []byte) (pyops.As, error) {
	switch string(text) { // no allocation, unlike ParseAs(string(text))
	case "auto":
		return pyops.Auto, nil
	case "float":
		return pyops.Float, nil
	case "decimal":
		return pyops.Decimal, nil
	}
	as, err := pyops.ParseAs(string(text))
	if err != nil {
		return 0, pyerr.ValueError("py_hms reads text as 'auto', 'float' or 'decimal', not " + string(pyfmt.AppendQuoteBounded(nil, string(text))))
	}
	return as, nil
}
