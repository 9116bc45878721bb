// Package pydatetime is the part of Python 3.11's datetime module that
// time bins need, exactly as CPython 3.11's C implementation computes it:
// datetime.fromisoformat (Parse), datetime.isoformat (AppendISO),
// subtraction and addition of microseconds (Sub, Add), floor division of
// the difference by a width and the bin's edges (Bucket), and the
// duration syntax of a bin width (ParseWidth).
//
// A DateTime holds a date from 0001-01-01 to 9999-12-31, a time of day to
// the microsecond and, when it is aware, a fixed UTC offset of less than
// a day (what fromisoformat produces: datetime.timezone offsets, never a
// zoneinfo zone with rules). Arithmetic is on microseconds in int64, which
// covers every difference of two datetimes (about 3.2e17 microseconds)
// with room to spare.
//
// Errors are *pyerr.Error values carrying Python's exception name and
// message: ValueError("Invalid isoformat string: '...'"),
// ValueError("month must be in 1..12"), TypeError("can't subtract
// offset-naive and offset-aware datetimes"), OverflowError("date value out of range"),
// ZeroDivisionError("integer division or modulo by zero").
package pydatetime
