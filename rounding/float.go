package rounding

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"unsafe"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
)

// Bounds of ndigits beyond which CPython's float.__round__ stops computing
// (Objects/floatobject.c: NDIGITS_MAX, NDIGITS_MIN).
const (
	floatNdigitsMax = 323  // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
	floatNdigitsMin = -308 // -(DBL_MAX_EXP + 1) * 0.30103
)

// Round returns Python's round(x, ndigits): x rounded half-even, on its
// exact binary value, to ndigits decimal places (negative ndigits round to
// tens, hundreds, ...), then converted to the nearest float64.
//
// Special cases are as in CPython: NaN and ±Inf are returned unchanged;
// ndigits > 323 returns x; ndigits < -308 returns ±0 with x's sign; a zero
// result keeps x's sign (Round(-0.001, 2) is -0). Where Python raises
// OverflowError ("rounded value too large to represent", for instance
// round(1.6e308, -308)), Round returns ±Inf; use RoundFloat to get the error.
//
// Round allocates nothing for |x·10^ndigits| < 2^52 with 0 <= ndigits <= 22
// or -22 <= ndigits < 0; other inputs take an exact big-integer path.
func Round(x float64, ndigits int) float64 {
	// Fast path: one fused multiply-add computes |x|·p + 2^52 exactly and
	// rounds it once; in [2^52, 2^53) the doubles are the integers, so
	// that rounding is half-even to an integer of the exact product,
	// which is Python's digit rounding. s < 2^53 means |x|·p < 2^52 (and
	// rejects NaN and ±Inf); the division is correctly rounded like
	// CPython's strtod of the digits; the sign, -0 included, is x's.
	if uint(ndigits) <= 22 {
		p := digits.Pow10Float(ndigits)
		if s := math.FMA(math.Abs(x), p, 0x1p52); s < 0x1p53 {
			return math.Copysign(s-0x1p52, x) / p
		}
	}
	return roundSlow(x, ndigits)
}

// AppendRounded appends Round(x, ndigits) for each x of src to dst and
// returns the extended slice, allocating only when dst lacks the room.
// AppendRounded(xs[:0], xs, n) rounds xs in place (at Round's speed; any
// other overlap of dst's new elements with src costs a copy of src).
// Without overlap it is Round without a function call per element, for
// columns of floats. The results are Round's, bit for bit, -0 and the
// special cases included.
func AppendRounded(dst, src []float64, ndigits int) []float64 {
	n := len(dst)
	dst = slices.Grow(dst, len(src))[:n+len(src)]
	out := dst[n:]
	if len(src) > 0 && overlap(out, src) {
		if &out[0] != &src[0] {
			src = slices.Clone(src) // a shifted overlap: read from a copy
		} else {
			// In place: each element is read before it is written.
			for i, x := range src {
				out[i] = Round(x, ndigits)
			}
			return dst
		}
	}
	if uint(ndigits) > 22 {
		for i, x := range src {
			out[i] = roundSlow(x, ndigits)
		}
		return dst
	}
	// The loop has no call in it, so nothing is spilled around one: the
	// rare inputs its fast path (Round's) cannot take are redone after.
	p := digits.Pow10Float(ndigits)
	slow := false
	for i, x := range src {
		s := math.FMA(math.Abs(x), p, 0x1p52)
		out[i] = math.Copysign(s-0x1p52, x) / p
		if !(s < 0x1p53) {
			slow = true
		}
	}
	if slow {
		for i, x := range src {
			if !(math.FMA(math.Abs(x), p, 0x1p52) < 0x1p53) {
				out[i] = roundSlow(x, ndigits)
			}
		}
	}
	return dst
}

// overlap reports whether a and b share memory.
func overlap(a, b []float64) bool {
	const size = unsafe.Sizeof(float64(0))
	pa, pb := uintptr(unsafe.Pointer(unsafe.SliceData(a))), uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return pa < pb+uintptr(len(b))*size && pb < pa+uintptr(len(a))*size
}

