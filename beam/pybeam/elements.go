package pybeam

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/typex"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
)

// Failed is one dead-letter element: an input Python would raise on, and
// what it raises. Input is the element as text: a float64 as Python's
// repr (0.1, 1e+300, nan), an int64 in decimal, a string as given, and a
// pair as "a, b" of those. Error is the text of Python's exception,
// type and message ("ZeroDivisionError: integer division or modulo by
// zero"), or, where pyround refuses what Python would attempt (a result
// of more than a million digits), pyround's message under the nearest
// Python exception's name. The element transforms and the record
// transforms both emit it.
type Failed struct {
	Input string
	Error string
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Failed)(nil)).Elem())

	register.DoFn3x0[beam.T, func(string), func(Failed)](&valueFn{})
	register.DoFn4x0[beam.T, beam.U, func(string), func(Failed)](&pairFn{})
	register.DoFn3x0[beam.T, func(int, string), func(Failed)](&shardFn{})
	register.DoFn3x0[float64, func(float64), func(Failed)](&floatFn{})
	register.Emitter1[string]()
	register.Emitter1[Failed]()
	register.Emitter1[float64]()
	register.Emitter2[int, string]()
}

// Apply runs a one-operand operation (spec.Op round, format, hms or bin)
// on every element of col and returns what print(op(x)) shows in Python,
// as a PCollection<string>, and the elements Python raises on, as a
// PCollection<Failed>. An element fails where Python raises; nothing
// panics.
//
// col is a PCollection<float64>, <int64> or <string>, read as Python
// would hold it:
//   - a float64 is a Python float. Under As "" or "auto" it stays a
//     float whatever its value (round(5.0, 2) is 5.0, never 5), since
//     the operation reads repr(x), which the literal rule reads as a
//     float; under "decimal" it is Decimal(repr(x)), the shortest
//     decimal that reads back as x (0.1 is Decimal('0.1'), not the
//     binary value's 55 digits).
//   - an int64 is a Python int (under "float", float(n); under
//     "decimal", Decimal(n)).
//   - a string is a number's text read by spec.As's rule, as the
//     pyround command reads a cell: an int of any size, "1e400", "nan",
//     "  3.5 ", "1_000" (and, for bin, a timestamp, as pyround bin
//     reads one). A blank string (empty or white space only) is a
//     missing value: it gives "" and no Failed.
//
// err is returned at construction, never from a worker: spec.Check's
// error, a spec that is not a one-operand operation (ApplyPairs and
// ApplyBy take floordiv, mod and divmod, ShardKeys takes shard), or
// another element type.
func Apply(s beam.Scope, spec pyops.Spec, col beam.PCollection) (results, failed beam.PCollection, err error) {
	if err := checkKind(spec, value); err != nil {
		return results, failed, err
	}
	if err := checkElem("Apply", col.Type().Type()); err != nil {
		return results, failed, err
	}
	return parDo2(s.Scope("pybeam.Apply"), &valueFn{Spec: spec}, col)
}

// ApplyBy runs a two-operand operation (floordiv, mod or divmod) with a
// constant right operand: x // by, x % by or divmod(x, by) for every
// element x of col (elements as Apply reads them; a blank string gives
// ""). by is the operand's text, read by spec.As's rule ("0.05" is a
// float under auto, a Decimal under decimal); a by that rule refuses
// is an error at construction. A zero by is not: it fails each element
// with what Python raises (ZeroDivisionError for ints and floats,
// decimal's DivisionByZero or InvalidOperation for Decimals).
func ApplyBy(s beam.Scope, spec pyops.Spec, by string, col beam.PCollection) (results, failed beam.PCollection, err error) {
	if err := checkByOp(spec, by); err != nil {
		return results, failed, err
	}
	if err := checkElem("ApplyBy", col.Type().Type()); err != nil {
		return results, failed, err
	}
	return parDo2(s.Scope("pybeam.ApplyBy"), &valueFn{Spec: spec, By: by}, col)
}

