package pyfmt

import (
	"fmt"
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/pyround/pyround/pyerr"
	"github.com/shopspring/decimal"
)

// Format returns Python's format(v, spec) for v of any Go integer type,
// *big.Int, float64, float32 (widened to float64 exactly), *apd.Decimal or
// shopspring decimal.Decimal (formatted as the Python Decimal with the same
// coefficient and exponent, so trailing zeros count). Any other type is a
// TypeError.
//
// Format parses spec on every call; to format many values with one spec,
// parse it once with ParseSpecFor and use the Append functions.
func Format(v any, spec string) (string, error) {
	switch x := v.(type) {
	case int:
		return FormatInt(int64(x), spec)
	case int8:
		return FormatInt(int64(x), spec)
	case int16:
		return FormatInt(int64(x), spec)
	case int32:
		return FormatInt(int64(x), spec)
	case int64:
		return FormatInt(x, spec)
	case uint:
		return formatUint(uint64(x), spec)
	case uint8:
		return FormatInt(int64(x), spec)
	case uint16:
		return FormatInt(int64(x), spec)
	case uint32:
		return FormatInt(int64(x), spec)
	case uint64:
		return formatUint(x, spec)
	case uintptr:
		return formatUint(uint64(x), spec)
	case *big.Int:
		return FormatBigInt(x, spec)
	case float64:
		return FormatFloat(x, spec)
	case float32:
		return FormatFloat(float64(x), spec)
	case *apd.Decimal:
		return FormatAPD(x, spec)
	case decimal.Decimal:
		var d apd.Decimal
		d.Coeff.SetMathBigInt(x.Coefficient())
		d.Negative = d.Coeff.Sign() < 0
		d.Coeff.Abs(&d.Coeff)
		d.Exponent = x.Exponent()
		return FormatAPD(&d, spec)
	}
	return "", pyerr.TypeError(fmt.Sprintf("pyfmt.Format: unsupported type %T", v))
}

func formatUint(x uint64, spec string) (string, error) {
	if x <= 1<<63-1 {
		return FormatInt(int64(x), spec)
	}
	return FormatBigInt(new(big.Int).SetUint64(x), spec)
}
