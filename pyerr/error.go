// Package pyerr carries Python exceptions as Go errors.
//
// Every pyround function that fails where Python raises returns an *Error
// whose Type is the Python exception class name (ValueError, OverflowError,
// ZeroDivisionError, InvalidOperation, ...) and whose Msg is the message
// CPython 3.11 prints, so that a caller (and the pyround CLI) can show
// exactly what `python3 -c 'print(EXPR)'` shows on stderr: "Type: Msg".
//
// Where pyround refuses work that Python would attempt (a result with a
// billion digits), the Type is still a Python exception name, chosen as the
// one Python would raise for the nearest case, and Msg says that the limit
// is pyround's.
package pyerr

// Error is a Python exception: its class name and its message.
//
// Errors are compared by value with errors.Is: two *Error with the same
// Type and Msg match, so callers may compare against the package's
// predeclared values or construct their own.
type Error struct {
	Type string // Python exception class name, e.g. "ValueError"
	Msg  string // message as CPython 3.11 formats it
}

// Error returns "Type: Msg", the last line of a Python traceback.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// Is reports whether target is an *Error with the same Type and Msg.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Type == e.Type && t.Msg == e.Msg
}

// New returns an *Error of the given Python type and message.
func New(typ, msg string) *Error { return &Error{Type: typ, Msg: msg} }

// ValueError returns a Python ValueError with msg.
func ValueError(msg string) *Error { return &Error{Type: "ValueError", Msg: msg} }

// OverflowError returns a Python OverflowError with msg.
func OverflowError(msg string) *Error { return &Error{Type: "OverflowError", Msg: msg} }

// ZeroDivisionError returns a Python ZeroDivisionError with msg.
func ZeroDivisionError(msg string) *Error { return &Error{Type: "ZeroDivisionError", Msg: msg} }

// TypeError returns a Python TypeError with msg.
func TypeError(msg string) *Error { return &Error{Type: "TypeError", Msg: msg} }

// Decimal returns the exception the C decimal module raises for a trapped
// condition: the class of the first trapped signal (sig, e.g.
// "InvalidOperation" or "DivisionByZero") with the list of condition
// classes as its message, as Python prints it:
//
//	InvalidOperation: [<class 'decimal.DivisionUndefined'>]
func Decimal(sig string, conditions ...string) *Error {
	msg := "["
	for i, c := range conditions {
		if i > 0 {
			msg += ", "
		}
		msg += "<class 'decimal." + c + "'>"
	}
	return &Error{Type: sig, Msg: msg + "]"}
}

// Errors raised by float-to-int conversion and rounding, shared by the
// packages that convert (messages from Objects/floatobject.c).
var (
	ErrFloatNaNToInt       = ValueError("cannot convert float NaN to integer")
	ErrFloatInfToInt       = OverflowError("cannot convert float infinity to integer")
	ErrRoundOverflow       = OverflowError("rounded value too large to represent")
	ErrDecimalNaNToInt     = ValueError("cannot convert NaN to integer")
	ErrDecimalInfToInt     = OverflowError("cannot convert Infinity to integer")
	ErrIntTooLargeForFloat = OverflowError("int too large to convert to float")
)
