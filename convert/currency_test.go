package convert_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// TestCurrencyCLDR pins the digits and cash increments pyround takes from
// golang.org/x/text/currency (CLDR) for the currencies that matter most:
// the values are what x/text v0.44.0 reports, printed and copied, not
// recalled. Where CLDR's digits differ from the nominal ISO 4217 minor
// unit (IQD, IDR) pyround follows CLDR.
func TestCurrencyCLDR(t *testing.T) {
	for _, tc := range []struct {
		code  string
		exp   int
		cash  string
		notes bool
	}{
		{"USD", 2, "0.01", true},
		{"EUR", 2, "0.01", true},
		{"GBP", 2, "0.01", true},
		{"JPY", 0, "1", true},
		{"INR", 2, "0.01", true},
		{"CHF", 2, "0.05", true},
		{"CAD", 2, "0.05", true},
		{"AUD", 2, "0.01", true}, // CLDR has no cash rounding for AUD
		{"CNY", 2, "0.01", true},
		{"KWD", 3, "0.001", false},
		{"BHD", 3, "0.001", false},
		{"JOD", 3, "0.001", false},
		{"OMR", 3, "0.001", false},
		{"TND", 3, "0.001", false},
		{"LYD", 3, "0.001", false},
		{"CLF", 4, "0.0001", false},
		{"DKK", 2, "0.50", false},
		{"SEK", 2, "1", false},
		{"NOK", 2, "1", false},
		{"HUF", 2, "1", false},
		{"CZK", 2, "1", false},
		{"TWD", 2, "1", false},
		{"CRC", 2, "1", false},
		{"ISK", 0, "1", false},
		{"KRW", 0, "1", false},
		{"IQD", 0, "1", false}, // ISO 4217: 3
		{"IDR", 0, "1", false}, // ISO 4217: 2
		{"UYI", 0, "1", false},
		{"USN", 2, "0.01", false},
		{"XAF", 0, "1", false},
		{"XCD", 2, "0.01", false},
		{" kwd ", 3, "0.001", false},
		{"Chf", 2, "0.05", true},
	} {
		cur, err := convert.CurrencyByCode(tc.code)
		if err != nil {
			t.Errorf("CurrencyByCode(%q): %v", tc.code, err)
			continue
		}
		if want := strings.ToUpper(strings.TrimSpace(tc.code)); cur.Code != want || cur.Exponent != tc.exp || (cur.Denominations != nil) != tc.notes {
			t.Errorf("CurrencyByCode(%q) = %s %d, %d denominations; want %s %d, notes %v", tc.code, cur.Code, cur.Exponent, len(cur.Denominations), want, tc.exp, tc.notes)
		}
		if cash, err := convert.CashIncrement(tc.code); err != nil || cash != tc.cash {
			t.Errorf("CashIncrement(%q) = %q, %v; want %q", tc.code, cash, err, tc.cash)
		}
		_, err = convert.ChangeCurrency(tc.code)
		if tc.notes != (err == nil) {
			t.Errorf("ChangeCurrency(%q): %v; want notes %v", tc.code, err, tc.notes)
		}
	}
}

// TestCurrencyErrors covers the codes pyround refuses and why.
func TestCurrencyErrors(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"", "ValueError: unknown currency ''; want an ISO 4217 code such as USD, EUR or JPY"},
		{"US", "ValueError: unknown currency 'US'; want an ISO 4217 code such as USD, EUR or JPY"},
		{"USDX", "ValueError: unknown currency 'USDX'; want an ISO 4217 code such as USD, EUR or JPY"},
		{"QQQ", "ValueError: unknown currency 'QQQ'; want an ISO 4217 code such as USD, EUR or JPY"},
		{"12€", "ValueError: unknown currency '12€'; want an ISO 4217 code such as USD, EUR or JPY"},
		{"DEM", "ValueError: currency 'DEM' is no longer in use (CLDR lists it as historical)"},
		{"XAU", "ValueError: currency 'XAU' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)"},
		{"xxx", "ValueError: currency 'xxx' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)"},
		{"XTS", "ValueError: currency 'XTS' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)"},
		{"XDR", "ValueError: currency 'XDR' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)"},
		{"CNH", "ValueError: currency 'CNH' is not an ISO 4217 code"},
		{"VES", "ValueError: currency 'VES' is newer than the CLDR data of golang.org/x/text that pyround uses"},
	} {
		_, err := convert.CurrencyByCode(tc.code)
		if err == nil || err.Error() != tc.want {
			t.Errorf("CurrencyByCode(%q): %v; want %s", tc.code, err, tc.want)
		}
		if _, err2 := convert.CashIncrement(tc.code); err2 == nil || err2.Error() != tc.want {
			t.Errorf("CashIncrement(%q): %v; want %s", tc.code, err2, tc.want)
		}
	}
	const noNotes = "ValueError: no notes and coins for KWD; pyround has them for AUD, CAD, CHF, CNY, EUR, GBP, INR, JPY, USD"
	if _, err := convert.ChangeCurrency("kwd"); err == nil || err.Error() != noNotes {
		t.Errorf("ChangeCurrency(kwd): %v; want %s", err, noNotes)
	}
	kwd, _ := convert.CurrencyByCode("KWD")
	if _, err := convert.MakeChange(kwd.Major(1000), kwd, nil); err == nil || err.Error() != noNotes {
		t.Errorf("MakeChange(1.000 KWD): %v; want %s", err, noNotes)
	}
}

