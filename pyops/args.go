package pyops

import (
	"math/big"

	"github.com/pyround/pyround/digits"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/shopspring/decimal"
)

// ParseInt reads text as Python's int(text) does: the value, in an int64
// when it fits (b nil), else as b; int()'s ValueError for anything else.
func ParseInt[S ~string | ~[]byte](text S) (small int64, b *big.Int, err error) {
	return pyparse.Int(text, nil)
}

// ParseInt64 reads text as int(text) for a quantity that must fit in an
// int64 (a total, a page size); what names it in the OverflowError for a
// larger one: "page size '1e30' does not fit in 64 bits".
func ParseInt64(what, text string) (int64, error) {
	small, b, err := pyparse.Int(text, nil)
	if err != nil {
		return 0, err
	}
	if b != nil {
		return 0, pyerr.OverflowError(what + " " + pyfmt.QuoteBounded(text) + " does not fit in 64 bits")
	}
	return small, nil
}

// ParseFloat reads text as Python's float(text) does, with its ValueError
// ("could not convert string to float: 'abc'") for anything else.
func ParseFloat[S ~string | ~[]byte](text S) (float64, error) {
	return pyparse.Float(text)
}

// CheckDecimal returns the error Python's Decimal(text) raises for text,
// or nil when Decimal() accepts it (NaN and Infinity included).
func CheckDecimal[S ~string | ~[]byte](text S) error {
	var scratch [64]byte
	_, _, err := pyparse.ParseDecimal(scratch[:0], text)
	return err
}

// ParseAmount reads a money amount as Python's Decimal(text) does (white
// space, underscores, exponents) into a shopspring decimal. NaN and the
// infinities are a ValueError, and so is a value shopspring cannot hold
// (more than digits.MaxResultDigits digits, an exponent past int32).
func ParseAmount(text string) (decimal.Decimal, error) {
	d, _, err := pyparse.ParseDecimal(nil, text)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if d.Kind != pyparse.Finite {
		return decimal.Decimal{}, pyerr.ValueError("amount must be a finite number: " + pyfmt.QuoteBounded(text))
	}
	if len(d.Coeff) > digits.MaxResultDigits || d.Exp < -(1<<31-1) || d.Exp > 1<<31-1 {
		return decimal.Decimal{}, pyerr.ValueError("amount " + pyfmt.QuoteBounded(text) + " is too large for pyround's money commands")
	}
	c, _ := new(big.Int).SetString(string(d.Coeff), 10)
	if d.Neg {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, int32(d.Exp)), nil
}
