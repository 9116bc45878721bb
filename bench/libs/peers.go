package libs

import (
	"github.com/cockroachdb/apd/v3"
	eric "github.com/ericlagergren/decimal"
	gv "github.com/govalues/decimal"
	"github.com/pyround/pyround/fixed"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// Each peer's rounding to a number of places, per Python mode; a mode a
// peer lacks is absent from its map.

// ShopspringModes are shopspring's rounding methods.
var ShopspringModes = map[rounding.Mode]func(decimal.Decimal, int32) decimal.Decimal{
	rounding.HalfEven: decimal.Decimal.RoundBank,
	rounding.HalfUp:   decimal.Decimal.Round,
	rounding.Up:       decimal.Decimal.RoundUp,
	rounding.Down:     decimal.Decimal.RoundDown,
	rounding.Ceiling:  decimal.Decimal.RoundCeil,
	rounding.Floor:    decimal.Decimal.RoundFloor,
}

// GovaluesModes are govalues' rounding methods.
var GovaluesModes = map[rounding.Mode]func(gv.Decimal, int) gv.Decimal{
	rounding.HalfEven: gv.Decimal.Round,
	rounding.Down:     gv.Decimal.Trunc,
	rounding.Ceiling:  gv.Decimal.Ceil,
	rounding.Floor:    gv.Decimal.Floor,
}

// APDModes are apd's rounders, used with Context.Quantize.
var APDModes = map[rounding.Mode]apd.Rounder{
	rounding.HalfEven:   apd.RoundHalfEven,
	rounding.HalfUp:     apd.RoundHalfUp,
	rounding.HalfDown:   apd.RoundHalfDown,
	rounding.Up:         apd.RoundUp,
	rounding.Down:       apd.RoundDown,
	rounding.Ceiling:    apd.RoundCeiling,
	rounding.Floor:      apd.RoundFloor,
	rounding.ZeroFiveUp: apd.Round05Up,
}

// EricModes are ericlagergren's rounding modes, used with Context.Quantize.
var EricModes = map[rounding.Mode]eric.RoundingMode{
	rounding.HalfEven: eric.ToNearestEven,
	rounding.HalfUp:   eric.ToNearestAway,
	rounding.Down:     eric.ToZero,
	rounding.Up:       eric.AwayFromZero,
	rounding.Floor:    eric.ToNegativeInf,
	rounding.Ceiling:  eric.ToPositiveInf,
}

// APDContext is an apd context with room for every result here, rounding
// with m.
func APDContext(m rounding.Mode) *apd.Context {
	c := apd.BaseContext.WithPrecision(50)
	if r, ok := APDModes[m]; ok {
		c.Rounding = r
	}
	return c
}

// EricContext is an ericlagergren context with room for every result here,
// rounding with m.
func EricContext(m rounding.Mode) eric.Context {
	c := eric.Context{Precision: 50, RoundingMode: eric.ToNearestEven}
	if r, ok := EricModes[m]; ok {
		c.RoundingMode = r
	}
	return c
}

// Conversions of the portable decimal data into each library's type.

func (d Dec) Shopspring() decimal.Decimal { return decimal.New(d.Coef, d.Exp) }

func (d Dec) Govalues() gv.Decimal {
	v, err := gv.New(d.Coef, int(-d.Exp))
	if err != nil {
		panic(err)
	}
	return v
}

func (d Dec) APD() *apd.Decimal { return apd.New(d.Coef, d.Exp) }

func (d Dec) Eric() *eric.Big {
	z := new(eric.Big).SetMantScale(d.Coef, int(-d.Exp))
	z.Context = EricContext(rounding.HalfEven)
	return z
}

// Fixed is d as pyround's fixed.Decimal (every benchmark value fits).
func (d Dec) Fixed() fixed.Decimal {
	v, err := fixed.New(d.Coef, int(-d.Exp))
	if err != nil {
		panic(err)
	}
	return v
}
