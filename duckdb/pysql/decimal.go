package pysql

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
)

// Plumbing shared by the numeric families (round.go, increment.go,
// div.go): one overload type, the DECIMAL result type, reading DECIMAL
// arguments and mode arguments, writing DECIMAL results.
//
// DECIMAL arguments. DuckDB's overload resolution ignores a DECIMAL's
// width and scale: with overloads for DECIMAL(18,4) and DECIMAL(38,10)
// (or for every one of the 779 DECIMAL(p,s) types) a DECIMAL(10,2)
// argument is "ambiguous", and with a single DECIMAL(38,18) parameter
// DuckDB casts a DECIMAL(38,21) argument to it, rounding its last digits
// away before the function sees them. duckdb-go's ScalarFuncConfig has a
// static ResultTypeInfo and its binder cannot set the result type. So the
// round families take a DECIMAL through a TYPE_ANY parameter, which sees
// the argument's own width and scale (no cast), and return the one static
// type numDecimal, DECIMAL(38,18): every DECIMAL(p,s) with s <= 18 and at
// most 20 integer digits is held exactly, and so is Python's result for
// it at any ndigits. A result it cannot hold exactly (more than 18
// decimal places, more than 20 integer digits) is an error naming the
// value, never a different value; the VARCHAR overloads have no limit.
// Overloads for the other argument types (DOUBLE, FLOAT, the integer
// types, VARCHAR) match exactly and take precedence over TYPE_ANY; any
// other type reaching TYPE_ANY (DATE, BOOLEAN, ...) is a TypeError.

const (
	numDecWidth = 38
	numDecScale = 18
)

// numFunc is one overload: its parameter and result types and its chunk
// executor.
type numFunc struct {
	in   []duckdb.TypeInfo
	out  duckdb.TypeInfo
	exec duckdb.ChunkContextExecutorFn
}

func (f *numFunc) Config() duckdb.ScalarFuncConfig {
	return duckdb.ScalarFuncConfig{InputTypeInfos: f.in, ResultTypeInfo: f.out}
}

func (f *numFunc) Executor() duckdb.ScalarFuncExecutor {
	return duckdb.ScalarFuncExecutor{ChunkContextExecutor: f.exec}
}

// numDecimal returns the TypeInfo of DECIMAL(38,18), the result type of
// every DECIMAL overload.
func numDecimal() duckdb.TypeInfo {
	info, err := duckdb.NewDecimalInfo(numDecWidth, numDecScale)
	if err != nil {
		panic("pysql: " + err.Error())
	}
	return info
}

// numAny returns the TypeInfo of TYPE_ANY.
func numAny() duckdb.TypeInfo { return typeInfo(duckdb.TYPE_ANY) }

// numNDigits converts an ndigits argument to int, clamping it on 32-bit
// platforms, which changes no result (see pyops.ParseNDigits).
func numNDigits(n int64) int { return int(max(min(n, math.MaxInt), math.MinInt)) }

// numModes reads a mode argument, a VARCHAR spelled as mode.Parse accepts
// it, parsing each distinct text once: a column holding one mode costs a
// string comparison per row.
type numModes struct {
	text string // the last text parsed, owned (not borrowed from a vector)
	m    mode.Mode
	ok   bool
}

// parse returns the mode s names, or mode.Parse's ValueError listing the
// valid modes. s may be borrowed: it is copied when kept.
func (c *numModes) parse(s string) (mode.Mode, error) {
	if c.ok && s == c.text {
		return c.m, nil
	}
	m, err := mode.Parse(s)
	if err != nil {
		return 0, err
	}
	c.text, c.m, c.ok = strings.Clone(s), m, true
	return m, nil
}

// numModeColumn reads the mode argument in column col of a chunk.
type numModeColumn struct {
	view  duckdb.VectorView[string]
	modes numModes
}

func newNumModeColumn(st *duckdb.ChunkIteratorState, col int) (*numModeColumn, error) {
	v, err := st.GetInputChunk().GetVector(col)
	if err != nil {
		return nil, err
	}
	view, err := duckdb.GetVectorView[string](v)
	if err != nil {
		return nil, err
	}
	return &numModeColumn{view: view}, nil
}

// at returns the mode of a row, and false for a NULL mode.
func (c *numModeColumn) at(row int) (mode.Mode, bool, error) {
	s, ok, err := c.view.GetValueBorrowed(row)
	if err != nil || !ok {
		return 0, false, err
	}
	m, err := c.modes.parse(s)
	return m, err == nil, err
}

// numBytes returns the bytes of s without copying; the caller must not
// modify them.
func numBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// numString returns b as a string without copying, for a value DuckDB
// copies at once (VectorWriter.Set).
func numString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// numTypeError is the error for an argument of a type the function has no
// overload for (it reached the TYPE_ANY overload).
func numTypeError(fn string, v any) error {
	return pyerr.TypeError(fmt.Sprintf("%s() does not take an argument of type %s: use DOUBLE, FLOAT, an integer type, DECIMAL or VARCHAR", fn, numGoTypeName(v)))
}

