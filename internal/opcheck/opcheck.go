// Package opcheck runs the oracle's operations (internal/oracle) on
// package pyops, so that the golden replays, the live differential tests,
// the fuzz targets and the soak all check the one implementation every
// surface calls.
package opcheck

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pydatetime"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Ops are the oracle operations pyops performs, with their arguments:
//
//	round     AS TEXT N MODE   (N "" for round(x))
//	floordiv  AS A B
//	mod       AS A B
//	divmod    AS A B
//	format    AS SPEC TEXT
//	hms       AS TEXT FORMAT
//	shard     HASH K KEY
//	chunks    MODE N K I         (MODE parts|size; I "" for the count only)
//	chunksall MODE N K FORMAT    (FORMAT lines|json: the whole output)
//	bintime   WIDTH ORIGIN LABEL TEXT   (ORIGIN "" for the epoch)
//	fromisoformat TEXT
//	bin       AS WIDTH ORIGIN LABEL TEXT   (ORIGIN "" for the default 0)
//	binvalue  AS WIDTH ORIGIN LABEL TEXT   (bin's numbers and bintime's timestamps, as pyround bin)
//	roundinc  AS TEXT INC MODE   (round to a multiple of the increment INC)
var Ops = []string{"round", "roundinc", "floordiv", "mod", "divmod", "format", "hms", "bin", "binvalue", "shard", "chunks", "chunksall", "bintime", "fromisoformat"}

var divOps = map[string]pyops.DivOp{"floordiv": pyops.FloorDiv, "mod": pyops.Mod, "divmod": pyops.DivMod}

// Eval performs op on args with package pyops and returns what the oracle
// answers for a case: the printed text, or "!Type: message" (see
// oracle.Result). The error is for arguments that are no case of op.
func Eval(op string, args []string) (string, error) {
	switch op {
	case "shard":
		return evalShard(args)
	case "chunks", "chunksall":
		return evalChunks(op, args)
	case "bintime":
		return evalTimeBin(args)
	case "fromisoformat":
		return evalFromISOFormat(args)
	case "roundinc":
		return evalRoundInc(args)
	}
	want := map[string]int{"round": 4, "format": 3, "hms": 3, "bin": 5, "binvalue": 5}[op]
	if _, ok := divOps[op]; ok {
		want = 3
	}
	if want == 0 || len(args) != want {
		return "", fmt.Errorf("opcheck: %s takes %d arguments, got %q", op, want, args)
	}
	as, err := pyops.ParseAs(args[0])
	if err != nil {
		return "", err
	}
	var out []byte
	switch op {
	case "round":
		r := pyops.Round{As: as, HasN: args[2] != ""}
		if r.Mode, err = mode.Parse(args[3]); err != nil {
			return "", err
		}
		if r.HasN {
			if r.N, err = pyops.ParseNDigits(args[2]); err != nil {
				return "", err
			}
		}
		out, err = r.Append(nil, []byte(args[1]))
	case "format":
		out, err = pyops.NewFormat(args[1], as).Append(nil, []byte(args[2]))
	case "hms":
		h := pyops.HMS{As: as}
		if h.Format, err = convert.ParseHMSFormat(args[2]); err != nil {
			return "", err
		}
		out, err = h.Append(nil, []byte(args[1]))
	case "bin", "binvalue":
		label, err := pyops.ParseBinLabel(args[3])
		if err != nil {
			return "", err
		}
		var b interface {
			Append(dst, v []byte) ([]byte, error)
		}
		if op == "bin" {
			b, err = pyops.NewBin(args[1], args[2], as, label)
		} else {
			b, err = pyops.NewBinning(args[1], args[2], as, label)
		}
		if err != nil {
			return oracle.Result("", err), nil
		}
		out, err = b.Append(nil, []byte(args[4]))
		return oracle.Result(string(out), err), nil
	default:
		d := pyops.Div{Op: divOps[op], As: as}
		out, err = d.Append(nil, []byte(args[1]), []byte(args[2]))
	}
	return oracle.Result(string(out), err), nil
}

// Check replays cases of op through Eval and reports every difference
// from Python's answers (oracle.CheckCases).
func Check(t *testing.T, op string, cases []oracle.Case) {
	t.Helper()
	oracle.CheckCases(t, op, cases, func(args []string) string {
		got, err := Eval(op, args)
		if err != nil {
			t.Fatal(err)
		}
		return got
	})
}

// evalTimeBin performs bintime WIDTH ORIGIN LABEL TEXT: the flags are read
// first, as the oracle's specification reads them.
func evalTimeBin(args []string) (string, error) {
	if len(args) != 4 {
		return "", fmt.Errorf("opcheck: bintime takes 4 arguments, got %q", args)
	}
	label, err := pyops.ParseBinLabel(args[2])
	if err != nil {
		return "", err
	}
	b, err := pyops.NewTimeBin(args[0], args[1], label)
	if err != nil {
		return oracle.Result("", err), nil
	}
	out, err := b.Append(nil, []byte(args[3]))
	return oracle.Result(string(out), err), nil
}

