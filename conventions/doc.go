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
// Every function is checked against the real system on thousands of inputs
// by verify/run.sh, which writes testdata/golden.tsv and testdata/REPORT.md;
// the package's tests require each function to reproduce the golden data.
//
// Unless a function says otherwise, n is the number of places after the
// point, 0 <= n <= MaxPlaces; an n outside that range is clamped into it.
package conventions
