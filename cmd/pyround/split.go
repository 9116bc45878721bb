package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"
)

// splitJSON is the --json output of `pyround split`.
type splitJSON struct {
	Amount   string   `json:"amount"`
	Currency string   `json:"currency,omitempty"`
	Ratios   []string `json:"ratios,omitempty"`
	Parts    []string `json:"parts"`
	Total    string   `json:"total"`
}

func newSplitCmd() *cobra.Command {
	var partsText, ratiosText, currency, cash, incText string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "split AMOUNT (--parts K | --ratios 70,20,10) [--currency C | --cash C | --increment INC] [--json]",
		Short: "Split an amount into parts that sum exactly, never losing a cent",
		Long: `Split AMOUNT into K parts that differ by at most one minor unit
(100.00 in 3 is 33.34, 33.33, 33.33: q, r = divmod(cents, K) and the first r
parts get one more), or allocate it by --ratios with the largest-remainder
method (each part is its exact share rounded down, and the cents left over
go to the largest remainders, the earlier part first on a tie). The parts
always sum exactly to AMOUNT; negative amounts follow Python's floor rule.

The minor unit is that of --currency, any current ISO 4217 code with the
digits CLDR gives it (EUR has 2, JPY none, KWD 3, CLF 4), else the decimal
places of AMOUNT as written (100 splits into whole units, 100.00 into cents).

--increment INC makes every part a multiple of INC (0.05, 0.50, 25), the
parts differing by at most INC: 10.00 in 3 at 0.05 is 3.35, 3.35, 3.30.
--cash C takes INC from the currency's cash rounding in CLDR (CHF and CAD
0.05, DKK 0.50, SEK 1). AMOUNT must then be a multiple of INC, since parts
that are multiples of INC cannot sum to anything else: round it first
(pyround round --increment INC, or --cash C).`,
		Example: `  pyround split 100.00 --parts 3
  pyround split 100 --ratios 70,20,10 --currency EUR
  pyround split 100 --parts 3 --currency KWD
  pyround split 10.00 --parts 3 --cash CHF     # 3.35 3.35 3.30
  pyround split 0.05 --ratios 1,1 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (partsText == "") == (ratiosText == "") {
				return fmt.Errorf("give exactly one of --parts K and --ratios LIST")
			}
			n := 0
			for _, v := range []string{currency, cash, incText} {
				if v != "" {
					n++
				}
			}
			if n > 1 {
				return fmt.Errorf("give at most one of --currency, --cash and --increment")
			}
			var inc decimal.Decimal
			if cash != "" {
				text, err := convert.CashIncrement(cash)
				if err != nil {
					return fmt.Errorf("invalid --cash: %s", err.(*pyerr.Error).Msg)
				}
				currency, incText = cash, text
			}
			if incText != "" {
				var err error
				if inc, err = pyops.ParseAmount(incText); err != nil || inc.Sign() <= 0 {
					return fmt.Errorf("invalid --increment %q: want a positive number", incText)
				}
			}
			var cur convert.Currency
			if currency != "" {
				var err error
				if cur, err = convert.CurrencyByCode(currency); err != nil {
					return fmt.Errorf("invalid --currency: %s", err.(*pyerr.Error).Msg)
				}
			}
			var k int
			var ratios []decimal.Decimal
			if partsText != "" {
				n, err := strconv.Atoi(strings.TrimSpace(partsText))
				if err != nil {
					return fmt.Errorf("invalid --parts %q: want an integer", partsText)
				}
				k = n
			} else {
				for _, f := range strings.Split(ratiosText, ",") {
					d, err := pyops.ParseAmount(strings.TrimSpace(f))
					if err != nil {
						return fmt.Errorf("invalid --ratios %q: want numbers separated by commas", ratiosText)
					}
					ratios = append(ratios, d)
				}
			}
			amount, err := pyops.ParseAmount(args[0])
			if err != nil {
				return valueError(cmd, err)
			}
			exp := cur.Exponent
			if currency == "" {
				exp = max(0, -int(amount.Exponent()))
				if exp > convert.MaxExponent {
					exp = convert.MaxExponent // Split reports the places it cannot keep
				}
			}
			var parts []decimal.Decimal
			switch {
			case incText != "" && ratios == nil:
				parts, err = convert.SplitIncrement(amount, k, inc)
			case incText != "":
				parts, err = convert.AllocateIncrement(amount, ratios, inc)
			case ratios == nil:
				parts, err = convert.Split(amount, k, exp)
			default:
				parts, err = convert.Allocate(amount, ratios, exp)
			}
			if err != nil {
				return valueError(cmd, err)
			}
			return writeSplit(cmd.OutOrStdout(), amount, cur.Code, ratios, parts, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&partsText, "parts", "", "number of equal parts (1 to 1000000)")
	f.StringVar(&ratiosText, "ratios", "", "allocate by these ratios, comma-separated (70,20,10 or 0.5,0.25,0.25)")
	f.StringVar(&currency, "currency", "", "ISO 4217 code whose minor unit (CLDR's digits) to use: USD, EUR, JPY, KWD, ...")
	f.StringVar(&cash, "cash", "", "ISO 4217 code whose cash rounding (CLDR) the parts are multiples of: CHF 0.05, DKK 0.50, SEK 1")
	f.StringVar(&incText, "increment", "", "make every part a multiple of INC (0.05, 0.50, 25)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func writeSplit(w io.Writer, amount decimal.Decimal, code string, ratios, parts []decimal.Decimal, asJSON bool) error {
	out := splitJSON{Amount: pyfmt.DecimalString(amount), Currency: code, Parts: make([]string, len(parts))}
	for i, p := range parts {
		out.Parts[i] = pyfmt.DecimalString(p)
	}
	out.Total = pyfmt.DecimalString(decimal.Sum(decimal.Zero, parts...))
	for _, r := range ratios {
		out.Ratios = append(out.Ratios, pyfmt.DecimalString(r))
	}
	if asJSON {
		return writeJSON(w, out, false)
	}
	var rows [][]string
	if ratios != nil {
		rows = append(rows, []string{"part", "ratio", "amount"})
		for i, p := range out.Parts {
			rows = append(rows, []string{strconv.Itoa(i + 1), out.Ratios[i], p})
		}
		rows = append(rows, []string{"total", pyfmt.DecimalString(decimal.Sum(decimal.Zero, ratios...)), out.Total})
	} else {
		rows = append(rows, []string{"part", "amount"})
		for i, p := range out.Parts {
			rows = append(rows, []string{strconv.Itoa(i + 1), p})
		}
		rows = append(rows, []string{"total", out.Total})
	}
	return writeNumberTable(w, rows)
}