// ApplyPairs runs a two-operand operation (spec.Op floordiv, mod or
// divmod) on every KV<A, B> of col: a // b, a % b or divmod(a, b),
// printed as Python prints the result (divmod's tuple as "(3, 1)").
// A and B are each float64, int64 or string, read as Apply reads an
// element; a pair with a blank string on either side is missing and
// gives "". A failed pair's Input is "a, b". err is as Apply's.
func ApplyPairs(s beam.Scope, spec pyops.Spec, col beam.PCollection) (results, failed beam.PCollection, err error) {
	if err := checkKind(spec, pair); err != nil {
		return results, failed, err
	}
	t := col.Type()
	if !typex.IsKV(t) {
		return results, failed, fmt.Errorf("pybeam.ApplyPairs: want a PCollection<KV<A, B>>, got %v", t)
	}
	for _, c := range t.Components() {
		if err := checkElem("ApplyPairs", c.Type()); err != nil {
			return results, failed, err
		}
	}
	return parDo2(s.Scope("pybeam.ApplyPairs"), &pairFn{Spec: spec}, col)
}

// ShardKeys places every key of col (a PCollection<string>, or <int64>
// read as its decimal text) on its shard as Python code does (spec.Op
// shard: zlib.crc32(key.encode()) % K by default; see pyops.Shard), and
// returns keyed, a PCollection<KV<int, string>> of shard and key, ready
// for GroupByKey. A key is hashed byte for byte: a blank key is a key
// like any other ("" hashes to shard 0 under crc32), not a missing value.
// failed holds the keys Python raises on (under hash none, int(key)'s
// ValueError). err is as Apply's.
func ShardKeys(s beam.Scope, spec pyops.Spec, col beam.PCollection) (keyed, failed beam.PCollection, err error) {
	if err := checkKind(spec, shard); err != nil {
		return keyed, failed, err
	}
	if t := col.Type().Type(); t != reflect.TypeFor[string]() && t != reflect.TypeFor[int64]() {
		return keyed, failed, fmt.Errorf("pybeam.ShardKeys: want a PCollection<string> or <int64>, got %v", col.Type())
	}
	return parDo2(s.Scope("pybeam.ShardKeys"), &shardFn{Spec: spec}, col)
}

// ApplyFloat64 is Apply for a PCollection<float64> whose results are
// floats in Python, returned as a PCollection<float64>: round with N,
// round to an increment or a currency's cash increment, and bin with
// label lower, each under As "", "auto" or "float". Each result is
// exactly the float Python's result is, -0.0 and ±Inf included: it is
// read back from the result's repr, which round-trips, as Python's
// float(repr(r)) reads it. A NaN result is float('nan')'s bits
// (0x7ff8000000000000), whatever the sign and payload of the NaN Python
// computed (repr shows neither). A spec whose result is not a float is refused at
// construction: round without N (an int), As decimal (a Decimal),
// format and hms (text), bin labels index and range, and the
// two-operand operations (ApplyFloat64By takes floordiv and mod).
func ApplyFloat64(s beam.Scope, spec pyops.Spec, col beam.PCollection) (results, failed beam.PCollection, err error) {
	if err := checkKind(spec, value); err != nil {
		return results, failed, err
	}
	if err := checkFloatResult(spec, col); err != nil {
		return results, failed, err
	}
	return parDo2(s.Scope("pybeam.ApplyFloat64"), &floatFn{Spec: spec}, col)
}

// ApplyFloat64By is ApplyBy for a PCollection<float64> and a float64 by:
// x // by or x % by (spec.Op floordiv or mod, As "" or "auto"), each a
// float in Python, returned as a PCollection<float64>. A zero by fails
// every element with Python's ZeroDivisionError ("float floor division
// by zero", "float modulo"); divmod, whose result is a tuple, is refused.
func ApplyFloat64By(s beam.Scope, spec pyops.Spec, by float64, col beam.PCollection) (results, failed beam.PCollection, err error) {
	text := pyfmt.Repr(by)
	if err := checkByOp(spec, text); err != nil {
		return results, failed, err
	}
	if err := checkFloatResult(spec, col); err != nil {
		return results, failed, err
	}
	return parDo2(s.Scope("pybeam.ApplyFloat64By"), &floatFn{Spec: spec, By: text}, col)
}

// kind is what a built Operation does: which of its functions is set.
type kind int

const (
	value kind = iota // one operand
	pair              // two operands
	shard             // a key's shard
)

