package pysql_test

import (
	"context"
	"database/sql"
	"testing"
)

// Expected values: python3 with
//
//	from decimal import *
//	def r(x, inc, m=ROUND_HALF_EVEN):  # rounding.Increment's Definition
//	    with localcontext() as c:
//	        c.prec, c.Emax, c.Emin = MAX_PREC, MAX_EMAX, MIN_EMIN
//	        return (Decimal(x) / Decimal(inc)).to_integral_value(rounding=m) * Decimal(inc)
//	def rs(x, inc, m=ROUND_HALF_EVEN):  # the decimal result, with the increment's exponent
//	    with localcontext() as c:
//	        c.prec, c.Emax, c.Emin = MAX_PREC, MAX_EMAX, MIN_EMIN
//	        return r(x, inc, m).quantize(Decimal(inc))

func TestRoundIncrementDouble(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for x, inc, m in [(1.15,"0.05",ROUND_HALF_EVEN),(1.125,"0.25",ROUND_HALF_EVEN),(1.125,"0.25",ROUND_HALF_UP),(-0.01,"0.05",ROUND_HALF_EVEN),(1.03,"0.05",ROUND_HALF_EVEN),(2.675,"0.01",ROUND_HALF_EVEN),(2.5,"1E+3",ROUND_UP)]: print(repr(float(r(x, inc, m))))'
	// python3 -c 'print(r(1.7976931348623157e308, "1E+308"))' prints 2E+308, beyond a float: the OverflowError round(x, n) raises for it.
	checkDouble(t, conn, []sqlCase{
		{"py_round_increment(1.15::DOUBLE, '0.05')", "1.15"},
		{"py_round_increment(1.125::DOUBLE, '0.25')", "1.0"},
		{"py_round_increment(1.125::DOUBLE, '0.25', 'half_up')", "1.25"},
		{"py_round_increment(-0.01::DOUBLE, '0.05')", "-0.0"},
		{"py_round_increment(1.03::DOUBLE, '0.05')", "1.05"},
		{"py_round_increment(2.675::DOUBLE, '0.01')", "2.67"},
		{"py_round_increment(2.5::DOUBLE, '1E+3', 'ROUND_UP')", "1000.0"},
		{"py_round_increment('nan'::DOUBLE, '0.05')", "nan"},
		{"py_round_increment('-inf'::DOUBLE, '0.05')", "-inf"},
		{"py_round_increment(1.7976931348623157e308::DOUBLE, '1E+308')", "!OverflowError: rounded value too large to represent"},
		{"py_round_increment(1.0::DOUBLE, '0')", "!ValueError: increment must be a positive decimal number, not '0'"},
		{"py_round_increment(1.0::DOUBLE, '-5')", "!ValueError: increment must be a positive decimal number"},
		{"py_round_increment(1.0::DOUBLE, '')", "!ValueError: increment must be a positive decimal number"},
		{"py_round_increment(1.0::DOUBLE, 'abc')", "!ValueError: increment must be a positive decimal number"},
		{"py_round_increment(1.0::DOUBLE, '0.05', 'sideways')", "!ValueError: unknown rounding mode 'sideways'"},
		// python3 -c 'import struct; f = struct.unpack("f", struct.pack("f", 1.15))[0]; print(repr(f), repr(float(r(f, "0.05"))))'
		{"py_round_increment(1.15::FLOAT, '0.05')", "1.15"},
	})
}

func TestRoundIncrementInt(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for x, inc, m in [(137,"25",ROUND_HALF_EVEN),(150,"100",ROUND_HALF_EVEN),(150,"100",ROUND_HALF_DOWN),(120,"25",ROUND_HALF_EVEN),(127,"50",ROUND_HALF_EVEN),(9223372036854775807,"10",ROUND_HALF_EVEN),(9007199254740993,"2",ROUND_HALF_EVEN),(2**127-1,"1000",ROUND_HALF_EVEN)]: print(int(r(x, inc, m)))'
	checkText(t, conn, []sqlCase{
		{"py_round_increment(137, '25')", "125"},
		{"py_round_increment(150, '100')", "200"},
		{"py_round_increment(150, '100', 'half_down')", "100"},
		{"py_round_increment(120::TINYINT, '25')", "125"},
		{"py_round_increment(127::TINYINT, '50')", "!OverflowError"},
		{"py_round_increment(9223372036854775807::BIGINT, '10')", "!OverflowError"},
		{"py_round_increment(9007199254740993::BIGINT, '2')", "9007199254740992"},
		{"py_round_increment(137::UBIGINT, '25')", "125"},
		{"py_round_increment(137::HUGEINT, '25')", "125"},
		{"py_round_increment(170141183460469231731687303715884105727::HUGEINT, '1000')", "!OverflowError: rounded value 170141183460469231731687303715884106000 does not fit in HUGEINT"},
		{"typeof(py_round_increment(137::SMALLINT, '25'))", "SMALLINT"},
		{"py_round_increment(137, '0.05')", "!ValueError: increment 0.05 is not an integer"},
		{"py_round_increment(137::HUGEINT, '0.05')", "!ValueError: increment 0.05 is not an integer"},
		{"py_round_increment(137, '0')", "!ValueError: increment must be a positive decimal number, not '0'"},
	})
}

