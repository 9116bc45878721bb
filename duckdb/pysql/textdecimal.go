package pysql

import (
	"github.com/cockroachdb/apd/v3"
	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/pyerr"
)

// setDecimal sets d to the Python Decimal a DuckDB DECIMAL(width, scale)
// stands for: the unscaled value times 10**-scale, keeping the scale as
// the exponent, so DECIMAL(10,2) 1.5 is Decimal('1.50'). (A private reader
// for the text family; the numeric families read DECIMAL in decimal.go.)
func setDecimal(d *apd.Decimal, x duckdb.Decimal) error {
	if x.Value == nil {
		return pyerr.ValueError("DECIMAL without a value")
	}
	d.Form = apd.Finite
	d.Negative = x.Value.Sign() < 0
	d.Coeff.SetMathBigInt(x.Value)
	d.Coeff.Abs(&d.Coeff)
	d.Exponent = -int32(x.Scale)
	return nil
}
