package pyexpr

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/pyround/pyround/pyerr"
)

// MaxTupleItems bounds tuples, which Python bounds only by memory: no
// tuple may hold more than MaxTupleItems items, the items of nested
// tuples counted ((((1,) * 1000,) * 1000) holds 1,001,000), and one
// evaluation may build no more than MaxTupleItems items in all. Past
// either bound pyround fails at once with a MemoryError naming its limit
// instead of spending gigabytes or minutes.
const MaxTupleItems = 1_000_000

// MaxText is the longest text AppendText writes for a tuple, in bytes
// (64 MiB): a tuple within MaxTupleItems can still print for ever when its
// items are long (a Decimal of a million digits, repeated).
const MaxText = 64 << 20

var (
	errTupleLimit = pyerr.New("MemoryError", "tuple of more than "+strconv.Itoa(MaxTupleItems)+" items (pyround's limit)")
	errBuildLimit = pyerr.New("MemoryError", "expression builds more than "+strconv.Itoa(MaxTupleItems)+" tuple items (pyround's limit)")
	errTextLimit  = pyerr.New("MemoryError", "tuple text longer than "+strconv.Itoa(MaxText)+" bytes (pyround's limit)")
	// errNoMemory is the MemoryError CPython raises, with no message, for
	// a tuple whose size overflows its allocator's arithmetic.
	errNoMemory = pyerr.New("MemoryError", "")
	// errIndexSize is PyNumber_AsSsize_t's error for an int outside the
	// Py_ssize_t range; the exception type varies with the caller.
	errIndexSize = "cannot fit 'int' into an index-sized integer"
)

// ssizeMax is PY_SSIZE_T_MAX on the 64-bit platforms CPython 3.11 runs on.
const ssizeMax = math.MaxInt64

// tupleAllocMax is the largest tuple tuple_alloc tries to allocate:
// (PY_SSIZE_T_MAX - (sizeof(PyTupleObject) - sizeof(PyObject *))) /
// sizeof(PyObject *); a larger one is MemoryError at once.
const tupleAllocMax = (ssizeMax - (32 - 8)) / 8

// weight is a tuple's item count with its nested tuples' items counted.
func weight(v Value) int64 {
	if v.kind != Tuple {
		return 0
	}
	return int64(v.w)
}

// tupleOf returns the tuple of items (kept: the caller must not modify
// them), or errTupleLimit when it would weigh more than MaxTupleItems.
func tupleOf(items []Value) (Value, error) {
	w := int64(len(items))
	for _, e := range items {
		w += weight(e)
	}
	if w > MaxTupleItems {
		return Value{}, errTupleLimit
	}
	return Value{kind: Tuple, t: items, w: int32(w)}, nil
}

// pair returns the 2-tuple (a, b) of divmod, whose items are numbers.
func pair(a, b Value) Value {
	return Value{kind: Tuple, t: []Value{a, b}, w: 2}
}

// build counts n tuple items about to be allocated against the
// evaluation's budget.
func (ev *evaluator) build(n int64) error {
	ev.built += n
	if ev.built > MaxTupleItems {
		return errBuildLimit
	}
	return nil
}

// concat is a + b for two tuples.
func (ev *evaluator) concat(a, b Value) (Value, error) {
	switch {
	case len(a.t) == 0:
		return b, nil
	case len(b.t) == 0:
		return a, nil
	case weight(a)+weight(b) > MaxTupleItems:
		return Value{}, errTupleLimit
	}
	n := len(a.t) + len(b.t)
	if err := ev.build(int64(n)); err != nil {
		return Value{}, err
	}
	t := make([]Value, 0, n)
	t = append(append(t, a.t...), b.t...)
	return Value{kind: Tuple, t: t, w: int32(weight(a) + weight(b))}, nil
}

// repeat is seq * n (and n * seq) for a tuple seq and an int n, as
// CPython's sequence_repeat and tuplerepeat do it: n must fit Py_ssize_t
// (else OverflowError), n <= 0 gives (), and a size past what the
// allocator can count is MemoryError.
func (ev *evaluator) repeat(seq, n Value) (Value, error) {
	if !n.i.IsInt64() {
		return Value{}, pyerr.OverflowError(errIndexSize)
	}
	k := n.i.Int64()
	size := int64(len(seq.t))
	switch {
	case size == 0 || k == 1:
		return seq, nil
	case k <= 0:
		return Value{kind: Tuple}, nil
	case k > ssizeMax/size || size*k > tupleAllocMax:
		return Value{}, errNoMemory
	case k > MaxTupleItems/weight(seq):
		return Value{}, errTupleLimit
	}
	if err := ev.build(size * k); err != nil {
		return Value{}, err
	}
	t := make([]Value, 0, size*k)
	for range k {
		t = append(t, seq.t...)
	}
	return Value{kind: Tuple, t: t, w: int32(weight(seq) * k)}, nil
}

// length is len(x).
func length(x Value) (Value, error) {
	switch x.kind {
	case Tuple:
		return IntValue(big.NewInt(int64(len(x.t)))), nil
	case Str:
		return IntValue(big.NewInt(int64(utf8.RuneCountInString(x.s)))), nil
	}
	return Value{}, pyerr.TypeError("object of type '" + x.typeName() + "' has no len()")
}

