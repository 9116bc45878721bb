package rounding

import (
	"strings"

	"github.com/pyround/pyround/internal/decround"

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

var modeNames = [...]string{"HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR", "05UP"}

// String returns the mode's name in Python's decimal module without the
// ROUND_ prefix: "HALF_EVEN", ..., "05UP".
func (m Mode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "Mode(" + itoa(int(m)) + ")"
}

// PythonName returns the constant's name in Python's decimal module,
// such as "ROUND_HALF_EVEN".
func (m Mode) PythonName() string { return "ROUND_" + m.String() }

// Valid reports whether m is one of the eight modes.
func (m Mode) Valid() bool { return int(m) < len(modeNames) }

// ParseMode returns the mode named s. It accepts, in any case, the Python
// constant ("ROUND_HALF_EVEN"), the name without prefix ("HALF_EVEN"), the
// same with hyphens ("half-even"), "05up"/"zero-five-up", and "bankers" for
// HalfEven. An unknown name is a ValueError that lists the valid names.
func ParseMode(s string) (Mode, error) {
	k := strings.ToUpper(strings.TrimSpace(s))
	k = strings.ReplaceAll(k, "-", "_")
	k = strings.TrimPrefix(k, "ROUND_")
	switch k {
	case "BANKERS", "BANKER", "BANKERS_ROUNDING":
		return HalfEven, nil
	case "ZERO_FIVE_UP", "ZEROFIVEUP":
		return ZeroFiveUp, nil
	}
	for i, n := range modeNames {
		if k == n || k == strings.ReplaceAll(n, "_", "") {
			return Mode(i), nil
		}
	}
	return 0, pyerr.ValueError("unknown rounding mode " + quote(s) +
		"; valid modes: half-even (bankers), half-up, half-down, up, down, ceiling, floor, 05up " +
		"(also as ROUND_HALF_EVEN ..., any case)")
}

func quote(s string) string { return "'" + s + "'" }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// class describes the part of an exact value below the rounding position;
// its values and the eight modes are defined once, in internal/decround.
type class = decround.Class

const (
	exact     = decround.Exact
	belowHalf = decround.BelowHalf
	half      = decround.Half
	aboveHalf = decround.AboveHalf
)

// The modes are numbered as decround numbers them, so a conversion is free.
var _ = [1]struct{}{}[ZeroFiveUp-Mode(decround.ZeroFiveUp)+HalfEven-Mode(decround.HalfEven)]

// increments reports whether a magnitude truncated to q (whose last digit
// is lastDigit) must be bumped by one unit away from zero under mode m,
// given the discarded fraction c and the sign of the value.
func (m Mode) increments(c class, lastDigit uint, neg bool) bool {
	return decround.Mode(m).Increments(c, lastDigit, neg)
}
