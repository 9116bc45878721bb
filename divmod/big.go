package divmod

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/pyround/pyround/pyerr"
)

var bigOne = big.NewInt(1)

// FloorDivBig sets q to Python's a // b, the quotient rounded toward
// negative infinity, and returns q; q may be nil (a new Int is allocated)
// and may alias a or b. math/big's Quo truncates instead (like Go's /) and
// its Div is Euclidean: for a = 7, b = -2 Quo and Div give -3, FloorDivBig
// gives -4.
//
// A zero b returns nil and ErrIntDivisionByZero, leaving q unchanged.
func FloorDivBig(q, a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, ErrIntDivisionByZero
	}
	if q == nil {
		q = new(big.Int)
	}
	bneg := b.Sign() < 0 // before q, which may alias b, changes
	var r big.Int
	q.QuoRem(a, b, &r)
	if r.Sign() != 0 && (r.Sign() < 0) != bneg {
		q.Sub(q, bigOne)
	}
	return q, nil
}

// ModBig sets r to Python's a % b, which is 0 or has the sign of b, and
// returns r; r may be nil (a new Int is allocated) and may alias a or b.
// math/big's Rem has the sign of a (like Go's %) and its Mod is never
// negative: for a = 7, b = -2 Rem and Mod give 1, ModBig gives -1.
//
// A zero b returns nil and ErrIntModuloByZero, leaving r unchanged.
func ModBig(r, a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, ErrIntModuloByZero
	}
	if r == nil {
		r = new(big.Int)
	}
	bneg := b.Sign() < 0
	if r == b {
		b = new(big.Int).Set(b) // needed after r is overwritten
	}
	r.Rem(a, b)
	if r.Sign() != 0 && (r.Sign() < 0) != bneg {
		r.Add(r, b)
	}
	return r, nil
}

// DivModBig sets q and r to Python's divmod(a, b) and returns them: the
// floor quotient and the remainder, which satisfy
//
//	q*b + r == a,  |r| < |b|,  r == 0 or r has the sign of b
//
// math/big's QuoRem is the truncated pair (r has a's sign, like Go's / and
// %) and its DivMod the Euclidean pair (r >= 0): for a = 7, b = -2 they
// give (-3, 1), DivModBig gives (-4, -1).
//
// q and r may be nil (new Ints are allocated) and may alias a or b; if q
// and r are the same Int, r is replaced by a new one. A zero b returns nil,
// nil and ErrIntDivisionByZero, leaving q and r unchanged.
func DivModBig(q, r, a, b *big.Int) (*big.Int, *big.Int, error) {
	if b.Sign() == 0 {
		return nil, nil, ErrIntDivisionByZero
	}
	if q == nil {
		q = new(big.Int)
	}
	if r == nil || r == q {
		r = new(big.Int)
	}
	bneg := b.Sign() < 0
	if q == b || r == b {
		b = new(big.Int).Set(b) // needed after q and r are overwritten
	}
	q.QuoRem(a, b, r)
	if r.Sign() != 0 && (r.Sign() < 0) != bneg {
		q.Sub(q, bigOne)
		r.Add(r, b)
	}
	return q, r, nil
}

// IntToFloat converts x to the nearest float64 as Python's float(x) does
// (PyLong_AsDouble), the conversion Python applies to an int operand of
// //, % or divmod() whose other operand is a float: correctly rounded from
// the exact integer, ties to even (float(2**53 + 1) is 9007199254740992.0,
// float(2**53 + 3) is 9007199254740996.0).
//
// An x whose rounded value is 2^1024 or more in magnitude, that is
// |x| >= 2^1024 - 2^970, returns ±Inf and pyerr.ErrIntTooLargeForFloat
// (OverflowError: int too large to convert to float), where
// big.Float.Float64 would return ±Inf silently. IntToFloat allocates
// nothing.
func IntToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		return float64(x.Int64()), nil // Go's conversion rounds half to even too
	}
	n := x.BitLen() // > 63
	sign := 1
	if x.Sign() < 0 {
		sign = -1
	}
	if n > 1024 {
		return math.Inf(sign), pyerr.ErrIntTooLargeForFloat
	}
	ws := x.Bits()
	shift := n - 64
	m := bitsAt(ws, shift) // the top 64 bits, its top bit set
	if lowBitsNonzero(ws, shift) {
		m |= 1 // sticky: bit 0 is 11 places below float64's precision
	}
	f := math.Ldexp(float64(m), shift) // one rounding, in the conversion
	if math.IsInf(f, 0) {
		return math.Inf(sign), pyerr.ErrIntTooLargeForFloat
	}
	if sign < 0 {
		f = -f
	}
	return f, nil
}

// bitsAt returns the 64 bits of the magnitude ws (little-endian words)
// starting at bit pos.
func bitsAt(ws []big.Word, pos int) uint64 {
	const w = bits.UintSize
	var m uint64
	for i := pos / w; i < len(ws) && i*w < pos+64; i++ {
		v := uint64(ws[i])
		if s := i*w - pos; s >= 0 {
			m |= v << uint(s)
		} else {
			m |= v >> uint(-s)
		}
	}
	return m
}

// lowBitsNonzero reports whether any bit of ws below bit pos is set.
func lowBitsNonzero(ws []big.Word, pos int) bool {
	const w = bits.UintSize
	i := pos / w
	for _, v := range ws[:i] {
		if v != 0 {
			return true
		}
	}
	return i < len(ws) && ws[i]&(1<<uint(pos%w)-1) != 0
}
