package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// ageToday returns the current local date; tests replace it.
var ageToday = func() convert.Date { return convert.DateOf(time.Now()) }

// kvField is one row of a command's result: a label for the aligned
// human table and the value (string or integer) for both outputs.
type kvField struct {
	label string
	key   string // JSON key
	value any
}

// writeKVFields prints fields as an aligned two-column table, or with
// asJSON as one JSON object (keys in order, integers as numbers).
func writeKVFields(w io.Writer, fields []kvField, asJSON bool) error {
	var b strings.Builder
	if asJSON {
		b.WriteByte('{')
		for i, f := range fields {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(f.key)
			v, err := json.Marshal(f.value)
			if err != nil {
				return err
			}
			b.Write(k)
			b.WriteByte(':')
			b.Write(v)
		}
		b.WriteString("}\n")
	} else {
		width := 0
		for _, f := range fields {
			width = max(width, len(f.label))
		}
		for _, f := range fields {
			fmt.Fprintf(&b, "%-*s  %v\n", width, f.label, f.value)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportValueError reports a bad value the way single-value commands do:
// "pyround: Type: message" on standard error, exit status 1.
func reportValueError(cmd *cobra.Command, err error) error {
	fmt.Fprintln(cmd.ErrOrStderr(), "pyround: "+err.Error())
	return exitError{1}
}

func newAgeCmd() *cobra.Command {
	var onText string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "age AGE|BIRTHDATE [--on DATE] [--json]",
		Short: "Split an age into decades and years, divmod(age, 10), from an age or a birth date",
		Long: `Print an age in whole years as decades and years (divmod(AGE, 10): 42 is
4 decades and 2 years).

Given a birth date (YYYY-MM-DD) instead, the age is the number of
birthdays reached on DATE (--on, default ageToday in local time): the years
between the dates, less one if this year's birthday is still ahead.
Someone born on 29 February has their birthday on 1 March in other
years. A negative age, a date that does not exist or a birth date after
DATE is an error (exit status 1).`,
		Example: `  pyround age 42                        # 4 decades, 2 years
  pyround age 1990-06-15 --on 2025-06-14   # age 34
  pyround age 2000-02-29 --on 2001-03-01 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fields, err := ageFields(args[0], onText, cmd.Flags().Changed("on"))
			if err != nil {
				if _, ok := err.(*pyerr.Error); ok {
					return reportValueError(cmd, err)
				}
				return err
			}
			return writeKVFields(cmd.OutOrStdout(), fields, asJSON)
		},
	}
	cmd.Flags().StringVar(&onText, "on", "", "reference date YYYY-MM-DD for a birth date (default ageToday)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of a table")
	return cmd
}

// ageFields computes the result of `pyround age`.
func ageFields(arg, onText string, hasOn bool) ([]kvField, error) {
	var fields []kvField
	var age int
	if small, b, err := pyops.ParseInt(arg); err == nil {
		if hasOn {
			return nil, fmt.Errorf("--on needs a birth date, not an age")
		}
		if b != nil || small > 1<<31 || small < -1<<31 {
			if (b != nil && b.Sign() < 0) || small < 0 {
				return nil, pyerr.ValueError("age " + arg + " is negative")
			}
			return nil, pyerr.ValueError("age " + strings.TrimSpace(arg) + " is too large")
		}
		age = int(small)
	} else {
		birth, err := convert.ParseDate(arg)
		if err != nil {
			return nil, err
		}
		on := ageToday()
		if hasOn {
			if on, err = convert.ParseDate(onText); err != nil {
				return nil, err
			}
		}
		if age, err = convert.Age(birth, on); err != nil {
			return nil, err
		}
		fields = append(fields, kvField{"born", "born", birth.String()}, kvField{"on", "on", on.String()})
	}
	decades, years, err := convert.AgeDecades(age)
	if err != nil {
		return nil, err
	}
	return append(fields, kvField{"age", "age", age}, kvField{"decades", "decades", decades}, kvField{"years", "years", years}), nil
}
