// Package conventions models, one documented function each, how other
// systems round a float64 to n decimal places, so that the answers can be
// set side by side with Python's: why round(2.675, 2) is 2.67 in Python and
// 2.68 in Excel, Java's BigDecimal.valueOf or PostgreSQL's numeric.
//
// Three things decide each answer:
//
//   - which decimal the system rounds: the exact binary value
//     (2.67499999999999982236431605997495353221893310546875), the shortest
//     decimal that reads back as the float ("2.675"), or the float rounded
//     to 15 significant digits;
//   - the tie rule: half-even, half away from zero, or half toward +Inf;
//   - whether it scales in floating point first (x*10**n), which rounds once
//     more before the rounding proper: 1.005*100 is 100.49999999999999.
//
// # The systems
//
//	function                 system                                       what it rounds, and ties
//	PythonRound              Python round(x, n)                           exact value, half-even
//	PythonDecimal            Decimal(str(x)).quantize(Decimal(10)**-n)    shortest repr, half-even
//	NumpyRound               numpy.round(x, n)                            rint(x*10**n)/10**n in float64
//	GoRound, GoRoundToEven   math.Round/math.RoundToEven(x*1e n)/1e n     the scaled double, away / even
//	JSMathRound              Math.round(x*10**n)/10**n                    the scaled double, ties toward +Inf
//	JSToFixed                x.toFixed(n)                                 exact value, half away from zero
//	ExcelRound               Excel ROUND (from its documentation only)    15 significant digits, half away
//	LibreOfficeRound         LibreOffice Calc ROUND (rtl_math_round)      floor(approx15(abs(x)*10^n + 0.5))
//	JavaBigDecimalValueOf    BigDecimal.valueOf(x).setScale(n, HALF_UP)   JDK 17 Double.toString, half away
//	JavaNewBigDecimal        new BigDecimal(x).setScale(n, HALF_UP)       exact value, half away
//	CPrintf                  glibc printf("%.*f", n, x)                   exact value, half-even
//	PostgresRoundNumeric     PostgreSQL round(x::numeric, n)              %.15g, half away
//	PostgresRoundFloat8      PostgreSQL round(x * 10^n) / 10^n on float8  the scaled double, rint
//
// JDK 17's Double.toString, which BigDecimal.valueOf reads, is not always
// the shortest decimal (-2.6807164239999998E20 for -2.680716424e+20; JDK 19
// prints the shortest), so JavaDoubleToString ports JDK 17's
// FloatingDecimal. LibreOffice is compared at the 15 significant digits it
// exports. Excel cannot be run in the verification environment: ExcelRound
// follows Microsoft's description, and differs from LibreOffice on a few
// dozen of the verification inputs.
//
// # Verification
//
// Every function is checked against the real system on thousands of inputs
// by verify/run.sh, which writes testdata/golden.tsv and testdata/REPORT.md;
// the package's tests require each function to reproduce the golden data.
// The script runs python3, Debian's python3-numpy, node, Java 17,
// gcc/glibc, Go, PostgreSQL 15 (a throwaway cluster on a Unix socket) and
// headless LibreOffice Calc, installing missing Debian packages, over money
// ties, halves, decimal ties at every place, random doubles, exact binary
// ties, magnitudes 1e-8 to 1e20, edge cases, and rounding to tens, hundreds,
// ... (n = -1 to -5, a few down to -20); it also checks
// JavaDoubleToString alone on further doubles (testdata/java_tostring.tsv).
// REPORT.md records the versions and the mismatch counts of the last run.
//
// Unless a function says otherwise, n is the number of places after the
// point, MinPlaces (-20) <= n <= MaxPlaces (100), a negative n rounding to
// tens (-1), hundreds (-2), ...; an n outside that range is clamped into it.
package conventions
