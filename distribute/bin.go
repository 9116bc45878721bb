package distribute

import (
	"fmt"
	"math/big"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/divmod"
	"github.com/pyround/pyround/pyerr"
	"github.com/shopspring/decimal"
)

// Edges is a value's bin: its index and the bin's edges, the half-open
// interval [Lower, Upper) for a positive width, with
//
//	Index = (x - origin) // width
//	Lower = origin + Index*width
//	Upper = Lower + width
//
// For a negative width the bin is mirrored: Upper < x <= Lower, with
// Upper = Lower + width.
type Edges[T any] struct {
	Index, Lower, Upper T
}

// BinInt returns the bin of x for bins of the given width starting at
// origin, with Python's int semantics: the index is floor((x - origin) /
// width), rounded toward negative infinity as Python's // rounds it, not
// toward zero as Go's / does (BinInt(-1, 10, 0) is index -1, edges -10 and
// 0; Go's (-1 - 0) / 10 is 0). For width > 0, Lower <= x < Upper; for
// width < 0, Upper < x <= Lower.
//
// The arithmetic never wraps around: intermediate results past T are
// computed exactly, and a result (Index, Lower or Upper, checked in that
// order) that does not fit in T is an OverflowError naming it, such as
//
//	OverflowError: bin upper edge 9223372036854775809 does not fit in int64
//
// (BinInt[int64](math.MaxInt64, 3, 0)). A zero width is Python's
// ZeroDivisionError: integer division or modulo by zero. On error the
// Edges are zero. BinInt allocates nothing unless an intermediate result
// leaves T.
func BinInt[T digits.Integer](x, width, origin T) (Edges[T], error) {
	if width == 0 {
		return Edges[T]{}, divmod.ErrIntDivisionByZero
	}
	if e, ok := binIntFast(x, width, origin); ok {
		return e, nil
	}
	b, err := BinBig(bigOf(x), bigOf(width), bigOf(origin))
	if err != nil {
		return Edges[T]{}, err
	}
	var e Edges[T]
	for _, f := range [...]struct {
		dst  *T
		v    *big.Int
		what string
	}{{&e.Index, b.Index, "index"}, {&e.Lower, b.Lower, "lower edge"}, {&e.Upper, b.Upper, "upper edge"}} {
		v, ok := fromBig[T](f.v)
		if !ok {
			return Edges[T]{}, pyerr.OverflowError(fmt.Sprintf("bin %s %s does not fit in %T", f.what, f.v, v))
		}
		*f.dst = v
	}
	return e, nil
}

// binIntFast is BinInt in T's own arithmetic; ok is false when a step
// leaves T (the caller then computes exactly).
func binIntFast[T digits.Integer](x, width, origin T) (e Edges[T], ok bool) {
	d, ok := subInt(x, origin)
	if !ok {
		return e, false
	}
	idx, err := divmod.FloorDiv(d, width)
	if err != nil { // MinInt // -1
		return e, false
	}
	p, ok := mulInt(idx, width)
	if !ok {
		return e, false
	}
	lower, ok := addInt(origin, p)
	if !ok {
		return e, false
	}
	upper, ok := addInt(lower, width)
	if !ok {
		return e, false
	}
	return Edges[T]{idx, lower, upper}, true
}

// signed reports whether T is a signed integer type.
func signed[T digits.Integer]() bool { return ^T(0) < 0 }

func addInt[T digits.Integer](a, b T) (T, bool) {
	s := a + b
	if signed[T]() {
		return s, (s > a) == (b > 0)
	}
	return s, s >= a
}

func subInt[T digits.Integer](a, b T) (T, bool) {
	s := a - b
	if signed[T]() {
		return s, (s < a) == (b > 0)
	}
	return s, a >= b
}