// checkKind refuses a spec that is invalid or of another kind than want,
// naming the transforms that take it.
func checkKind(spec pyops.Spec, want kind) error {
	op, err := spec.Build()
	if err != nil {
		return err
	}
	have := value
	switch {
	case op.Pair != nil:
		have = pair
	case op.Shard != nil:
		have = shard
	}
	if have == want {
		return nil
	}
	use := [...]string{
		value: "takes one operand: use Apply or ApplyFloat64",
		pair:  "takes two operands: use ApplyPairs, ApplyBy or ApplyFloat64By",
		shard: "places keys: use ShardKeys",
	}[have]
	return fmt.Errorf("pybeam: %s %s", spec.Op, use)
}

// checkByOp refuses a spec that is invalid or not a two-operand
// operation, and a right operand its As rule does not read.
func checkByOp(spec pyops.Spec, by string) error {
	if err := checkKind(spec, pair); err != nil {
		return err
	}
	// Build accepted As, so it parses; "" is auto.
	as, _ := pyops.ParseAs(spec.As)
	var err error
	if as == pyops.Decimal {
		err = pyops.CheckDecimal(by)
	} else {
		_, err = pyops.ReadNumber([]byte(by), as, nil)
	}
	if err != nil {
		return fmt.Errorf("pybeam: the right operand %q: %w", by, err)
	}
	return nil
}

// checkFloatResult refuses, for ApplyFloat64 and ApplyFloat64By, a
// column that is not float64 and a spec whose Python result on a float
// is not a float (spec has passed checkKind).
func checkFloatResult(spec pyops.Spec, col beam.PCollection) error {
	if t := col.Type().Type(); t != reflect.TypeFor[float64]() {
		return fmt.Errorf("pybeam: ApplyFloat64 wants a PCollection<float64>, got %v", col.Type())
	}
	if as, _ := pyops.ParseAs(spec.As); as == pyops.Decimal {
		return fmt.Errorf("pybeam: ApplyFloat64: under As decimal %s gives a Decimal, not a float: use Apply", spec.Op)
	}
	why := ""
	switch spec.Op {
	case "round":
		if spec.N == "" && spec.Increment == "" && spec.Cash == "" {
			why = "round(x) gives an int"
		}
	case "bin":
		if label, _ := pyops.ParseBinLabel(spec.Label); spec.Label != "" && label != pyops.LabelLower {
			why = "bin's label " + spec.Label + " is not a number"
		}
	case "floordiv", "mod":
	case "divmod":
		why = "divmod gives a tuple"
	default:
		why = spec.Op + " gives text"
	}
	if why != "" {
		return fmt.Errorf("pybeam: ApplyFloat64: %s, not a float: use Apply", why)
	}
	return nil
}

// checkElem refuses an element type the transforms do not read.
func checkElem(name string, t reflect.Type) error {
	switch t {
	case reflect.TypeFor[float64](), reflect.TypeFor[int64](), reflect.TypeFor[string]():
		return nil
	}
	return fmt.Errorf("pybeam.%s: elements must be float64, int64 or string, not %v", name, t)
}

// parDo2 applies fn, which has two outputs, and returns the error of a
// bad construction instead of panicking as beam.ParDo2 does.
func parDo2(s beam.Scope, fn any, col beam.PCollection) (a, b beam.PCollection, err error) {
	outs, err := beam.TryParDo(s, fn, col)
	if err != nil {
		return a, b, err
	}
	return outs[0], outs[1], nil
}

// appendElem appends an element's text as Python reads it: a float's
// repr, an int's decimal digits, a string as it is. Construction has
// checked that no other type arrives.
func appendElem(dst []byte, x any) []byte {
	switch v := x.(type) {
	case float64:
		return pyfmt.AppendRepr(dst, v)
	case int64:
		return strconv.AppendInt(dst, v, 10)
	case string:
		return append(dst, v...)
	}
	return dst
}

// blank says whether x is a missing value: a string element that is
// blank. Numbers are never missing.
func blank(x any, text []byte) bool {
	_, isText := x.(string)
	return isText && pyops.Blank(text)
}

