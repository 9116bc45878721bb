package rounding

import "github.com/pyround/pyround/mode"

// Mode is one of the eight rounding modes of Python's decimal module,
// defined in package mode (the one place the modes are decided). The zero
// value is HalfEven, the mode of Python's round().
type Mode = mode.Mode

// The eight modes, in the order Python's decimal module documents them.
const (
	HalfEven   = mode.HalfEven   // ROUND_HALF_EVEN: nearest, ties to even (Python's round, banker's rounding)
	HalfUp     = mode.HalfUp     // ROUND_HALF_UP: nearest, ties away from zero
	HalfDown   = mode.HalfDown   // ROUND_HALF_DOWN: nearest, ties toward zero
	Up         = mode.Up         // ROUND_UP: away from zero
	Down       = mode.Down       // ROUND_DOWN: toward zero (truncation)
	Ceiling    = mode.Ceiling    // ROUND_CEILING: toward +Inf
	Floor      = mode.Floor      // ROUND_FLOOR: toward -Inf
	ZeroFiveUp = mode.ZeroFiveUp // ROUND_05UP: toward zero, unless the last kept digit would be 0 or 5, then away
)

// Modes lists every mode, HalfEven first.
var Modes = mode.Modes

// ParseMode returns the mode named s, as mode.Parse does: in any case, the
// Python constant ("ROUND_HALF_EVEN"), the name without prefix
// ("HALF_EVEN"), the same with hyphens ("half-even"), "05up"/"zero-five-up",
// and "bankers" for HalfEven. An unknown name is a ValueError that lists
// the valid names.
func ParseMode(s string) (Mode, error) { return mode.Parse(s) }

// The classes of a discarded fraction, as package mode names them.
type class = mode.Class

const (
	exact     = mode.Exact
	belowHalf = mode.BelowHalf
	half      = mode.Half
	aboveHalf = mode.AboveHalf
)
