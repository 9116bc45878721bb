package fuzz

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// FuzzRoundOpOracle checks pyops.Round, the operation every surface calls
// (`pyround round --as auto|float|decimal [-n N] -m MODE TEXT`), against
// CPython on any text, ndigits (or none) and mode: the literal rule, the
// text fast path, the int, float and Decimal paths and their errors. No
// panic, bounded time, and Python's text or Python's exception.
func FuzzRoundOpOracle(f *testing.F) {
	for _, s := range []struct {
		text string
		n    int
	}{{"2.675", 2}, {"1.005", 2}, {"-0.001", 2}, {"0.125", 2}, {"25", -1}, {"-35", -1}, {"2.5", 0},
		{"1e400", 2}, {"nan", 1}, {"-inf", 0}, {"1_000.5", 0}, {" 7 ", -1}, {"١٢٫٥", 0}, {"0x10", 0},
		{"9223372036854775807", -1}, {"1" + strings.Repeat("0", 30), -20}, {"5e-324", 323}, {"1.6e308", -308},
		{"999999999999999.9", 0}, {"123456789.123456789", 8}, {"sNaN", 2}, {"1E+999999", -2}, {"abc", 2}, {"", 0}} {
		for sel := uint8(0); sel < 24; sel += 5 {
			f.Add(s.text, s.n, sel)
		}
	}
	f.Fuzz(func(t *testing.T, text string, n int, sel uint8) {
		if len(text) > 400 || strings.ContainsAny(text, "\t\n") {
			return // the oracle's protocol cannot carry TAB or newline
		}
		as := [3]string{"auto", "float", "decimal"}[int(sel)%3]
		nText := strconv.Itoa(n)
		if sel&0x80 != 0 {
			nText = "" // round(x)
		}
		args := []string{as, text, nText, mode(sel >> 2).String()}
		var got string
		bounded(t, 5*time.Second, "Round("+strings.Join(args, ", ")+")", func() { got = evalOp(t, "round", args) })
		differ(t, "round", args, got)
	})
}
