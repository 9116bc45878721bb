package mode

import (
	"strconv"
	"strings"

	"github.com/pyround/pyround/pyerr"
)

// Mode is one of the eight rounding modes of Python's decimal module.
// The zero value is HalfEven, the mode of Python's round().
type Mode uint8

// The eight modes, in the order Python's decimal module documents them.
const (
	HalfEven   Mode = iota // ROUND_HALF_EVEN: nearest, ties to even (Python's round, banker's rounding)
	HalfUp                 // ROUND_HALF_UP: nearest, ties away from zero
	HalfDown               // ROUND_HALF_DOWN: nearest, ties toward zero
	Up                     // ROUND_UP: away from zero
	Down                   // ROUND_DOWN: toward zero (truncation)
	Ceiling                // ROUND_CEILING: toward +Inf
	Floor                  // ROUND_FLOOR: toward -Inf
	ZeroFiveUp             // ROUND_05UP: toward zero, unless the last kept digit would be 0 or 5, then away
)

// Modes lists every mode, HalfEven first.
var Modes = [...]Mode{HalfEven, HalfUp, HalfDown, Up, Down, Ceiling, Floor, ZeroFiveUp}

var names = [...]string{"HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"}

// String returns the mode's name in Python's decimal module without the
// ROUND_ prefix: "HALF_EVEN", ..., "05UP".
func (m Mode) String() string {
	if int(m) < len(names) {
		return names[m]
	}
	return "Mode(" + strconv.Itoa(int(m)) + ")"
}

// PythonName returns the constant's name in Python's decimal module,
// such as "ROUND_HALF_EVEN".
func (m Mode) PythonName() string { return "ROUND_" + m.String() }

// Valid reports whether m is one of the eight modes.
func (m Mode) Valid() bool { return int(m) < len(names) }

// Parse returns the mode named s. It accepts, in any case, the Python
// constant ("ROUND_HALF_EVEN"), the name without prefix ("HALF_EVEN"), the
// same with hyphens ("half-even"), "05up"/"zero-five-up", and "bankers" for
// HalfEven. An unknown name is a ValueError that lists the valid names.
func Parse(s string) (Mode, error) {
	k := strings.ToUpper(strings.TrimSpace(s))
	k = strings.ReplaceAll(k, "-", "_")
	k = strings.TrimPrefix(k, "ROUND_")
	switch k {
	case "BANKERS", "BANKER", "BANKERS_ROUNDING":
		return HalfEven, nil
	case "ZERO_FIVE_UP", "ZEROFIVEUP":
		return ZeroFiveUp, nil
	}
	for i, n := range names {
		if k == n || k == strings.ReplaceAll(n, "_", "") {
			return Mode(i), nil
		}
	}
	return 0, pyerr.ValueError("unknown rounding mode '" + s + "'" +
		"; valid modes: half-even (bankers), half-up, half-down, up, down, ceiling, floor, 05up " +
		"(also as ROUND_HALF_EVEN ..., any case)")
}
