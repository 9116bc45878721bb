package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/workbench"
	"github.com/spf13/cobra"
)

func newExplainCmd() *cobra.Command {
	var n int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "explain VALUE [-n N] [--json]",
		Short: "Show why a float rounds as it does, and what other systems give",
		Long: `Explain rounding VALUE to N decimal places (default 0, from -20 to 100;
a negative N rounds to tens (-1), hundreds (-2), ...): the
exact binary value of the float VALUE reads as, its two neighbouring floats,
the N-place decimals around it and its exact distance from the tie between
them, the result under each of the eight rounding modes (on the exact value
and on the value as displayed), and what other systems' rounding conventions
give: Python round() and Decimal, numpy, Go, JavaScript, Excel, LibreOffice,
Java BigDecimal, C printf and PostgreSQL, each with the reason.

Each convention is a function of package conventions, checked against the
real system by conventions/verify/run.sh.`,
		Example: `  pyround explain 2.675 -n 2
  pyround explain 1.005 -n 2 --json
  pyround explain 2.5
  pyround explain 125 -n -1 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := pyops.ParseFloat(args[0])
			if err != nil {
				return valueError(cmd, err)
			}
			w := cmd.OutOrStdout()
			if asJSON {
				b, err := workbench.ExplainJSON(x, n)
				if err != nil {
					return valueError(cmd, err)
				}
				return writeBytes(w, b)
			}
			e, err := workbench.Explain(x, n)
			if err != nil {
				return valueError(cmd, err)
			}
			colour := colourFor(w)
			heading := func(s string) string { return bold(s, colour) }
			var b strings.Builder
			fmt.Fprintf(&b, "%s\n  %s is stored as the double\n  %s\n\n", heading("value"), e.Value.Repr, e.Value.Exact)
			fmt.Fprintf(&b, "%s\n  below  %s = %s\n  above  %s = %s\n\n", heading("neighbouring doubles"),
				e.Previous.Repr, e.Previous.Exact, e.Next.Repr, e.Next.Exact)
			fmt.Fprintf(&b, "%s\n", heading("rounding to "+placesPhrase(n)))
			if e.Tie == "" && n < 0 {
				fmt.Fprintf(&b, "  the exact value is a multiple of %s: %s, no rounding needed\n\n", pow10Text(-n), e.Lower)
			} else if e.Tie == "" {
				fmt.Fprintf(&b, "  the exact value has at most %d decimal place%s: %s, no rounding needed\n\n", n, plural(n), e.Lower)
			} else {
				fmt.Fprintf(&b, "  between %s and %s; the tie is %s\n", e.Lower, e.Upper, e.Tie)
				if e.Side == "on the tie" {
					fmt.Fprintf(&b, "  the exact value is exactly on the tie: the tie rule decides\n\n")
				} else {
					d := strings.TrimPrefix(e.Distance, "-")
					approx, _ := strconv.ParseFloat(d, 64)
					fmt.Fprintf(&b, "  the exact value is %s by %s (%.3g)\n\n", e.Side, d, approx)
				}
			}
			fmt.Fprint(w, b.String())
			rows := make([][]string, len(e.Modes))
			for i, m := range e.Modes {
				rows[i] = []string{m.Mode, m.Exact, m.Displayed}
			}
			if err := writeTable(w, []string{"mode", "exact value", "as displayed"}, rows,
				func(i int) bool { return i == 0 }, colour); err != nil {
				return err
			}
			fmt.Fprintln(w)
			rows = rows[:0]
			for _, c := range e.Conventions {
				rows = append(rows, []string{c.System, c.Result, c.Reason})
			}
			return writeTable(w, []string{"system", "result", "why"}, rows, func(i int) bool { return i == 0 }, colour)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "ndigits", "n", 0, "round to N decimal places, -20 to 100 (-1: tens, -2: hundreds)")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of text")
	return cmd
}

// placesPhrase names the rounding for n: "2 places", "1 place", and for
// a negative n "multiples of 10 (n = -1)".
func placesPhrase(n int) string {
	if n < 0 {
		return fmt.Sprintf("multiples of %s (n = %d)", pow10Text(-n), n)
	}
	return fmt.Sprintf("%d place%s", n, plural(n))
}

// pow10Text is 10^k written out: "10", "100", ...
func pow10Text(k int) string { return "1" + strings.Repeat("0", k) }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
