package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// ageToday returns the current local date; tests replace it.
var ageToday = func() convert.Date { return convert.DateOf(time.Now()) }

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
				return valueOrUsageError(cmd, err)
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