func TestRoundIncrementTextDecimal(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for x, inc, m in [("1.03","0.05",ROUND_HALF_EVEN),("1.30","0.50",ROUND_HALF_EVEN),("-0.01","0.05",ROUND_HALF_EVEN),("137","25",ROUND_HALF_EVEN),("1234","1E+3",ROUND_HALF_EVEN),("1.125","0.25",ROUND_HALF_UP),("NaN","0.05",ROUND_HALF_EVEN)]: print(rs(x, inc, m), f"{rs(x, inc, m):.18f}")'
	checkText(t, conn, []sqlCase{
		{"py_round_increment('1.03', '0.05')", "1.05"},
		{"py_round_increment('1.30', '0.50')", "1.50"},
		{"py_round_increment('-0.01', '0.05')", "-0.00"},
		{"py_round_increment('137', '25')", "125"},
		{"py_round_increment('1234', '1E+3')", "1E+3"},
		{"py_round_increment('1.125', '0.25', 'half_up')", "1.25"},
		{"py_round_increment('NaN', '0.05')", "NaN"},
		{"py_round_increment('abc', '0.05')", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
		{"py_round_increment('', '0.05')", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
		{"py_round_increment('1', '0')", "!ValueError: increment must be a positive decimal number, not '0'"},
		{"py_round_increment(1.03, '0.05')", "1.050000000000000000"},
		{"py_round_increment(1.30, '0.50')", "1.500000000000000000"},
		{"py_round_increment(-0.01, '0.05')", "0.000000000000000000"}, // Decimal('-0.00'): no negative zero in DECIMAL
		{"py_round_increment(1234::DECIMAL(6,0), '1E+3')", "1000.000000000000000000"},
		{"py_round_increment(1.125, '0.25', 'half_up')", "1.250000000000000000"},
		{"typeof(py_round_increment(1.125, '0.25'))", "DECIMAL(38,18)"},
		{"py_round_increment(1.0, '1E-19')", "1.000000000000000000"}, // 1.0000000000000000000: trailing zeros fit
		{"py_round_increment(1.0000000000000000001::DECIMAL(38,19), '1E-19')", "!ValueError: py_round_increment() result 1.0000000000000000001 has more than 18 decimal places"},
		{"py_round_increment(DATE '2020-01-01', '0.5')", "!TypeError: py_round_increment() does not take an argument of type DATE"},
	})
}

func TestRoundIncrementHostile(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'import hashlib; print(hashlib.md5(str(rs("9" * 100000, "0.05")).encode()).hexdigest())'
	checkText(t, conn, []sqlCase{
		{"md5(py_round_increment(repeat('9', 100000), '0.05'))", "abf5dce2626b8b35841c4fd28d740fd0"},
		// Python would print a billion digits; pyround refuses.
		{"py_round_increment('1.5', '1E-999999999')", "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"py_round_increment(1.5::DOUBLE, 'NaN')", "!ValueError: increment must be a positive decimal number, not 'NaN'"},
		{"py_round_increment(1.5::DOUBLE, 'Infinity')", "!ValueError: increment must be a positive decimal number, not 'Infinity'"},
		{"py_round_increment(1.5::DOUBLE, '0.05' || chr(0))", "!ValueError: increment must be a positive decimal number"},
	})
	// Increments whose exact quotient Python's decimal module cannot even
	// hold (r() raises MemoryError): no expected value, but an answer or
	// an error, never a crash.
	for _, q := range []string{
		"py_round_increment(1.5::DOUBLE, '1E-999999999')", "py_round_increment(1.5::DOUBLE, '1E+999999999')",
		"py_round_increment(15, '1E+999999999')", "py_round_increment(1.5::DOUBLE, repeat('1', 100000))",
		"py_round_increment(1.5, '1E-999999999')", "py_round_increment(15::HUGEINT, '1E+999999999', 'up')",
	} {
		var s sql.NullString
		err := conn.QueryRowContext(context.Background(), "SELECT CAST(("+q+") AS VARCHAR)").Scan(&s)
		t.Logf("%s = %q, %v", q, s.String, err)
	}
}

func TestRoundIncrementNull(t *testing.T) {
	conn := newConn(t)
	checkText(t, conn, []sqlCase{
		{"py_round_increment(NULL::DOUBLE, '0.05') IS NULL", "true"},
		{"py_round_increment(1.0::DOUBLE, NULL) IS NULL", "true"},
		{"py_round_increment(1.0::DOUBLE, '0.05', NULL) IS NULL", "true"},
		{"py_round_increment(5, NULL) IS NULL", "true"},
		{"py_round_increment('1', NULL) IS NULL", "true"},
		{"py_round_increment(1.5, NULL) IS NULL", "true"},
		{"py_round_increment(5::HUGEINT, '5', NULL) IS NULL", "true"},
	})
}
