package workbench

import (
	"math"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/pyround/pyround/conventions"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/rounding"
)

// Float is one double: as Python's repr prints it and its exact value.
type Float struct {
	Repr  string `json:"repr"`
	Exact string `json:"exact"`
}

func newFloat(x float64) Float { return Float{pyfmt.Repr(x), conventions.ExactString(x)} }

// ModeResult is the result of one of the eight modes on a float.
type ModeResult struct {
	Mode string `json:"mode"`
	// Exact is rounding.RoundFloat: the mode applied to the exact binary
	// value (Python's round() for HALF_EVEN).
	Exact string `json:"exact"`
	// Displayed is rounding.RoundDisplayed: the mode applied to the
	// shortest repr, the value as it is displayed.
	Displayed string `json:"displayed"`
}

// ConventionResult is one other system's answer.
type ConventionResult struct {
	ID     string `json:"id"`
	System string `json:"system"`
	Result string `json:"result"`
	Reason string `json:"reason"`
}

// Explanation is everything `pyround explain` shows about rounding one
// float to N decimal places.
type Explanation struct {
	Value    Float `json:"value"`
	Previous Float `json:"previous"` // the next double toward -Inf
	Next     Float `json:"next"`     // the next double toward +Inf
	N        int   `json:"n"`
	// Lower and Upper are the N-place decimals around the exact value
	// (equal when it has at most N places), Tie their midpoint.
	Lower string `json:"lower"`
	Upper string `json:"upper"`
	Tie   string `json:"tie,omitempty"`
	// Distance is exact value − Tie, exactly; Side says "below the tie",
	// "above the tie", "on the tie" or "no rounding needed".
	Distance    string             `json:"distance,omitempty"`
	Side        string             `json:"side"`
	Modes       []ModeResult       `json:"modes"`
	Conventions []ConventionResult `json:"conventions"`
}

// ErrPlacesRange is Explain's message for an n out of range.
const ErrPlacesRange = "explain takes -20 <= n <= 100 decimal places"

var exactCtx = apd.Context{Precision: 2000, MaxExponent: apd.MaxExponent, MinExponent: apd.MinExponent, Traps: apd.DefaultTraps}

// Explain explains rounding the finite float x to n places,
// conventions.MinPlaces (-20) <= n <= conventions.MaxPlaces (100): a
// negative n rounds to tens (-1), hundreds (-2), ..., and Lower, Upper and
// Tie are then multiples of 10^-n written out ("120", not "1.2E+2").
func Explain(x float64, n int) (*Explanation, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil, pyerr.ValueError("explain needs a finite number, not " + pyfmt.Repr(x))
	}
	if n < conventions.MinPlaces || n > conventions.MaxPlaces {
		return nil, pyerr.ValueError(ErrPlacesRange)
	}
	e := &Explanation{
		Value:    newFloat(x),
		Previous: newFloat(math.Nextafter(x, math.Inf(-1))),
		Next:     newFloat(math.Nextafter(x, math.Inf(1))),
		N:        n,
	}
	ex := conventions.Exact(x)
	lo := conventions.Quantize(ex, n, apd.RoundFloor)
	hi := conventions.Quantize(ex, n, apd.RoundCeiling)
	e.Lower, e.Upper = conventions.Plain(lo), conventions.Plain(hi)
	if lo.Cmp(hi) == 0 {
		e.Side = "no rounding needed"
	} else {
		tie := new(apd.Decimal)
		exactCtx.Add(tie, lo, hi)
		// × 0.5, exactly: a Quo by 2 would pad the coefficient to the
		// context's 2000 digits, and Reduce would strip them one by one
		// (0.5 ms of the 0.52 ms an explanation took).
		exactCtx.Mul(tie, tie, apd.New(5, -1))
		tie.Reduce(tie)
		d := new(apd.Decimal)
		exactCtx.Sub(d, ex, tie)
		d.Reduce(d)
		e.Tie, e.Distance = conventions.Plain(tie), conventions.Plain(d)
		switch d.Sign() {
		case -1:
			e.Side = "below the tie"
		case 1:
			e.Side = "above the tie"
		default:
			e.Side = "on the tie"
		}
	}
	for _, m := range rounding.Modes {
		r := ModeResult{Mode: m.String()}
		if y, err := rounding.RoundFloat(x, n, m); err != nil {
			r.Exact = err.Error()
		} else {
			r.Exact = pyfmt.Repr(y)
		}
		if y, err := rounding.RoundDisplayed(x, n, m); err != nil {
			r.Displayed = err.Error()
		} else {
			r.Displayed = pyfmt.Repr(y)
		}
		e.Modes = append(e.Modes, r)
	}
	for _, c := range conventions.All() {
		e.Conventions = append(e.Conventions, ConventionResult{c.ID, c.System, c.Apply(x, n), c.Reason})
	}
	return e, nil
}

// DecimalModes rounds the decimal text s to n places under each of the
// eight modes as Python's Decimal(s).quantize(...) does, and returns str()
// of each result ("2.68", "-0.00", "1.2E+3") or the error.
func DecimalModes(s string, n int) []string {
	out := make([]string, 0, len(rounding.Modes))
	for _, m := range rounding.Modes {
		b, err := pyops.AppendRoundText(nil, s, n, m)
		if err != nil {
			out = append(out, err.Error())
		} else {
			out = append(out, string(b))
		}
	}
	return out
}

// ModesRow is one value under the eight modes.
type ModesRow struct {
	Input   string   `json:"input"`
	Results []string `json:"results"` // in rounding.Modes order
}

// ModesOf is the row of the modes table for a value's text, read as as
// says (pyops.As): for a float, its repr and Modes(x, n, displayed); for a
// Python int (under pyops.Auto), str() of it and round(int, n) under each
// mode, exactly, as pyops.Round prints it; for a Decimal, the text and
// DecimalModes. A text its reading rejects is Python's error, and so is an
// int result Python could not print.
func ModesOf(text string, as pyops.As, n int, displayed bool) (ModesRow, error) {
	if as == pyops.Decimal {
		if err := pyops.CheckDecimal(text); err != nil {
			return ModesRow{}, err
		}
		return ModesRow{Input: strings.TrimSpace(text), Results: DecimalModes(text, n)}, nil
	}
	x, err := pyops.ReadNumber([]byte(text), as, nil)
	switch {
	case err != nil:
		return ModesRow{}, err
	case x.IsFloat:
		return ModesRow{Input: pyfmt.Repr(x.Float), Results: Modes(x.Float, n, displayed)}, nil
	}
	var row ModesRow
	if x.Big != nil {
		row.Input = string(pyfmt.AppendBigInt(nil, x.Big))
	} else {
		row.Input = string(pyfmt.AppendInt(nil, x.Int))
	}
	for _, m := range rounding.Modes {
		r := pyops.Round{HasN: true, N: n, Mode: m}
		out, err := r.Append(nil, []byte(text))
		if err != nil {
			return row, err
		}
		row.Results = append(row.Results, string(out))
	}
	return row, nil
}

// Modes rounds x to n places under each of the eight modes: on the exact
// binary value (rounding.RoundFloat), or on the displayed value
// (rounding.RoundDisplayed) when displayed is set. Errors appear as
// "Type: message".
func Modes(x float64, n int, displayed bool) []string {
	out := make([]string, 0, len(rounding.Modes))
	for _, m := range rounding.Modes {
		f := rounding.RoundFloat
		if displayed {
			f = rounding.RoundDisplayed
		}
		if y, err := f(x, n, m); err != nil {
			out = append(out, err.Error())
		} else {
			out = append(out, pyfmt.Repr(y))
		}
	}
	return out
}
