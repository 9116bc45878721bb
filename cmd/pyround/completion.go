package main

import (
	"fmt"
	"regexp"
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
			case "currency":
				values = convert.CurrencyCodes()
			}
			if values == nil {
				return
			}
			_ = cmd.RegisterFlagCompletionFunc(f.Name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
		})
	}
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
