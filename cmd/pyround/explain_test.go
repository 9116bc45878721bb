package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWorkbench runs the CLI as run does, with the workbench commands
// (explain, modes, bias) on the root whether or not main.go adds them.
func runWorkbench(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	root := newRootCmd()
	if c, _, err := root.Find([]string{"explain"}); err != nil || c == root {
		root.AddCommand(newExplainCmd(), newModesCmd(), newBiasCmd())
	}
	var stdout, stderr bytes.Buffer
	root.SetIn(strings.NewReader(""))
	root.SetOut(&stdout)
	root.SetErr(&stderr)
	if sub, _, err := root.Find(args); err == nil && sub != root {
		args = append([]string{args[0]}, protectNegatives(sub, args[1:])...)
	}
	root.SetArgs(args)
	err := root.Execute()
	var ee exitError
	code := 0
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case err != nil:
		stderr.WriteString("pyround: " + err.Error() + "\n")
		code = 2
	}
	return stdout.String(), stderr.String(), code
}

func TestExplainText(t *testing.T) {
	out, errOut, code := runWorkbench(t, "explain", "2.675", "-n", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"2.67499999999999982236431605997495353221893310546875",
		"below  2.6749999999999994 = 2.674999999999999378275106209912337362766265869140625",
		"above  2.6750000000000003 = 2.675000000000000266453525910037569701671600341796875",
		"between 2.67 and 2.68; the tie is 2.675",
		"the exact value is below the tie by 0.00000000000000017763568394002504646778106689453125 (1.78e-16)",
		"HALF_EVEN  2.67         2.68",
		"Python round(x, n)",
		"numpy.round(x, n)",
		"JavaScript x.toFixed(n)",
		"PostgreSQL round(x::numeric, n)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain 2.675 -n 2: missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour escape codes written to a non-terminal")
	}
}

func TestExplainJSON(t *testing.T) {
	out, _, code := runWorkbench(t, "explain", "-0.125", "-n", "2", "--json")
	if code != 0 {
		t.Fatal("exit", code)
	}
	var e struct {
		Value       struct{ Exact string }
		Side, Tie   string
		Modes       []struct{ Mode, Exact, Displayed string }
		Conventions []struct{ ID, Result string }
	}
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatal(err, out)
	}
	if e.Value.Exact != "-0.125" || e.Side != "on the tie" || e.Tie != "-0.125" {
		t.Errorf("got %+v", e)
	}
	want := map[string]string{"python_round": "-0.12", "js_math_round": "-0.12", "js_tofixed": "-0.13",
		"c_printf": "-0.12", "java_new_bigdecimal": "-0.13", "go_round": "-0.13"}
	for _, c := range e.Conventions {
		if w, ok := want[c.ID]; ok && c.Result != w {
			t.Errorf("%s: %s, want %s", c.ID, c.Result, w)
		}
		delete(want, c.ID)
	}
	if len(want) != 0 || len(e.Modes) != 8 {
		t.Errorf("missing conventions %v or modes %d", want, len(e.Modes))
	}
}