// numGoTypeName names the DuckDB type of a value DataChunk.GetValue
// returned, as well as its Go type tells.
func numGoTypeName(v any) string {
	switch v.(type) {
	case float32:
		return "FLOAT"
	case bool:
		return "BOOLEAN"
	case string:
		return "VARCHAR"
	case []byte:
		return "BLOB"
	case *big.Int:
		return "UHUGEINT"
	case duckdb.Interval:
		return "INTERVAL"
	case time.Time:
		return "DATE, TIME or TIMESTAMP"
	case []any:
		return "LIST"
	case map[string]any:
		return "STRUCT"
	}
	return fmt.Sprintf("%T", v)
}

func numTooPrecise(fn string, text []byte) error {
	return pyerr.ValueError(fmt.Sprintf("%s() result %s has more than %d decimal places, which DECIMAL(%d,%d) cannot hold exactly: cast the argument to VARCHAR for the exact text", fn, text, numDecScale, numDecWidth, numDecScale))
}

// numRows runs f on every row of the chunk without a NULL argument, with
// the row's argument values (boxed by DataChunk.GetValue), and sets the
// row's result to what f returns. It is the path for HUGEINT, whose
// *big.Int costs an allocation per value anyway.
func numRows(st *duckdb.ChunkIteratorState, f func(args []any) (any, error)) error {
	args := make([]any, st.ColumnCount())
	for row, err := range st.Rows() {
		if err != nil {
			return err
		}
		for i := range args {
			args[i] = *row.GetValuePtr(i)
		}
		v, err := f(args)
		if err != nil {
			return err
		}
		if err := row.SetResult(v); err != nil {
			return err
		}
	}
	return nil
}

// numArgInt returns an integer argument boxed by GetValue (ndigits: a
// BIGINT).
func numArgInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	}
	return 0
}

// numArgMode returns the mode of a boxed VARCHAR argument.
func numArgMode(c *numModes, v any) (mode.Mode, error) {
	s, _ := v.(string)
	return c.parse(s)
}

// Raw DECIMAL access. A DECIMAL(w,s) is stored as an integer v meaning
// v·10^-s: int16 for w <= 4, int32 for w <= 9, int64 for w <= 18 and a
// 128-bit two's-complement (lower uint64, upper int64, as DuckDB's
// hugeint_t) above. The scale of a TYPE_ANY argument is learnt from the
// chunk's first non-NULL value (DataChunk.GetValue, one boxing per
// chunk); the rows are then read from vector memory and printed as text
// without allocating, and results are written into the DECIMAL(38,18) or
// HUGEINT result's memory. Only the scaling by powers of ten happens
// here; the rounding is pyops'.

// numDecIn is a DECIMAL argument column.
type numDecIn struct {
	m     memory
	width int // 0 when the chunk has no non-NULL value
	scale int
}

// newNumDecIn reads column col of a chunk, which must be a DECIMAL (any
// other type that reached a TYPE_ANY parameter is a TypeError).
func newNumDecIn(st *duckdb.ChunkIteratorState, col int, fn string) (*numDecIn, error) {
	m, err := inputMemory(st, col)
	if err != nil {
		return nil, err
	}
	d := &numDecIn{m: m}
	chunk := st.GetInputChunk()
	for row := range m.n {
		if !m.valid(row) {
			continue
		}
		v, err := chunk.GetValue(col, row)
		if err != nil {
			return nil, err
		}
		dec, ok := v.(duckdb.Decimal)
		if !ok {
			return nil, numTypeError(fn, v)
		}
		d.width, d.scale = int(dec.Width), int(dec.Scale)
		break
	}
	return d, nil
}

// appendText appends the text of row's value ("-123.45").
func (d *numDecIn) appendText(dst []byte, row int) []byte {
	switch {
	case d.width <= 4:
		return numAppendScaled128(dst, numInt128(int64(values[int16](d.m)[row])), d.scale)
	case d.width <= 9:
		return numAppendScaled128(dst, numInt128(int64(values[int32](d.m)[row])), d.scale)
	case d.width <= 18:
		return numAppendScaled128(dst, numInt128(values[int64](d.m)[row]), d.scale)
	}
	return numAppendScaled128(dst, values[[2]uint64](d.m)[row], d.scale)
}

// numInt128 returns v as a hugeint_t: lower, upper words.
func numInt128(v int64) [2]uint64 { return [2]uint64{uint64(v), uint64(v >> 63)} }