// roundSlow is Round for the inputs its inlined part leaves: ties of the
// rounded product, |x·10^ndigits| >= 2^52, NaN, ±Inf, and ndigits outside
// [0, 22].
func roundSlow(x float64, ndigits int) float64 {
	// Python's own mode: q = y rounded half-even is right unless y is
	// exactly halfway, where the exact residual e of y = ax·p breaks the
	// tie (e == 0: a true tie, which RoundToEven already broke).
	if uint(ndigits) <= 22 {
		ax := math.Abs(x)
		p := digits.Pow10Float(ndigits)
		y := ax * p
		if y < 0x1p52 && ax >= 0x1p-900 {
			q := math.RoundToEven(y)
			if d := y - q; d == 0.5 || d == -0.5 {
				if e := math.FMA(ax, p, -y); e != 0 {
					q = y + math.Copysign(0.5, e)
				}
			}
			return math.Copysign(q/p, x)
		}
	}
	if ndigits >= 0 && !(math.Abs(x) < 0x1p52) {
		// Every float from 2^52 up is an integer, and NaN and ±Inf round
		// to themselves: nothing below the point to round.
		return x
	}
	r, _ := RoundFloat(x, ndigits, HalfEven)
	return r
}

// RoundFloat returns x rounded to ndigits decimal places under mode m,
// defined as float(Decimal(x).quantize(Decimal(1).scaleb(-ndigits),
// rounding=m)) in exact arithmetic. For HalfEven it equals Python's
// round(x, ndigits), with the special cases listed for Round.
//
// When the rounded value is too large for a float64 (only possible for
// ndigits < 0, or for away-from-zero modes with ndigits < -308), RoundFloat
// returns ±Inf and pyerr.ErrRoundOverflow, Python's
// "OverflowError: rounded value too large to represent".
//
// Like Round, RoundFloat allocates nothing for |x·10^ndigits| < 2^52 with
// |ndigits| <= 22; other inputs use exact big-integer arithmetic, which
// allocates.
func RoundFloat(x float64, ndigits int, m Mode) (float64, error) {
	if m == HalfEven && uint(ndigits) <= 22 {
		// Round's fast path, Python's own mode: one FMA rounds the exact
		// product half-even to an integer (see Round).
		p := digits.Pow10Float(ndigits)
		if s := math.FMA(math.Abs(x), p, 0x1p52); s < 0x1p53 {
			return math.Copysign(s-0x1p52, x) / p, nil
		}
	}
	ax := math.Abs(x)
	// Fast paths: the scaled value y and the exact error of computing it
	// (by FMA) decide the rounding exactly, without big arithmetic.
	// ax >= 2^-900 keeps the FMA residual clear of underflow; the y < 2^52
	// test also rejects NaN and Inf.
	if uint(ndigits) <= 22 && ax >= 0x1p-900 {
		p := digits.Pow10Float(ndigits)
		y := ax * p
		if y < 0x1p52 {
			e := math.FMA(ax, p, -y) // ax*p == y + e exactly
			q, c := split(y, e)
			q += float64(b2u(m.Increments(c, digitFor(uint64(q), m), x < 0))) // no branch: the class varies with x
			return math.Copysign(q/p, x), nil
		}
		if ax >= 0x1p52 {
			return x, nil // an integer: nothing below the units place
		}
	} else if ndigits < 0 && ndigits >= -22 && ax >= 0x1p-900 {
		p := digits.Pow10Float(-ndigits)
		y := ax / p
		if y < 0x1p52 {
			e := math.FMA(-y, p, ax) // ax == y*p + e exactly, so ax/p - y has e's sign
			q, c := split(y, e)
			q += float64(b2u(m.Increments(c, digitFor(uint64(q), m), x < 0)))
			return math.Copysign(q*p, x), nil
		}
	}
	return roundFloatExact(x, ndigits, m)
}

// split returns the integer part q of the exact value y+e and the class
// of its fraction, where y >= 0 is a float below 2^52 and e is the exact
// error of the operation that produced y (|e| <= ulp(y)/2).
func split(y, e float64) (float64, class) {
	q := math.Floor(y)
	f := y - q // exact: y < 2^52
	switch {
	case f == 0:
		switch {
		case e == 0:
			return q, exact
		case e > 0:
			return q, belowHalf
		default: // just below the integer q
			return q - 1, aboveHalf
		}
	case f < 0.5:
		return q, belowHalf // e cannot lift f to 1/2: f <= 1/2 - ulp(y)
	case f > 0.5:
		return q, aboveHalf
	case e > 0:
		return q, aboveHalf
	case e < 0:
		return q, belowHalf
	}
	return q, half
}

