package fuzz

import (
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
	"github.com/shopspring/decimal"
)

// moneyInt64s reads up to max little-endian int64 values from b, each reduced
// modulo m (and shifted by lo) so that the fuzzer explores small systems.
func moneyInt64s(b []byte, max int, lo, m int64) []int64 {
	var out []int64
	for len(b) >= 2 && len(out) < max {
		v := int64(binary.LittleEndian.Uint16(b))
		out = append(out, lo+v%m)
		b = b[2:]
	}
	return out
}

func isMoneyPyErr(err error) bool {
	var pe *pyerr.Error
	return errors.As(err, &pe)
}

// FuzzChangeMinor: ChangeMinor never panics, fails only with a
// *pyerr.Error, and a breakdown sums exactly to the amount within the
// stock; ChangeMaker.AppendChange agrees with Change.
func FuzzChangeMinor(f *testing.F) {
	f.Add(int64(6), []byte{1, 0, 3, 0, 4, 0}, []byte{})
	f.Add(int64(30), []byte{25, 0, 10, 0, 5, 0}, []byte{1, 0, 2, 0, 0, 0})
	f.Add(int64(-1), []byte{1, 0}, []byte{})
	f.Add(int64(9_999_999), []byte{3, 0, 5, 0}, []byte{})
	f.Fuzz(func(t *testing.T, amount int64, db, sb []byte) {
		denoms := moneyInt64s(db, 8, 1, 500)
		var stock []int64
		if len(sb) > 0 {
			stock = moneyInt64s(sb, 8, -1, 6)
		}
		if amount > 200_000 || amount < -200_000 {
			amount %= 200_000 // keep the searches quick; the limits have their own tests
		}
		counts, err := convert.ChangeMinor(amount, denoms, stock)
		if err != nil {
			if !isMoneyPyErr(err) {
				t.Fatalf("error %v is not a *pyerr.Error", err)
			}
			return
		}
		var sum int64
		for i, c := range counts {
			if c < 0 || (stock != nil && stock[i] != convert.Unlimited && c > stock[i]) {
				t.Fatalf("ChangeMinor(%d, %v, %v) = %v", amount, denoms, stock, counts)
			}
			sum += c * denoms[i]
		}
		if sum != amount {
			t.Fatalf("ChangeMinor(%d, %v, %v) = %v sums to %d", amount, denoms, stock, counts, sum)
		}
		m, _ := convert.NewChangeMaker(denoms, 0)
		again, err := m.AppendChange(make([]int64, 1, 9), amount, stock)
		if err != nil || len(again) != len(counts)+1 {
			t.Fatalf("AppendChange: %v, %v", again, err)
		}
		for i := range counts {
			if again[i+1] != counts[i] {
				t.Fatalf("AppendChange %v, Change %v", again, counts)
			}
		}
	})
}

// FuzzMakeChange: any amount text for any built-in currency and rounding
// mode: no panic, *pyerr.Error failures, results that recompose exactly.
func FuzzMakeChange(f *testing.F) {
	f.Add("12.33", uint8(5), uint8(1), true, int32(0))
	f.Add("1e30", uint8(4), uint8(0), false, int32(0))
	f.Add("-0.01", uint8(0), uint8(0), false, int32(0))
	f.Add("123456789012345678901234567.895", uint8(8), uint8(7), true, int32(0))
	f.Add("1", uint8(8), uint8(7), true, int32(-2147483648))
	f.Add("3", uint8(8), uint8(7), true, int32(2147483647))
	codes := convert.CurrencyCodes()
	f.Fuzz(func(t *testing.T, text string, code, mode uint8, round bool, shift int32) {
		amount, err := decimal.NewFromString(text)
		if err != nil || len(text) > 200 {
			return
		}
		// shift moves the exponent anywhere in int32 (NewFromString stops
		// at 10000): huge and tiny amounts must fail fast or round.
		if e := int64(amount.Exponent()) + int64(shift); shift != 0 && e >= -1<<31 && e < 1<<31 {
			amount = decimal.NewFromBigInt(amount.Coefficient(), int32(e))
		}
		cur, err := convert.CurrencyByCode(codes[int(code)%len(codes)])
		if err != nil {
			t.Fatal(err)
		}
		opt := &convert.ChangeOptions{Round: round, Mode: rounding.Modes[int(mode)%len(rounding.Modes)]}
		res, err := convert.MakeChange(amount, cur, opt)
		if err != nil {
			if !isMoneyPyErr(err) {
				t.Fatalf("error %v is not a *pyerr.Error", err)
			}
			return
		}
		if e := amount.Exponent(); e < -10000 || e > 10000 {
			return // comparing with such an amount would rescale it to millions of digits
		}
		sum := new(big.Int)
		for _, p := range res.Pieces {
			sum.Add(sum, new(big.Int).Mul(big.NewInt(p.Value), big.NewInt(p.Count)))
		}
		if got := decimal.NewFromBigInt(sum, int32(-cur.Exponent)); !got.Equal(res.Amount) || !res.Greedy {
			t.Fatalf("MakeChange(%s, %s) = %+v sums to %s", text, cur.Code, res, got)
		}
		if !res.Rounded && !res.Amount.Equal(amount) {
			t.Fatalf("MakeChange(%s, %s): amount %s not marked rounded", text, cur.Code, res.Amount)
		}
		step := decimal.New(cur.Denominations[len(cur.Denominations)-1].Value, int32(-cur.Exponent))
		if res.Rounded && res.Amount.Sub(amount).Abs().GreaterThanOrEqual(step) {
			t.Fatalf("MakeChange(%s, %s): rounded to %s, more than one step", text, cur.Code, res.Amount)
		}
	})
}

// FuzzSplitAllocate: Split and Allocate never panic, fail only with a
// *pyerr.Error, and their parts sum exactly to the amount.
func FuzzSplitAllocate(f *testing.F) {
	f.Add("100.00", 3, "70,20,10", uint8(2))
	f.Add("-1.00", 3, "1,1,1", uint8(2))
	f.Add("0.05", 0, "0,0", uint8(2))
	f.Add("1e-600", 7, "1e600,1e-600", uint8(0))
	f.Fuzz(func(t *testing.T, text string, k int, ratioText string, exp uint8) {
		amount, err := decimal.NewFromString(text)
		if err != nil || len(text) > 200 || len(ratioText) > 200 {
			return
		}
		if k > 1000 {
			k %= 1000
		}
		e := int(exp % 20)
		check := func(parts []decimal.Decimal, err error) {
			if err != nil {
				if !isMoneyPyErr(err) {
					t.Fatalf("error %v is not a *pyerr.Error", err)
				}
				return
			}
			sum := decimal.Zero
			for _, p := range parts {
				sum = sum.Add(p)
			}
			if !sum.Equal(amount) {
				t.Fatalf("%s: parts %v sum to %s", text, parts, sum)
			}
		}
		check(convert.Split(amount, k, e))
		var ratios []decimal.Decimal
		for _, s := range strings.Split(ratioText, ",") {
			r, err := decimal.NewFromString(s)
			if err != nil {
				return
			}
			ratios = append(ratios, r)
		}
		check(convert.Allocate(amount, ratios, e))
	})
}
