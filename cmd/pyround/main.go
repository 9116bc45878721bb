// Command pyround does Python's arithmetic exactly as Python 3 does it:
// round() on the exact binary value, the eight rounding modes of the
// decimal module, and (in later commands) floor division and formatting.
//
// Every command prints what Python's print() shows for the result, one
// output line per input value, and reports a failing value as
//
//	pyround: line N: ValueError: could not convert string to float: 'abc'
//
// ("argument N" for values given as arguments, "row N, column C" in CSV,
// TSV and JSON Lines) with exit status 1. A message quotes at most 200
// characters of a bad value, then "… (N more bytes)". With --keep-going a failed value prints an empty
// line and processing continues. Usage errors exit with status 2.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// exitError carries a process exit status out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "pyround",
		Short: "Python's rounding and arithmetic, exactly, from the shell",
		Long: `pyround does Python's arithmetic exactly as Python 3 does it.

round() rounds half-even on the exact binary value of a float, so
round(2.675, 2) is 2.67; pyround prints the same, and offers the eight
rounding modes of Python's decimal module on floats, integers and decimals.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newRoundCmd(), newDivCmd(pyops.FloorDiv), newDivCmd(pyops.Mod), newDivCmd(pyops.DivMod), newFormatCmd(),
		newEvalCmd(), newHMSCmd(), newAgeCmd(), newPagesCmd(), newChangeCmd(), newSplitCmd(),
		newExplainCmd(), newModesCmd(), newBiasCmd(), newBinCmd(), newShardCmd(), newChunksCmd(), newServeCmd())
	addVersion(root)
	addCompletions(root)
	return root
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the CLI with args and the given streams and returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	addCompletionCmd(root)
	if sub, _, err := root.Find(args); err == nil && sub != root && len(args) > 0 && sub.Name() == args[0] {
		sub.InitDefaultHelpFlag() // so that -h and --help are flags, not values (eval's "-x")
		args = append([]string{args[0]}, protectNegatives(sub, args[1:])...)
	}
	root.SetArgs(args)
	err := root.Execute()
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	fmt.Fprintln(stderr, "pyround: "+err.Error())
	return 2
}