// roundFloatExact rounds with big-integer arithmetic on x's exact binary
// value: the digits are those of CPython's _Py_dg_dtoa(x, 3, ndigits) and
// the conversion back is correctly rounded, like _Py_dg_strtod.
func roundFloatExact(x float64, ndigits int, m Mode) (float64, error) {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || ndigits > floatNdigitsMax {
		return x, nil
	}
	if ndigits < -400 {
		ndigits = -400 // |x| < 10^309: every smaller ndigits rounds the same way
	}
	neg := x < 0
	mant, exp2 := decompose(x) // |x| = mant * 2^exp2

	var q, r, den big.Int
	q.SetUint64(mant)
	var c class
	if ndigits >= 0 {
		q.Mul(&q, digits.Pow10Big(ndigits))
		if exp2 >= 0 {
			q.Lsh(&q, uint(exp2))
			c = exact
		} else {
			s := uint(-exp2)
			// The bits shifted out are the fraction; compare them with 1/2.
			r.SetInt64(1)
			r.Lsh(&r, s)
			r.Sub(&r, big.NewInt(1))
			r.And(&r, &q)
			q.Rsh(&q, s)
			den.SetInt64(1)
			den.Lsh(&den, s)
			c = classify(&r, &den)
		}
	} else {
		if exp2 >= 0 {
			q.Lsh(&q, uint(exp2))
			den.Set(digits.Pow10Big(-ndigits))
		} else {
			den.Lsh(digits.Pow10Big(-ndigits), uint(-exp2))
		}
		q.QuoRem(&q, &den, &r)
		c = classify(&r, &den)
	}
	if m.Increments(c, lastDigit(&q), neg) {
		q.Add(&q, bigOne)
	}
	if q.Sign() == 0 {
		return math.Copysign(0, x), nil
	}
	// At most 632 digits (ndigits <= 323, |x| < 2^1024): below the 800
	// digits past which strconv.ParseFloat can misplace the point.
	var buf [700]byte
	b := q.Append(buf[:0], 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(-ndigits), 10)
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.IsInf(f, 0) {
		return math.Copysign(math.Inf(1), x), pyerr.ErrRoundOverflow
	}
	return math.Copysign(f, x), nil
}

// decompose returns mant and exp with |x| == mant * 2^exp for finite x.
func decompose(x float64) (uint64, int) {
	b := math.Float64bits(x)
	e := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	if e == 0 {
		return mant, -1074 // subnormal
	}
	return mant | 1<<52, e - 1075
}

// classify returns the class of the fraction r/den, 0 <= r < den.
func classify(r, den *big.Int) class {
	if r.Sign() == 0 {
		return exact
	}
	var twice big.Int
	twice.Lsh(r, 1)
	switch twice.Cmp(den) {
	case -1:
		return belowHalf
	case 0:
		return half
	}
	return aboveHalf
}

// classify64 is classify for machine words: the class of r/den,
// 0 <= r < den. It takes no branch, as the class of a stream of values is
// unpredictable: Exact (0) when r is 0, else BelowHalf (1), plus one when
// r >= den - r and one more when r > den - r.
func classify64(r, den uint64) class {
	return class(b2u(r != 0) + b2u(r >= den-r) + b2u(r > den-r))
}

// digitFor returns what m.Increments reads of the quotient q's last
// digit: q mod 10 for ZeroFiveUp, and for every other mode only its parity
// (HalfEven's tie), which is q & 1 without the multiply of q % 10 on the
// hot path's chain of dependent instructions.
func digitFor(q uint64, m Mode) uint {
	if m == ZeroFiveUp {
		return uint(q % 10)
	}
	return uint(q & 1)
}

// quoRecip returns q = n / d and r = n % d for d > 0, given
// recip = (2^64-1) / d, without a hardware division: d·recip is 2^64 less
// ((2^64-1) mod d) + 1 <= d, so n·recip/2^64 falls short of n/d by less
// than n/2^64 < 1, and hi(n·recip) is q or q - 1.
func quoRecip(n, d, recip uint64) (q, r uint64) {
	q, _ = bits.Mul64(n, recip)
	r = n - q*d
	if r >= d {
		q++
		r -= d
	}
	return q, r
}

var bigOne = big.NewInt(1)
var bigTen = big.NewInt(10)

// lastDigit returns |q| mod 10.
func lastDigit(q *big.Int) uint {
	w := q.Bits()
	if len(w) == 0 {
		return 0
	}
	if len(w) == 1 {
		return uint(uint64(w[0]) % 10)
	}
	var t, d big.Int
	t.Abs(q)
	t.QuoRem(&t, bigTen, &d)
	return uint(d.Uint64())
}
