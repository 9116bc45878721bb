package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"time"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/pydatetime"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// Three ways to show a value that duckdb-go returns (see longHelp):
//
//   - appendStr: what Python's str() shows (dates: isoformat()), the text
//     of a CSV field or table cell;
//   - appendRepr: what repr() shows, for values inside a STRUCT, LIST or
//     MAP (Python shows the elements of a container by repr);
//   - appendJSON: what json.dumps writes, with a string of appendStr's text
//     for the values json.dumps cannot encode.
//
// A nil value (SQL NULL) is handled by the callers at the top level.

func appendStr(dst []byte, v any, t *typeNode) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(dst, "None"...), nil
	case string:
		if t.kindIs("JSON") {
			return appendJSONText(dst, v)
		}
		return append(dst, v...), nil
	case []byte:
		if t.kindIs("UUID") {
			return appendUUID(dst, v), nil
		}
		return appendBytesRepr(dst, v), nil
	case duckdb.Decimal:
		return appendDecimal(dst, v), nil
	case time.Time:
		return appendTimeStr(dst, v, t)
	case duckdb.Interval:
		return appendIntervalStr(dst, v), nil
	case duckdb.Union:
		return appendStr(dst, v.Value, unionMember(t, v.Tag))
	}
	if t.kindIs("JSON") {
		return appendJSONText(dst, v)
	}
	return appendRepr(dst, v, t)
}

func appendRepr(dst []byte, v any, t *typeNode) ([]byte, error) {
	if t.kindIs("JSON") {
		if _, ok := v.(string); !ok {
			text, err := appendJSONText(nil, v)
			if err != nil {
				return dst, err
			}
			return pyfmt.AppendQuote(dst, string(text)), nil
		}
	}
	switch v := v.(type) {
	case nil:
		return append(dst, "None"...), nil
	case bool:
		if v {
			return append(dst, "True"...), nil
		}
		return append(dst, "False"...), nil
	case int8:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case int16:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case int32:
		return strconv.AppendInt(dst, int64(v), 10), nil
	case int64:
		return strconv.AppendInt(dst, v, 10), nil
	case uint8:
		return strconv.AppendUint(dst, uint64(v), 10), nil
	case uint16:
		return strconv.AppendUint(dst, uint64(v), 10), nil
	case uint32:
		return strconv.AppendUint(dst, uint64(v), 10), nil
	case uint64:
		return strconv.AppendUint(dst, v, 10), nil
	case float32:
		// Python has no float32: the value it would hold is the float64
		// the float32 widens to exactly.
		return pyfmt.AppendRepr(dst, float64(v)), nil
	case float64:
		return pyfmt.AppendRepr(dst, v), nil
	case *big.Int:
		if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(v)); err != nil {
			return dst, err
		}
		return pyfmt.AppendBigInt(dst, v), nil
	case string:
		return pyfmt.AppendQuote(dst, v), nil
	case []byte:
		if t.kindIs("UUID") {
			return append(appendUUID(append(dst, "UUID('"...), v), "')"...), nil
		}
		return appendBytesRepr(dst, v), nil
	case duckdb.Decimal:
		return append(appendDecimal(append(dst, "Decimal('"...), v), "')"...), nil
	case time.Time:
		return appendTimeRepr(dst, v, t)
	case duckdb.Interval:
		if v.Months != 0 {
			return pyfmt.AppendQuote(dst, string(appendIntervalStr(nil, v))), nil
		}
		return appendTimedeltaRepr(dst, int64(v.Days)*usPerDay+v.Micros), nil
	case duckdb.Union:
		return appendRepr(dst, v.Value, unionMember(t, v.Tag))
	case []any:
		return appendItems(dst, '[', ']', len(v), func(dst []byte, i int) ([]byte, error) {
			return appendRepr(dst, v[i], elemType(t))
		})
	case map[string]any:
		names, types := structFields(v, t)
		return appendItems(dst, '(', ')', len(names), func(dst []byte, i int) ([]byte, error) {
			dst, err := appendRepr(dst, v[names[i]], types[i])
			if err == nil && len(names) == 1 {
				dst = append(dst, ',') // a one-tuple: (1,)
			}
			return dst, err
		})
	case duckdb.OrderedMap:
		keys, values := v.Keys(), v.Values()
		return appendDictRepr(dst, keys, values, t)
	case duckdb.Map:
		keys, values := sortedMap(v)
		return appendDictRepr(dst, keys, values, t)
	}
	return fmt.Appendf(dst, "%v", v), nil
}

