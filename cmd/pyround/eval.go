package main

import (
	"github.com/pyround/pyround/pyexpr"
	"github.com/spf13/cobra"
)

func newEvalCmd() *cobra.Command {
	var keepGoing bool
	cmd := &cobra.Command{
		Use:   "eval [--keep-going] [EXPR...]",
		Short: "Evaluate Python numeric expressions and print what Python prints",
		Long: `Evaluate each EXPR (or each line of standard input) as Python 3.11 does and
print what print(EXPR) shows, or the exception Python raises.

The language is Python's numeric expressions: int and float literals, True
and False, + - * / // % ** with Python's precedence (-2**2 is -4),
parentheses, the comparisons == != < <= > >= in and not in (chained, exact
across int, float and Decimal), not, and, or, tuples with indexing and
slicing, and the calls round, divmod, abs, len, int, float, Decimal,
math.floor, math.ceil, math.trunc, math.fmod, math.remainder and
d.quantize(q, rounding=ROUND_...). Ints are unbounded, int / int is
correctly rounded, and Decimals use Python's default context (28 digits,
ROUND_HALF_EVEN).

Quote each expression for the shell. Errors print as
  pyround: argument N: ZeroDivisionError: division by zero
(line N for expressions read from standard input)
with exit status 1; --keep-going prints an empty line and goes on.`,
		Example: `  pyround eval 'round(2.675, 2)'                 # 2.67
  pyround eval '-7 // 2' 'divmod(-7.5, 2)'        # -4, (-4.0, 0.5)
  pyround eval "Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)"   # 2.68
  pyround eval '0.1 + 0.2 == 0.3' '(1, 2, 3)[::-1]'  # False, (3, 2, 1)
  echo '2**-1' | pyround eval                     # 0.5`,
		RunE: func(cmd *cobra.Command, args []string) error {
			r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: keepGoing}
			return r.run(args, evalValue)
		},
	}
	cmd.Flags().BoolVar(&keepGoing, "keep-going", false, "on a failing expression print an empty line, report it, and go on (exit status 1)")
	return cmd
}

// evalValue evaluates one expression and appends what print() shows.
func evalValue(dst, expr []byte) ([]byte, error) {
	v, err := pyexpr.Eval(string(expr))
	if err != nil {
		return dst, err
	}
	return v.AppendText(dst)
}