// worker is what every DoFn builds in Setup: its operation and the
// scratch space ProcessElement reuses, so that an element costs no
// allocation beyond the string Beam is handed.
type worker struct {
	op     pyops.Operation
	a, b   []byte
	out    []byte
	failed []byte
}

// setup builds spec's operation and holds by, the constant right
// operand ("" for none), as bytes.
func (w *worker) setup(spec pyops.Spec, by string) error {
	op, err := spec.Build()
	if err != nil {
		return err
	}
	w.op, w.b = op, append(w.b[:0], by...)
	return nil
}

// run performs the operation on w.a (and w.b for a two-operand one) into
// w.out.
func (w *worker) run() error {
	var out []byte
	var err error
	if w.op.Pair != nil {
		out, err = w.op.Pair(w.out[:0], w.a, w.b)
	} else {
		out, err = w.op.Value(w.out[:0], w.a)
	}
	if err != nil {
		return err
	}
	w.out = out
	return nil
}

// emitText emits the printed result of the operation on w.a (and w.b),
// "" for a missing operand, or the dead letter, whose input is w.a, or
// "a, b" for a pair.
func (w *worker) emitText(missing, pair bool, emit func(string), failed func(Failed)) {
	if missing {
		emit("")
		return
	}
	err := w.run()
	if err == nil {
		emit(string(w.out))
		return
	}
	input := w.a
	if pair {
		w.failed = append(append(append(w.failed[:0], w.a...), ", "...), w.b...)
		input = w.failed
	}
	fail(failed, input, err)
}

// fail emits the dead letter for input.
func fail(failed func(Failed), input []byte, err error) {
	failed(Failed{Input: string(input), Error: err.Error()})
}

// valueFn is the DoFn of Apply and ApplyBy. Spec and By (ApplyBy's
// right operand, "" for Apply) travel to the workers as JSON.
type valueFn struct {
	Spec pyops.Spec
	By   string `json:",omitempty"`
	w    worker
}

func (f *valueFn) Setup() error { return f.w.setup(f.Spec, f.By) }

func (f *valueFn) ProcessElement(x beam.T, emit func(string), failed func(Failed)) {
	w := &f.w
	w.a = appendElem(w.a[:0], x)
	w.emitText(blank(x, w.a), false, emit, failed)
}

// pairFn is the DoFn of ApplyPairs.
type pairFn struct {
	Spec pyops.Spec
	w    worker
}

func (f *pairFn) Setup() error { return f.w.setup(f.Spec, "") }

func (f *pairFn) ProcessElement(a beam.T, b beam.U, emit func(string), failed func(Failed)) {
	w := &f.w
	w.a = appendElem(w.a[:0], a)
	w.b = appendElem(w.b[:0], b)
	w.emitText(blank(a, w.a) || blank(b, w.b), true, emit, failed)
}

// shardFn is the DoFn of ShardKeys.
type shardFn struct {
	Spec pyops.Spec
	w    worker
}

func (f *shardFn) Setup() error { return f.w.setup(f.Spec, "") }

func (f *shardFn) ProcessElement(key beam.T, emit func(int, string), failed func(Failed)) {
	w := &f.w
	w.a = appendElem(w.a[:0], key)
	shard, err := w.op.Shard.Of(w.a)
	if err != nil {
		fail(failed, w.a, err)
		return
	}
	if s, ok := key.(string); ok {
		emit(shard, s) // the key as given: no copy
		return
	}
	emit(shard, string(w.a))
}

// floatFn is the DoFn of ApplyFloat64 and ApplyFloat64By (By is the
// repr of the right operand, "" for none).
type floatFn struct {
	Spec pyops.Spec
	By   string `json:",omitempty"`
	w    worker
}

func (f *floatFn) Setup() error { return f.w.setup(f.Spec, f.By) }

func (f *floatFn) ProcessElement(x float64, emit func(float64), failed func(Failed)) {
	w := &f.w
	w.a = pyfmt.AppendRepr(w.a[:0], x)
	err := w.run()
	var r float64
	if err == nil {
		// The result is a float's repr, which reads back as that float
		// (float() of it in Python: a NaN is float('nan')).
		r, err = pyops.ParseFloat(w.out)
	}
	if err != nil {
		fail(failed, w.a, err)
		return
	}
	emit(r)
}
