package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"
)

// parseCoins reads --coins: decimal face values separated by commas
// ("1,3,4" or "0.25,0.10,0.05,0.01"). The minor unit is the finest
// decimal place among them.
func parseCoins(list string) (convert.Currency, error) {
	fields := strings.Split(list, ",")
	vals := make([]decimal.Decimal, len(fields))
	exp := 0
	for i, f := range fields {
		d, err := pyops.ParseAmount(strings.TrimSpace(f))
		if err != nil || d.Sign() <= 0 {
			return convert.Currency{}, fmt.Errorf("invalid --coins %q: want positive values separated by commas", list)
		}
		vals[i] = d
		if e := -int(d.Exponent()); e > exp {
			exp = e
		}
	}
	if exp > convert.MaxExponent {
		return convert.Currency{}, fmt.Errorf("invalid --coins %q: more than %d decimal places", list, convert.MaxExponent)
	}
	c := convert.Currency{Exponent: exp}
	for _, d := range vals {
		m := d.Shift(int32(exp))
		if !m.IsInteger() || m.GreaterThan(decimal.New(convert.MaxDenomination, 0)) {
			return convert.Currency{}, fmt.Errorf("invalid --coins %q: %s is too large", list, d)
		}
		c.Denominations = append(c.Denominations, convert.Denomination{Value: m.IntPart()})
	}
	return c, nil
}

// parseStock reads --stock for the currency's denominations: either
// VALUE=COUNT pairs ("20=2,0.10=0"; denominations not named are
// unlimited) or one count per denomination in the listed order ("2,0,5";
// "*" for unlimited).
func parseStock(list string, c convert.Currency) ([]int64, error) {
	fields := strings.Split(list, ",")
	stock := make([]int64, len(c.Denominations))
	bad := func(why string) error { return fmt.Errorf("invalid --stock %q: %s", list, why) }
	count := func(s string) (int64, error) {
		s = strings.TrimSpace(s)
		if s == "*" {
			return convert.Unlimited, nil
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 {
			return 0, bad("counts are integers >= 0 or *")
		}
		return n, nil
	}
	if !strings.Contains(list, "=") {
		if len(fields) != len(stock) {
			return nil, bad(fmt.Sprintf("%d counts for %d denominations (%s)", len(fields), len(stock), denomList(c)))
		}
		for i, f := range fields {
			n, err := count(f)
			if err != nil {
				return nil, err
			}
			stock[i] = n
		}
		return stock, nil
	}
	for i := range stock {
		stock[i] = convert.Unlimited
	}
	for _, f := range fields {
		v, n, ok := strings.Cut(f, "=")
		if !ok {
			return nil, bad("want VALUE=COUNT pairs or one count per denomination")
		}
		d, err := pyops.ParseAmount(strings.TrimSpace(v))
		if err != nil {
			return nil, bad(fmt.Sprintf("%q is not a value", v))
		}
		k := -1
		for i, den := range c.Denominations {
			if c.Major(den.Value).Equal(d) {
				k = i
			}
		}
		if k < 0 {
			return nil, bad(fmt.Sprintf("%s is not one of the denominations (%s)", strings.TrimSpace(v), denomList(c)))
		}
		if stock[k], err = count(n); err != nil {
			return nil, err
		}
	}
	return stock, nil
}

// largestFirst sorts a --coins set, and its stock if any, largest
// denomination first, as the built-in currencies are (convert.Currency's
// order), so the table reads the same whatever order the coins were typed
// in. It runs after parseStock, whose positional counts follow the typed
// order.
func largestFirst(c convert.Currency, stock []int64) {
	type pair struct {
		d convert.Denomination
		n int64
	}
	ps := make([]pair, len(c.Denominations))
	for i, d := range c.Denominations {
		ps[i].d = d
		if stock != nil {
			ps[i].n = stock[i]
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].d.Value > ps[j].d.Value })
	for i, p := range ps {
		c.Denominations[i] = p.d
		if stock != nil {
			stock[i] = p.n
		}
	}
}

func denomList(c convert.Currency) string {
	s := make([]string, len(c.Denominations))
	for i, d := range c.Denominations {
		s[i] = pyfmt.DecimalString(c.Major(d.Value))
	}
	return strings.Join(s, ",")
}

// changeJSON is the --json output of `pyround change`.
type changeJSON struct {
	Amount   string      `json:"amount"`
	Total    string      `json:"total"`
	Currency string      `json:"currency,omitempty"`
	Rounded  bool        `json:"rounded"`
	Method   string      `json:"method"`
	Pieces   []pieceJSON `json:"pieces"`
	Count    json.Number `json:"count"`
}

type pieceJSON struct {
	Value    string      `json:"value"`
	Kind     string      `json:"kind"`
	Count    json.Number `json:"count"`
	Subtotal string      `json:"subtotal"`
}

