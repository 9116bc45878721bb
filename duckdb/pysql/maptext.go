package pysql

import "github.com/duckdb/duckdb-go/v2"

// mapText is the loop of a VARCHAR-to-VARCHAR function: for each row whose
// first argument is not NULL, f appends the result for the borrowed text s
// to dst (reused across rows) and reports ok = false for a row that is to
// be NULL (a NULL among the other arguments); the bytes are copied into the
// result vector.
func mapText(st *duckdb.ChunkIteratorState, f func(dst []byte, s string, row int) (out []byte, ok bool, err error)) error {
	in, err := st.GetInputChunk().GetVector(0)
	if err != nil {
		return err
	}
	view, err := duckdb.GetVectorView[string](in)
	if err != nil {
		return err
	}
	w, err := duckdb.GetVectorWriter[string](st.GetResultVector())
	if err != nil {
		return err
	}
	var buf []byte
	for row := range view.Len() {
		s, valid, err := view.GetValueBorrowed(row)
		if err != nil {
			return err
		}
		if !valid {
			continue
		}
		out, ok, err := f(buf[:0], s, row)
		if err != nil {
			return err
		}
		buf = out
		if !ok {
			continue
		}
		if err := w.Set(row, numString(buf)); err != nil {
			return err
		}
	}
	return nil
}
