package main

import (
	"fmt"
	"strings"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/pyround/pyround/workbench"
	"github.com/spf13/cobra"
)

// modesJSON is the --json output of `pyround modes`.
type modesJSON struct {
	N         int                  `json:"n"`
	Displayed bool                 `json:"displayed"`
	Decimal   bool                 `json:"decimal"`
	Modes     []string             `json:"modes"`
	Rows      []workbench.ModesRow `json:"rows"`
}

func newModesCmd() *cobra.Command {
	var n int
	var displayed, asDecimal, asJSON bool
	cmd := &cobra.Command{
		Use:   "modes VALUE... [-n N] [--displayed] [--json]",
		Short: "Round values under all eight rounding modes, as a table",
		Long: `Round each VALUE to N decimal places (default 0; negative: tens,
hundreds, ...) under each of the eight rounding modes of Python's decimal
module and print a table, one row per value.

By default the mode is applied to the exact binary value of the float, as
float(Decimal(x).quantize(..., rounding=MODE)) computes it (HALF_EVEN is
Python's round()); with --displayed it is applied to the value as displayed,
the shortest repr ("2.675" rather than 2.67499999999999982...). With
--decimal each VALUE is a decimal.Decimal, exactly as written, and the table
shows str() of Decimal(VALUE).quantize(...) in each mode ("2.50", "-0.00").`,
		Example: `  pyround modes 2.5 3.5 4.5 5.5 -2.5
  pyround modes 2.675 1.005 -n 2 --displayed
  pyround modes 0.125 --json -n 2
  pyround modes 0.125 0.135 -n 2 --decimal`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if displayed && asDecimal {
				return fmt.Errorf("give at most one of --displayed and --decimal")
			}
			out := modesJSON{N: n, Displayed: displayed, Decimal: asDecimal}
			for _, m := range rounding.Modes {
				out.Modes = append(out.Modes, m.String())
			}
			for _, a := range args {
				if asDecimal {
					if _, _, err := pyparse.ParseDecimal(nil, a); err != nil {
						return valueError(cmd, err)
					}
					out.Rows = append(out.Rows, workbench.ModesRow{Input: strings.TrimSpace(a), Results: workbench.DecimalModes(a, n)})
					continue
				}
				x, err := pyparse.Float(a)
				if err != nil {
					return valueError(cmd, err)
				}
				out.Rows = append(out.Rows, workbench.ModesRow{Input: pyfmt.Repr(x), Results: workbench.Modes(x, n, displayed)})
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, out, true)
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
	f.BoolVar(&asDecimal, "decimal", false, "read each VALUE as a decimal.Decimal, exactly as written")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}
