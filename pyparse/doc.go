// Package pyparse parses numeric text exactly as CPython 3.11's int(),
// float() and decimal.Decimal() constructors do: the same accepted syntax
// (surrounding white space, signs, PEP 515 underscores, Unicode decimal
// digits, infinities and NaNs), the same values (correctly rounded floats,
// exact integers and decimals) and the same exceptions, as *pyerr.Error
// values whose Error() is the last line of Python's traceback.
//
// The functions accept string or []byte input and treat a []byte as UTF-8
// text, as if Python had been given the str it decodes to; input that is not
// valid UTF-8 is rejected (Python never sees it as a str), and error messages
// show each invalid byte as \xNN (see pyfmt.Quote).
//
// Unicode properties (which code points are white space or decimal digits)
// come from tables generated with CPython 3.11 itself (Unicode 14.0.0), not
// from Go's unicode package, whose version differs.
//
// Parsing an ordinary number allocates nothing: Float and Int return plain
// values, and ParseDecimal writes its digits into a caller-supplied buffer.
// Errors allocate their message.
package pyparse

//go:generate python3 testdata/gen_tables.py
//go:generate python3 testdata/gen_cases.py
