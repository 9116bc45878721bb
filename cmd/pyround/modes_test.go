package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyround/pyround/rounding"
)

// runOut runs the CLI in-process and returns standard output, standard
// error and the exit status.
func runOut(args []string, stdin string) (string, string, int) {
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), status
}

const decimalNote = "pyround: --decimal is deprecated; use --as decimal\n"

// TestModesAs checks --as: float is the default and today's output, decimal
// is what --decimal printed, and the deprecated --decimal still works with
// one note on standard error.
func TestModesAs(t *testing.T) {
	floatTable := `value  HALF_EVEN  HALF_UP  HALF_DOWN  UP    DOWN  CEILING  FLOOR  05UP
3.0    0.0        0.0      0.0        10.0  0.0   10.0     0.0    10.0
25.0   20.0       30.0     20.0       30.0  20.0  30.0     20.0   20.0
2.5    0.0        0.0      0.0        10.0  0.0   10.0     0.0    10.0
`
	autoTable := `value  HALF_EVEN  HALF_UP  HALF_DOWN  UP    DOWN  CEILING  FLOOR  05UP
3      0          0        0          10    0     10       0      10
25     20         30       20         30    20    30       20     20
2.5    0.0        0.0      0.0        10.0  0.0   10.0     0.0    10.0
`
	decimalTable := `value   HALF_EVEN  HALF_UP  HALF_DOWN  UP     DOWN   CEILING  FLOOR  05UP
0.125   0.12       0.13     0.12       0.13   0.12   0.13     0.12   0.12
-0.001  -0.00      -0.00    -0.00      -0.01  -0.00  -0.00    -0.01  -0.01
`
	decimalJSON, _, _ := runOut([]string{"modes", "0.125", "-n", "2", "--as", "decimal", "--json"}, "")
	if !strings.Contains(decimalJSON, `"decimal": true`) {
		t.Fatalf("--as decimal --json: %s", decimalJSON)
	}
	runCLICases(t, []cliCase{
		{args: []string{"modes", "3", "25", "2.5", "-n", "-1"}, out: floatTable},
		{args: []string{"modes", "3", "25", "2.5", "-n", "-1", "--as", "float"}, out: floatTable},
		{args: []string{"modes", "3", "25", "2.5", "-n", "-1", "--as", "FLOAT"}, out: floatTable},
		{args: []string{"modes", "3", "25", "2.5", "-n", "-1", "--as", "auto"}, out: autoTable},
		{args: []string{"modes", "0.125", "-0.001", "-n", "2", "--as", "decimal"}, out: decimalTable},
		{args: []string{"modes", "0.125", "-0.001", "-n", "2", "--decimal"}, out: decimalTable, errOut: decimalNote},
		{args: []string{"modes", "0.125", "-0.001", "-n", "2", "--decimal", "--as", "decimal"}, out: decimalTable, errOut: decimalNote},
		{args: []string{"modes", "0.125", "-n", "2", "--json", "--decimal"}, out: decimalJSON, errOut: decimalNote},
		// Errors.
		{args: []string{"modes", "1", "--as", "int"}, errOut: "pyround: invalid --as \"int\": want auto, float or decimal\n", status: 2},
		{args: []string{"modes", "1", "--as", "decimal", "--displayed"}, errOut: "pyround: give at most one of --displayed and --as decimal\n", status: 2},
		{args: []string{"modes", "1", "--decimal", "--displayed"}, errOut: decimalNote + "pyround: give at most one of --displayed and --decimal\n", status: 2},
		{args: []string{"modes", "1", "--decimal", "--as", "auto"}, errOut: decimalNote + "pyround: give at most one of --decimal and --as auto\n", status: 2},
		{args: []string{"modes", "x", "--as", "auto"}, errOut: "pyround: argument 1: ValueError: could not convert string to float: 'x'\n", status: 1},
		{args: []string{"modes", "x", "--as", "decimal"}, errOut: "pyround: argument 1: InvalidOperation: [<class 'decimal.ConversionSyntax'>]\n", status: 1},
	})
	help, _, _ := runOut([]string{"modes", "--help"}, "")
	if strings.Contains(help, "--decimal") || !strings.Contains(help, "--as") {
		t.Errorf("modes --help should show --as and hide --decimal:\n%s", help)
	}
}

// TestModesAutoInts requires each int cell of `modes --as auto` to be what
// `round --as auto -n N -m MODE` prints for the same value.
func TestModesAutoInts(t *testing.T) {
	values := []string{"25", "35", "-25", "0", "7", " 1_5 ", "9223372036854775807", "-9223372036854775808",
		"123456789012345678901234567890", "-5"}
	for _, n := range []string{"0", "2", "-1", "-2", "-19", "-40"} {
		out, errOut, status := runOut(append([]string{"modes", "--as", "auto", "-n", n}, values...), "")
		if status != 0 {
			t.Fatalf("-n %s: exit %d: %s", n, status, errOut)
		}
		rows := strings.Split(strings.TrimSuffix(out, "\n"), "\n")[1:]
		for i, v := range values {
			cells := strings.Fields(rows[i])
			for k, m := range rounding.Modes {
				want, errOut, status := runOut([]string{"round", "--as", "auto", "-n", n, "-m", m.String(), v}, "")
				if status != 0 {
					t.Fatalf("round %s -n %s -m %s: %s", v, n, m, errOut)
				}
				if got := cells[k+1] + "\n"; got != want {
					t.Errorf("modes --as auto -n %s %q, %s: got %q, round prints %q", n, v, m, got, want)
				}
			}
		}
	}
}
