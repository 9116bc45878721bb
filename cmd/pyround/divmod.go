package main

import (
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

var divOpInfo = [...]struct{ name, python, short string }{
	pyops.FloorDiv: {"floordiv", "A // B", "Floor division as Python's // (toward -inf; decimals truncate)"},
	pyops.Mod:      {"mod", "A % B", "Modulus as Python's % (sign of B; decimals: sign of A)"},
	pyops.DivMod:   {"divmod", "divmod(A, B)", "Python's divmod(A, B): the pair (A // B, A % B)"},
}

func newDivCmd(op pyops.DivOp) *cobra.Command {
	info := divOpInfo[op]
	var asText string
	var keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   info.name + " [--as auto|decimal] [--keep-going] [A B]",
		Short: info.short,
		Long: `Print what Python's print(` + info.python + `) shows, for the operands given as
arguments or for each line of standard input holding two values separated by
white space.

With --as auto (the default) each operand is a Python int if int(text)
accepts it, else a float, as if written as a literal: ints and floats floor
toward negative infinity and the remainder takes the divisor's sign
(-7 // 2 is -4, -7 % 2 is 1, divmod(-7.5, 2) is (-4.0, 0.5)); an int mixed
with a float is converted to float first.

With --as decimal the operands are Decimal(text) and Python's decimal
module rules apply, computed exactly (no 28-digit context limit): the
quotient truncates toward zero and the remainder takes the dividend's sign
(Decimal(-7) // 2 is -3, Decimal(-7) % 2 is -1).`,
		Example: divExample(info.name),
		RunE: func(cmd *cobra.Command, args []string) error {
			spec, given := pyops.Spec{Op: info.name, As: asText}, flagsGiven(cmd)
			if _, err := spec.BuildGiven(given); err != nil {
				return err
			}
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing, rec: &rf}
			return r.runPairValues(args, info.name, func() pairFunc {
				o, _ := spec.BuildGiven(given) // one per worker
				return o.Pair
			}, op == pyops.DivMod)
		},
	}
	f := cmd.Flags()
	f.StringVar(&asText, "as", "auto", "read operands as auto (int, else float) or decimal")
	f.BoolVar(&keepGoing, "keep-going", false, "on a bad line print an empty line, report it, and go on (exit status 1)")
	addRecordFlags(cmd, &rf)
	return cmd
}
