package main

import (
	"fmt"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
	"github.com/spf13/cobra"
)

// parseAs reads --as; floatOK says whether the command takes "float".
func parseAs(s string, floatOK bool) (pyops.As, error) {
	as, err := pyops.ParseAs(s)
	switch {
	case err == nil && (floatOK || as != pyops.Float):
		return as, nil
	case floatOK:
		return 0, fmt.Errorf("invalid --as %q: want auto, float or decimal", s)
	}
	return 0, fmt.Errorf("invalid --as %q: want auto or decimal", s)
}

func newRoundCmd() *cobra.Command {
	var nText, modeText, asText, incText, cash string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   "round [-n N] [-m MODE] [--as auto|float|decimal] [--keep-going] [VALUE...]",
		Short: "Round values exactly as Python's round() does, or with any decimal rounding mode",
		Long: `Round each VALUE (or each line of standard input) and print what Python's
print(round(VALUE, N)) shows.

With --as auto (the default) a value is a Python int if int(text) accepts it,
else a float, as if it were written as a literal: round 2.5 prints 2,
round -n 0 2.5 prints 2.0, round -n 2 2.675 prints 2.67 (the float 2.675 is
2.67499999999999982236...), round -n -1 25 prints 20.

-m selects one of the eight modes of Python's decimal module (half-even,
half-up, half-down, up, down, ceiling, floor, 05up); for floats the exact
binary value is rounded, then converted back to the nearest float.

--as decimal reads Decimal(text) and prints
Decimal(text).quantize(Decimal(1).scaleb(-N), rounding=MODE) computed
exactly (no 28-digit context limit): round --as decimal -n 2 2.675 prints
2.68, -n -2 1234 prints 1.2E+3. Without -n it prints
int(Decimal(text).to_integral_value(MODE)).

--increment INC rounds to a multiple of INC instead of to decimal places:
q = the integer nearest to x / INC under MODE, computed on exact values,
and the result is q * INC. A float is rounded on its exact binary value
and printed as the float nearest to the exact decimal q * INC (1.15 to
0.05 is 1.15, never 1.1500000000000001); an int with an integral INC
gives an int (137 to 25 is 125); --as decimal gives Decimal(q) *
Decimal(INC) with INC's exponent (1.30 to 0.50 is 1.50). --cash C takes
INC from the currency's cash rounding in CLDR (CHF and CAD 0.05, DKK
0.50, SEK 1).`,
		Example: `  pyround round -n 2 2.675                           # 2.67
  pyround round 2.5 3.5                              # 2, 4
  pyround round -n 2 -m half-up --as decimal 2.665   # 2.67
  printf '1.005\n2.5\n' | pyround round -n 2         # 1.0, 2.5
  pyround round -n 2 --csv --column price,tax < orders.csv > rounded.csv
  pyround round -n 2 --tsv --column 3 < report.tsv   # 3rd column, no header row
  pyround round -n 2 --jsonl --field amount < events.jsonl
  pyround round -n 2 --csv --delimiter ';' --column Betrag < export.csv
  pyround round -n 2 --jsonl --field order.total,/items/0/price < orders.jsonl
  pyround round -n 2 --jobs 1 --quiet < floats.txt   # one core, no progress bar
  pyround round --increment 0.05 1.025 1.15          # 1.0, 1.15
  pyround round --cash CHF -m half-up --as decimal 1.025   # 1.05`,
		RunE: func(cmd *cobra.Command, args []string) error {
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			if incText != "" || cash != "" {
				o, err := newRoundIncrement(asText, incText, cash, cmd.Flags().Changed("ndigits"), modeText)
				if err != nil {
					return err
				}
				return r.runValues(args, "round", func() valueFunc { c := *o; return c.Append })
			}
			o, err := newRound(asText, nText, cmd.Flags().Changed("ndigits"), modeText)
			if err != nil {
				return err
			}
			return r.runValues(args, "round", func() valueFunc { c := *o; return c.Append })
		},
	}
	f := cmd.Flags()
	f.StringVarP(&nText, "ndigits", "n", "", "round to N decimal places (negative: tens, hundreds, ...); any integer")
	f.StringVarP(&modeText, "mode", "m", "half-even", "rounding mode: half-even, half-up, half-down, up, down, ceiling, floor, 05up")
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float), float or decimal")
	f.StringVar(&incText, "increment", "", "round to a multiple of INC (0.05, 0.50, 25) instead of to -n places")
	f.StringVar(&cash, "cash", "", "round to the cash increment of an ISO 4217 currency (CLDR): CHF 0.05, DKK 0.50, SEK 1")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	addIntoFlag(cmd, &rf)
	return cmd
}

// newRoundIncrement validates the flags of `pyround round --increment`
// (or --cash).
func newRoundIncrement(as, incText, cash string, hasN bool, modeText string) (*pyops.RoundIncrement, error) {
	switch {
	case hasN:
		return nil, usageError("-n rounds to decimal places and --increment or --cash to a multiple: give one")
	case incText != "" && cash != "":
		return nil, usageError("give one of --increment and --cash")
	}
	o := &pyops.RoundIncrement{}
	var err error
	if o.As, err = parseAs(as, true); err != nil {
		return nil, err
	}
	if o.Mode, err = rounding.ParseMode(modeText); err != nil {
		return nil, fmt.Errorf("invalid -m: %s", err.(*pyerr.Error).Msg)
	}
	if cash != "" {
		if incText, err = convert.CashIncrement(cash); err != nil {
			return nil, fmt.Errorf("invalid --cash: %s", err.(*pyerr.Error).Msg)
		}
	}
	if o.Inc, err = rounding.ParseIncrement(incText); err != nil {
		return nil, fmt.Errorf("invalid --increment: %s", err.(*pyerr.Error).Msg)
	}
	return o, nil
}

// newRound validates the flags of `pyround round`.
func newRound(as, n string, hasN bool, modeText string) (*pyops.Round, error) {
	o := &pyops.Round{HasN: hasN}
	var err error
	if o.As, err = parseAs(as, true); err != nil {
		return nil, err
	}
	if o.Mode, err = rounding.ParseMode(modeText); err != nil {
		return nil, fmt.Errorf("invalid -m: %s", err.(*pyerr.Error).Msg)
	}
	if hasN {
		if o.N, err = pyops.ParseNDigits(n); err != nil {
			return nil, fmt.Errorf("invalid -n %q: want an integer", n)
		}
	}
	return o, nil
}
