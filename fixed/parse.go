package fixed

import (
	"unsafe"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyparse"
)

var (
	errConversionSyntax = pyerr.Decimal("InvalidOperation", "ConversionSyntax")
	errDecimalRange     = pyerr.Decimal("InvalidOperation", "InvalidOperation")
)

// Parse returns Decimal(s) as Python 3.11 reads a str s, when the value
// fits a Decimal. The syntax is the decimal module's (pyparse.ParseDecimal
// documents it): surrounding white space as str.strip() sees it, an
// optional sign, digits with an optional '.', an optional exponent (e or
// E, optional sign, digits), underscores anywhere (Python's C decimal
// removes them all: "1_000", "_1", "1e_5"), Unicode decimal digits.
//
// The exponent is applied as Python applies it: "1.5E1" is 15 (coefficient
// 15, scale 0), "12E-3" is 0.012, "0.0000" is 0.0000 (scale 4) and "-0" is
// a negative zero.
//
// Errors:
//   - text Python rejects: InvalidOperation: [<class
//     'decimal.ConversionSyntax'>], as Decimal(s) raises it;
//   - an exponent Python's decimal module cannot represent
//     ("1E1000000000000000000"): InvalidOperation: [<class
//     'decimal.InvalidOperation'>], as Python raises it;
//   - a valid value outside fixed's range: ErrRange. That is NaN, sNaN,
//     Infinity, a positive exponent ("1E+1", "0E+2": Python keeps the
//     exponent), a coefficient of more than 28 digits, or of more than 19
//     digits that do not end in zeros ("12345678901234567890.5"), or a
//     scale above 19 ("1E-20"). "1234567890123456789000.000" (25 digits)
//     is a Decimal.
//
// Exponents of any length fail fast, without overflow. Parse allocates
// nothing for ASCII text; text with non-ASCII characters (Unicode digits
// or white space) or letters (NaN payloads) is handed to pyparse, which
// allocates only if it holds more than 64 digits.
func Parse[S ~string | ~[]byte](s S) (Decimal, error) {
	// A string header is a prefix of a slice header: no copy.
	return parse(*(*string)(unsafe.Pointer(&s)))
}

// isASCIISpace reports whether c is white space for Python's str.strip():
// \t \n \v \f \r, U+001C..U+001F and the space.
func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
}

func parse(s string) (Decimal, error) {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	var d Decimal
	p := i
	for p < j && s[p] == '_' {
		p++
	}
	if p < j && (s[p] == '+' || s[p] == '-') {
		d.neg = s[p] == '-'
		p++
	}
	var coef uint64
	sig := 0       // significant digits (after leading zeros)
	ndigits := 0   // all digits of the coefficient
	var frac int64 // digits after the point
	long := false  // a nonzero digit after the 19th significant one
	point := false
	for ; p < j; p++ {
		c := s[p]
		switch {
		case c >= '0' && c <= '9':
			ndigits++
			if point {
				frac++
			}
			if sig > 0 || c != '0' {
				sig++
				if sig <= MaxSigDigits {
					coef = coef*10 + uint64(c-'0')
				} else if c != '0' {
					long = true
				}
			}
			continue
		case c == '.' && !point:
			point = true
			continue
		case c == '_':
			continue
		}
		break
	}
	if p < j && s[p] != 'e' && s[p] != 'E' || ndigits == 0 {
		return slowParse(s)
	}
	var exp int64
	if p < j { // 'e' or 'E'
		p++
		for p < j && s[p] == '_' {
			p++
		}
		expNeg := false
		if p < j && (s[p] == '+' || s[p] == '-') {
			expNeg = s[p] == '-'
			p++
		}
		// Saturate far outside the valid range, as pyparse does.
		const sat = 1 << 62
		n := 0
		for ; p < j; p++ {
			c := s[p]
			if c == '_' {
				continue
			}
			if c < '0' || c > '9' {
				return slowParse(s)
			}
			n++
			if exp <= (1<<63-1-9)/10 {
				exp = exp*10 + int64(c-'0')
			} else {
				exp = sat
			}
		}
		if n == 0 {
			return slowParse(s)
		}
		if exp > sat {
			exp = sat
		}
		if expNeg {
			exp = -exp
		}
	}
	exp -= frac
	return finish(d.neg, coef, max(sig, 1), exp, long)
}

// finish checks a parsed value (coefficient with n digits, of which the
// first 19 are in coef, long if a later one is not 0, and exponent exp)
// against Python's exponent range and then against fixed's.
func finish(neg bool, coef uint64, n int, exp int64, long bool) (Decimal, error) {
	if adjusted := exp + int64(n) - 1; adjusted > pyparse.MaxEmax || exp < pyparse.MinEtiny {
		return Decimal{}, errDecimalRange
	}
	if long || n > MaxDigits || exp > 0 || exp < -MaxScale {
		return Decimal{}, ErrRange
	}
	var z uint8
	if n > MaxSigDigits {
		z = uint8(n - MaxSigDigits) // coef has 19 digits: canonical
	}
	return Decimal{coef: coef, scale: uint8(-exp), zeros: z, neg: neg}, nil
}

// slowParse parses what the ASCII fast path does not: non-ASCII text,
// letters (Infinity, NaN) and syntax errors, with pyparse.
func slowParse(s string) (Decimal, error) {
	var buf [64]byte
	pd, _, err := pyparse.ParseDecimal(buf[:0], s)
	if err != nil {
		return Decimal{}, err
	}
	if pd.Kind != pyparse.Finite {
		return Decimal{}, ErrRange
	}
	var coef uint64
	long := false
	for k, c := range pd.Coeff {
		if k < MaxSigDigits {
			coef = coef*10 + uint64(c-'0')
		} else if c != '0' {
			long = true
		}
	}
	return finish(pd.Neg, coef, len(pd.Coeff), pd.Exp, long)
}

// UnmarshalText sets *d to Parse(text) (encoding.TextUnmarshaler); on
// error *d is unchanged.
func (d *Decimal) UnmarshalText(text []byte) error {
	v, err := Parse(text)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