// sliceIndex is _PyEval_SliceIndex: an int (or bool) clipped to the
// Py_ssize_t range; none is the absent bound (Python's None).
func sliceIndex(v Value, none bool, def int64) (int64, error) {
	if none {
		return def, nil
	}
	if v.kind != Int {
		return 0, pyerr.TypeError("slice indices must be integers or None or have an __index__ method")
	}
	if v.i.IsInt64() {
		return v.i.Int64(), nil
	}
	if v.i.Sign() < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// sliceSpec is an evaluated slice a[start:stop:step]; has* are false for
// an absent bound.
type sliceSpec struct {
	start, stop, step          Value
	hasStart, hasStop, hasStep bool
}

// indices is PySlice_Unpack then PySlice_AdjustIndices for a sequence of
// n items: the first index, the step and the number of items selected.
func (s *sliceSpec) indices(n int64) (start, step, count int64, err error) {
	step, err = sliceIndex(s.step, !s.hasStep, 1)
	if err != nil {
		return 0, 0, 0, err
	}
	if step == 0 {
		return 0, 0, 0, pyerr.ValueError("slice step cannot be zero")
	}
	if step < -ssizeMax {
		step = -ssizeMax
	}
	defStart, defStop := int64(0), int64(math.MaxInt64)
	if step < 0 {
		defStart, defStop = math.MaxInt64, math.MinInt64
	}
	if start, err = sliceIndex(s.start, !s.hasStart, defStart); err != nil {
		return 0, 0, 0, err
	}
	stop, err := sliceIndex(s.stop, !s.hasStop, defStop)
	if err != nil {
		return 0, 0, 0, err
	}
	adjust := func(i int64) int64 {
		if i < 0 {
			if i += n; i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return i
	}
	start, stop = adjust(start), adjust(stop)
	switch {
	case step < 0 && stop < start:
		count = (start-stop-1)/(-step) + 1
	case step > 0 && start < stop:
		count = (stop-start-1)/step + 1
	}
	return start, step, count, nil
}

// subscript is x[index] for an index that is a value (not a slice).
func subscript(x, index Value) (Value, error) {
	switch x.kind {
	case Tuple, Str:
		if index.kind != Int {
			if x.kind == Str {
				return Value{}, pyerr.TypeError("string indices must be integers, not '" + index.typeName() + "'")
			}
			return Value{}, pyerr.TypeError("tuple indices must be integers or slices, not " + index.typeName())
		}
		if !index.i.IsInt64() {
			return Value{}, pyerr.New("IndexError", errIndexSize)
		}
		i := index.i.Int64()
		if x.kind == Str {
			r := []rune(x.s)
			if i < 0 {
				i += int64(len(r))
			}
			if i < 0 || i >= int64(len(r)) {
				return Value{}, pyerr.New("IndexError", "string index out of range")
			}
			return Value{kind: Str, s: string(r[i])}, nil
		}
		if i < 0 {
			i += int64(len(x.t))
		}
		if i < 0 || i >= int64(len(x.t)) {
			return Value{}, pyerr.New("IndexError", "tuple index out of range")
		}
		return x.t[i], nil
	}
	return Value{}, notSubscriptable(x)
}

// notSubscriptable is the TypeError of x[...] for an x that is no
// sequence.
func notSubscriptable(x Value) error {
	if x.kind == kindFunc && (x.s == "int" || x.s == "float" || x.s == "Decimal") {
		return pyerr.TypeError("type '" + x.tpName() + "' is not subscriptable")
	}
	return pyerr.TypeError("'" + x.typeName() + "' object is not subscriptable")
}

// tpName is the tp_name of the class a type object (int, float, Decimal)
// stands for, as CPython's messages about the class print it.
func (v Value) tpName() string {
	if v.s == "Decimal" {
		return "decimal.Decimal"
	}
	return v.s
}

// slice is x[s] for a slice s.
func (ev *evaluator) slice(x Value, s *sliceSpec) (Value, error) {
	switch x.kind {
	case Tuple:
		start, step, count, err := s.indices(int64(len(x.t)))
		if err != nil {
			return Value{}, err
		}
		if count == 0 {
			return Value{kind: Tuple}, nil
		}
		if step == 1 {
			// Values are immutable: the slice shares x's items.
			t := x.t[start : start+count : start+count]
			if count == int64(len(x.t)) {
				return x, nil
			}
			return tupleOf(t)
		}
		if err := ev.build(count); err != nil {
			return Value{}, err
		}
		t := make([]Value, count)
		for k := range t {
			t[k] = x.t[start+int64(k)*step]
		}
		return tupleOf(t)
	case Str:
		r := []rune(x.s)
		start, step, count, err := s.indices(int64(len(r)))
		if err != nil {
			return Value{}, err
		}
		out := make([]rune, count)
		for k := range out {
			out[k] = r[start+int64(k)*step]
		}
		return Value{kind: Str, s: string(out)}, nil
	}
	return Value{}, notSubscriptable(x)
}
