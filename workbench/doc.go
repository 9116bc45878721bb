// Package workbench computes what pyround's rounding-mode workbench shows:
// why one float rounds the way it does (Explain), every mode on a list of
// values (Modes), and the error each mode accumulates over a column of
// numbers (Bias, with an SVG chart of the running error).
//
// Every error and distance is computed exactly, in decimal, never in
// float64: the exact value of a float is a finite decimal (see
// conventions.Exact), and a column of money is read as the decimals typed.
package workbench
