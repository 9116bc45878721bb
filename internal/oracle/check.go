package oracle

import "testing"

// CheckCases compares pyround's answer for every case with CPython's:
// answer(args) must return the text the oracle would (see Result). It
// reports the first 20 mismatches, then how many of how many differ, and
// logs the count checked. name prefixes the messages ("round", "eval").
// Python's message for a failed float() of a long value is compared in
// pyround's bounded form (see BoundQuote).
func CheckCases(tb testing.TB, name string, cases []Case, answer func(args []string) string) {
	tb.Helper()
	bad := 0
	for _, c := range cases {
		if got, want := answer(c.Args), BoundQuote(c.Want); got != want {
			if bad++; bad <= 20 {
				tb.Errorf("%s %.200q:\n   got    %.300q\n   Python %.300q", name, c.Args, got, want)
			}
		}
	}
	if bad > 0 {
		tb.Errorf("%s: %d of %d cases differ from Python", name, bad, len(cases))
	}
	tb.Logf("%s: %d cases checked", name, len(cases))
}
