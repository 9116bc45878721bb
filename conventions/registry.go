package conventions

import (
	"math"

	"github.com/pyround/pyround/pyfmt"
)

// Convention describes one system's way of rounding a float64 to n places,
// for tables that set them side by side.
type Convention struct {
	ID     string // short stable name, the column of testdata/golden.tsv: "python_round"
	System string // the system and expression: "Python round(x, n)"
	Reason string // one line: which decimal it rounds and how ties go
	// Apply returns the result as text: a float result as Python's repr
	// prints it, a decimal result as the system prints it, or the
	// system's error ("NumberFormatException: Infinite or NaN").
	Apply func(x float64, n int) string
	// Float reports whether the system's result is a double, compared
	// by value in the golden tests, rather than text compared exactly.
	Float bool
}

func floatConv(f func(float64, int) float64) func(float64, int) string {
	return func(x float64, n int) string { return pyfmt.Repr(f(x, n)) }
}

func errConv(f func(float64, int) (string, error)) func(float64, int) string {
	return func(x float64, n int) string {
		s, err := f(x, n)
		if err != nil {
			return err.Error()
		}
		return s
	}
}

// All returns the conventions in a fixed order, Python's first. Each Apply
// calls the documented function of the same name in this package.
func All() []Convention {
	return []Convention{
		{"python_round", "Python round(x, n)", "exact binary value, ties to even", floatConv(PythonRound), true},
		{"python_decimal", "Python Decimal(str(x)).quantize(Decimal(10)**-n)", "shortest repr, ties to even", errConv(PythonDecimal), false},
		{"numpy_round", "numpy.round(x, n)", "rint(x*10**n)/10**n in float64: the product rounds first, ties to even", floatConv(NumpyRound), true},
		{"go_round", "Go math.Round(x*1e n)/1e n", "x*10^n rounded to a double, ties away from zero", floatConv(GoRound), true},
		{"go_round_to_even", "Go math.RoundToEven(x*1e n)/1e n", "x*10^n rounded to a double, ties to even", floatConv(GoRoundToEven), true},
		{"js_math_round", "JavaScript Math.round(x*10**n)/10**n", "x*10^n rounded to a double, ties toward +Infinity", floatConv(JSMathRound), true},
		{"js_tofixed", "JavaScript x.toFixed(n)", "exact binary value, ties away from zero", func(x float64, n int) string { return JSToFixed(x, n) }, false},
		{"excel_round", "Excel ROUND(x, n) (documented behaviour)", "15 significant digits, ties away from zero", floatConv(ExcelRound), true},
		{"libreoffice_round", "LibreOffice Calc ROUND(x; n)", "|x|·10^n in double, +0.5, cut to 15 significant digits, floor", floatConv(LibreOfficeRound), true},
		{"java_valueof", "Java BigDecimal.valueOf(x).setScale(n, HALF_UP)", "Double.toString (JDK 17: not always the shortest), ties away from zero", errConv(JavaBigDecimalValueOf), false},
		{"java_new_bigdecimal", "Java new BigDecimal(x).setScale(n, HALF_UP)", "exact binary value, ties away from zero", errConv(JavaNewBigDecimal), false},
		{"c_printf", `C printf("%.*f", n, x)`, "exact binary value, ties to even (glibc, default rounding mode)", func(x float64, n int) string { return CPrintf(x, n) }, false},
		{"pg_round_numeric", "PostgreSQL round(x::numeric, n)", "15 significant digits (float8→numeric), ties away from zero", func(x float64, n int) string { return PostgresRoundNumeric(x, n) }, false},
		{"pg_round_float8", "PostgreSQL round(x * 10^n) / 10^n (double precision)", "x*10^n rounded to a double, rint: ties to even", floatConv(PostgresRoundFloat8), true},
	}
}

// ByID returns the convention with the given ID.
func ByID(id string) (Convention, bool) {
	for _, c := range All() {
		if c.ID == id {
			return c, true
		}
	}
	return Convention{}, false
}

// SameFloat reports whether a and b are the same double, NaN equal to NaN
// and -0 distinct from +0.
func SameFloat(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Float64bits(a) == math.Float64bits(b)
}