func newChangeCmd() *cobra.Command {
	var currency, coins, stockText, modeText string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "change AMOUNT (--currency C | --coins LIST) [--stock LIST] [--round MODE] [--json]",
		Short: "Break an amount into notes and coins: fewest pieces, exact",
		Long: `Break AMOUNT into the notes and coins of a currency (--currency USD, EUR,
GBP, JPY, INR, CHF, CAD, AUD, CNY: the ones pyround has notes and coins
for; the minor unit is CLDR's, and another ISO 4217 code is an error that
names these) or of a custom list (--coins 1,3,4 or --coins
0.25,0.10,0.05,0.01). The pieces always sum exactly to the amount
and are the fewest possible: greedy when the system is canonical, else an
exact search ({1,3,4} makes 6 as 3+3).

--stock limits what the drawer holds: VALUE=COUNT pairs (20=2,0.10=0;
unnamed denominations are unlimited) or one count per denomination in the
order listed (* for unlimited). An amount the stock cannot make is an error.

An amount finer than the smallest piece (0.03 CHF, whose smallest coin is
0.05) is an error unless --round names a rounding mode (half-even, half-up,
... as in pyround round), which rounds it to a multiple of that piece:
cash rounding, as 'pyround round --cash CHF' does, since the smallest coin
is never finer than CLDR's cash step (CHF and CAD 0.05; AUD's 0.05 coin is
coarser than CLDR's 0.01). Negative amounts are an error.`,
		Example: `  pyround change 87.35 --currency USD
  pyround change 6 --coins 1,3,4
  pyround change 12.33 --currency CHF --round half-up
  pyround change 0.30 --coins 0.25,0.10,0.05 --stock 0.25=1,0.05=0 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var cur convert.Currency
			var err error
			switch {
			case currency != "" && coins != "":
				return fmt.Errorf("give --currency or --coins, not both")
			case currency != "":
				if cur, err = convert.ChangeCurrency(currency); err != nil {
					return fmt.Errorf("invalid --currency: %s", err.(*pyerr.Error).Msg)
				}
			case coins != "":
				if cur, err = parseCoins(coins); err != nil {
					return err
				}
			default:
				return fmt.Errorf("give --currency C or --coins LIST")
			}
			opt := &convert.ChangeOptions{}
			if stockText != "" {
				if opt.Stock, err = parseStock(stockText, cur); err != nil {
					return err
				}
			}
			if coins != "" {
				largestFirst(cur, opt.Stock)
			}
			if modeText != "" {
				if opt.Mode, err = rounding.ParseMode(modeText); err != nil {
					return fmt.Errorf("invalid --round: %s", err.(*pyerr.Error).Msg)
				}
				opt.Round = true
			}
			amount, err := pyops.ParseAmount(args[0])
			if err != nil {
				return valueError(cmd, err)
			}
			res, err := convert.MakeChange(amount, cur, opt)
			if err != nil {
				return valueError(cmd, err)
			}
			return writeChange(cmd.OutOrStdout(), amount, cur, res, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&currency, "currency", "", "ISO 4217 code of a currency with built-in notes and coins: "+strings.Join(convert.ChangeCurrencyCodes(), ", "))
	f.StringVar(&coins, "coins", "", "custom denominations, comma-separated (1,3,4 or 0.25,0.10,0.05,0.01)")
	f.StringVar(&stockText, "stock", "", "pieces available: VALUE=COUNT,... or one count per denomination (* = unlimited)")
	f.StringVar(&modeText, "round", "", "round an amount finer than the smallest piece with this mode (half-even, half-up, ...)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func writeChange(w io.Writer, amount decimal.Decimal, cur convert.Currency, res *convert.Change, asJSON bool) error {
	out := changeJSON{Amount: pyfmt.DecimalString(amount), Total: pyfmt.DecimalString(res.Amount),
		Currency: cur.Code, Rounded: res.Rounded, Method: "optimal", Pieces: []pieceJSON{}}
	if res.Greedy {
		out.Method = "greedy"
	}
	for _, p := range res.Pieces {
		if p.Count == 0 {
			continue
		}
		kind := "coin"
		if p.Note {
			kind = "note"
		}
		out.Pieces = append(out.Pieces, pieceJSON{Value: pyfmt.DecimalString(cur.Major(p.Value)), Kind: kind,
			Count: json.Number(strconv.FormatInt(p.Count, 10)), Subtotal: pyfmt.DecimalString(res.Subtotal(p))})
	}
	out.Count = json.Number(res.Count().String())
	if asJSON {
		return writeJSON(w, out, false)
	}
	if res.Rounded {
		fmt.Fprintf(w, "%s rounded to %s\n", out.Amount, out.Total)
	}
	rows := [][]string{{"value", "kind", "count", "subtotal"}}
	for _, p := range out.Pieces {
		rows = append(rows, []string{p.Value, p.Kind, p.Count.String(), p.Subtotal})
	}
	rows = append(rows, []string{"total", "", out.Count.String(), out.Total})
	return writeNumberTable(w, rows)
}
