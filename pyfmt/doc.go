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
//
// # Speed
//
// The shortest digits of a float's repr come from a port of Go 1.26's own
// Dragonbox (shortest.go, BSD licensed, Go's license in GO_LICENSE) that
// returns them as an integer, so they are laid out in CPython's form in one
// pass instead of being printed by strconv and read again: AppendRepr is
// faster than strconv's shortest 'g'. It is checked against strconv on
// every binary exponent, on random bit patterns and by a fuzz target, and
// against python3 by the repr golden file and the live test. Formatting
// with a Spec parsed once (ParseSpec, then AppendFormatFloat,
// AppendFormatInt, AppendFormatBigInt or, with ParseSpecFor(spec,
// "decimal.Decimal"), AppendFormatAPD) allocates nothing. BENCHMARKS.md has
// the measurements.
//
// A huge width or precision (format(2.5, ',.1000000000f') is a gigabyte)
// is mostly one repeated byte. The formatters keep such runs as counts:
// the zeros after a float's exact digits (it has at most 767 significant
// digits and 1074 after the point), a Decimal's padding zeros, the fill,
// and the zeros and separators of zero-padded groups. The layout
// (layout.go) works out the exact length, grows dst once, and writes
// each run by block copies, so a gigabyte result is one allocation,
// touched once (bench/bigformat measures it against CPython).
package pyfmt

//go:generate python3 testdata/gen_tables.py
//go:generate python3 testdata/gen_pyfmt.py
