package convert

import (
	"sort"
	"strings"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/shopspring/decimal"
)

// Denomination is one note or coin of a currency.
type Denomination struct {
	Value int64 // face value in minor units (cents): 2000 for a USD 20 note
	Note  bool  // a banknote; false for a coin
}

// Currency is a currency's minor-unit exponent and the denominations used
// to give change, largest first.
type Currency struct {
	Code          string         // ISO 4217 code, upper case ("" for a custom set)
	Exponent      int            // ISO 4217 minor unit: 2 for USD (cents), 0 for JPY
	Denominations []Denomination // largest first, values distinct and positive
}

// The built-in denomination sets: the notes and coins that circulate and
// are used in everyday change. Source: the denomination lists published by
// the issuing authorities (US Mint / Federal Reserve, ECB, Bank of England /
// Royal Mint, Bank of Japan, Reserve Bank of India, Swiss National Bank,
// Bank of Canada, Reserve Bank of Australia, People's Bank of China), as
// of 2024, compiled from knowledge of those lists (not re-fetched); minor
// units from the ISO 4217 table. Choices, where legal tender is wider than
// everyday change:
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
var currencies = []Currency{
	{"AUD", 2, notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5})},
	{"CAD", 2, notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{200, 100, 25, 10, 5})},
	{"CHF", 2, notesCoins([]int64{100000, 20000, 10000, 5000, 2000, 1000}, []int64{500, 200, 100, 50, 20, 10, 5})},
	{"CNY", 2, notesCoins([]int64{10000, 5000, 2000, 1000, 500}, []int64{100, 50, 10})},
	{"EUR", 2, notesCoins([]int64{20000, 10000, 5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5, 2, 1})},
	{"GBP", 2, notesCoins([]int64{5000, 2000, 1000, 500}, []int64{200, 100, 50, 20, 10, 5, 2, 1})},
	{"INR", 2, notesCoins([]int64{50000, 20000, 10000, 5000, 2000, 1000}, []int64{500, 200, 100})},
	{"JPY", 0, notesCoins([]int64{10000, 5000, 1000}, []int64{500, 100, 50, 10, 5, 1})},
	{"USD", 2, notesCoins([]int64{10000, 5000, 2000, 1000, 500, 100}, []int64{25, 10, 5, 1})},
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

// CurrencyByCode returns the built-in currency with the ISO 4217 code
// (any case, surrounding spaces ignored). The result is a copy the caller
// may modify. An unknown code is a ValueError that lists the known ones.
func CurrencyByCode(code string) (Currency, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	i := sort.Search(len(currencies), func(i int) bool { return currencies[i].Code >= c })
	if i < len(currencies) && currencies[i].Code == c {
		cur := currencies[i]
		cur.Denominations = append([]Denomination(nil), cur.Denominations...)
		return cur, nil
	}
	return Currency{}, pyerr.ValueError("unknown currency " + pyfmt.QuoteBounded(code) + "; known: " + strings.Join(CurrencyCodes(), ", "))
}

// CurrencyCodes returns the codes of the built-in currencies, sorted.
func CurrencyCodes() []string {
	codes := make([]string, len(currencies))
	for i, c := range currencies {
		codes[i] = c.Code
	}
	return codes
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
