// Package convert does the everyday conversions built on Python's floor
// division and modulus: a value broken into mixed-radix units
// (Breakdown), an age into decades and years, seconds into h:m:s as
// Python's datetime.timedelta prints them, an amount into notes and
// coins, an amount split into parts that sum exactly, and pagination.
//
// Currencies (CurrencyByCode) are every current ISO 4217 code as CLDR
// describes it through golang.org/x/text/currency: its digits and its cash
// rounding (CashIncrement); notes and coins for change are built in for a
// few (ChangeCurrencyCodes).
//
// Every function follows Python's floor semantics for negative values
// (divmod(-1, 60) == (-1, 59)), is exact (decimals are never rounded
// unless a rounding.Mode is asked for), never panics, and reports bad
// input as a *pyerr.Error carrying a Python exception type, so the CLI
// prints it the way the other commands do.
package convert
