package main

import (
	"fmt"

	"math/big"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
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
			if _, err := newFormatOptions(asText, args[0]); err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args[1:], "format", func() valueFunc {
				w, _ := newFormatOptions(asText, args[0]) // validated above; one per worker
				return w.value
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float) or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	return cmd
}

// formatOptions holds the spec, parsed once per Python type: Python's
// messages for a bad spec name the value's type, so each type keeps its
// own parse result (spec or error).
type formatOptions struct {
	decimal                     bool
	spec                        string
	intSpec, floatSpec, decSpec pyfmt.Spec
	intErr, floatErr, decErr    error
	big                         big.Int
	dec                         apd.Decimal
	buf                         []byte
}

func newFormatOptions(as, spec string) (*formatOptions, error) {
	o := &formatOptions{spec: spec}
	switch strings.ToLower(as) {
	case "auto":
	case "decimal":
		o.decimal = true
	default:
		return nil, fmt.Errorf("invalid --as %q: want auto or decimal", as)
	}
	o.intSpec, o.intErr = pyfmt.ParseSpecFor(spec, "int")
	o.floatSpec, o.floatErr = pyfmt.ParseSpecFor(spec, "float")
	o.decSpec, o.decErr = pyfmt.ParseSpecFor(spec, "decimal.Decimal")
	return o, nil
}

func (o *formatOptions) value(dst, text []byte) ([]byte, error) {
	if o.decimal {
		return o.decimalValue(dst, text)
	}
	if cannotBeInt(text) {
		// int() fails for sure: straight to float().
	} else if small, b, err := pyparse.Int(text, &o.big); err == nil {
		if o.intErr != nil {
			return dst, o.intErr
		}
		if b != nil {
			return pyfmt.AppendFormatBigInt(dst, b, o.intSpec)
		}
		return pyfmt.AppendFormatInt(dst, small, o.intSpec)
	}
	x, err := pyparse.Float(text)
	if err != nil {
		return dst, err
	}
	if o.floatErr != nil {
		return dst, o.floatErr
	}
	return pyfmt.AppendFormatFloat(dst, x, o.floatSpec)
}
