package records

import "bytes"

// Header returns the cells of the first record of data in format f (CSV
// or TSV), read as Run reads a header row: after a leading byte order
// mark, with CSV quoting removed. ok is false when data holds no record
// or the first one has an unterminated quoted field.
func Header(f Format, data []byte) (names []string, ok bool) {
	data = bytes.TrimPrefix(data, []byte(bom))
	if len(data) == 0 || (f != CSV && f != TSV) {
		return nil, false
	}
	fields, _, _, open := splitRecord(data, 0, sepOf(f, 0), f == CSV, nil)
	if open {
		return nil, false
	}
	for _, s := range fields {
		v := data[s.start:s.end]
		if f == CSV {
			v, _ = fieldValue(v, nil)
		}
		names = append(names, string(v))
	}
	return names, true
}