// TestCurrencyCodes checks every listed code: accepted, CLDR's standard
// rounding in whole minor units, a cash increment, sorted and unique; and
// the codes with notes and coins are among them.
func TestCurrencyCodes(t *testing.T) {
	codes := convert.CurrencyCodes()
	if len(codes) < 150 || !sort.StringsAreSorted(codes) {
		t.Fatalf("CurrencyCodes: %d codes, sorted %v", len(codes), sort.StringsAreSorted(codes))
	}
	for i, c := range codes {
		if i > 0 && codes[i-1] == c {
			t.Errorf("CurrencyCodes: %s twice", c)
		}
		cur, err := convert.CurrencyByCode(c)
		if err != nil || cur.Code != c || cur.Exponent < 0 || cur.Exponent > convert.MaxExponent {
			t.Errorf("CurrencyByCode(%s) = %+v, %v", c, cur, err)
		}
		if _, inc := currency.Standard.Rounding(currency.MustParseISO(c)); inc != 1 {
			t.Errorf("%s: CLDR's standard increment is %d, not one minor unit", c, inc)
		}
		if _, err := convert.CashIncrement(c); err != nil {
			t.Errorf("CashIncrement(%s): %v", c, err)
		}
	}
	for _, c := range convert.ChangeCurrencyCodes() {
		if i := sort.SearchStrings(codes, c); i == len(codes) || codes[i] != c {
			t.Errorf("%s has notes and coins but is not in CurrencyCodes", c)
		}
		if _, err := convert.ChangeCurrency(c); err != nil {
			t.Errorf("ChangeCurrency(%s): %v", c, err)
		}
	}
}

// TestCurrencyXText pins what golang.org/x/text/currency says about the
// codes CurrencyByCode refuses, so that a newer x/text that changes it
// shows up here: the ISO 4217 codes without a minor unit get CLDR's
// default of 2 digits (made up, so refused), and the codes introduced
// after its CLDR release are unknown to it.
func TestCurrencyXText(t *testing.T) {
	for _, c := range []string{"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"} {
		u, err := currency.ParseISO(c)
		if err != nil {
			t.Errorf("x/text does not know %s: %v", c, err)
			continue
		}
		if s, i := currency.Standard.Rounding(u); s != 2 || i != 1 {
			t.Errorf("x/text gives %s (%d, %d); want its default (2, 1)", c, s, i)
		}
		if _, err := convert.CurrencyByCode(c); err == nil || !strings.Contains(err.Error(), "has no minor unit") {
			t.Errorf("CurrencyByCode(%s): %v; want no minor unit", c, err)
		}
	}
	for _, c := range []string{"MRU", "SLE", "UYW", "VED", "VES", "XCG", "ZWG"} {
		if _, err := currency.ParseISO(c); err == nil {
			t.Errorf("x/text now knows %s: drop it from convert's newerThanCLDR", c)
		}
		if _, err := convert.CurrencyByCode(c); err == nil || !strings.Contains(err.Error(), "newer than the CLDR data") {
			t.Errorf("CurrencyByCode(%s): %v; want newer than the CLDR data", c, err)
		}
	}
}

// Change works in a currency's notes and coins, so pyround change has no
// --cash flag: --round MODE rounds to the smallest piece. That piece is
// never finer than CLDR's cash rounding (CashIncrement): CHF and CAD's
// 0.05 coin is exactly it, and AUD's and INR's coins are coarser than
// CLDR's 0.01, as the coins in circulation are.
func TestChangeSmallestPieceIsCash(t *testing.T) {
	for _, code := range convert.ChangeCurrencyCodes() {
		cur, err := convert.ChangeCurrency(code)
		if err != nil {
			t.Fatal(err)
		}
		smallest := cur.Major(cur.Denominations[len(cur.Denominations)-1].Value)
		cash, err := convert.CashIncrement(code)
		if err != nil {
			t.Fatal(err)
		}
		if !smallest.Mod(decimal.RequireFromString(cash)).IsZero() {
			t.Errorf("%s: smallest piece %s is not a multiple of CLDR's cash increment %s", code, smallest, cash)
		}
	}
}
