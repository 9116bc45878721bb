package main

import (
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

func newFormatCmd() *cobra.Command {
	var asText string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   "format [--as auto|decimal] [--keep-going] [--] SPEC [VALUE...]",
		Short: "Format values exactly as Python's format(value, spec) does",
		Long: `Print what Python's print(format(VALUE, SPEC)) shows, for each VALUE or each
line of standard input: the whole format-spec mini-language,
[[fill]align][sign][z][#][0][width][grouping][.precision][type].

With --as auto (the default) a value is a Python int if int(text) accepts
it, else a float; floats round half-even on their exact binary value
(format(2.675, '.2f') is 2.67). A SPEC beginning with - or + goes after --.`,
		Example: `  pyround format ,.2f 1234567.891      # 1,234,567.89
  pyround format '#_x' 255               # 0xff
  pyround format -- '+.1%' 0.125         # +12.5%
  pyround format --as decimal .2f 2.675  # 2.68 (Decimal('2.675') is exact)
  pyround format ,.2f --csv --column total < invoices.csv   # cells become "1,234,567.89", quoted
  pyround format .1% --jsonl --field rate < rates.jsonl     # numbers become strings: "12.5%"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			newOp, err := specValues(cmd, pyops.Spec{Op: "format", As: asText, Format: args[0]})
			if err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args[1:], "format", newOp)
		},
	}
	f := cmd.Flags()
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float) or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	addIntoFlag(cmd, &rf)
	return cmd
}