// numAppendScaled128 appends the decimal text of v·10^-scale, v a
// hugeint_t.
func numAppendScaled128(dst []byte, v [2]uint64, scale int) []byte {
	lo, hi := v[0], v[1]
	if int64(hi) < 0 {
		dst = append(dst, '-')
		var borrow uint64
		lo, borrow = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, borrow)
	}
	// The magnitude in base 10^19: at most three limbs (2^128 < 10^39).
	const base = 1e19
	var limbs [3]uint64
	for i := range limbs {
		qHi := hi / base
		var r uint64
		lo, r = bits.Div64(hi%base, lo, base)
		hi = qHi
		limbs[i] = r
	}
	var digits [60]byte
	ds := digits[:0]
	top := 2
	for top > 0 && limbs[top] == 0 {
		top--
	}
	ds = strconv.AppendUint(ds, limbs[top], 10)
	for i := top - 1; i >= 0; i-- {
		n := len(ds)
		ds = strconv.AppendUint(ds, limbs[i], 10)
		if pad := 19 - (len(ds) - n); pad > 0 {
			ds = append(ds, make([]byte, pad)...) // within digits' capacity: no allocation
			copy(ds[n+pad:], ds[n:])
			for j := range pad {
				ds[n+j] = '0'
			}
		}
	}
	if scale <= 0 {
		return append(dst, ds...)
	}
	if len(ds) <= scale {
		dst = append(dst, '0', '.')
		for range scale - len(ds) {
			dst = append(dst, '0')
		}
		return append(dst, ds...)
	}
	dst = append(dst, ds[:len(ds)-scale]...)
	dst = append(dst, '.')
	return append(dst, ds[len(ds)-scale:]...)
}

// numParsed is scratch space for numScaled128.
type numParsed struct{ buf []byte }

// plain reads text of the form str(Decimal) has without an exponent,
// [-]digits[.digits], as ParseDecimal would, without its generality
// (Unicode digits, underscores, white space, NaN); false for any other
// text, which ParseDecimal then reads.
func (p *numParsed) plain(text []byte) (pyparse.Decimal, bool) {
	var d pyparse.Decimal
	if len(text) > 0 && text[0] == '-' {
		d.Neg, text = true, text[1:]
	}
	p.buf = p.buf[:0]
	point := -1
	for i, c := range text {
		switch {
		case c >= '0' && c <= '9':
			p.buf = append(p.buf, c)
		case c == '.' && point < 0 && i > 0:
			point = i
		default:
			return d, false
		}
	}
	if len(p.buf) == 0 || point == len(text)-1 {
		return d, false
	}
	d.Kind, d.Coeff = pyparse.Finite, p.buf
	if point >= 0 {
		d.Exp = -int64(len(text) - point - 1)
	}
	return d, true
}

// scaled128 returns the value of text, a result as pyops prints it
// ("2.68", "1.2E+3", "-0.00"), as a hugeint_t holding text·10^scale (the
// unscaled value of a DECIMAL(38,scale); scale 0 for a HUGEINT). A
// DECIMAL result is exact or an error naming the value: a nonzero digit
// past the scale-th decimal place is a ValueError, more than 38 digits
// (more than 20 integer digits at scale 18) an OverflowError naming
// DECIMAL(38,scale) or HUGEINT, NaN and infinities a ValueError. A
// negative zero becomes 0: DuckDB's DECIMAL has no sign for zero.
func (p *numParsed) scaled128(fn string, text []byte, scale int) ([2]uint64, error) {
	d, ok := p.plain(text)
	if !ok {
		var err error
		d, p.buf, err = pyparse.ParseDecimal(p.buf[:0], text)
		if err != nil {
			return [2]uint64{}, err
		}
	}
	if d.Kind != pyparse.Finite {
		return [2]uint64{}, pyerr.ValueError(fmt.Sprintf("%s() result %s has no DECIMAL value", fn, text))
	}
	coeff := d.Coeff
	for len(coeff) > 0 && coeff[0] == '0' {
		coeff = coeff[1:]
	}
	shift := d.Exp + int64(scale) // the value is coeff·10^shift
	if shift < 0 {
		keep := max(int64(len(coeff))+shift, 0)
		for _, c := range coeff[keep:] {
			if c != '0' {
				if scale == 0 {
					return [2]uint64{}, fmt.Errorf("pysql: %s() integer result %s has a fraction", fn, text)
				}
				return [2]uint64{}, numTooPrecise(fn, text)
			}
		}
		coeff, shift = coeff[:keep], 0
	}
	if len(coeff) == 0 {
		return [2]uint64{}, nil
	}
	if int64(len(coeff))+shift > numDecWidth {
		if scale == 0 {
			return [2]uint64{}, pyerr.OverflowError(fmt.Sprintf("rounded value %s does not fit in HUGEINT", text))
		}
		return [2]uint64{}, pyerr.OverflowError(fmt.Sprintf("%s() result %s does not fit in DECIMAL(%d,%d)", fn, text, numDecWidth, scale))
	}
	// At most 38 digits: below 10^38 < 2^127, no overflow.
	var lo, hi uint64
	mul10 := func(add uint64) {
		h1, l1 := bits.Mul64(lo, 10)
		var c uint64
		lo, c = bits.Add64(l1, add, 0)
		hi = hi*10 + h1 + c
	}
	for _, c := range coeff {
		mul10(uint64(c - '0'))
	}
	for range shift {
		mul10(0)
	}
	if d.Neg {
		var borrow uint64
		lo, borrow = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, borrow)
	}
	return [2]uint64{lo, hi}, nil
}
