package main

import (
	"regexp"
	"strings"

	"github.com/pyround/pyround/convert"
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
