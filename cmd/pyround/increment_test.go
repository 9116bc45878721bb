package main

import "testing"

// TestRoundIncrementCmd checks round --increment and --cash; the answers
// are the roundinc oracle's (internal/oracle/incops.py, python3).
func TestRoundIncrementCmd(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"round", "--increment", "0.05", "1.025", "1.15", "137"}, "", "1.0\n1.15\n137.0\n", "", 0},
		{[]string{"round", "--cash", "CHF", "-m", "half-up", "--as", "decimal", "1.025"}, "", "1.05\n", "", 0},
		{[]string{"round", "--increment", "25", "137"}, "", "125\n", "", 0},
		{[]string{"round", "--increment", "100", "-m", "half-down", "150"}, "", "100\n", "", 0},
		{[]string{"round", "--increment", "0.50", "--as", "decimal", "1.30"}, "", "1.50\n", "", 0},
		{[]string{"round", "--cash", "SEK", "12.5"}, "", "12.0\n", "", 0},
		{[]string{"round", "--increment", "0.05", "--as", "decimal", "--csv", "--column", "p", "--into", "cash"}, "p\n1.03\n", "p,cash\n1.03,1.05\n", "", 0},
		{[]string{"round", "-n", "2", "--increment", "0.05", "1"}, "", "", "pyround: -n rounds to decimal places and --increment or --cash to a multiple: give one\n", 2},
		{[]string{"round", "--increment", "0.05", "--cash", "CHF", "1"}, "", "", "pyround: give one of --increment and --cash\n", 2},
		{[]string{"round", "--increment", "0", "1"}, "", "", "pyround: invalid --increment: increment must be a positive decimal number, not '0'\n", 2},
		{[]string{"round", "--cash", "XAU", "1"}, "", "", "pyround: invalid --cash: currency 'XAU' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)\n", 2},
	})
}