func mulInt[T digits.Integer](a, b T) (T, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a {
		return p, false
	}
	// MinInt * -1 wraps to MinInt and passes the division test
	// (MinInt / -1 wraps too).
	if signed[T]() && (a == ^T(0) && b < 0 && -b == b || b == ^T(0) && a < 0 && -a == a) {
		return p, false
	}
	return p, true
}

// bigOf returns x as a *big.Int.
func bigOf[T digits.Integer](x T) *big.Int {
	if x < 0 {
		return big.NewInt(int64(x))
	}
	return new(big.Int).SetUint64(uint64(x))
}

// fromBig returns v as a T, and whether it fits.
func fromBig[T digits.Integer](v *big.Int) (T, bool) {
	switch {
	case v.IsInt64():
		t := T(v.Int64())
		return t, (t < 0) == (v.Sign() < 0) && int64(t) == v.Int64()
	case v.IsUint64():
		t := T(v.Uint64())
		return t, t >= 0 && uint64(t) == v.Uint64()
	}
	return 0, false
}

// BinBig is BinInt for Python ints of any size: exact, no overflow. A nil
// argument is 0. The three results are new big.Ints. A zero width is
// Python's ZeroDivisionError: integer division or modulo by zero, with
// zero Edges.
func BinBig(x, width, origin *big.Int) (Edges[*big.Int], error) {
	x, width, origin = orZero(x), orZero(width), orZero(origin)
	idx := new(big.Int).Sub(x, origin)
	if _, err := divmod.FloorDivBig(idx, idx, width); err != nil {
		return Edges[*big.Int]{}, err
	}
	lower := new(big.Int).Mul(idx, width)
	lower.Add(lower, origin)
	upper := new(big.Int).Add(lower, width)
	return Edges[*big.Int]{idx, lower, upper}, nil
}

var bigZero = new(big.Int)

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return bigZero
	}
	return x
}

// BinFloat returns the bin of x with Python's float semantics, bit for bit
// what CPython computes for
//
//	idx = (x - origin) // width
//	lower = origin + idx * width
//	upper = lower + width
//
// each operation rounded to float64 on its own (never fused into one
// multiply-add), // as CPython's float floor division computes it
// (divmod.FloorDivFloat). So the edges are Python's, not the exact ones:
// BinFloat(0.7, 0.1, 0) has index 6 and lower edge 0.6000000000000001,
// since 0.7 // 0.1 == 6.0 (0.1 is slightly above 1/10). x need not lie in
// [Lower, Upper) then; BinDecimal is exact.
//
// Signs of zero are Python's (BinFloat(-0.0, 1, -0.0) has Lower -0.0).
// NaN and infinities give what Python gives, without error: an infinite x
// has a NaN index (inf // w is nan), and a finite x with an infinite width
// has index 0.0 or -1.0 (-1 // inf is -1.0). A zero width (either sign) is
// Python's ZeroDivisionError: float floor division by zero, with zero
// Edges. BinFloat allocates nothing.
func BinFloat(x, width, origin float64) (Edges[float64], error) {
	idx, err := divmod.FloorDivFloat(x-origin, width)
	if err != nil {
		return Edges[float64]{}, err
	}
	// The conversion forbids fusing idx*width + origin into an FMA, which
	// the Go spec otherwise allows and Python never does.
	lower := origin + float64(idx*width)
	return Edges[float64]{idx, lower, lower + width}, nil
}

