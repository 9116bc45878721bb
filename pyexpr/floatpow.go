package pyexpr

import (
	"math"
	"math/big"
	"strconv"

	edec "github.com/ericlagergren/decimal"
	emath "github.com/ericlagergren/decimal/math"

	"github.com/pyround/pyround/pyerr"
)

var (
	errPowZeroNegative = pyerr.ZeroDivisionError("0.0 cannot be raised to a negative power")
	errPowRange        = pyerr.OverflowError("(34, 'Numerical result out of range')")
	errComplexPowRange = pyerr.OverflowError("complex exponentiation")
)

// floatPow is Python's float ** float (CPython's float_pow): its special
// cases verbatim, and for the rest the C library's pow, as CPython calls
// it (with cgo; without, the correctly rounded power, see libmPow). An
// overflow is Python's OverflowError; an underflow is 0.0 or a subnormal,
// silently, as in Python. A negative base with a non-integer exponent has
// a complex result in Python, which pyround does not support.
func floatPow(iv, iw float64) (float64, error) {
	if iw == 0 {
		return 1, nil
	}
	if math.IsNaN(iv) {
		return iv, nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return 1, nil
		}
		return iw, nil
	}
	if math.IsInf(iw, 0) {
		av := math.Abs(iv)
		switch {
		case av == 1:
			return 1, nil
		case (iw > 0) == (av > 1):
			return math.Abs(iw), nil
		}
		return 0, nil
	}
	odd := isOddInteger(iw)
	if math.IsInf(iv, 0) {
		if iw > 0 {
			if odd {
				return iv, nil
			}
			return math.Abs(iv), nil
		}
		if odd {
			return math.Copysign(0, iv), nil
		}
		return 0, nil
	}
	if iv == 0 {
		if iw < 0 {
			return 0, errPowZeroNegative
		}
		if odd {
			return iv, nil
		}
		return 0, nil
	}
	neg := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			// Python computes the complex power (_Py_c_pow): its modulus is
			// pow(-iv, iw), and when that overflows complex_pow raises
			// OverflowError instead of returning a complex result.
			if l, _ := libmPow(-iv, iw); math.IsInf(l, 0) {
				return 0, errComplexPowRange
			}
			return 0, errUnsupported("complex results (a negative float to a fractional power)")
		}
		iv, neg = -iv, odd
	}
	if iv == 1 {
		if neg {
			return -1, nil
		}
		return 1, nil
	}
	r, errno := libmPow(iv, iw)
	// _Py_ADJUST_ERANGE1: an infinite result is an overflow, and an
	// underflow to zero is not an error.
	if errno == 0 && math.IsInf(r, 0) {
		errno = erange
	} else if errno == erange && r == 0 {
		errno = 0
	}
	switch errno {
	case 0:
	case erange:
		return 0, errPowRange
	default:
		return 0, pyerr.ValueError("(33, 'Numerical argument out of domain')")
	}
	if neg {
		r = -r
	}
	return r, nil
}

// isOddInteger reports whether x is an odd integer (CPython's
// DOUBLE_IS_ODD_INTEGER).
func isOddInteger(x float64) bool {
	return math.Mod(math.Abs(x), 2) == 1
}

// erange is the C library's ERANGE on the platforms Go supports.
const erange = 34

// powPositive returns x**y correctly rounded for finite x > 0, x != 1 and
// finite y != 0; ±Inf past the float range, 0 or a subnormal below it.
func powPositive(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 1024 {
		// Exact: x has 53 significant bits, x**n at most 53·n.
		n := int(math.Abs(y))
		p := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(1)
		bx := new(big.Float).SetFloat64(x)
		for i := 0; i < n; i++ {
			p.Mul(p, bx)
		}
		if y < 0 {
			// 1/p rounded to 256 bits, then to float: double rounding could
			// only matter for a quotient within 2^-200 of a midpoint that
			// is not on it, which 1/x**n (x a float) never is.
			p = new(big.Float).SetPrec(256).Quo(big.NewFloat(1).SetPrec(256), p)
		}
		f, _ := p.Float64()
		return f
	}
	// exp(y·ln x) to 70 digits, then the nearest float to that decimal.
	ctx := edec.Context{Precision: 70, RoundingMode: edec.ToNearestEven}
	bx := new(edec.Big)
	bx.Context = ctx
	bx.SetFloat64(x)
	by := new(edec.Big)
	by.Context = ctx
	by.SetFloat64(y)
	l := new(edec.Big)
	l.Context = ctx
	emath.Log(l, bx)
	l.Mul(l, by)
	z := new(edec.Big)
	z.Context = ctx
	emath.Exp(z, l)
	f, err := strconv.ParseFloat(z.String(), 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		return math.NaN()
	}
	return f
}
