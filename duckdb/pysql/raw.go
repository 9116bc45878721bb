package pysql

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/duckdb/duckdb-go/v2"
)

// Raw access to a vector's memory. duckdb-go reads numeric vectors only
// through DataChunk.GetValue, which boxes each value in an interface (an
// allocation and a type switch per row); that alone would cost more than
// DuckDB's own round(). The data and validity pointers sit in the
// unexported fields dataPtr and maskPtr of the vector behind a
// duckdb.Vector (duckdb-go v2.20000.0, vector.go). vectorMemory finds them
// by reflection, checks their names and types, and fails loudly when a
// later duckdb-go moves them (TestRawVectorLayout), rather than reading the
// wrong memory. The scalar-function input DuckDB hands over is flat: one
// value per row at data[row], and a validity bitmask (nil: all valid) with
// bit row%64 of word row/64 set for a valid row.

// memory is one flat vector's data and validity.
type memory struct {
	data unsafe.Pointer
	mask unsafe.Pointer // nil when every row is valid
	n    int
}

var errLayout error // non-nil when duckdb-go's vector layout is not the one read here

var ptrType = reflect.TypeFor[unsafe.Pointer]()

func init() {
	t := reflect.TypeFor[duckdb.Vector]()
	f, ok := t.FieldByName("v")
	if !ok || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
		errLayout = fmt.Errorf("pysql: duckdb.Vector has no field v *vector; this duckdb-go is not the one pysql was built for")
		return
	}
	for _, name := range []string{"dataPtr", "maskPtr"} {
		g, ok := f.Type.Elem().FieldByName(name)
		if !ok || g.Type != ptrType {
			errLayout = fmt.Errorf("pysql: duckdb-go's vector has no field %s unsafe.Pointer; this duckdb-go is not the one pysql was built for", name)
			return
		}
	}
}

// vectorMemory returns the memory of v, which has n rows.
func vectorMemory(v duckdb.Vector, n int) (memory, error) {
	if errLayout != nil {
		return memory{}, errLayout
	}
	p := reflect.ValueOf(&v).Elem().FieldByName("v")
	if p.IsNil() {
		return memory{}, fmt.Errorf("pysql: empty vector")
	}
	s := p.Elem()
	data := *(*unsafe.Pointer)(unsafe.Pointer(s.FieldByName("dataPtr").UnsafeAddr()))
	mask := *(*unsafe.Pointer)(unsafe.Pointer(s.FieldByName("maskPtr").UnsafeAddr()))
	if data == nil && n > 0 {
		return memory{}, fmt.Errorf("pysql: vector without data")
	}
	return memory{data: data, mask: mask, n: n}, nil
}

// valid reports whether row holds a value (not NULL).
func (m memory) valid(row int) bool {
	if m.mask == nil {
		return true
	}
	w := *(*uint64)(unsafe.Add(m.mask, uintptr(row/64)*8))
	return w&(1<<(uint(row)%64)) != 0
}

// values returns the vector's data as a slice of T, the Go type of its
// physical storage (float64 for DOUBLE, int64 for BIGINT, ...).
func values[T any](m memory) []T {
	if m.n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(m.data), m.n)
}

// inputMemory returns the memory of the chunk's input column col.
func inputMemory(st *duckdb.ChunkIteratorState, col int) (memory, error) {
	in := st.GetInputChunk()
	v, err := in.GetVector(col)
	if err != nil {
		return memory{}, err
	}
	return vectorMemory(v, in.GetSize())
}

// outputMemory returns the memory of the result vector.
func outputMemory(st *duckdb.ChunkIteratorState) (memory, error) {
	return vectorMemory(st.GetResultVector(), st.GetInputChunk().GetSize())
}
