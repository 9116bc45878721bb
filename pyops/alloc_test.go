package pyops_test

import (
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/mode"
	"github.com/pyround/pyround/pyops"
)

var sinkB []byte

// The operations' hot paths allocate nothing once their scratch space and
// dst have grown: a pipeline calls them once per cell, millions of times.
func TestHotPathsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" {
		t.Skip("coverage instrumentation allocates")
	}
	buf := make([]byte, 0, 128)
	round2 := &pyops.Round{HasN: true, N: 2}
	roundUp := &pyops.Round{HasN: true, N: -1, Mode: mode.Up}
	roundInt := &pyops.Round{}
	roundDec := &pyops.Round{As: pyops.Decimal, HasN: true, N: 2, Mode: mode.HalfUp}
	roundDecBig := &pyops.Round{As: pyops.Decimal, HasN: true, N: 30}
	floordiv := &pyops.Div{Op: pyops.FloorDiv}
	divmod := &pyops.Div{Op: pyops.DivMod}
	divDec := &pyops.Div{Op: pyops.DivMod, As: pyops.Decimal}
	format := pyops.NewFormat(",.2f", pyops.Auto)
	hms := &pyops.HMS{Format: convert.Python}
	var pair pyops.Pair
	line := []byte(" 7\t2 ")
	lit := []byte("1e3")
	cases := map[string]func(){
		"Round fast path":       func() { buf, _ = round2.Append(buf[:0], []byte("2.675")) },
		"Round exact float":     func() { buf, _ = round2.Append(buf[:0], []byte("2.675e0")) },
		"Round int, mode":       func() { buf, _ = roundUp.Append(buf[:0], []byte("-1234")) },
		"round(x)":              func() { buf, _ = roundInt.Append(buf[:0], []byte("-2.5")) },
		"Round decimal (fixed)": func() { buf, _ = roundDec.Append(buf[:0], []byte("-1234.56789")) },
		"Round decimal (text)":  func() { buf, _ = roundDecBig.Append(buf[:0], []byte("1.5E-40")) },
		"floordiv ints":         func() { buf, _ = floordiv.Append(buf[:0], []byte("-7"), []byte("2")) },
		"divmod floats":         func() { buf, _ = divmod.Append(buf[:0], []byte("-7.5"), []byte("2")) },
		"divmod decimals":       func() { buf, _ = divDec.Append(buf[:0], []byte("-7.5"), []byte("2")) },
		"format ,.2f":           func() { buf, _ = format.Append(buf[:0], []byte("1234567.891")) },
		"hms":                   func() { buf, _ = hms.Append(buf[:0], []byte("3723.5")) },
		"AppendRoundText":       func() { buf, _ = pyops.AppendRoundText(buf[:0], "-1234.56789e-3", 2, mode.HalfEven) },
		"AppendRoundText []":    func() { buf, _ = pyops.AppendRoundText(buf[:0], []byte("99.995"), 2, mode.HalfUp) },
		"AppendRoundText E":     func() { buf, _ = pyops.AppendRoundText(buf[:0], "1234", -2, mode.HalfEven) },
		"AppendRoundText 0s":    func() { buf, _ = pyops.AppendRoundText(buf[:0], "-123456789012345678", 8, mode.HalfEven) },
		"AppendRoundTextInt":    func() { buf, _ = pyops.AppendRoundTextInt(buf[:0], "-2.5", mode.Ceiling) },
		"Pair":                  func() { a, _, _ := pair.Split(line); buf = a },
		"ReadNumber":            func() { n, _ := pyops.ReadNumber(lit, pyops.Auto, nil); buf = buf[:int(n.Float)&0] },
	}
	for name, f := range cases {
		f() // grow the scratch space
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocs per call, want 0", name, n)
		}
	}
	sinkB = buf
}
