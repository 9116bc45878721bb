package pysql_test

import "testing"

func TestDivInt(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for a, b in [(-7,2),(7,-2),(7,2),(-7,-2),(-9223372036854775808,1),(9223372036854775807,-2),(9007199254740993,2),(18446744073709551615,10),(2**127-1,-3),(-2**127,3)]: print(a // b, a % b, divmod(a, b))'
	// python3 -c '1 // 0'; python3 -c '1 % 0'; python3 -c 'divmod(1, 0)'
	// python3 -c 'print(-9223372036854775808 // -1, -128 // -1, -2**127 // -1)' (beyond BIGINT, TINYINT, HUGEINT: errors)
	checkText(t, conn, []sqlCase{
		{"py_floordiv(-7, 2)", "-4"}, {"py_mod(-7, 2)", "1"}, {"py_divmod(-7, 2).q", "-4"}, {"py_divmod(-7, 2).r", "1"},
		{"py_floordiv(7, -2)", "-4"}, {"py_mod(7, -2)", "-1"},
		{"py_floordiv(7, 2)", "3"}, {"py_mod(7, 2)", "1"},
		{"py_floordiv(-7, -2)", "3"}, {"py_mod(-7, -2)", "-1"},
		{"py_floordiv((-9223372036854775808)::BIGINT, 1)", "-9223372036854775808"},
		{"py_mod((-9223372036854775808)::BIGINT, -1)", "0"},
		{"py_floordiv(9223372036854775807::BIGINT, -2)", "-4611686018427387904"}, {"py_mod(9223372036854775807::BIGINT, -2)", "-1"},
		{"py_floordiv(9007199254740993::BIGINT, 2)", "4503599627370496"}, {"py_mod(9007199254740993::BIGINT, 2)", "1"},
		{"py_floordiv(18446744073709551615::UBIGINT, 10::UBIGINT)", "1844674407370955161"}, {"py_mod(18446744073709551615::UBIGINT, 10::UBIGINT)", "5"},
		{"py_divmod(18446744073709551615::UBIGINT, 10::UBIGINT).r", "5"},
		{"py_floordiv(170141183460469231731687303715884105727::HUGEINT, -3)", "-56713727820156410577229101238628035243"},
		{"py_mod(170141183460469231731687303715884105727::HUGEINT, -3)", "-2"},
		{"py_divmod(170141183460469231731687303715884105727::HUGEINT, -3::HUGEINT).q", "-56713727820156410577229101238628035243"},
		{"py_divmod((-170141183460469231731687303715884105727-1)::HUGEINT, 3::HUGEINT).r", "1"},
		{"py_floordiv((-170141183460469231731687303715884105727-1)::HUGEINT, -1::HUGEINT)", "!OverflowError: integer division result 170141183460469231731687303715884105728 does not fit in HUGEINT"},
		{"py_floordiv((-9223372036854775808)::BIGINT, -1)", "!OverflowError: integer division result does not fit"},
		{"py_divmod((-9223372036854775808)::BIGINT, -1)", "!OverflowError: integer division result does not fit"},
		{"py_floordiv((-128)::TINYINT, (-1)::TINYINT)", "!OverflowError"},
		{"py_floordiv(1, 0)", "!ZeroDivisionError: integer division or modulo by zero"},
		{"py_mod(1, 0)", "!ZeroDivisionError: integer modulo by zero"},
		{"py_divmod(1, 0)", "!ZeroDivisionError: integer division or modulo by zero"},
		{"py_floordiv(1::HUGEINT, 0::HUGEINT)", "!ZeroDivisionError: integer division or modulo by zero"},
		{"py_mod(1::HUGEINT, 0::HUGEINT)", "!ZeroDivisionError: integer modulo by zero"},
		{"py_floordiv(1::UTINYINT, 0::UTINYINT)", "!ZeroDivisionError: integer division or modulo by zero"},
		{"typeof(py_floordiv(7::SMALLINT, 2::SMALLINT))", "SMALLINT"},
		{"typeof(py_divmod(7, 2))", "STRUCT(q INTEGER, r INTEGER)"},
		{"typeof(py_floordiv(7::BIGINT, 2))", "BIGINT"},
		{"py_floordiv(NULL::BIGINT, 2) IS NULL", "true"}, {"py_divmod(7, NULL::INTEGER) IS NULL", "true"},
	})
}

func TestDivDouble(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for a, b in [(-7.5,2.0),(7.5,-2.0),(0.3,0.1),(-1e-20,1.0),(-1.0,float("inf")),(float("inf"),1.0),(5e-324,2.0),(-0.0,1.0),(1.0,-0.5)]: print(repr(a // b), repr(a % b))'
	// python3 -c '1.0 // 0.0'; python3 -c '1.0 % 0.0'; python3 -c 'divmod(1.0, 0.0)'
	checkDouble(t, conn, []sqlCase{
		{"py_floordiv(-7.5::DOUBLE, 2)", "-4.0"}, {"py_mod(-7.5::DOUBLE, 2)", "0.5"},
		{"py_divmod(-7.5::DOUBLE, 2).q", "-4.0"}, {"py_divmod(-7.5::DOUBLE, 2).r", "0.5"},
		{"py_floordiv(7.5::DOUBLE, -2)", "-4.0"}, {"py_mod(7.5::DOUBLE, -2)", "-0.5"},
		{"py_floordiv(0.3::DOUBLE, 0.1::DOUBLE)", "2.0"}, {"py_mod(0.3::DOUBLE, 0.1::DOUBLE)", "0.09999999999999998"},
		{"py_divmod(0.3::DOUBLE, 0.1::DOUBLE).r", "0.09999999999999998"},
		{"py_floordiv(-1e-20::DOUBLE, 1)", "-1.0"}, {"py_mod(-1e-20::DOUBLE, 1)", "1.0"},
		{"py_floordiv(-1::DOUBLE, 'inf'::DOUBLE)", "-1.0"}, {"py_mod(-1::DOUBLE, 'inf'::DOUBLE)", "inf"},
		{"py_floordiv('inf'::DOUBLE, 1)", "nan"}, {"py_mod('inf'::DOUBLE, 1)", "nan"},
		{"py_floordiv(5e-324::DOUBLE, 2)", "0.0"}, {"py_mod(5e-324::DOUBLE, 2)", "5e-324"},
		{"py_floordiv(-0.0::DOUBLE, 1)", "-0.0"}, {"py_mod(-0.0::DOUBLE, 1)", "0.0"},
		{"py_floordiv(1::DOUBLE, -0.5::DOUBLE)", "-2.0"}, {"py_mod(1::DOUBLE, -0.5::DOUBLE)", "-0.0"},
		{"py_divmod(1::DOUBLE, -0.5::DOUBLE).r", "-0.0"},
		{"py_floordiv(1::DOUBLE, 0::DOUBLE)", "!ZeroDivisionError: float floor division by zero"},
		{"py_mod(1::DOUBLE, 0::DOUBLE)", "!ZeroDivisionError: float modulo"},
		{"py_divmod(1::DOUBLE, 0::DOUBLE)", "!ZeroDivisionError: float divmod()"},
	})
}

func TestDivDecimalText(t *testing.T) {
	conn := newConn(t)
	// python3 -c 'for a, b in [("-7","2"),("7.5","-2"),("-7.25","0.5"),("10.125","0.25"),("1","3")]: A, B = Decimal(a), Decimal(b); print(f"{A//B:.18f}", f"{A%B:.18f}", A//B, A%B, divmod(A, B))'
	// python3 -c 'Decimal(1) // Decimal(0)'; ... 'Decimal(0) // Decimal(0)'; 'Decimal(1) % Decimal(0)'; 'divmod(Decimal(1), Decimal(0))'
	checkText(t, conn, []sqlCase{
		{"py_floordiv(-7.0, 2.0)", "-3.000000000000000000"}, {"py_mod(-7.0, 2.0)", "-1.000000000000000000"},
		{"py_floordiv(7.5, -2)", "-3.000000000000000000"}, {"py_mod(7.5, -2)", "1.500000000000000000"},
		{"py_divmod(-7.25, 0.5).q", "-14.000000000000000000"}, {"py_divmod(-7.25, 0.5).r", "-0.250000000000000000"},
		{"py_floordiv(10.125, 0.25)", "40.000000000000000000"}, {"py_mod(10.125, 0.25)", "0.125000000000000000"},
		{"typeof(py_divmod(10.125, 0.25))", "STRUCT(q DECIMAL(38,18), r DECIMAL(38,18))"},
		{"py_floordiv(1.0, 0.0)", "!DivisionByZero: [<class 'decimal.DivisionByZero'>]"},
		{"py_floordiv(0.0, 0.0)", "!InvalidOperation: [<class 'decimal.DivisionUndefined'>]"},
		{"py_mod(1.0, 0.0)", "!InvalidOperation: [<class 'decimal.InvalidOperation'>]"},
		{"py_divmod(1.0, 0.0)", "!InvalidOperation: [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]"},
		{"py_floordiv('-7', '2')", "-3"}, {"py_mod('7.5', '-2')", "1.5"},
		{"py_divmod('-7', '2')", "(Decimal('-3'), Decimal('-1'))"},
		{"py_divmod('1', '3')", "(Decimal('0'), Decimal('1'))"},
		{"py_floordiv('x', '2')", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
		{"py_floordiv('1', '0')", "!DivisionByZero: [<class 'decimal.DivisionByZero'>]"},
		// python3 -c 'import hashlib; print([hashlib.md5(str(f(Decimal("9" * 100000), Decimal(7))).encode()).hexdigest() for f in (lambda a, b: a // b, lambda a, b: a % b)])' (in q's context)
		{"md5(py_floordiv(repeat('9', 100000), '7'))", "0798f1e5bd68d4813f4d4f2e039dca1d"},
		{"md5(py_mod(repeat('9', 100000), '7'))", "eccbc87e4b5ce2fe28308fd9f2a7baf3"},
		{"py_floordiv('1E+999999999', '1E-999999999')", "!OverflowError: result would have more than 1000000 digits (pyround's limit)"},
		{"py_floordiv('', '2')", "!InvalidOperation: [<class 'decimal.ConversionSyntax'>]"},
		// VARCHAR keeps digits DECIMAL(38,18) cannot: python3 -c 'print(Decimal("1.0000000000000000001") % 1)'
		{"py_mod('1.0000000000000000001', '1')", "1E-19"},
		{"py_mod(NULL::VARCHAR, '2') IS NULL", "true"}, {"py_floordiv(NULL, NULL) IS NULL", "true"}, {"py_divmod(NULL, 2) IS NULL", "true"}, {"py_mod(1.5, NULL) IS NULL", "true"},
	})
}
