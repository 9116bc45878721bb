package pydecimal_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/tsv"
	"github.com/pyround/pyround/pydecimal"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/rounding"
)

// opsIntText is gen_ops.py's int_text: hex(n), or for a long n its bit
// length and a digest of hex(n).
func opsIntText(n *big.Int) string {
	var h string
	if n.Sign() < 0 {
		h = "-0x" + new(big.Int).Neg(n).Text(16)
	} else {
		h = "0x" + n.Text(16)
	}
	if len(h) <= 200 {
		return h
	}
	sum := sha256.Sum256([]byte(h))
	return fmt.Sprintf("bits:%d:sha256:%s", n.BitLen(), hex.EncodeToString(sum[:])[:24])
}

// opsFloatText is gen_ops.py's fmt_float.
func opsFloatText(f float64) string {
	if math.IsNaN(f) {
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

// runOp computes one row of gen_ops.py: the operation and its operands,
// and returns what pydecimal gives in the row's notation.
func runOp(ctx *pydecimal.Context, f []string) (string, error) {
	var x, y, z apd.Decimal
	dec := func(s string, d *apd.Decimal) {
		if err := pydParse(s, d); err != nil {
			panic(fmt.Sprintf("operand %q: %v", s, err))
		}
	}
	str := func(err error) (string, error) {
		return oracle.Result(string(pyfmt.AppendAPD(nil, &z)), err), nil
	}
	op := f[0]
	switch op {
	case "fromfloat":
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return "", err
		}
		pydecimal.FromFloat(&z, v)
		return str(nil)
	case "fromint":
		n, ok := new(big.Int).SetString(f[1], 10)
		if !ok {
			return "", fmt.Errorf("bad int %q", f[1])
		}
		pydecimal.FromBigInt(&z, n)
		return str(nil)
	}
	dec(f[1], &x)
	switch op {
	case "add", "sub", "mul", "div", "pow":
		dec(f[2], &y)
		fn := map[string]func(z, a, b *apd.Decimal) error{
			"add": ctx.Add, "sub": ctx.Sub, "mul": ctx.Mul, "div": ctx.Quo, "pow": ctx.Pow,
		}[op]
		return str(fn(&z, &x, &y))
	case "neg":
		return str(ctx.Neg(&z, &x))
	case "pos":
		return str(ctx.Plus(&z, &x))
	case "abs":
		return str(ctx.Abs(&z, &x))
	case "quantize":
		dec(f[2], &y)
		m, err := rounding.ParseMode(f[3])
		if err != nil {
			return "", err
		}
		return str(ctx.Quantize(&z, &x, &y, m))
	case "round":
		n, ok := new(big.Int).SetString(f[2], 10)
		if !ok {
			return "", fmt.Errorf("bad int %q", f[2])
		}
		return str(ctx.Round(&z, &x, n))
	case "toint":
		m, err := rounding.ParseMode(f[2])
		if err != nil {
			return "", err
		}
		n, err := ctx.ToInt(nil, &x, m)
		if err != nil {
			return oracle.Result("", err), nil
		}
		return opsIntText(n), nil
	case "float":
		v, err := pydecimal.Float(&x)
		if err != nil {
			return oracle.Result("", err), nil
		}
		return opsFloatText(v), nil
	}
	return "", fmt.Errorf("unknown op %q", op)
}

// checkRows replays rows of gen_ops.py, as their TAB-separated fields, and
// returns the number checked.
func checkRows(t *testing.T, rows [][]string) int {
	t.Helper()
	ctx := pydecimal.DefaultContext()
	bad := 0
	for i, f := range rows {
		line := strings.Join(f, "\t")
		if len(f) < 3 {
			t.Fatalf("row %d: malformed %q", i+1, line)
		}
		want := f[len(f)-1]
		start := time.Now()
		got, err := runOp(ctx, f[:len(f)-1])
		if d := time.Since(start); d > time.Second {
			t.Logf("row %d took %v: %.200s", i+1, d, line)
		}
		if err != nil {
			t.Fatalf("row %d %q: %v", i+1, line, err)
		}
		if got != want {
			bad++
			if bad <= 30 {
				t.Errorf("row %d: %s\n got  %s\n want %s", i+1, strings.Join(f[:len(f)-1], " "), got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d rows differ", bad, len(rows))
	}
	return len(rows)
}

// TestOpsTable replays testdata/ops.tsv.gz, written by
// `python3 testdata/gen_ops.py | gzip -9 -n > testdata/ops.tsv.gz` with
// CPython 3.11.7 (40000 rows, seed 20261126).
func TestOpsTable(t *testing.T) {
	rows, err := readOps("testdata/ops.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	if n := checkRows(t, rows); n < 30000 {
		t.Errorf("only %d rows", n)
	}
}

// TestOpsLive runs fresh cases of gen_ops.py against the live oracle: the
// script builds case i of the run from the seed oracle.Seed gives.
func TestOpsLive(t *testing.T) {
	o := oracle.Start(t)
	seed := oracle.Seed(t)
	n := oracle.CaseCount(t, 20000)
	gen, err := filepath.Abs("testdata/gen_ops.py")
	if err != nil {
		t.Fatal(err)
	}
	script := fmt.Sprintf("import runpy, sys\nsys.argv = [%q, '--serve']\nrunpy.run_path(%q, run_name='__main__')\n", gen, gen)
	in := make([]string, n)
	for i := range in {
		in[i] = strconv.FormatInt(seed*1_000_003+int64(i), 10)
	}
	out := o.RunScript(t, script, in)
	rows := make([][]string, len(out))
	for i, line := range out {
		rows[i] = strings.Split(line, "\t")
	}
	checkRows(t, rows)
}

// TestOpsFile replays a further table in gen_ops.py's format named by
// $PYDECIMAL_OPS, for targeted runs (skipped when unset).
func TestOpsFile(t *testing.T) {
	name := os.Getenv("PYDECIMAL_OPS")
	if name == "" {
		t.Skip("PYDECIMAL_OPS not set")
	}
	rows, err := readOps(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d rows", checkRows(t, rows))
}

// readOps reads a table in gen_ops.py's format (plain or .gz) as fields.
func readOps(name string) ([][]string, error) {
	rows, err := tsv.ReadFile(name)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r.Fields
	}
	return out, nil
}
