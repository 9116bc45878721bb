package main

import (
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// parseAs reads --as; floatOK says whether the command takes "float".
// pyops.Spec validates it, as it does for the operations.
func parseAs(s string, floatOK bool) (pyops.As, error) {
	op := "round"
	if !floatOK {
		op = "format"
	}
	if _, err := (pyops.Spec{Op: op, As: s}).BuildGiven(func(o string) bool { return o == "as" }); err != nil {
		return 0, err
	}
	return pyops.ParseAs(s)
}

// flagsGiven reports whether the flag of a Spec option was given, so that
// an empty flag is invalid rather than the Spec's default.
func flagsGiven(cmd *cobra.Command) func(option string) bool {
	return func(option string) bool {
		if option == "n" {
			option = "ndigits"
		}
		return cmd.Flags().Changed(option)
	}
}

// specValues validates spec, an operation on one value, where cmd starts,
// and returns what builds it again for each worker (an operation has
// scratch space).
func specValues(cmd *cobra.Command, spec pyops.Spec) (func() valueFunc, error) {
	given := flagsGiven(cmd)
	if _, err := spec.BuildGiven(given); err != nil {
		return nil, err
	}
	return func() valueFunc { op, _ := spec.BuildGiven(given); return op.Value }, nil
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
			newOp, err := specValues(cmd, pyops.Spec{Op: "round", As: asText, N: nText, Mode: modeText, Increment: incText, Cash: cash})
			if err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args, "round", newOp)
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

// newRound builds round's operation from its flags' texts through
// pyops.Spec, as the command does (the oracle tests' entry point).
func newRound(as, n string, hasN bool, modeText string) (valueFunc, error) {
	if !hasN {
		n = ""
	}
	op, err := pyops.Spec{Op: "round", As: as, N: n, Mode: modeText}.BuildGiven(func(o string) bool { return o != "n" || hasN })
	return op.Value, err
}
