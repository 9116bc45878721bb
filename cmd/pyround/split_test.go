package main

import (
	"testing"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
)

func modeErrMsg(t *testing.T, s string) string {
	_, err := rounding.ParseMode(s)
	if err == nil {
		t.Fatalf("mode %q parses", s)
	}
	return err.(*pyerr.Error).Msg
}

// TestSplitCmd runs `pyround split` in process; the parts agree with
// convert's golden data (testdata/money.jsonl: 100.00 in 3, 70/20/10,
// 0.05 by 1:1, -1.00 in 3).
func TestSplitCmd(t *testing.T) { runCLICases(t, splitCmdCases(t)) }

func splitCmdCases(t *testing.T) []cliCase {
	return []cliCase{
		{args: []string{"split", "100.00", "--parts", "3"}, out: "" +
			"   part  amount\n" +
			"      1   33.34\n" +
			"      2   33.33\n" +
			"      3   33.33\n" +
			"  total  100.00\n"},
		{args: []string{"split", "100", "--ratios", "70,20,10", "--currency", "EUR"}, out: "" +
			"   part  ratio  amount\n" +
			"      1     70   70.00\n" +
			"      2     20   20.00\n" +
			"      3     10   10.00\n" +
			"  total    100  100.00\n"},
		{args: []string{"split", "0.05", "--ratios", "1,1", "--json"},
			out: `{"amount":"0.05","ratios":["1","1"],"parts":["0.03","0.02"],"total":"0.05"}` + "\n"},
		{args: []string{"split", "-1.00", "--parts", "3", "--json"},
			out: `{"amount":"-1.00","parts":["-0.33","-0.33","-0.34"],"total":"-1.00"}` + "\n"},
		{args: []string{"split", "1000", "--parts", "3", "--currency", "JPY", "--json"},
			out: `{"amount":"1000","currency":"JPY","parts":["334","333","333"],"total":"1000"}` + "\n"},
		// every current ISO 4217 code, with CLDR's digits
		{args: []string{"split", "100", "--parts", "3", "--currency", "KWD"}, out: "" +
			"   part   amount\n" +
			"      1   33.334\n" +
			"      2   33.333\n" +
			"      3   33.333\n" +
			"  total  100.000\n"},
		{args: []string{"split", "1", "--parts", "3", "--currency", "clf", "--json"},
			out: `{"amount":"1","currency":"CLF","parts":["0.3334","0.3333","0.3333"],"total":"1.0000"}` + "\n"},
		{args: []string{"split", "100", "--ratios", "1,2", "--currency", "SEK", "--json"},
			out: `{"amount":"100","currency":"SEK","ratios":["1","2"],"parts":["33.33","66.67"],"total":"100.00"}` + "\n"},
		// parts that are multiples of an increment (money.jsonl's inc cases)
		{args: []string{"split", "10.00", "--parts", "3", "--cash", "CHF", "--json"},
			out: `{"amount":"10.00","currency":"CHF","parts":["3.35","3.35","3.30"],"total":"10.00"}` + "\n"},
		{args: []string{"split", "100", "--ratios", "70,20,10", "--cash", "dkk", "--json"},
			out: `{"amount":"100","currency":"DKK","ratios":["70","20","10"],"parts":["70.00","20.00","10.00"],"total":"100.00"}` + "\n"},
		{args: []string{"split", "100", "--parts", "3", "--increment", "0.50", "--json"},
			out: `{"amount":"100","parts":["33.50","33.50","33.00"],"total":"100.00"}` + "\n"},
		{args: []string{"split", "10.02", "--parts", "3", "--cash", "CHF"}, status: 1,
			errOut: "pyround: ValueError: amount 10.02 is not a multiple of the increment 0.05\n"},
		{args: []string{"split", "10", "--parts", "3", "--increment", "0"}, status: 2,
			errOut: "pyround: invalid --increment \"0\": want a positive number\n"},
		{args: []string{"split", "10", "--parts", "3", "--cash", "CHF", "--increment", "1"}, status: 2,
			errOut: "pyround: give at most one of --currency, --cash and --increment\n"},
		// bad values: exit 1
		{args: []string{"split", "1.5", "--parts", "2", "--currency", "IQD"}, status: 1,
			errOut: "pyround: ValueError: amount 1.5 has more than 0 decimal places\n"},
		{args: []string{"split", "1.005", "--parts", "3", "--currency", "USD"}, status: 1,
			errOut: "pyround: ValueError: amount 1.005 has more than 2 decimal places\n"},
		{args: []string{"split", "1", "--parts", "0"}, status: 1,
			errOut: "pyround: ValueError: number of parts is 0; want 1 to 1000000\n"},
		{args: []string{"split", "1", "--ratios", "0,0"}, status: 1,
			errOut: "pyround: ValueError: all ratios are zero\n"},
		{args: []string{"split", "1", "--ratios", "1,-1"}, status: 1,
			errOut: "pyround: ValueError: ratio 1 is negative\n"},
		// bad usage: exit 2
		{args: []string{"split", "1", "--parts", "3", "--ratios", "1"}, status: 2,
			errOut: "pyround: give exactly one of --parts K and --ratios LIST\n"},
		{args: []string{"split", "1"}, status: 2, errOut: "pyround: give exactly one of --parts K and --ratios LIST\n"},
		{args: []string{"split", "1", "--parts", "x"}, status: 2, errOut: "pyround: invalid --parts \"x\": want an integer\n"},
		{args: []string{"split", "1", "--parts", "2", "--currency", "XAU"}, status: 2,
			errOut: "pyround: invalid --currency: currency 'XAU' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)\n"},
		{args: []string{"split", "1", "--parts", "2", "--currency", "DEM"}, status: 2,
			errOut: "pyround: invalid --currency: currency 'DEM' is no longer in use (CLDR lists it as historical)\n"},
	}
}
