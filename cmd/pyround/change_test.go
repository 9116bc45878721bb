package main

import "testing"

// TestChangeCmd runs `pyround change` in process. The expected tables are
// checked by hand against convert's golden data (testdata/money.jsonl).
func TestChangeCmd(t *testing.T) { runCLICases(t, changeCmdCases(t)) }

func changeCmdCases(t *testing.T) []cliCase {
	return []cliCase{
		{args: []string{"change", "87.35", "--currency", "USD"}, out: "" +
			"  value  kind  count  subtotal\n" +
			"  50.00  note      1     50.00\n" +
			"  20.00  note      1     20.00\n" +
			"  10.00  note      1     10.00\n" +
			"   5.00  note      1      5.00\n" +
			"   1.00  note      2      2.00\n" +
			"   0.25  coin      1      0.25\n" +
			"   0.10  coin      1      0.10\n" +
			"  total            8     87.35\n"},
		{args: []string{"change", "6", "--coins", "1,3,4"}, out: "" +
			"  value  kind  count  subtotal\n" +
			"      3  coin      2         6\n" +
			"  total            2         6\n"},
		// the table lists the largest coin first whatever the typed order;
		// positional --stock counts follow the typed order
		{args: []string{"change", "7", "--coins", "1,3,4"}, out: "" +
			"  value  kind  count  subtotal\n" +
			"      4  coin      1         4\n" +
			"      3  coin      1         3\n" +
			"  total            2         7\n"},
		{args: []string{"change", "7", "--coins", "1,4,3", "--stock", "5,0,1"}, out: "" +
			"  value  kind  count  subtotal\n" +
			"      3  coin      1         3\n" +
			"      1  coin      4         4\n" +
			"  total            5         7\n"},
		{args: []string{"change", "0.37", "--coins", "0.01,0.25,0.10", "--json"},
			out: `{"amount":"0.37","total":"0.37","rounded":false,"method":"optimal","pieces":[{"value":"0.25","kind":"coin","count":1,"subtotal":"0.25"},{"value":"0.10","kind":"coin","count":1,"subtotal":"0.10"},{"value":"0.01","kind":"coin","count":2,"subtotal":"0.02"}],"count":4}` + "\n"},
		{args: []string{"change", "6", "--coins", "1,3,4", "--json"},
			out: `{"amount":"6","total":"6","rounded":false,"method":"optimal","pieces":[{"value":"3","kind":"coin","count":2,"subtotal":"6"}],"count":2}` + "\n"},
		{args: []string{"change", "0", "--currency", "JPY", "--json"},
			out: `{"amount":"0","total":"0","currency":"JPY","rounded":false,"method":"greedy","pieces":[],"count":0}` + "\n"},
		{args: []string{"change", "12.33", "--currency", "chf", "--round", "half-up"}, out: "" +
			"12.33 rounded to 12.35\n" +
			"  value  kind  count  subtotal\n" +
			"  10.00  note      1     10.00\n" +
			"   2.00  coin      1      2.00\n" +
			"   0.20  coin      1      0.20\n" +
			"   0.10  coin      1      0.10\n" +
			"   0.05  coin      1      0.05\n" +
			"  total            5     12.35\n"},
		{args: []string{"change", "0.30", "--coins", "0.25,0.10,0.05", "--stock", "0.25=1,0.05=0", "--json"},
			out: `{"amount":"0.30","total":"0.30","rounded":false,"method":"optimal","pieces":[{"value":"0.10","kind":"coin","count":3,"subtotal":"0.30"}],"count":3}` + "\n"},
		{args: []string{"change", "0.30", "--coins", "0.25,0.10,0.05", "--stock", "1,*,0", "--json"},
			out: `{"amount":"0.30","total":"0.30","rounded":false,"method":"optimal","pieces":[{"value":"0.10","kind":"coin","count":3,"subtotal":"0.30"}],"count":3}` + "\n"},
		// bad values: exit 1
		{args: []string{"change", "12.33", "--currency", "CHF"}, status: 1,
			errOut: "pyround: ValueError: amount 12.33 is finer than 0.05, the smallest step the denominations can make; give a rounding mode to round it\n"},
		{args: []string{"change", "0.30", "--coins", "0.25,0.10,0.05", "--stock", "1,2,0"}, status: 1,
			errOut: "pyround: ValueError: cannot make 0.30 from the stock: no combination of the pieces in stock sums to it\n"},
		{args: []string{"change", "0.30", "--coins", "0.25,0.10,0.05", "--stock", "1,0,0"}, status: 1,
			errOut: "pyround: ValueError: cannot make 0.30 from the stock: it holds 0.25 in total\n"},
		{args: []string{"change", "-1", "--currency", "USD"}, status: 1,
			errOut: "pyround: ValueError: amount must not be negative: -1\n"},
		{args: []string{"change", "nan", "--currency", "USD"}, status: 1,
			errOut: "pyround: ValueError: amount must be a finite number: 'nan'\n"},
		{args: []string{"change", "abc", "--currency", "USD"}, status: 1,
			errOut: "pyround: InvalidOperation: [<class 'decimal.ConversionSyntax'>]\n"},
		{args: []string{"change", "10000001", "--coins", "1,3,4"}, status: 1,
			errOut: "pyround: ValueError: amount 10000001 is too large for the fewest-pieces search (amount/step 10000001 > 10000000) (pyround's limit)\n"},
		// bad usage: exit 2
		{args: []string{"change", "1"}, status: 2, errOut: "pyround: give --currency C or --coins LIST\n"},
		{args: []string{"change", "1", "--currency", "USD", "--coins", "1"}, status: 2, errOut: "pyround: give --currency or --coins, not both\n"},
		{args: []string{"change", "1", "--currency", "XXX"}, status: 2,
			errOut: "pyround: invalid --currency: currency 'XXX' has no minor unit (ISO 4217: N.A.; a precious metal, a unit of account or a test code)\n"},
		{args: []string{"change", "1", "--currency", "QQQ"}, status: 2,
			errOut: "pyround: invalid --currency: unknown currency 'QQQ'; want an ISO 4217 code such as USD, EUR or JPY\n"},
		// every current ISO 4217 code is a currency, but change needs its
		// notes and coins
		{args: []string{"change", "1", "--currency", "kwd"}, status: 2,
			errOut: "pyround: invalid --currency: no notes and coins for KWD; pyround has them for AUD, CAD, CHF, CNY, EUR, GBP, INR, JPY, USD\n"},
		{args: []string{"change", "1", "--coins", "1,0"}, status: 2,
			errOut: "pyround: invalid --coins \"1,0\": want positive values separated by commas\n"},
		{args: []string{"change", "1", "--coins", "1,2", "--stock", "1"}, status: 2,
			errOut: "pyround: invalid --stock \"1\": 1 counts for 2 denominations (1,2)\n"},
		{args: []string{"change", "1", "--coins", "1,2", "--stock", "3=1"}, status: 2,
			errOut: "pyround: invalid --stock \"3=1\": 3 is not one of the denominations (1,2)\n"},
		{args: []string{"change", "1", "--coins", "1,2", "--round", "nearest"}, status: 2,
			errOut: "pyround: invalid --round: " + modeErrMsg(t, "nearest") + "\n"},
	}
}
