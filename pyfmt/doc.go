// Package pyfmt produces the text CPython 3.11 produces for numbers, byte for
// byte: repr/str of float, str of int, str of decimal.Decimal, and repr of
// str (for error messages that quote their input).
//
// The layout follows strconv: one concern per file (repr.go for floats,
// int.go for integers, decimal.go for decimals, quote.go for strings), and
// each Append function appends to a caller-supplied buffer and allocates
// nothing when that buffer has enough capacity. The matching string-returning
// functions (Repr, Quote, DecimalString) allocate only the result.
//
// Unicode properties (which characters repr escapes) come from tables
// generated with CPython 3.11 itself (Unicode 14.0.0), not from Go's unicode
// package, whose version differs.
package pyfmt

//go:generate python3 testdata/gen_tables.py
//go:generate python3 testdata/gen_pyfmt.py
