package main

import (
	"fmt"

	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/workbench"
	"github.com/spf13/cobra"
)

// modesJSON is the --json output of `pyround modes`, built by package
// workbench so that the web workbench's /api/modes prints the same bytes.
type modesJSON = workbench.ModesTable

func newModesCmd() *cobra.Command {
	var n int
	var asText string
	var displayed, oldDecimal, asJSON bool
	cmd := &cobra.Command{
		Use:   "modes VALUE... [-n N] [--as float|auto|decimal] [--displayed] [--json]",
		Short: "Round values under all eight rounding modes, as a table",
		Long: `Round each VALUE to N decimal places (default 0; negative: tens,
hundreds, ...) under each of the eight rounding modes of Python's decimal
module and print a table, one row per value.

By default the mode is applied to the exact binary value of the float, as
float(Decimal(x).quantize(..., rounding=MODE)) computes it (HALF_EVEN is
Python's round()); with --displayed it is applied to the value as displayed,
the shortest repr ("2.675" rather than 2.67499999999999982...).

--as says how each VALUE is read, as in pyround round, except that the
default is float (modes has always read floats):
  float    float(VALUE), as above: "3" is the float 3.0;
  auto     an int if int(VALUE) accepts it, else a float: an int is rounded
           exactly, as round(int(VALUE), N) is under each mode (-n -1 25
           gives 20 under HALF_EVEN, 30 under HALF_UP), and is unchanged
           for N >= 0;
  decimal  decimal.Decimal(VALUE), exactly as written: the table shows
           str() of Decimal(VALUE).quantize(...) in each mode ("2.50",
           "-0.00"). --displayed has no meaning for it.`,
		Example: `  pyround modes 2.5 3.5 4.5 5.5 -2.5
  pyround modes 2.675 1.005 -n 2 --displayed
  pyround modes 0.125 --json -n 2
  pyround modes 0.125 0.135 -n 2 --as decimal
  pyround modes 25 35 2.5 -n -1 --as auto`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := parseAs(asText, true)
			if err != nil {
				return err
			}
			if oldDecimal {
				fmt.Fprintln(cmd.ErrOrStderr(), "pyround: --decimal is deprecated; use --as decimal")
				if cmd.Flags().Changed("as") && kind != pyops.Decimal {
					return fmt.Errorf("give at most one of --decimal and --as %s", asText)
				}
				kind = pyops.Decimal
			}
			if displayed && kind == pyops.Decimal {
				if oldDecimal {
					return fmt.Errorf("give at most one of --displayed and --decimal")
				}
				return fmt.Errorf("give at most one of --displayed and --as decimal")
			}
			out, i, err := workbench.ModesTableOf(args, kind, n, displayed)
			if err != nil {
				return argumentError(cmd, i, err)
			}
			w := cmd.OutOrStdout()
			if asJSON {
				b, err := workbench.IndentJSON(out)
				if err != nil {
					return err
				}
				return writeBytes(w, b)
			}
			header := append([]string{"value"}, out.Modes...)
			rows := make([][]string, len(out.Rows))
			for i, r := range out.Rows {
				rows[i] = append([]string{r.Input}, r.Results...)
			}
			return writeTable(w, header, rows, nil, colourFor(w))
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "ndigits", "n", 0, "round to N decimal places (negative: tens, hundreds, ...)")
	f.BoolVar(&displayed, "displayed", false, "round the value as displayed (shortest repr) instead of the exact binary value")
	f.StringVar(&asText, "as", "float", "read each VALUE as float, auto (int if int() accepts it, else float) or decimal (exactly as written)")
	// --decimal is the old spelling of --as decimal, kept for one release:
	// hidden, and noted on standard error when used. (pflag's
	// MarkDeprecated would print its note into cobra's flag-error buffer,
	// which nothing shows.)
	f.BoolVar(&oldDecimal, "decimal", false, "deprecated: use --as decimal")
	f.MarkHidden("decimal")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}
