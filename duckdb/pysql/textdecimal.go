package pysql

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/pyerr"
)

// textSetDecimal sets d to the Python Decimal a DuckDB DECIMAL(width, scale)
// stands for: the unscaled value times 10**-scale, keeping the scale as
// the exponent, so DECIMAL(10,2) 1.5 is Decimal('1.50'). (A private reader
// for the text family; the numeric families read DECIMAL in decimal.go.)
func textSetDecimal(d *apd.Decimal, x duckdb.Decimal) error {
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

// textRawDecimal reads a DECIMAL column straight from vector memory, without
// GetValue's allocations (a big.Int and a box per row). The width and
// scale come from the first value GetValue returns; DuckDB stores a
// DECIMAL(width, scale) as an int16 (width <= 4), int32 (<= 9), int64
// (<= 18) or hugeint (<= 38) of the unscaled value. The first value is
// read both ways, and raw reading is used only when they agree.
type textRawDecimal struct {
	tried, on    bool
	width, scale uint8
	scratch      big.Int
}

// start decides, from d, GetValue's value at row, whether m is read raw.
func (r *textRawDecimal) start(d duckdb.Decimal, m memory, row int) {
	r.tried = true
	r.width, r.scale = d.Width, d.Scale
	var x apd.Decimal
	if d.Value == nil || r.read(m, row, &x) != nil {
		return
	}
	var want apd.Decimal
	if textSetDecimal(&want, d) != nil {
		return
	}
	r.on = x.Cmp(&want) == 0 && x.Exponent == want.Exponent
}

// read sets d to the DECIMAL at row of m.
func (r *textRawDecimal) read(m memory, row int, d *apd.Decimal) error {
	var u int64
	switch {
	case r.width <= 4:
		u = int64(values[int16](m)[row])
	case r.width <= 9:
		u = int64(values[int32](m)[row])
	case r.width <= 18:
		u = values[int64](m)[row]
	case r.width <= 38:
		h := values[distHugeint](m)[row]
		if (h.upper == 0 && h.lower < 1<<63) || (h.upper == -1 && h.lower >= 1<<63) {
			u = int64(h.lower)
			break
		}
		return textSetDecimal(d, duckdb.Decimal{Width: r.width, Scale: r.scale, Value: h.big(&r.scratch)})
	default:
		return pyerr.ValueError("DECIMAL wider than 38 digits")
	}
	d.Form = apd.Finite
	d.Negative = u < 0
	mag := uint64(u)
	if u < 0 {
		mag = -mag
	}
	d.Coeff.SetUint64(mag)
	d.Exponent = -int32(r.scale)
	return nil
}
