package pyparse

import (
	"unicode/utf8"

	"github.com/pyround/pyround/pyerr"
)

// Kind is the kind of a Decimal: finite, or one of the special values. The
// values of the non-finite kinds equal those of pyfmt.Special, so
// pyfmt.Special(d.Kind) converts.
type Kind uint8

// The kinds of Decimal.
const (
	Finite   Kind = iota // a finite number: Coeff × 10^Exp
	Infinite             // Infinity or -Infinity
	NaN                  // quiet NaN, with an optional payload
	SNaN                 // signaling NaN, with an optional payload
)

// Decimal is a parsed decimal.Decimal: sign, kind, coefficient digits and
// exponent, exactly as CPython holds them (not normalized: "1.50" has
// Coeff "150" and Exp -2).
type Decimal struct {
	Neg     bool   // sign; set for negative zero and for -Infinity, -NaN, -sNaN as well
	Kind    Kind   // Finite, Infinite, NaN or SNaN
	Coeff   []byte // Finite: ASCII digits of the coefficient, no leading zeros, at least one digit
	Exp     int64  // Finite: exponent of the last digit of Coeff, in [MinEtiny, MaxEmax]
	Payload []byte // NaN, SNaN: ASCII digits of the payload without leading zeros; empty if none
}

// The exponent range of CPython's decimal module on 64-bit platforms
// (decimal.MAX_EMAX, and Etiny = MIN_EMIN - (MAX_PREC - 1)), which bounds what
// the Decimal constructor accepts.
const (
	MaxEmax  = 999_999_999_999_999_999
	MinEtiny = -1_999_999_999_999_999_997
)

var (
	errConversionSyntax = pyerr.Decimal("InvalidOperation", "ConversionSyntax")
	errDecimalRange     = pyerr.Decimal("InvalidOperation", "InvalidOperation")
)

// ParseDecimal sets *dst to Decimal(s) as CPython 3.11 computes it for a str
// s, appending the digits of dst.Coeff or dst.Payload to buf and returning
// the extended buffer. Coeff and Payload alias that buffer (with their
// capacity capped at their length) and stay valid until the caller reuses
// it; passing buf[:0] of the previous result makes parsing allocation-free
// once the buffer is large enough.
//
// The syntax is the decimal module's (which differs from float()'s):
//
//   - Leading and trailing white space as str.strip() sees it is ignored,
//     including U+001C..U+001F (which float() and int() reject).
//   - Every underscore is removed before parsing, wherever it is: "1__0",
//     "_1", "1_", "1_e5", "1e_5" and "N_a_N" are all valid.
//   - Then an optional sign and either a number: digits with an optional
//     '.' (".5", "5." valid; "." not), then optionally e or E, an optional
//     sign and at least one digit; or Inf or Infinity; or NaN or sNaN
//     followed by an optional payload of digits (NaN123, sNaN0012 = sNaN12;
//     an all-zero payload is none) — letters in any case.
//   - Digits are ASCII or any Unicode decimal digit (category Nd), also in
//     the exponent and payload. Nothing else is allowed, not even inner
//     white space; NUL is rejected.
//
// A syntax error gives
//
//	InvalidOperation: [<class 'decimal.ConversionSyntax'>]
//
// A finite value whose exponent is outside what CPython's decimal module can
// represent exactly (adjusted exponent Exp+len(Coeff)-1 above MaxEmax, or Exp
// below MinEtiny; "1e1000000000000000000", "0e-1999999999999999998") gives
//
//	InvalidOperation: [<class 'decimal.InvalidOperation'>]
//
// Exponents of any length are handled without overflow. CPython limits a
// NaN payload to MAX_PREC (about 10^18) digits, which no input reaches, so
// payloads are unlimited here. On error the Decimal is zero and buf is
// returned with its original length.
//
// The Decimal is returned by value, not stored through a pointer: a store
// through a pointer parameter counts as an escape, and would move a
// caller's stack buffer to the heap on every call.
func ParseDecimal[S ~string | ~[]byte](buf []byte, s S) (Decimal, []byte, error) {
	return parseDecimal(buf, asString(s))
}