func TestExplainErrors(t *testing.T) {
	for _, args := range [][]string{{"explain", "abc"}, {"explain", "inf"}, {"explain", "1.5", "-n", "-21"}, {"explain", "1.5", "-n", "101"}} {
		_, errOut, code := runWorkbench(t, args...)
		if code != 1 || !strings.HasPrefix(errOut, "pyround: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	_, errOut, _ := runWorkbench(t, "explain", "abc")
	if want := "pyround: ValueError: could not convert string to float: 'abc'\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}

func TestModesTable(t *testing.T) {
	out, errOut, code := runWorkbench(t, "modes", "2.5", "3.5", "-2.5", "2.675", "-n", "0")
	if code != 0 {
		t.Fatal(code, errOut)
	}
	want := `value  HALF_EVEN  HALF_UP  HALF_DOWN  UP    DOWN  CEILING  FLOOR  05UP
2.5    2.0        3.0      2.0        3.0   2.0   3.0      2.0    2.0
3.5    4.0        4.0      3.0        4.0   3.0   4.0      3.0    3.0
-2.5   -2.0       -3.0     -2.0       -3.0  -2.0  -2.0     -3.0   -2.0
2.675  3.0        3.0      3.0        3.0   2.0   3.0      2.0    2.0
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestModesDisplayedJSON(t *testing.T) {
	out, _, code := runWorkbench(t, "modes", "2.675", "-n", "2", "--displayed", "--json")
	if code != 0 {
		t.Fatal(code)
	}
	var m modesJSON
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Displayed || len(m.Rows) != 1 || strings.Join(m.Rows[0].Results, " ") != "2.68 2.68 2.67 2.68 2.67 2.68 2.67 2.67" {
		t.Errorf("got %+v", m)
	}
	out, _, _ = runWorkbench(t, "modes", "2.675", "-n", "2")
	if !strings.Contains(out, "2.675  2.67       2.67     2.67       2.68") {
		t.Errorf("exact-value modes: %s", out)
	}
	if _, _, code := runWorkbench(t, "modes", "x"); code != 1 {
		t.Errorf("bad value: exit %d", code)
	}
}

func TestBiasMoney(t *testing.T) {
	out, errOut, code := runWorkbench(t, "bias", "--count", "2000", "--seed", "7", "--json")
	if code != 0 {
		t.Fatal(code, errOut)
	}
	var b biasJSON
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	if b.Values != 2000 || len(b.Modes) != 8 || b.N != 2 {
		t.Fatalf("got %+v", b)
	}
	abs := func(s string) float64 {
		var f float64
		_, err := fmt.Sscan(strings.TrimPrefix(s, "-"), &f)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	even, up := abs(b.Modes[0].Total), abs(b.Modes[1].Total)
	if b.Modes[0].Mode != "HALF_EVEN" || even >= up || up < 0.5 {
		t.Errorf("half-even total %v should be far below half-up's %v", even, up)
	}
	text, _, _ := runWorkbench(t, "bias", "--count", "2000", "--seed", "7")
	if !strings.Contains(text, "mode       total error") || !strings.Contains(text, "HALF_EVEN  "+b.Modes[0].Total) {
		t.Errorf("table:\n%s", text)
	}
}

func TestBiasCSVAndSVG(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "p.csv")
	os.WriteFile(csvPath, []byte("item,price\na,0.125\nb,0.375\nc,\nd,1.005\n"), 0o644)
	svg := filepath.Join(dir, "b.svg")
	out, errOut, code := runWorkbench(t, "bias", "--csv", csvPath, "--column", "price", "--svg", svg, "--json")
	if code != 0 {
		t.Fatal(code, errOut)
	}
	var b biasJSON
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	// 0.125 → 0.12 (-0.005), 0.375 → 0.38 (+0.005), 1.005 → 1.00 (-0.005).
	if b.Values != 3 || b.Modes[0].Total != "-0.005" || b.Modes[1].Total != "0.015" || b.Modes[0].WorstDrift != "0.005" {
		t.Errorf("got %+v", b.Modes[:2])
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(data); !strings.HasPrefix(s, "<svg") || strings.Count(s, "<polyline") != 8 || !strings.Contains(s, "HALF_EVEN") {
		t.Errorf("svg:\n%s", s)
	}
	if _, errOut, code := runWorkbench(t, "bias", "--csv", csvPath, "--column", "nope"); code != 1 || !strings.Contains(errOut, "no column") {
		t.Errorf("unknown column: %d %q", code, errOut)
	}
	if _, _, code := runWorkbench(t, "bias", "--dist", "nope"); code != 2 {
		t.Errorf("bad --dist: exit %d", code)
	}
}

func TestWriteTableColour(t *testing.T) {
	var b bytes.Buffer
	writeTable(&b, []string{"a", "bb"}, [][]string{{"1", "2"}, {"333", "4"}}, func(i int) bool { return i == 1 }, true)
	want := ansiBold + "a    bb" + ansiReset + "\n1    2\n" + ansiGreen + "333  4" + ansiReset + "\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestModesDecimal(t *testing.T) {
	out, errOut, code := runWorkbench(t, "modes", "0.125", "-0.001", "-n", "2", "--decimal")
	if code != 0 {
		t.Fatal(code, errOut)
	}
	want := `value   HALF_EVEN  HALF_UP  HALF_DOWN  UP     DOWN   CEILING  FLOOR  05UP
0.125   0.12       0.13     0.12       0.13   0.12   0.13     0.12   0.12
-0.001  -0.00      -0.00    -0.00      -0.01  -0.00  -0.00    -0.01  -0.01
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if _, _, code := runWorkbench(t, "modes", "1", "--decimal", "--displayed"); code != 2 {
		t.Errorf("--decimal --displayed: exit %d", code)
	}
	if _, _, code := runWorkbench(t, "modes", "x", "--decimal"); code != 1 {
		t.Errorf("bad decimal: exit %d", code)
	}
}

// TestBiasSVGGolden requires the README's chart, workbench/testdata/
// bias-money.svg, to be what the README's bias command writes.
func TestBiasSVGGolden(t *testing.T) {
	svg := filepath.Join(t.TempDir(), "bias.svg")
	if _, errOut, code := runWorkbench(t, "bias", "--modes", "half-even,half-up,half-down", "--svg", svg); code != 0 {
		t.Fatal(code, errOut)
	}
	got, _ := os.ReadFile(svg)
	want, err := os.ReadFile("../../workbench/testdata/bias-money.svg")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("workbench/testdata/bias-money.svg is not what `pyround bias --modes half-even,half-up,half-down --svg` writes")
	}
}

// TestExplainNegativeN: rounding to tens. Expected values from python3
// (3.11.7): round(125.0, -1) is 120.0; with d = Decimal(125.0) the bracket
// is d.quantize(Decimal('1E+1'), rounding=ROUND_FLOOR) and ROUND_CEILING,
// formatted with format(q, 'f'): 120 and 130;
// str(Decimal('125.0').quantize(Decimal(10) ** 1)) is '125' (Decimal(10) ** 1
// has exponent 0); node: Math.round(125 * 10 ** -1) / 10 ** -1 is 130 and
// (125).toFixed(-1) throws RangeError; Java: new BigDecimal(125.0).setScale(-1,
// HALF_UP).toPlainString() is "130"; gcc: printf("%.*f", -1, 125.0) prints
// "125.000000".
func TestExplainNegativeN(t *testing.T) {
	out, errOut, code := runWorkbench(t, "explain", "125", "-n", "-1", "--json")
	if code != 0 {
		t.Fatal("exit", code, errOut)
	}
	var e struct {
		N                       int
		Lower, Upper, Tie, Side string
		Distance                string
		Modes                   []struct{ Mode, Exact, Displayed string }
		Conventions             []struct{ ID, Result string }
	}
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatal(err, out)
	}
	if e.N != -1 || e.Lower != "120" || e.Upper != "130" || e.Tie != "125" || e.Side != "on the tie" || e.Distance != "0" {
		t.Errorf("got %+v", e)
	}
	if len(e.Modes) != 8 || e.Modes[0].Exact != "120.0" || e.Modes[1].Exact != "130.0" {
		t.Errorf("modes %+v", e.Modes)
	}
	want := map[string]string{"python_round": "120.0", "python_decimal": "125", "numpy_round": "120.0",
		"js_math_round": "130.0", "js_tofixed": "RangeError: toFixed() digits argument must be between 0 and 100",
		"java_new_bigdecimal": "130", "c_printf": "125.000000", "pg_round_numeric": "130"}
	for _, c := range e.Conventions {
		if w, ok := want[c.ID]; ok && c.Result != w {
			t.Errorf("%s: %s, want %s", c.ID, c.Result, w)
		}
		delete(want, c.ID)
	}
	if len(want) != 0 {
		t.Errorf("missing conventions %v", want)
	}
	out, _, code = runWorkbench(t, "explain", "125", "-n", "-1")
	if code != 0 || !strings.Contains(out, "rounding to multiples of 10 (n = -1)") || !strings.Contains(out, "between 120 and 130; the tie is 125") {
		t.Errorf("text:\n%s", out)
	}
}
