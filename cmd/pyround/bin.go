package main

import (
	"errors"

	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

func newBinCmd() *cobra.Command {
	var width, origin, asText, labelText string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   "bin --width W [--origin O] [--label lower|index|range] [--as auto|decimal] [--keep-going] [VALUE...]",
		Short: "Put each value in its bin as Python's floor division does: (x - o) // w * w + o; timestamps in time buckets",
		Long: `Print the bin of each VALUE (or each line of standard input): with
idx = (x - O) // W, the lower edge lower = O + idx * W (the default label),
the index idx (--label index, int(idx)), or [lower, upper) with
upper = lower + W (--label range). O is 0 unless --origin says otherwise.

With --as auto (the default) x, W and O are read by the literal rule: a
Python int if int(text) accepts it, else a float, and the arithmetic is
Python's own, floats included: --width 0.1 puts 0.7 in the bin
0.6000000000000001, since 0.7 // 0.1 == 6.0 in binary floating point. For
exact decimal bins use --as decimal: the quotient (x - O) / W is computed
exactly and floored (ROUND_FLOOR, not Decimal's truncating //), so 0.7 is
in 0.7 and -0.05 in -0.1, each printed as str() of the Decimal.

Timestamps: a value datetime.fromisoformat accepts (Python 3.11's rules:
2024-05-06T07:08:09.5+05:30, 2024-05-06 07:08, 20240506T0708Z, a date
alone) goes in a time bucket when W is a duration: 90s, 5m, 1h, 1d, 1h30m,
250ms, 10us, or a number of seconds. The bucket is
origin + ((dt - origin) // W) * W, the origin --origin (a datetime) or
datetime(1970, 1, 1) in dt's own time zone, printed with isoformat(). A
text that is both a number and a date (20240101) is a number.

Errors are Python's: a width of 0 is ZeroDivisionError, --label index of
inf or nan is int()'s ValueError or OverflowError, an aware timestamp
with a naive origin is a TypeError, a bucket past year 9999 an
OverflowError.`,
		Example: `  pyround bin --width 10 37 -5            # 30 -10
  pyround bin --width 0.1 0.7              # 0.6000000000000001, as Python
  pyround bin --as decimal --width 0.1 0.7 # 0.7
  pyround bin --width 10 --label range 37  # [30, 40)
  pyround bin --width 5m 2024-05-06T07:08:09Z   # 2024-05-06T07:05:00+00:00
  pyround bin --width 10 --csv --column age --into decade < people.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("width") {
				return usageError("required flag --width W not set")
			}
			newOp, err := specValues(cmd, pyops.Spec{Op: "bin", As: asText, Width: width, Origin: origin, Label: labelText})
			var oe *pyops.OptionError
			switch {
			case errors.As(err, &oe):
				return err
			case err != nil:
				return valueError(cmd, err) // the width or origin, as Python refuses it
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args, "bin", newOp)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&width, "width", "w", "", "the bin width W: a number, or for timestamps a duration (90s, 5m, 1h30m, 1d)")
	f.StringVarP(&origin, "origin", "o", "", "where bins start: a number (default 0), or a timestamp (default 1970-01-01 in the value's zone)")
	f.StringVar(&labelText, "label", "lower", "what to print: lower (the lower edge), index (int(idx)) or range ([lower, upper))")
	f.StringVar(&asText, "as", "auto", "read numbers as auto (int, else float), float or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	addIntoFlag(cmd, &rf)
	return cmd
}
