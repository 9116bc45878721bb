package convert

import (
	"sort"
	"strings"
	"sync"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
	xcurrency "golang.org/x/text/currency"
)

// Denomination is one note or coin of a currency.
type Denomination struct {
	Value int64 // face value in minor units (cents): 2000 for a USD 20 note
	Note  bool  // a banknote; false for a coin
}

// Currency is a currency's minor-unit exponent and the denominations used
// to give change, largest first.
type Currency struct {
	Code     string // ISO 4217 code, upper case ("" for a custom set)
	Exponent int    // minor digits (CLDR's): 2 for USD (cents), 0 for JPY, 3 for KWD
	// Denominations are the notes and coins, largest first, values
	// distinct and positive; nil for a currency pyround has no
	// notes-and-coins table for (see ChangeCurrency).
	Denominations []Denomination
}

// denominations is one currency's notes and coins, largest first.
type denominations struct {
	code   string
	values []Denomination
}

// currencies are the built-in notes-and-coins sets, sorted by code: the
// notes and coins that circulate and are used in everyday change.
// Source: the denomination lists published by the issuing authorities
// (US Mint / Federal Reserve, ECB, Bank of England / Royal Mint, Bank of
// Japan, Reserve Bank of India, Swiss National Bank, Bank of Canada,
// Reserve Bank of Australia, People's Bank of China), as of 2024, compiled
// from knowledge of those lists (not re-fetched), in minor units of CLDR's
// digits (CurrencyByCode; a test checks that they are still 2, and 0 for
// JPY). Choices, where legal tender is wider than everyday change:
//
//   - USD: coins 1, 5, 10, 25 cents; notes 1, 5, 10, 20, 50, 100 dollars.
//     The half dollar, the dollar coin and the $2 note are legal tender but
//     rarely given in change, so they are left out (use a custom list).
//   - EUR: coins 1, 2, 5, 10, 20, 50 cent, 1 and 2 euro; notes 5 to 200
//     euro (the 500 euro note is no longer issued since 2019).
//   - GBP: coins 1p to £2; notes £5, £10, £20, £50.
//   - JPY (no minor unit): coins 1, 5, 10, 50, 100, 500 yen; notes 1000,
//     5000, 10000 yen (the 2000 yen note is rarely seen and left out).
//   - INR: coins ₹1, ₹2, ₹5; ₹10 and ₹20 (coins and notes; listed once,
//     as notes); notes ₹50, ₹100, ₹200, ₹500 (₹2000 withdrawn in 2023;
//     the 50 paise coin is left out, so amounts in paise need a rounding
//     mode).
//   - CHF: coins 5, 10, 20, 50 centimes, 1, 2, 5 francs; notes 10, 20,
//     50, 100, 200, 1000 francs (no 1 or 2 centime coins: Swiss cash
//     rounding to 0.05).
//   - CAD: coins 5, 10, 25 cents, $1, $2 (the cent was withdrawn in 2013;
//     the 50 cent coin is rare and left out); notes $5 to $100.
//   - AUD: coins 5, 10, 20, 50 cents, $1, $2 (1 and 2 cent coins withdrawn
//     in 1992); notes $5 to $100.
//   - CNY: 1 jiao (0.10), 5 jiao (0.50) and ¥1 coins; notes ¥5, ¥10, ¥20,
//     ¥50, ¥100 (fen coins are legal tender but out of use).
//
// Every built-in set is canonical (IsCanonical), so change is greedy.
var currencies = []denominations{
	{"AUD", notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5})},
	{"CAD", notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{200, 100, 25, 10, 5})},
	{"CHF", notesCoins([]int64{100000, 20000, 10000, 5000, 2000, 1000}, []int64{500, 200, 100, 50, 20, 10, 5})},
	{"CNY", notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{100, 50, 10})},
	{"EUR", notesCoins([]int64{20000, 10000, 5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5, 2, 1})},
	{"GBP", notesCoins([]int64{5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5, 2, 1})},
	{"INR", notesCoins([]int64{50000, 20000, 10000, 5000, 2000, 1000}, []int64{500, 200, 100})},
	{"JPY", notesCoins([]int64{10000, 5000, 1000}, []int64{500, 100, 50, 10, 5, 1})},
	{"USD", notesCoins([]int64{10000, 5000, 2000, 1000, 500, 100}, []int64{25, 10, 5, 1})},
}

func notesCoins(notes, coins []int64) []Denomination {
	d := make([]Denomination, 0, len(notes)+len(coins))
	for _, v := range notes {
		d = append(d, Denomination{v, true})
	}
	for _, v := range coins {
		d = append(d, Denomination{v, false})
	}
	return d
}

// Codes golang.org/x/text/currency knows that CurrencyByCode refuses.
var (
	// noMinorUnit are the codes ISO 4217 gives no minor unit ("N.A."):
	// precious metals, units of account, the test code and XXX (no
	// currency). CLDR has no digits for them and x/text reports its
	// default of 2, which would be made up.
	noMinorUnit = []string{"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
	// notISO are CLDR codes outside ISO 4217: CNH, the offshore yuan
	// (ISO 4217 has CNY only).
	notISO = []string{"CNH"}
	// newerThanCLDR are ISO 4217 codes introduced after the CLDR release
	// x/text v0.44.0 was generated from, so x/text does not know them.
	newerThanCLDR = []string{"MRU", "SLE", "UYW", "VED", "VES", "XCG", "ZWG"}
)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// currentCodes is the sorted set of codes CurrencyByCode accepts.
var currentCodes = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	var codes []string
	for it := xcurrency.Query(xcurrency.NonTender); it.Next(); {
		c := it.Unit().String()
		if seen[c] || contains(noMinorUnit, c) || contains(notISO, c) {
			continue
		}
		seen[c] = true
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
})

