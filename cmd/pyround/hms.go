package main

import (
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

func newHMSCmd() *cobra.Command {
	var asText, formatText string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   "hms [--format python|compact|iso] [--as auto|float|decimal] [--keep-going] [SECONDS...]",
		Short: "Write seconds as h:m:s exactly as Python's str(datetime.timedelta(seconds=S)) does",
		Long: `Print each SECONDS value (or each line of standard input) as a duration.

The default format is exactly what Python's print(timedelta(seconds=S))
shows: 1:02:03, 1 day, 0:00:01, and -1 day, 23:59:59 for -1 (a negative
duration is negative days plus positive hours). Float seconds are rounded
to microseconds half-even as timedelta rounds them (0:00:00.500000);
past 999999999 days it is Python's OverflowError.

With --as auto (the default) a value is a Python int if int(text) accepts
it, else a float. --as decimal reads Decimal(text) and rounds its exact
value half-even to microseconds (timedelta itself refuses Decimal).

--format compact prints 1h 2m 3s (from the largest nonzero unit down to
seconds, days included: 1d 0h 0m 1s; fractional seconds without trailing
zeros: 0.5s; negative: -1s; zero: 0s). --format iso prints an ISO 8601
duration with days as the largest unit: PT1H2M3S, P1DT1S, PT0.5S, -PT1S,
PT0S.`,
		Example: `  pyround hms 3723            # 1:02:03
  pyround hms -1              # -1 day, 23:59:59
  pyround hms 0.5             # 0:00:00.500000
  pyround hms --format compact 90061    # 1d 1h 1m 1s
  pyround hms --format iso 3723.5       # PT1H2M3.5S
  pyround hms --csv --column duration < calls.csv
  pyround hms --format compact --jsonl --field elapsed < runs.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			newOp, err := specValues(cmd, pyops.Spec{Op: "hms", As: asText, Format: formatText})
			if err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args, "hms", newOp)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&formatText, "format", "f", "python", "output format: python, compact or iso")
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float), float or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	addIntoFlag(cmd, &rf)
	return cmd
}

// newHMS builds hms's operation from its flags' texts through
// pyops.Spec, as the command does (the oracle tests' entry point).
func newHMS(as, format string) (valueFunc, error) {
	op, err := pyops.Spec{Op: "hms", As: as, Format: format}.BuildGiven(func(string) bool { return true })
	return op.Value, err
}
