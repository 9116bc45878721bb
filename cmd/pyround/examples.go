package main

// divExamples are the help examples of floordiv, mod and divmod, with the
// output Python prints.
var divExamples = map[string]string{
	"floordiv": `  pyround floordiv -7 2                        # -4
  pyround floordiv 7.5 2                       # 3.0
  pyround floordiv --as decimal -7 2           # -3: Decimal's // truncates
  printf '7 2\n-7.5 2\n' | pyround floordiv    # 3, -4.0
  pyround floordiv --csv --column total,per_box < orders.csv   # total // per_box, written into total`,
	"mod": `  pyround mod -7 2                             # 1
  pyround mod 7.5 2                            # 1.5
  pyround mod --as decimal -7 2                # -1: Decimal's % takes the sign of A
  printf '7 2\n-7.5 2\n' | pyround mod         # 1, 0.5
  pyround mod --tsv --column 2,3 < data.tsv    # column 2 % column 3, written into column 2`,
	"divmod": `  pyround divmod -7 2                          # (-4, 1)
  pyround divmod --as decimal -7 2             # (Decimal('-3'), Decimal('-1'))
  printf '7 2\n-7.5 2\n' | pyround divmod      # (3, 1), (-4.0, 0.5)
  pyround divmod --csv --column seconds,unit < in.csv   # quotient into seconds, remainder into unit`,
}

// divExample returns the help examples of the two-operand command name.
func divExample(name string) string { return divExamples[name] }
