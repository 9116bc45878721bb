package pyfmt

import (
	"math/big"
	"math/bits"
	"strconv"

	"github.com/cockroachdb/apd/v3"
)

// AppendAPD appends Python's str() of the decimal.Decimal with the same
// sign, coefficient and exponent as the cockroachdb/apd decimal x to dst and
// returns the extended buffer; see AppendDecimal for the layout (1.50,
// 1E+2, -0, 0E-7) and AppendDecimalSpecial for the specials: apd.Infinite
// is "Infinity", apd.NaN "NaN" and apd.NaNSignaling "sNaN", each with a
// leading '-' when x.Negative is set, and the NaNs followed by the payload
// held in x.Coeff if it is not zero (the convention of pyparse.APD: "NaN123";
// apd's own NaNs have a zero Coeff and print "NaN"). A Form apd does not
// define prints as NaN.
//
// The sign of x.Coeff is ignored (apd requires it to be non-negative). It
// allocates nothing when dst has room for the result and the coefficient
// fits in 128 bits (38 digits); longer coefficients are formatted through
// math/big, which allocates for the digits.
func AppendAPD(dst []byte, x *apd.Decimal) []byte {
	var stack [40]byte // room for 128-bit coefficients
	var digits []byte
	if x.Form != apd.Infinite {
		digits = appendAPDCoeff(stack[:0], &x.Coeff)
	}
	switch x.Form {
	case apd.Finite:
		return AppendDecimal(dst, x.Negative, digits, int64(x.Exponent))
	case apd.Infinite:
		return AppendDecimalSpecial(dst, x.Negative, Infinity, nil)
	case apd.NaNSignaling:
		return AppendDecimalSpecial(dst, x.Negative, SNaN, digits)
	}
	if len(digits) == 1 && digits[0] == '0' {
		digits = nil
	}
	return AppendDecimalSpecial(dst, x.Negative, NaN, digits)
}

// AppendAPDRepr appends Python's repr() of the decimal.Decimal that x
// represents (see AppendAPD) to dst and returns the extended buffer:
// Decimal('1.5'), Decimal('-0'), Decimal('NaN'), Decimal('sNaN1'),
// Decimal('-Infinity'). This is also how print() shows a Decimal inside a
// tuple or list. It allocates nothing in the cases AppendAPD does not.
func AppendAPDRepr(dst []byte, x *apd.Decimal) []byte {
	dst = append(dst, "Decimal('"...)
	dst = AppendAPD(dst, x)
	return append(dst, "')"...)
}

// appendAPDCoeff appends the decimal digits of |c| to dst.
func appendAPDCoeff(dst []byte, c *apd.BigInt) []byte {
	if c.IsUint64() {
		return strconv.AppendUint(dst, c.Uint64(), 10)
	}
	if c.BitLen() <= 128 {
		// apd keeps such values inline; read them through apd's own
		// methods (its Bits would alias the inline array).
		var m apd.BigInt
		m.Abs(c)
		lo := m.Uint64()
		m.Rsh(&m, 64)
		return appendUint128(dst, m.Uint64(), lo)
	}
	// A longer magnitude lives in a heap big.Int: share its words, read only.
	var b big.Int
	b.SetBits(c.Bits())
	return AppendBigInt(dst, &b)
}

// appendUint128 appends the decimal digits of hi·2^64 + lo to dst.
func appendUint128(dst []byte, hi, lo uint64) []byte {
	const chunk = 1e19
	var buf [40]byte
	p := len(buf)
	for hi != 0 {
		// (hi, lo), r = (hi, lo) / 10^19, % 10^19
		var r uint64
		q1 := hi / chunk
		lo, r = bits.Div64(hi%chunk, lo, chunk)
		hi = q1
		for range 19 {
			p--
			buf[p] = byte('0' + r%10)
			r /= 10
		}
	}
	dst = strconv.AppendUint(dst, lo, 10)
	return append(dst, buf[p:]...)
}