// BinDecimal returns the exact bin of x: the index is floor((x - origin) /
// width) for the exact quotient (rounded toward negative infinity, not
// truncated as Python's Decimal // truncates), and the edges are computed
// exactly:
//
//	Index = floor((x - origin) / width)   (exponent 0)
//	Lower = origin + Index*width
//	Upper = Lower + width
//
// so that Lower <= x < Upper for width > 0 and Upper < x <= Lower for
// width < 0, always. BinDecimal(0.7, 0.1, 0) is index 7, edges 0.7 and
// 0.8; BinDecimal(-0.05, 0.1, 0) is index -1, edges -0.1 and 0.0. The
// exponents are those of Python's exact Decimal + and *: Lower and Upper
// have the smaller of origin's and width's exponent (0.10 gives 0.70).
//
// No result, and no intermediate x - origin, may have more than
// digits.MaxResultDigits digits: past that it is
// digits.ErrTooManyDigits, found before anything that large is built. A
// zero width fails as Python's decimal module fails dividing by zero:
// DivisionByZero: [<class 'decimal.DivisionByZero'>], or InvalidOperation:
// [<class 'decimal.DivisionUndefined'>] when x == origin. On error the
// Edges are zero.
func BinDecimal(x, width, origin decimal.Decimal) (Edges[decimal.Decimal], error) {
	d, err := addDecimal(x, origin.Neg())
	if err != nil {
		return Edges[decimal.Decimal]{}, err
	}
	idx, err := divmod.FloorDivDecimal(d, width)
	if err != nil {
		return Edges[decimal.Decimal]{}, err
	}
	p, err := mulDecimal(idx, width)
	if err != nil {
		return Edges[decimal.Decimal]{}, err
	}
	lower, err := addDecimal(origin, p)
	if err != nil {
		return Edges[decimal.Decimal]{}, err
	}
	upper, err := addDecimal(lower, width)
	if err != nil {
		return Edges[decimal.Decimal]{}, err
	}
	return Edges[decimal.Decimal]{idx, lower, upper}, nil
}

// adjusted returns the exponent of d's leading digit (d != 0).
func adjusted(d decimal.Decimal) int64 {
	return int64(d.Exponent()) + int64(d.NumDigits()) - 1
}

// addDecimal returns a + b exactly, with the smaller exponent, or
// digits.ErrTooManyDigits when the aligned sum would have more than
// digits.MaxResultDigits digits. shopspring's Add would align 1E+2000000000
// and 1 in a two-billion-digit coefficient; the digit count is checked
// first.
func addDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	// A zero operand changes nothing but the exponent, and shopspring
	// would scale even a zero's coefficient by 10^(its exponent - e).
	if a.IsZero() {
		a, b = b, a
	}
	switch {
	case a.IsZero(): // both
		return decimal.New(0, min(a.Exponent(), b.Exponent())), nil
	case b.IsZero() && b.Exponent() >= a.Exponent():
		return a, nil
	}
	e := min(int64(a.Exponent()), int64(b.Exponent()))
	for _, v := range [...]decimal.Decimal{a, b} {
		// An aligned operand of more than twice the limit: the sum of the
		// two could only fit by a cancellation no input of sensible size
		// produces; fail before building it.
		if !v.IsZero() && adjusted(v)-e+1 > 2*digits.MaxResultDigits {
			return decimal.Decimal{}, digits.ErrTooManyDigits
		}
	}
	s := a.Add(b) // exponent e, exactly as Python's exact Decimal +
	if s.NumDigits() > digits.MaxResultDigits {
		return decimal.Decimal{}, digits.ErrTooManyDigits
	}
	return s, nil
}

// mulDecimal returns a * b exactly, or digits.ErrTooManyDigits when the
// product has more than digits.MaxResultDigits digits or an exponent
// shopspring cannot hold (its Mul would panic).
func mulDecimal(a, b decimal.Decimal) (decimal.Decimal, error) {
	if e := int64(a.Exponent()) + int64(b.Exponent()); e != int64(int32(e)) {
		return decimal.Decimal{}, digits.ErrTooManyDigits
	}
	if a.IsZero() || b.IsZero() {
		return decimal.New(0, a.Exponent()+b.Exponent()), nil
	}
	if a.NumDigits()+b.NumDigits()-1 > digits.MaxResultDigits {
		return decimal.Decimal{}, digits.ErrTooManyDigits
	}
	p := a.Mul(b)
	if p.NumDigits() > digits.MaxResultDigits {
		return decimal.Decimal{}, digits.ErrTooManyDigits
	}
	return p, nil
}
