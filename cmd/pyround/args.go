package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// protectNegatives rewrites the arguments of a subcommand so that values
// such as -7, -2.5, -.5, -inf and -nan are positional values rather than
// unknown shorthand flags: `pyround divmod -7 2` must work as written.
// Flags (and the values of flags that take one, as in `-n -1`) come first,
// then "--", then the values in their original order.
func protectNegatives(cmd *cobra.Command, args []string) []string {
	if fn := legacyArgs[cmd.Name()]; fn != nil {
		args = fn(args)
	}
	var flags, values []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			values = append(values, args[i+1:]...)
			break
		}
		// For eval every argument that is not one of its flags is an
		// expression, and many start with '-' ('-7 // 2', '--5').
		if !strings.HasPrefix(a, "-") || a == "-" || looksNumeric(a) || cmd.Name() == "eval" && lookupFlag(cmd, a) == nil {
			values = append(values, a)
			continue
		}
		flags = append(flags, a)
		if f := lookupFlag(cmd, a); f != nil && f.NoOptDefVal == "" && !strings.Contains(a, "=") && i+1 < len(args) {
			if len(a) == 2 || strings.HasPrefix(a, "--") {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	if len(values) == 0 {
		return flags
	}
	return append(append(flags, "--"), values...)
}

// legacyArgs rewrites a command's deprecated spellings that its flags can
// no longer parse, before protectNegatives sorts the arguments.
var legacyArgs = map[string]func([]string) []string{
	"bias": biasLegacyArgs,
}

// lookupFlag finds the flag a token such as -n, -n3, --ndigits or
// --ndigits=3 names, or nil.
func lookupFlag(cmd *cobra.Command, tok string) *pflag.Flag {
	fs := cmd.Flags()
	if strings.HasPrefix(tok, "--") {
		name, _, _ := strings.Cut(tok[2:], "=")
		return fs.Lookup(name)
	}
	if len(tok) >= 2 {
		return fs.ShorthandLookup(tok[1:2])
	}
	return nil
}

// looksNumeric reports whether a token starting with '-' is a negative
// number as Python's int() or float() would read it.
func looksNumeric(a string) bool {
	if len(a) < 2 || a[0] != '-' {
		return false
	}
	if c := a[1]; (c >= '0' && c <= '9') || c == '.' {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(a[1:]); unicode.IsDigit(r) {
		return true // int() reads every Unicode decimal digit: -१ is -1
	}
	switch strings.ToLower(a[1:]) {
	case "inf", "infinity", "nan":
		return true
	}
	return false
}