// unit returns the x/text unit of an ISO 4217 code (any case,
// surrounding spaces ignored) in current use, or the ValueError
// CurrencyByCode documents.
func unit(code string) (string, xcurrency.Unit, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	q := pyfmt.QuoteBounded(code)
	codes := currentCodes()
	i := sort.SearchStrings(codes, c)
	if i < len(codes) && codes[i] == c {
		if u, err := xcurrency.ParseISO(c); err == nil { // always: c came from x/text
			return c, u, nil
		}
	}
	switch {
	case contains(noMinorUnit, c):
		return "", xcurrency.Unit{}, pyerr.ValueError("currency " + q + " has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)")
	case contains(notISO, c):
		return "", xcurrency.Unit{}, pyerr.ValueError("currency " + q + " is not an ISO 4217 code")
	case contains(newerThanCLDR, c):
		return "", xcurrency.Unit{}, pyerr.ValueError("currency " + q + " is newer than the CLDR data of golang.org/x/text that pyround uses")
	}
	if _, err := xcurrency.ParseISO(c); err == nil && len(c) == 3 {
		return "", xcurrency.Unit{}, pyerr.ValueError("currency " + q + " is no longer in use (CLDR lists it as historical)")
	}
	return "", xcurrency.Unit{}, pyerr.ValueError("unknown currency " + q + "; want an ISO 4217 code such as USD, EUR or JPY")
}

// CurrencyByCode returns the currency with the ISO 4217 code (any case,
// surrounding spaces ignored): every code in current use that CLDR, as
// golang.org/x/text/currency carries it, knows (CurrencyCodes lists them).
// Exponent is CLDR's standard number of digits, the digits amounts are
// written with, which for some currencies differs from the nominal minor
// unit in the ISO 4217 table (IQD and IDR have 0 in CLDR, 3 and 2 in ISO
// 4217). Denominations are the built-in notes and coins for the codes
// ChangeCurrencyCodes lists, nil for the others; the result is a copy the
// caller may modify.
//
// A code that is not a current ISO 4217 code is a ValueError saying why:
// unknown, no longer in use (DEM), without a minor unit (XAU, XDR, XTS,
// XXX), not ISO 4217 (CNH), or newer than the CLDR data (VES, MRU, SLE,
// ZWG, XCG, VED, UYW).
func CurrencyByCode(code string) (Currency, error) {
	c, u, err := unit(code)
	if err != nil {
		return Currency{}, err
	}
	digits, _ := xcurrency.Standard.Rounding(u) // the increment is 1 for every code (tested)
	cur := Currency{Code: c, Exponent: digits}
	i := sort.Search(len(currencies), func(i int) bool { return currencies[i].code >= c })
	if i < len(currencies) && currencies[i].code == c {
		cur.Denominations = append([]Denomination(nil), currencies[i].values...)
	}
	return cur, nil
}

// CurrencyCodes returns the codes CurrencyByCode accepts, sorted: the
// ISO 4217 codes in current use, legal tender or not (CLF, USN), as the
// CLDR release golang.org/x/text was generated from lists them. That
// release predates some changes: a few codes withdrawn since are still
// listed (HRK, VEF, MRO) and their successors are not (VES, MRU).
func CurrencyCodes() []string {
	return append([]string(nil), currentCodes()...)
}

// ChangeCurrency returns the currency with the code as CurrencyByCode
// does, requiring notes and coins: a current code without a built-in set
// is a ValueError that names the codes with one.
func ChangeCurrency(code string) (Currency, error) {
	cur, err := CurrencyByCode(code)
	if err != nil {
		return Currency{}, err
	}
	if cur.Denominations == nil {
		return Currency{}, errNoNotes(cur.Code)
	}
	return cur, nil
}

func errNoNotes(code string) error {
	return pyerr.ValueError("no notes and coins for " + code + "; pyround has them for " + strings.Join(ChangeCurrencyCodes(), ", "))
}

// ChangeCurrencyCodes returns the codes of the currencies with built-in
// notes and coins, sorted.
func ChangeCurrencyCodes() []string {
	codes := make([]string, len(currencies))
	for i, c := range currencies {
		codes[i] = c.code
	}
	return codes
}

// CashIncrement returns the smallest cash amount of the currency with the
// code (accepted as CurrencyByCode accepts it), CLDR's cash rounding, as
// exact decimal text with the cash digits: "0.05" for CHF and CAD (no 1
// and 2 cent coins), "0.50" for DKK, "1" for SEK, NOK and HUF (whole
// units in cash), "0.01" for USD, "1" for JPY. Where CLDR gives no cash
// rounding it is the standard one (one minor unit). Errors are those of
// CurrencyByCode.
func CashIncrement(code string) (string, error) {
	_, u, err := unit(code)
	if err != nil {
		return "", err
	}
	digits, inc := xcurrency.Cash.Rounding(u)
	return pyfmt.DecimalString(decimal.New(int64(inc), int32(-digits))), nil
}

// Values returns the denominations' values in minor units, in order.
func (c Currency) Values() []int64 {
	v := make([]int64, len(c.Denominations))
	for i, d := range c.Denominations {
		v[i] = d.Value
	}
	return v
}

// Major returns minor units as an amount in major units with the
// currency's exponent: Major(2050) is 20.50 for USD, 2050 for JPY.
func (c Currency) Major(minor int64) decimal.Decimal {
	return decimal.New(minor, int32(-c.Exponent))
}
