// Package cpyref holds CPython algorithms transcribed literally into Go,
// as references for tests: package code may compute faster, and tests and
// fuzz targets check that it agrees with these bit for bit.
package cpyref

import "math"

// FloatDivMod is CPython's _float_div_mod (Objects/floatobject.c) written
// out literally, with math.Mod as C's fmod: the results of a // b and
// a % b for floats, before the zero-divisor check.
func FloatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}
