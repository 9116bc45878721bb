package convert

import (
	"math"
	"math/big"
	"strconv"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
	"github.com/shopspring/decimal"
)

// MaxDays is the largest magnitude of Timedelta.Days, Python's
// timedelta.max.days (999999999).
const MaxDays = 999_999_999

const (
	secondsPerDay = 86400
	microsPerSec  = 1_000_000
)

// Errors of the Timedelta constructors, as CPython 3.11's
// datetime.timedelta raises them.
var (
	// ErrDaysCInt is what timedelta raises when the number of days does
	// not even fit a C int (|days| >= 2**31), before its magnitude check.
	ErrDaysCInt = pyerr.OverflowError("Python int too large to convert to C int")
	// ErrDecimalNaNRatio and ErrDecimalInfRatio are the errors of the
	// reference expression for decimal seconds,
	// timedelta(microseconds=round(Fraction(d) * 10**6)), for NaN and
	// Infinity (Fraction() raises them).
	ErrDecimalNaNRatio = pyerr.ValueError("cannot convert NaN to integer ratio")
	ErrDecimalInfRatio = pyerr.OverflowError("cannot convert Infinity to integer ratio")
)

// errDays is timedelta's OverflowError for a day count past MaxDays.
func errDays(days int64) error {
	return pyerr.OverflowError("days=" + strconv.FormatInt(days, 10) + "; must have magnitude <= 999999999")
}

// Timedelta is a duration stored as Python's datetime.timedelta stores
// it: Days in [-MaxDays, MaxDays], Seconds in [0, 86399] and
// Microseconds in [0, 999999], so a negative duration has negative days
// and non-negative seconds (-1 second is -1 day + 86399 seconds). The
// zero value is a zero duration. Timedeltas are comparable with ==.
type Timedelta struct {
	days, secs, us int32
}

// Days returns the days field, in [-MaxDays, MaxDays].
func (t Timedelta) Days() int { return int(t.days) }

// Seconds returns the seconds field, in [0, 86399].
func (t Timedelta) Seconds() int { return int(t.secs) }

// Microseconds returns the microseconds field, in [0, 999999].
func (t Timedelta) Microseconds() int { return int(t.us) }

// FloorSeconds returns the whole seconds of the duration rounded toward
// negative infinity and the microseconds above them, in [0, 999999]:
// -1.5 seconds is (-2, 500000). It is exact and never overflows
// (|seconds| < 2**47). Unlike Python's total_seconds() it is not a float.
func (t Timedelta) FloorSeconds() (sec int64, us int) {
	return int64(t.days)*secondsPerDay + int64(t.secs), int(t.us)
}

// Decimal returns the duration in seconds, exactly: -1.5 seconds is
// Decimal("-1.5").
func (t Timedelta) Decimal() decimal.Decimal {
	sec, us := t.FloorSeconds()
	return decimal.New(sec, 0).Add(decimal.New(int64(us), -6)) // sec*1e6 can pass 2**63
}

// NewTimedelta returns timedelta(days=days, seconds=seconds,
// microseconds=microseconds) for integer arguments: the sum normalized
// as Python normalizes it. A result past MaxDays is Python's
// OverflowError (days=N; must have magnitude <= 999999999, or ErrDaysCInt
// when N does not fit a C int).
func NewTimedelta(days, seconds, microseconds int64) (Timedelta, error) {
	var m, x big.Int
	m.SetInt64(days)
	m.Mul(&m, x.SetInt64(secondsPerDay))
	m.Add(&m, x.SetInt64(seconds))
	m.Mul(&m, x.SetInt64(microsPerSec))
	m.Add(&m, x.SetInt64(microseconds))
	return fromMicrosBig(&m)
}

// fromSecMicro builds a Timedelta of sec seconds plus us microseconds,
// us in [0, 1e6), with timedelta's range checks.
func fromSecMicro(sec, us int64) (Timedelta, error) {
	days, s := sec/secondsPerDay, sec%secondsPerDay
	if s < 0 {
		days, s = days-1, s+secondsPerDay
	}
	if days < math.MinInt32 || days > math.MaxInt32 {
		return Timedelta{}, ErrDaysCInt
	}
	if days < -MaxDays || days > MaxDays {
		return Timedelta{}, errDays(days)
	}
	return Timedelta{int32(days), int32(s), int32(us)}, nil
}

var bigMicrosPerSec = big.NewInt(microsPerSec)

// fromMicrosBig builds the Timedelta of m microseconds (m is not modified).
func fromMicrosBig(m *big.Int) (Timedelta, error) {
	if m.IsInt64() {
		v := m.Int64()
		sec, us := v/microsPerSec, v%microsPerSec
		if us < 0 {
			sec, us = sec-1, us+microsPerSec
		}
		return fromSecMicro(sec, us)
	}
	var q, r big.Int
	q.DivMod(m, bigMicrosPerSec, &r) // Euclidean = floor for a positive divisor
	if !q.IsInt64() {
		return Timedelta{}, ErrDaysCInt // |q| >= 2**63 s: days far past a C int
	}
	return fromSecMicro(q.Int64(), r.Int64())
}

// NewTimedeltaSeconds returns timedelta(seconds=seconds). Past 999999999
// days it is Python's OverflowError: days=N; must have magnitude <=
// 999999999, or ErrDaysCInt when N does not even fit a C int.
func NewTimedeltaSeconds(seconds int64) (Timedelta, error) {
	return fromSecMicro(seconds, 0)
}