// decScanner yields the characters of a Decimal string as CPython's
// numeric_as_ascii leaves them: underscores removed, ASCII kept, Unicode
// decimal digits as ASCII digits; anything else (NUL, Unicode white space
// and other non-ASCII, invalid UTF-8) is bad.
type decScanner struct {
	s string
	p int
}

const (
	eof = 0    // end of input
	bad = 0xff // a character that no grammar accepts
)

func (sc *decScanner) next() byte {
	for sc.p < len(sc.s) {
		c := sc.s[sc.p]
		if c == '_' {
			sc.p++
			continue
		}
		if c < utf8.RuneSelf {
			sc.p++
			if c == 0 {
				return bad
			}
			return c
		}
		r, size := utf8.DecodeRuneInString(sc.s[sc.p:])
		sc.p += size
		if d := digitValue(r); d >= 0 {
			return byte('0' + d)
		}
		return bad
	}
	return eof
}

func parseDecimal(buf []byte, s string) (Decimal, []byte, error) {
	orig := len(buf)
	i, j := trimPySpace(s)
	sc := decScanner{s: s[i:j]}
	var d Decimal
	c := sc.next()
	if c == '+' || c == '-' {
		d.Neg = c == '-'
		c = sc.next()
	}
	if c|0x20 >= 'a' && c|0x20 <= 'z' && c|0x20 != 'e' {
		// Inf, Infinity, NaN[digits], sNaN[digits]
		var word [8]byte
		n := 0
		for ; c|0x20 >= 'a' && c|0x20 <= 'z'; c = sc.next() {
			if n == len(word) {
				return Decimal{}, buf[:orig], errConversionSyntax
			}
			word[n] = c | 0x20
			n++
		}
		switch string(word[:n]) {
		case "inf", "infinity":
			if c != eof {
				return Decimal{}, buf[:orig], errConversionSyntax
			}
			d.Kind = Infinite
		case "nan", "snan":
			d.Kind = NaN
			if n == 4 {
				d.Kind = SNaN
			}
			start := len(buf)
			for ; c >= '0' && c <= '9'; c = sc.next() {
				if c != '0' || len(buf) > start {
					buf = append(buf, c)
				}
			}
			if c != eof {
				return Decimal{}, buf[:orig], errConversionSyntax
			}
			if len(buf) > start {
				d.Payload = buf[start:len(buf):len(buf)]
			}
		default:
			return Decimal{}, buf[:orig], errConversionSyntax
		}
		return d, buf, nil
	}
	// Finite: digits [. digits] [e [sign] digits]
	start := len(buf)
	ndigits := 0   // digits of the coefficient, leading zeros included
	var frac int64 // digits after the point
	seenPoint := false
	for ; ; c = sc.next() {
		switch {
		case c >= '0' && c <= '9':
			ndigits++
			if seenPoint {
				frac++
			}
			if c != '0' || len(buf) > start {
				buf = append(buf, c)
			}
			continue
		case c == '.' && !seenPoint:
			seenPoint = true
			continue
		}
		break
	}
	if ndigits == 0 {
		return Decimal{}, buf[:orig], errConversionSyntax
	}
	var exp int64
	if c == 'e' || c == 'E' {
		c = sc.next()
		expNeg := false
		if c == '+' || c == '-' {
			expNeg = c == '-'
			c = sc.next()
		}
		// Saturate far outside the valid range: an exponent beyond ±2^62 is
		// out of range whatever the coefficient (whose length is below 2^48).
		const sat = 1 << 62
		n := 0
		for ; c >= '0' && c <= '9'; c = sc.next() {
			n++
			if exp <= (1<<63-1-9)/10 {
				exp = exp*10 + int64(c-'0')
			} else {
				exp = sat
			}
		}
		if n == 0 {
			return Decimal{}, buf[:orig], errConversionSyntax
		}
		if exp > sat {
			exp = sat
		}
		if expNeg {
			exp = -exp
		}
	}
	if c != eof {
		return Decimal{}, buf[:orig], errConversionSyntax
	}
	if len(buf) == start {
		buf = append(buf, '0')
	}
	exp -= frac
	if adjusted := exp + int64(len(buf)-start) - 1; adjusted > MaxEmax || exp < MinEtiny {
		return Decimal{}, buf[:orig], errDecimalRange
	}
	d.Coeff = buf[start:len(buf):len(buf)]
	d.Exp = exp
	return d, buf, nil
}
