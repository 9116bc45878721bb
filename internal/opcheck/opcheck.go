// Package opcheck runs the oracle's operations (internal/oracle) on
// package pyops, so that the golden replays, the live differential tests,
// the fuzz targets and the soak all check the one implementation every
// surface calls.
package opcheck

import (
	"fmt"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pydatetime"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
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
	return oracle.Result(string(out), err), nil
}
