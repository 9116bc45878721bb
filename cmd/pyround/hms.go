package main

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyparse"
	"github.com/spf13/cobra"
)

// hmsOptions is one `pyround hms` invocation's settings.
type hmsOptions struct {
	as     literal
	format convert.HMSFormat
	big    big.Int // scratch for integer values past int64
}

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
			o, err := newHMSOptions(asText, formatText)
			if err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args, "hms", func() valueFunc { c := *o; return c.value })
		},
	}
	f := cmd.Flags()
	f.StringVarP(&formatText, "format", "f", "python", "output format: python, compact or iso")
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float), float or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	return cmd
}

// newHMSOptions validates the flags of `pyround hms`.
func newHMSOptions(as, format string) (*hmsOptions, error) {
	o := &hmsOptions{}
	var err error
	if o.as, err = parseLiteralKind(as); err != nil {
		return nil, err
	}
	if o.format, err = convert.ParseHMSFormat(format); err != nil {
		return nil, fmt.Errorf("invalid --format %q: want python, compact or iso", format)
	}
	return o, nil
}

// value appends the duration of one value.
func (o *hmsOptions) value(dst, text []byte) ([]byte, error) {
	var td convert.Timedelta
	var err error
	switch {
	case o.as == asDecimal:
		td, err = convert.NewTimedeltaDecimalText(text)
	default:
		if o.as == asAuto && !cannotBeInt(text) {
			if small, b, ierr := pyparse.Int(text, &o.big); ierr == nil {
				if b != nil {
					td, err = convert.NewTimedeltaBig(b)
				} else {
					td, err = convert.NewTimedeltaSeconds(small)
				}
				break
			}
		}
		var x float64
		if x, err = pyparse.Float(text); err == nil {
			td, err = convert.NewTimedeltaFloat(x)
		}
	}
	if err != nil {
		return dst, err
	}
	return td.AppendFormat(dst, o.format), nil
}
