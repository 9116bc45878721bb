package pysql

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/duckdb/duckdb-go/v2"
)

// Raw access to the children of a STRUCT result vector (py_divmod's q and
// r), in the manner of raw.go: duckdb-go v2.20000.0 keeps them in the
// unexported field childVectors []vector of the vector behind a
// duckdb.Vector, each with the dataPtr and maskPtr raw.go reads. The
// layout is checked once (errChildLayout) and a mismatch is an error, not
// a wrong read.

var errChildLayout error

func init() {
	f, ok := reflect.TypeFor[duckdb.Vector]().FieldByName("v")
	if !ok || f.Type.Kind() != reflect.Pointer {
		errChildLayout = fmt.Errorf("pysql: duckdb.Vector has no field v *vector")
		return
	}
	c, ok := f.Type.Elem().FieldByName("childVectors")
	if !ok || c.Type.Kind() != reflect.Slice || c.Type.Elem() != f.Type.Elem() {
		errChildLayout = fmt.Errorf("pysql: duckdb-go's vector has no field childVectors []vector; this duckdb-go is not the one pysql was built for")
	}
}

// childMemory returns the memory of the children of v, a STRUCT vector of
// n rows, in the order of the STRUCT's fields.
func childMemory(v duckdb.Vector, n int) ([]memory, error) {
	if errLayout != nil {
		return nil, errLayout
	}
	if errChildLayout != nil {
		return nil, errChildLayout
	}
	p := reflect.ValueOf(&v).Elem().FieldByName("v")
	if p.IsNil() {
		return nil, fmt.Errorf("pysql: empty vector")
	}
	children := p.Elem().FieldByName("childVectors")
	ms := make([]memory, children.Len())
	for i := range ms {
		s := children.Index(i)
		data := *(*unsafe.Pointer)(unsafe.Pointer(s.FieldByName("dataPtr").UnsafeAddr()))
		mask := *(*unsafe.Pointer)(unsafe.Pointer(s.FieldByName("maskPtr").UnsafeAddr()))
		if data == nil && n > 0 {
			return nil, fmt.Errorf("pysql: struct child vector without data")
		}
		ms[i] = memory{data: data, mask: mask, n: n}
	}
	return ms, nil
}
