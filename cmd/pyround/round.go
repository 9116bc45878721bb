package main

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/spf13/cobra"
)

// literal says how a value's text is read: as Python source would read a
// literal (auto: int if int() accepts it, else float), or forced.
type literal uint8

const (
	asAuto    literal = iota // int(text) if it parses, else float(text)
	asFloat                  // float(text)
	asDecimal                // Decimal(text)
)

func parseLiteralKind(s string) (literal, error) {
	switch strings.ToLower(s) {
	case "auto":
		return asAuto, nil
	case "float":
		return asFloat, nil
	case "decimal":
		return asDecimal, nil
	}
	return 0, fmt.Errorf("invalid --as %q: want auto, float or decimal", s)
}

// roundOptions is one `pyround round` invocation's settings.
type roundOptions struct {
	as      literal
	hasN    bool
	ndigits int // clamped into int's range: every larger |N| rounds alike
	mode    rounding.Mode
	big     big.Int // scratch for integer values past int64
}

func newRoundCmd() *cobra.Command {
	var nText, modeText, asText string
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
int(Decimal(text).to_integral_value(MODE)).`,
		Example: `  pyround round -n 2 2.675                           # 2.67
  pyround round 2.5 3.5                              # 2, 4
  pyround round -n 2 -m half-up --as decimal 2.665   # 2.67
  printf '1.005\n2.5\n' | pyround round -n 2         # 1.0, 2.5
  pyround round -n 2 --csv --column price,tax < orders.csv > rounded.csv
  pyround round -n 2 --tsv --column 3 < report.tsv   # 3rd column, no header row
  pyround round -n 2 --jsonl --field amount < events.jsonl
  pyround round -n 2 --jobs 1 --quiet < floats.txt   # one core, no progress bar`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := newRoundOptions(asText, nText, cmd.Flags().Changed("ndigits"), modeText)
			if err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runValues(args, "round", func() valueFunc { c := *o; return c.value })
		},
	}
	f := cmd.Flags()
	f.StringVarP(&nText, "ndigits", "n", "", "round to N decimal places (negative: tens, hundreds, ...); any integer")
	f.StringVarP(&modeText, "mode", "m", "half-even", "rounding mode: half-even, half-up, half-down, up, down, ceiling, floor, 05up")
	f.StringVar(&asText, "as", "auto", "read values as auto (int, else float), float or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad value print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	return cmd
}

// newRoundOptions validates the flags of `pyround round`.
func newRoundOptions(as, n string, hasN bool, mode string) (*roundOptions, error) {
	o := &roundOptions{hasN: hasN}
	var err error
	if o.as, err = parseLiteralKind(as); err != nil {
		return nil, err
	}
	if o.mode, err = rounding.ParseMode(mode); err != nil {
		return nil, fmt.Errorf("invalid -m: %s", err.(*pyerr.Error).Msg)
	}
	if hasN {
		if o.ndigits, err = parseNdigits(n); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// parseNdigits reads -n: any integer, however large; values past int's
// range are clamped, which changes no result (a float rounds the same for
// every N > 323, an int for every N >= 0, ...).
func parseNdigits(s string) (int, error) {
	small, b, err := pyparse.Int(s, nil)
	if err != nil {
		return 0, fmt.Errorf("invalid -n %q: want an integer", s)
	}
	if b == nil {
		return int(small), nil
	}
	if b.Sign() > 0 {
		return math.MaxInt, nil
	}
	return math.MinInt, nil
}

// value rounds one value and appends what Python's print() shows.
func (o *roundOptions) value(dst, text []byte) ([]byte, error) {
	if o.as == asDecimal {
		if !o.hasN {
			out, err := rounding.AppendRoundTextInt(dst, text, o.mode)
			if err != nil {
				return dst, err
			}
			return out, checkIntPrint(out[len(dst):])
		}
		if o.ndigits >= 0 && o.ndigits <= fixed.MaxScale {
			// Most decimal columns fit package fixed, which rounds them
			// without the general digit-string path; anything it cannot
			// hold, or rejects, goes that path, which words the errors.
			if d, err := fixed.Parse(text); err == nil {
				if q, err := d.Quantize(o.ndigits, o.mode); err == nil {
					return q.AppendText(dst), nil
				}
			}
		}
		return rounding.AppendRoundText(dst, text, o.ndigits, o.mode)
	}
	if o.hasN && o.mode == rounding.HalfEven {
		if out, ok := appendRoundFast(dst, text, o.ndigits); ok {
			return out, nil // a plain decimal text, rounded on the text (records_fast.go)
		}
	}
	if o.as == asAuto && !cannotBeInt(text) {
		if small, b, err := pyparse.Int(text, &o.big); err == nil {
			return o.roundInt(dst, small, b)
		}
	}
	x, err := pyparse.Float(text)
	if err != nil {
		return dst, err
	}
	if !o.hasN {
		small, b, err := rounding.RoundToInt(x, o.mode)
		if err != nil {
			return dst, err
		}
		if b != nil {
			return pyfmt.AppendBigInt(dst, b), nil // at most 309 digits
		}
		return pyfmt.AppendInt(dst, small), nil
	}
	var y float64
	if o.mode == rounding.HalfEven {
		y = rounding.Round(x, o.ndigits)
		if math.IsInf(y, 0) && !math.IsInf(x, 0) {
			_, err = rounding.RoundFloat(x, o.ndigits, o.mode) // the OverflowError
		}
	} else {
		y, err = rounding.RoundFloat(x, o.ndigits, o.mode)
	}
	if err != nil {
		return dst, err
	}
	return pyfmt.AppendRepr(dst, y), nil
}

// roundInt rounds a Python int (small, or b when it does not fit int64).
func (o *roundOptions) roundInt(dst []byte, small int64, b *big.Int) ([]byte, error) {
	if !o.hasN || o.ndigits >= 0 {
		if b != nil {
			return pyfmt.AppendBigInt(dst, b), nil
		}
		return pyfmt.AppendInt(dst, small), nil
	}
	if b == nil {
		if r, err := rounding.RoundInt(small, o.ndigits, o.mode); err == nil {
			return pyfmt.AppendInt(dst, r), nil
		}
		b = o.big.SetInt64(small) // the result needs more than 64 bits
	}
	r, err := rounding.RoundBigInt(&o.big, b, o.ndigits, o.mode)
	if err != nil {
		return dst, err
	}
	if err := pyfmt.CheckIntStrDigits(pyfmt.BigIntDigits(r)); err != nil {
		return dst, err
	}
	return pyfmt.AppendBigInt(dst, r), nil
}

// checkIntPrint applies Python's limit on printing ints to digits that
// were already formatted.
func checkIntPrint(digits []byte) error {
	n := len(digits)
	if n > 0 && digits[0] == '-' {
		n--
	}
	return pyfmt.CheckIntStrDigits(n)
}
