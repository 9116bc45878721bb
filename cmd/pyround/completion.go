package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyfmt"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// modeNames are the values -m/--mode and --round accept, as completions.
var modeNames = []string{"half-even", "half-up", "half-down", "up", "down", "ceiling", "floor", "05up"}

// choiceInUse finds "--NAME a|b|c" in a command's Use line.
var choiceInUse = regexp.MustCompile(`--([a-z-]+) ([a-z0-9-]+(?:\|[a-z0-9-]+)+)`)

// addCompletions registers shell completions for the values of the flags
// that take one of a fixed set (cobra's `completion` command writes the
// bash, zsh, fish and powershell scripts that ask for them): rounding
// modes, currencies, and the alternatives a command's Use line spells out
// as --NAME a|b|c.
func addCompletions(root *cobra.Command) {
	for _, cmd := range root.Commands() {
		choices := map[string][]string{}
		for _, m := range choiceInUse.FindAllStringSubmatch(cmd.Use, -1) {
			choices[m[1]] = strings.Split(m[2], "|")
		}
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			values := choices[f.Name]
			switch f.Name {
			case "mode", "round":
				values = modeNames
			case "currency", "cash":
				complete := currencyCompletion
				if cmd.Name() == "change" {
					complete = changeCurrencyCompletion
				}
				_ = cmd.RegisterFlagCompletionFunc(f.Name, complete)
				return
			}
			if values == nil {
				return
			}
			_ = cmd.RegisterFlagCompletionFunc(f.Name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
		})
	}
}

// currencyCompletion completes a flag that takes a currency (--currency)
// with every ISO 4217 code convert.CurrencyByCode accepts whose start
// matches what is typed, in any case ("kw" offers KWD).
func currencyCompletion(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	prefix := strings.ToUpper(toComplete)
	var out []cobra.Completion
	for _, c := range convert.CurrencyCodes() {
		if strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// changeCurrencyCompletion is currencyCompletion for `change --currency`:
// the codes with built-in notes and coins, the only ones change can use,
// carry the description "notes and coins".
func changeCurrencyCompletion(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	out, dir := currencyCompletion(cmd, args, toComplete)
	notes := convert.ChangeCurrencyCodes()
	for i, c := range out {
		if j := sort.SearchStrings(notes, c); j < len(notes) && notes[j] == c {
			out[i] = cobra.CompletionWithDesc(c, "notes and coins")
		}
	}
	return out, dir
}

// addCompletionCmd adds cobra's `completion` command before Execute would,
// once the output streams are set (the scripts are written to the
// stream the command had when it was built), so that it can be made
// runnable: as cobra builds it, it has no
// Run of its own, and `pyround completion tcsh` printed its help and
// exited 0 as if a script had been written. An unknown shell is a usage
// error (exit 2); no argument prints the help.
func addCompletionCmd(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, sh := range c.Commands() {
			shells = append(shells, sh.Name())
		}
		c.Args = func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("unknown shell %s for completion; want one of %s", pyfmt.QuoteBounded(args[0]), strings.Join(shells, ", "))
			}
			return nil
		}
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	}
}