// evalFromISOFormat performs fromisoformat TEXT:
// datetime.fromisoformat(TEXT).isoformat().
func evalFromISOFormat(args []string) (string, error) {
	if len(args) != 1 {
		return "", fmt.Errorf("opcheck: fromisoformat takes 1 argument, got %q", args)
	}
	dt, err := pydatetime.Parse(args[0])
	if err != nil {
		return oracle.Result("", err), nil
	}
	return string(pydatetime.AppendISO(nil, dt)), nil
}

// evalRoundInc performs roundinc AS TEXT INC MODE: the increment is read
// first, as the command reads its flags before any value.
func evalRoundInc(args []string) (string, error) {
	if len(args) != 4 {
		return "", fmt.Errorf("opcheck: roundinc takes 4 arguments, got %q", args)
	}
	as, err := pyops.ParseAs(args[0])
	if err != nil {
		return "", err
	}
	m, err := mode.Parse(args[3])
	if err != nil {
		return "", err
	}
	inc, err := rounding.ParseIncrement(args[2])
	if err != nil {
		return oracle.Result("", err), nil
	}
	r := pyops.RoundIncrement{Inc: inc, Mode: m, As: as}
	out, err := r.Append(nil, []byte(args[1]))
	if err == nil {
		if diff := crossRoundInc(as, args[1], inc, m, string(out)); diff != "" {
			return diff, nil // differs from python3's answer, which out matched or not
		}
	}
	return oracle.Result(string(out), err), nil
}

// crossRoundInc checks the typed library functions that round to an
// increment against out, the text operation's answer for the same case,
// so that every golden and live case pins them to Python too: shopspring
// decimals (rounding.RoundDecimalIncrement) and fixed.Decimal under
// --as decimal, and int8, int32, int64 and uint64 (RoundIntIncrement) for
// an int with an integral increment, where a type too narrow for the
// result must give an OverflowError. It returns "" when they agree, else
// a description that no oracle answer equals.
func crossRoundInc(as pyops.As, text string, inc rounding.Increment, m mode.Mode, out string) string {
	if as == pyops.Decimal {
		want, err := decimal.NewFromString(out)
		if err != nil {
			return "" // NaN: no shopspring or fixed value
		}
		if p, _, err := pyparse.ParseDecimal(nil, text); err == nil && p.Kind == pyparse.Finite &&
			p.Exp >= math.MinInt32 && p.Exp <= math.MaxInt32 && len(p.Coeff) <= 1000 {
			c, _ := new(big.Int).SetString(string(p.Coeff), 10)
			if p.Neg {
				c.Neg(c)
			}
			got, err := rounding.RoundDecimalIncrement(decimal.NewFromBigInt(c, int32(p.Exp)), inc, m)
			if err == nil && (!got.Equal(want) || got.Exponent() != want.Exponent()) {
				return fmt.Sprintf("RoundDecimalIncrement(%s) = %s (exponent %d), text path %s", text, got, got.Exponent(), out)
			}
		}
		if d, err := fixed.Parse(text); err == nil {
			if got, err := d.RoundIncrement(inc, m); err == nil && got.String() != out {
				return fmt.Sprintf("fixed RoundIncrement(%s) = %s, text path %s", text, got, out)
			}
		}
		return ""
	}
	x, err := pyops.ReadNumber([]byte(text), as, nil)
	if err != nil || x.IsFloat || !inc.Integral() {
		return ""
	}
	want, ok := new(big.Int).SetString(out, 10)
	if !ok {
		return "text path printed " + out + " for an int"
	}
	bx := x.Big
	if bx == nil {
		bx = big.NewInt(x.Int)
	}
	for _, c := range []struct {
		name     string
		min, max *big.Int
		round    func() (string, error)
	}{
		{"int8", big.NewInt(math.MinInt8), big.NewInt(math.MaxInt8), func() (string, error) {
			v, err := rounding.RoundIntIncrement(int8(bx.Int64()), inc, m)
			return strconv.FormatInt(int64(v), 10), err
		}},
		{"int32", big.NewInt(math.MinInt32), big.NewInt(math.MaxInt32), func() (string, error) {
			v, err := rounding.RoundIntIncrement(int32(bx.Int64()), inc, m)
			return strconv.FormatInt(int64(v), 10), err
		}},
		{"int64", big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64), func() (string, error) {
			v, err := rounding.RoundIntIncrement(bx.Int64(), inc, m)
			return strconv.FormatInt(v, 10), err
		}},
		{"uint64", new(big.Int), new(big.Int).SetUint64(math.MaxUint64), func() (string, error) {
			v, err := rounding.RoundIntIncrement(bx.Uint64(), inc, m)
			return strconv.FormatUint(v, 10), err
		}},
	} {
		if bx.Cmp(c.min) < 0 || bx.Cmp(c.max) > 0 {
			continue // x is no value of the type
		}
		got, err := c.round()
		fits := want.Cmp(c.min) >= 0 && want.Cmp(c.max) <= 0
		switch {
		case fits && (err != nil || got != out):
			return fmt.Sprintf("RoundIntIncrement(%s(%s)) = %s, %v; text path %s", c.name, text, got, err, out)
		case !fits && !isOverflow(err):
			return fmt.Sprintf("RoundIntIncrement(%s(%s)) = %s, %v; want an OverflowError for %s", c.name, text, got, err, out)
		}
	}
	return ""
}

func isOverflow(err error) bool {
	var pe *pyerr.Error
	return errors.As(err, &pe) && pe.Type == "OverflowError"
}