// NewTimedeltaBig is NewTimedeltaSeconds for an integer of any size.
func NewTimedeltaBig(seconds *big.Int) (Timedelta, error) {
	if seconds.IsInt64() {
		return fromSecMicro(seconds.Int64(), 0)
	}
	return Timedelta{}, ErrDaysCInt
}

// NewTimedeltaFloat returns timedelta(seconds=x) exactly as CPython 3.11's
// C implementation computes it (Modules/_datetimemodule.c, accum and
// delta_new): the integral part of x is exact; the fractional part is
// multiplied by 1e6 in floating point, and what is left below a
// microsecond is rounded half-even on the total, so 2.5e-06 is 2
// microseconds and 5e-07 is 0. -0.0 is zero. NaN is ValueError: cannot
// convert float NaN to integer, ±Inf OverflowError: cannot convert float
// infinity to integer; out of range as NewTimedeltaSeconds.
func NewTimedeltaFloat(x float64) (Timedelta, error) {
	if math.IsNaN(x) {
		return Timedelta{}, pyerr.ErrFloatNaNToInt
	}
	if math.IsInf(x, 0) {
		return Timedelta{}, pyerr.ErrFloatInfToInt
	}
	ip, fp := math.Modf(x)
	if ip >= 1<<63 || ip < -(1<<63) {
		return Timedelta{}, ErrDaysCInt
	}
	sec := int64(ip)
	var us int64
	if fp != 0 {
		p := float64(fp * microsPerSec) // one rounding, as C's dnum *= fracpart
		pi, pf := math.Modf(p)
		us = int64(pi) // |pi| < 1e6
		if pf != 0 {
			// C's round() is half away from zero, then the half-even fix on
			// the parity of the microseconds so far (sec*1e6 is even).
			w := math.Round(pf)
			if math.Abs(w-pf) == 0.5 {
				odd := float64(us & 1)
				w = 2*math.Round((pf+odd)*0.5) - odd
			}
			us += int64(w)
		}
		if us < 0 {
			sec, us = sec-1, us+microsPerSec
		} else if us >= microsPerSec {
			sec, us = sec+1, us-microsPerSec
		}
	}
	return fromSecMicro(sec, us)
}

// NewTimedeltaDecimal returns the duration of d seconds rounded half-even
// to whole microseconds. Python's timedelta rejects a Decimal (TypeError);
// pyround defines the result as the exact
//
//	timedelta(microseconds=round(Fraction(d) * 10**6))
//
// so Decimal("0.0000005") is 0 and Decimal("0.0000015") is 2
// microseconds. Out of range as NewTimedeltaSeconds.
func NewTimedeltaDecimal(d decimal.Decimal) (Timedelta, error) {
	c := d.Coefficient()
	neg := c.Sign() < 0
	c.Abs(c)
	return fromCoeff(neg, c, int64(d.Exponent()), 0)
}

// NewTimedeltaDecimalText is NewTimedeltaDecimal for the text of a
// Python Decimal (Decimal(text)'s syntax and errors, as pyparse reads
// it), exact whatever the exponent. NaN is ErrDecimalNaNRatio and
// Infinity ErrDecimalInfRatio, the errors of the reference expression.
func NewTimedeltaDecimalText[S ~string | ~[]byte](s S) (Timedelta, error) {
	var buf [64]byte
	d, _, err := pyparse.ParseDecimal(buf[:0], s)
	if err != nil {
		return Timedelta{}, err
	}
	switch d.Kind {
	case pyparse.Finite:
	case pyparse.Infinite:
		return Timedelta{}, ErrDecimalInfRatio
	default:
		return Timedelta{}, ErrDecimalNaNRatio
	}
	n := int64(len(d.Coeff))
	if d.Coeff[0] == '0' {
		return Timedelta{}, nil
	}
	// Decide the far cases from the digit count before building anything.
	if d.Exp > 0 && n+d.Exp > 30 {
		return Timedelta{}, ErrDaysCInt // >= 10**35 microseconds
	}
	if d.Exp+6 < -(n + 1) {
		return Timedelta{}, nil // |value| < 1e-7 s rounds to 0
	}
	var c big.Int
	if _, ok := c.SetString(string(d.Coeff), 10); !ok {
		return Timedelta{}, pyerr.ValueError("invalid decimal coefficient") // unreachable: pyparse gives digits
	}
	return fromCoeff(d.Neg, &c, d.Exp, n)
}

// fromCoeff builds the Timedelta of (-1)**neg * c * 10**exp seconds
// rounded half-even to microseconds; c >= 0 is clobbered. n is the digit
// count of c if known (0: compute it).
func fromCoeff(neg bool, c *big.Int, exp int64, n int64) (Timedelta, error) {
	if c.Sign() == 0 {
		return Timedelta{}, nil
	}
	if n == 0 {
		n = int64(len(c.String()))
	}
	k := exp + 6 // microseconds = c * 10**k
	switch {
	case k >= 0:
		if n+k > 36 {
			return Timedelta{}, ErrDaysCInt
		}
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
	case -k > n+1:
		return Timedelta{}, nil
	default:
		div := new(big.Int).Exp(big.NewInt(10), big.NewInt(-k), nil)
		var r big.Int
		c.QuoRem(c, div, &r)
		r.Lsh(&r, 1)
		if cmp := r.Cmp(div); cmp > 0 || (cmp == 0 && c.Bit(0) == 1) {
			c.Add(c, big.NewInt(1))
		}
	}
	if neg {
		c.Neg(c)
	}
	return fromMicrosBig(c)
}