func appendDictRepr(dst []byte, keys, values []any, t *typeNode) ([]byte, error) {
	var kt, vt *typeNode
	if t != nil {
		kt, vt = t.elem, t.value
	}
	dst = append(dst, '{')
	for i := range keys {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		var err error
		if dst, err = appendRepr(dst, keys[i], kt); err != nil {
			return dst, err
		}
		dst = append(dst, ": "...)
		if dst, err = appendRepr(dst, values[i], vt); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// sortedMap returns the entries of a map that duckdb-go handed over
// unordered, sorted by the repr of their keys so that output is stable.
func sortedMap(m duckdb.Map) (keys, values []any) {
	type entry struct {
		text string
		k, v any
	}
	var es []entry
	for k, v := range m {
		text, _ := appendRepr(nil, k, nil)
		es = append(es, entry{string(text), k, v})
	}
	sort.Slice(es, func(i, j int) bool { return es[i].text < es[j].text })
	for _, e := range es {
		keys, values = append(keys, e.k), append(values, e.v)
	}
	return keys, values
}

// structFields returns the field names of a STRUCT value in the type's
// order (sorted when the type name could not be read) and their types.
func structFields(v map[string]any, t *typeNode) ([]string, []*typeNode) {
	if t.kindIs("STRUCT") && len(t.fields) == len(v) {
		names := make([]string, len(t.fields))
		types := make([]*typeNode, len(t.fields))
		ok := true
		for i, f := range t.fields {
			if _, in := v[f.name]; !in {
				ok = false
				break
			}
			names[i], types[i] = f.name, f.typ
		}
		if ok {
			return names, types
		}
	}
	names := make([]string, 0, len(v))
	for name := range v {
		names = append(names, name)
	}
	sort.Strings(names)
	return names, make([]*typeNode, len(names))
}

func elemType(t *typeNode) *typeNode {
	if t == nil {
		return nil
	}
	return t.elem
}

func unionMember(t *typeNode, tag string) *typeNode {
	if t.kindIs("UNION") {
		for _, f := range t.fields {
			if f.name == tag {
				return f.typ
			}
		}
	}
	return nil
}

// appendDecimal appends str(Decimal) of a DuckDB DECIMAL: the coefficient
// Value with Scale digits after the point (exponent -Scale).
func appendDecimal(dst []byte, d duckdb.Decimal) []byte {
	var buf [48]byte
	neg := false
	var digits []byte
	switch {
	case d.Value == nil:
		digits = append(buf[:0], '0')
	case d.Value.Sign() < 0:
		neg = true
		digits = pyfmt.AppendBigInt(buf[:0], new(big.Int).Neg(d.Value))
	default:
		digits = pyfmt.AppendBigInt(buf[:0], d.Value)
	}
	return pyfmt.AppendDecimal(dst, neg, digits, -int64(d.Scale))
}

func appendUUID(dst []byte, b []byte) []byte {
	if len(b) != 16 {
		return hex.AppendEncode(dst, b)
	}
	dst = hex.AppendEncode(dst, b[:4])
	dst = hex.AppendEncode(append(dst, '-'), b[4:6])
	dst = hex.AppendEncode(append(dst, '-'), b[6:8])
	dst = hex.AppendEncode(append(dst, '-'), b[8:10])
	return hex.AppendEncode(append(dst, '-'), b[10:])
}

// appendBytesRepr appends Python's repr() of bytes: b'...' (b"..." when
// the bytes hold ' and no "), with \\, \t, \n, \r and \xNN escapes for
// bytes outside printable ASCII.
func appendBytesRepr(dst []byte, b []byte) []byte {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	dst = append(dst, 'b', quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\t':
			dst = append(dst, `\t`...)
		case c == '\n':
			dst = append(dst, `\n`...)
		case c == '\r':
			dst = append(dst, `\r`...)
		case c < 0x20 || c >= 0x7f:
			dst = append(dst, '\\', 'x', lowerhex[c>>4], lowerhex[c&15])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, quote)
}

const lowerhex = "0123456789abcdef"

const usPerDay = 86400 * 1_000_000

// pyDateTime returns the naive Python datetime of t's wall clock (to the
// microsecond), or Python's ValueError when the year is outside 1..9999.
func pyDateTime(t time.Time) (pydatetime.DateTime, error) {
	return pydatetime.New(t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond()/1000)
}

func appendTimeStr(dst []byte, t time.Time, typ *typeNode) ([]byte, error) {
	kind := "TIMESTAMP"
	if typ != nil {
		kind = typ.kind
	}
	switch kind {
	case "TIME", "TIMETZ":
		dst = appendClock(dst, t)
		if kind == "TIMETZ" {
			_, off := t.Zone()
			dst = appendOffset(dst, off)
		}
		return dst, nil
	}
	dt, err := pyDateTime(t)
	if err != nil {
		return dst, err
	}
	switch kind {
	case "DATE":
		s := dt.String()
		return append(dst, s[:10]...), nil
	case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE":
		if dt, err = dt.WithOffset(0); err != nil {
			return dst, err
		}
	case "TIMESTAMP_NS":
		if ns := t.Nanosecond(); ns%1000 != 0 {
			// Python's datetime stops at microseconds; show all nine digits
			// rather than drop some (as pandas' Timestamp.isoformat does).
			dt, _ = pydatetime.New(t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), 0)
			dst = pydatetime.AppendISO(dst, dt)
			return fmt.Appendf(dst, ".%09d", ns), nil
		}
	}
	return pydatetime.AppendISO(dst, dt), nil
}

// appendClock appends time.isoformat() without an offset: HH:MM:SS and
// .ffffff when the microsecond is not zero.
func appendClock(dst []byte, t time.Time) []byte {
	dst = fmt.Appendf(dst, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
	if us := t.Nanosecond() / 1000; us != 0 {
		dst = fmt.Appendf(dst, ".%06d", us)
	}
	return dst
}

// appendOffset appends an isoformat() UTC offset of off seconds: +HH:MM,
// +HH:MM:SS when it has seconds.
func appendOffset(dst []byte, off int) []byte {
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	dst = fmt.Appendf(dst, "%c%02d:%02d", sign, off/3600, off/60%60)
	if off%60 != 0 {
		dst = fmt.Appendf(dst, ":%02d", off%60)
	}
	return dst
}

func appendTimeRepr(dst []byte, t time.Time, typ *typeNode) ([]byte, error) {
	kind := "TIMESTAMP"
	if typ != nil {
		kind = typ.kind
	}
	// Python's repr shows hour and minute always, then the second when
	// it or the microsecond is not zero, then the microsecond if not zero.
	clock := func(dst []byte) []byte {
		dst = fmt.Appendf(dst, "%d, %d", t.Hour(), t.Minute())
		us := t.Nanosecond() / 1000
		if t.Second() != 0 || us != 0 {
			dst = fmt.Appendf(dst, ", %d", t.Second())
		}
		if us != 0 {
			dst = fmt.Appendf(dst, ", %d", us)
		}
		return dst
	}
	switch kind {
	case "TIME", "TIMETZ":
		dst = clock(append(dst, "datetime.time("...))
		if kind == "TIMETZ" {
			_, off := t.Zone()
			dst = appendTZInfo(append(dst, ", tzinfo="...), off)
		}
		return append(dst, ')'), nil
	}
	if _, err := pyDateTime(t); err != nil {
		return dst, err
	}
	if kind == "DATE" {
		return fmt.Appendf(dst, "datetime.date(%d, %d, %d)", t.Year(), int(t.Month()), t.Day()), nil
	}
	if kind == "TIMESTAMP_NS" && t.Nanosecond()%1000 != 0 {
		// No Python datetime holds nanoseconds: quote the isoformat text.
		s, err := appendTimeStr(nil, t, typ)
		return pyfmt.AppendQuote(dst, string(s)), err
	}
	dst = fmt.Appendf(dst, "datetime.datetime(%d, %d, %d, ", t.Year(), int(t.Month()), t.Day())
	dst = clock(dst)
	if kind == "TIMESTAMPTZ" {
		dst = appendTZInfo(append(dst, ", tzinfo="...), 0)
	}
	return append(dst, ')'), nil
}

// appendTZInfo appends repr(datetime.timezone(timedelta(seconds=off))).
func appendTZInfo(dst []byte, off int) []byte {
	if off == 0 {
		return append(dst, "datetime.timezone.utc"...)
	}
	dst = appendTimedeltaRepr(append(dst, "datetime.timezone("...), int64(off)*1_000_000)
	return append(dst, ')')
}

// appendTimedeltaRepr appends repr(timedelta(microseconds=us)).
func appendTimedeltaRepr(dst []byte, us int64) []byte {
	days, rem := floorDivMod(us, usPerDay)
	secs, micros := rem/1_000_000, rem%1_000_000
	if days == 0 && secs == 0 && micros == 0 {
		return append(dst, "datetime.timedelta(0)"...)
	}
	dst = append(dst, "datetime.timedelta("...)
	sep := ""
	if days != 0 {
		dst = fmt.Appendf(dst, "days=%d", days)
		sep = ", "
	}
	if secs != 0 {
		dst = fmt.Appendf(dst, "%sseconds=%d", sep, secs)
		sep = ", "
	}
	if micros != 0 {
		dst = fmt.Appendf(dst, "%smicroseconds=%d", sep, micros)
	}
	return append(dst, ')')
}

func floorDivMod(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}

// appendIntervalStr appends str(timedelta) of an INTERVAL without months
// ("1 day, 0:00:03", "-1 day, 23:59:59", "0:00:00.500000"), else DuckDB's
// own text ("1 year 2 months 3 days 04:05:06"), as no timedelta has
// months.
func appendIntervalStr(dst []byte, iv duckdb.Interval) []byte {
	if iv.Months == 0 {
		days, rem := floorDivMod(int64(iv.Days)*usPerDay+iv.Micros, usPerDay)
		if days != 0 {
			dst = strconv.AppendInt(dst, days, 10)
			if days == 1 || days == -1 {
				dst = append(dst, " day, "...)
			} else {
				dst = append(dst, " days, "...)
			}
		}
		s := rem / 1_000_000
		dst = fmt.Appendf(dst, "%d:%02d:%02d", s/3600, s/60%60, s%60)
		if us := rem % 1_000_000; us != 0 {
			dst = fmt.Appendf(dst, ".%06d", us)
		}
		return dst
	}
	// DuckDB's Interval::ToString.
	start := len(dst)
	part := func(n int64, unit string) {
		if n == 0 {
			return
		}
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = fmt.Appendf(dst, "%d %s", n, unit)
		if n != 1 && n != -1 {
			dst = append(dst, 's')
		}
	}
	part(int64(iv.Months/12), "year")
	part(int64(iv.Months%12), "month")
	part(int64(iv.Days), "day")
	if iv.Micros != 0 {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		us := iv.Micros
		if us < 0 {
			dst = append(dst, '-')
			us = -us
		}
		s := us / 1_000_000
		dst = fmt.Appendf(dst, "%02d:%02d:%02d", s/3600, s/60%60, s%60)
		if f := us % 1_000_000; f != 0 {
			frac := fmt.Appendf(nil, ".%06d", f)
			dst = append(dst, bytes.TrimRight(frac, "0")...)
		}
	}
	return dst
}

// appendJSONText appends a JSON column's value (decoded by duckdb-go)
// re-encoded as compact JSON.
func appendJSONText(dst []byte, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return dst, err
	}
	return append(dst, bytes.TrimRight(buf.Bytes(), "\n")...), nil
}

// appendJSON appends v as Python's json.dumps writes the value Python
// would hold, and a string of its str() text for the values json.dumps
// cannot encode (Decimal, dates, times, UUID, bytes, intervals).
func appendJSON(dst []byte, v any, t *typeNode) ([]byte, error) {
	if t.kindIs("JSON") {
		if s, ok := v.(string); ok {
			return appendJSONString(dst, s), nil
		}
		return appendJSONText(dst, v)
	}
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case bool:
		if v {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case float32:
		return appendJSONFloat(dst, float64(v)), nil
	case float64:
		return appendJSONFloat(dst, v), nil
	case int8, int16, int32, int64, uint8, uint16, uint32, uint64, *big.Int:
		return appendRepr(dst, v, t)
	case string:
		return appendJSONString(dst, v), nil
	case duckdb.Union:
		return appendJSON(dst, v.Value, unionMember(t, v.Tag))
	case []any:
		return appendItems(dst, '[', ']', len(v), func(dst []byte, i int) ([]byte, error) {
			return appendJSON(dst, v[i], elemType(t))
		})
	case map[string]any:
		names, types := structFields(v, t)
		return appendItems(dst, '[', ']', len(names), func(dst []byte, i int) ([]byte, error) {
			return appendJSON(dst, v[names[i]], types[i])
		})
	case duckdb.OrderedMap:
		return appendJSONObject(dst, v.Keys(), v.Values(), t)
	case duckdb.Map:
		keys, values := sortedMap(v)
		return appendJSONObject(dst, keys, values, t)
	}
	text, err := appendStr(nil, v, t)
	if err != nil {
		return dst, err
	}
	return appendJSONString(dst, string(text)), nil
}

// appendJSONObject appends a MAP as a JSON object, its keys converted as
// json.dumps converts dict keys: str as is, True/False/None as
// true/false/null, numbers as their repr; other keys (which json.dumps
// refuses) as their str() text.
func appendJSONObject(dst []byte, keys, values []any, t *typeNode) ([]byte, error) {
	var kt, vt *typeNode
	if t != nil {
		kt, vt = t.elem, t.value
	}
	dst = append(dst, '{')
	for i := range keys {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		var key []byte
		var err error
		switch k := keys[i].(type) {
		case nil:
			key = []byte("null")
		case bool:
			key, _ = appendJSON(nil, k, nil)
		case float32, float64:
			key, _ = appendJSON(nil, k, nil)
		default:
			if key, err = appendStr(nil, k, kt); err != nil {
				return dst, err
			}
		}
		dst = append(appendJSONString(dst, string(key)), ": "...)
		if dst, err = appendJSON(dst, values[i], vt); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// appendJSONFloat is json.dumps of a float: repr(), and NaN, Infinity,
// -Infinity for the specials.
func appendJSONFloat(dst []byte, x float64) []byte {
	switch {
	case math.IsNaN(x):
		return append(dst, "NaN"...)
	case math.IsInf(x, 1):
		return append(dst, "Infinity"...)
	case math.IsInf(x, -1):
		return append(dst, "-Infinity"...)
	}
	return pyfmt.AppendRepr(dst, x)
}

// appendJSONString is json.dumps of a str with ensure_ascii=True: \" \\
// \n \r \t \b \f, \u00XX for the other bytes outside printable ASCII,
// \uXXXX (a surrogate pair above U+FFFF) for non-ASCII code points.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r == '\n':
			dst = append(dst, `\n`...)
		case r == '\r':
			dst = append(dst, `\r`...)
		case r == '\t':
			dst = append(dst, `\t`...)
		case r == '\b':
			dst = append(dst, `\b`...)
		case r == '\f':
			dst = append(dst, `\f`...)
		case r >= 0x20 && r < 0x7f:
			dst = append(dst, byte(r))
		case r > 0xffff:
			r -= 0x10000
			dst = appendU4(dst, 0xd800+(r>>10))
			dst = appendU4(dst, 0xdc00+(r&0x3ff))
		default:
			dst = appendU4(dst, r)
		}
	}
	return append(dst, '"')
}

func appendU4(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', lowerhex[r>>12&15], lowerhex[r>>8&15], lowerhex[r>>4&15], lowerhex[r&15])
}

// valueError is a value Python could not hold (a *pyerr.Error, whose
// text is "ValueError: ..."), located in the output.
func valueError(row int, col string, err error) error {
	var pe *pyerr.Error
	if !errors.As(err, &pe) {
		err = pyerr.ValueError(err.Error())
	}
	return fmt.Errorf("row %d, column %s: %w", row, col, err)
}

// appendItems appends open, item(0) ... item(n-1) separated by ", " as
// Python's repr and json.dumps separate them, and close.
func appendItems(dst []byte, open, close byte, n int, item func(dst []byte, i int) ([]byte, error)) ([]byte, error) {
	dst = append(dst, open)
	for i := range n {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		var err error
		if dst, err = item(dst, i); err != nil {
			return dst, err
		}
	}
	return append(dst, close), nil
}
