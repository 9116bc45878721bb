// Copyright 2025 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the GO_LICENSE file.

// The shortest-digits search below is Go 1.26's Dragonbox
// (src/internal/strconv/ftoadbox.go, float64 part), adapted to hand back the
// digits as an integer instead of text, so that AppendRepr can lay them out
// the way CPython does in one pass. The algorithm is Junekey Jeon's:
// https://github.com/jk-jeon/dragonbox (paper: other_files/Dragonbox.pdf).
// shortest_test.go checks it against strconv on every binary exponent and
// on random bit patterns.

package pyfmt

import "math/bits"

type u128 struct{ hi, lo uint64 }

// shortest returns the shortest decimal q·10^e that reads back as the
// positive finite float64 whose bits (sign cleared, not zero) are given;
// among shortest candidates it is the closest, ties to even: the digits of
// CPython's repr (_Py_dg_dtoa mode 0) and of strconv's precision -1.
// q has no trailing zeros.
func shortest(fbits uint64) (q uint64, e int) {
	mant := fbits & (1<<52 - 1)
	exp := int(fbits >> 52)
	denorm := exp == 0
	if denorm {
		exp = 1
	} else {
		mant |= 1 << 52
	}
	exp -= 1075 // value = mant · 2^exp

	if mant == 1<<52 && !denorm {
		// Algorithm 5.6 (page 24): the lower neighbour is closer.
		k0 := -((exp*631305 - 261663) >> 21) // floor(log10(2^exp) - log10(4/3))
		φ, β := dboxPow(k0, exp)
		xi := (φ.hi - φ.hi>>54) >> (64 - 53 - β)
		zi := (φ.hi + φ.hi>>53) >> (64 - 53 - β)
		if exp != 2 && exp != 3 {
			xi++
		}
		if q := zi / 10; xi <= q*10 {
			q, zeros := trimZeros(q)
			return q, -k0 + 1 + zeros
		}
		yru := (φ.hi>>(64-52-2-β) + 1) / 2
		if exp == -77 && yru%2 != 0 {
			yru--
		} else if yru < xi {
			yru++
		}
		q, zeros := trimZeros(yru)
		return q, -k0 + zeros
	}

	// κ = 2 for float64 (section 5.1.3).
	const (
		κ     = 2
		p10κ  = 100
		p10κ1 = p10κ * 10
	)

	// Algorithm 5.2 (page 15).
	k0 := -((exp * 78913) >> 18) // floor(exp·log10 2)
	φ, β := dboxPow(κ+k0, exp)
	zi, exact := dboxMulPow((mant*2+1)<<β, φ)
	s, r := zi/p10κ1, uint32(zi%p10κ1)
	δi := uint32(φ.hi >> (64 - 1 - β))

	if r < δi {
		if r != 0 || !exact || mant%2 == 0 {
			s, zeros := trimZeros(s)
			return s, -k0 + 1 + zeros
		}
		s--
		r = p10κ * 10
	} else if r == δi {
		parity, exact := dboxParity(mant*2-1, φ, β)
		if parity || (exact && mant%2 == 0) {
			s, zeros := trimZeros(s)
			return s, -k0 + 1 + zeros
		}
	}

	// Algorithm 5.4 (page 18).
	D := r + p10κ/2 - δi/2
	t, ρ := D/p10κ, D%p10κ
	yru := 10*s + uint64(t)
	if ρ == 0 {
		parity, exact := dboxParity(mant*2, φ, β)
		if parity != ((D-p10κ/2)%2 != 0) || exact && yru%2 != 0 {
			yru--
		}
	}
	q, zeros := trimZeros(yru)
	return q, -k0 + zeros
}

// dboxPow returns φ̃k, 10^k rounded up to 128 bits (exact for 0 <= k <= 55),
// and the shift β for binary exponent e.
func dboxPow(k, e int) (φ u128, β int) {
	φ = pow10Tab[k-pow10Min]
	if k < 0 || k > 55 {
		φ.lo++
	}
	return φ, e + (k*108853)>>15 // e + (1 + floor(k·log2 10)) - 1
}

// dboxMulPow returns the integer part of u·φ/2^128 and whether the
// fraction is zero (section 5.2.1).
func dboxMulPow(u uint64, φ u128) (intPart uint64, isInt bool) {
	hi, lo := bits.Mul64(u, φ.hi)
	t, _ := bits.Mul64(u, φ.lo)
	lo, c := bits.Add64(lo, t, 0)
	return hi + c, lo == 0
}

// dboxParity returns the parity of the integer part of u·φ·2^β/2^128 and
// whether its fraction is zero (section 5.2.1).
func dboxParity(u uint64, φ u128, β int) (parity bool, isInt bool) {
	mid, lo := bits.Mul64(u, φ.lo)
	hi := u*φ.hi + mid
	parity = (hi>>(64-β))&1 != 0
	isInt = (hi<<β)|(lo>>(64-β)) == 0
	return
}

// trimZeros returns x without its trailing decimal zeros and how many there
// were, by exact division through multiplicative inverses (Hacker's
// Delight 10-16): x·inv(5^p) rotated right by p is at most MaxUint64/10^p
// exactly when 10^p divides x.
func trimZeros(x uint64) (uint64, int) {
	const div1e8m = 0xc767074b22e90e21 // inverse of 5^8
	p := 0
	for d := bits.RotateLeft64(x*div1e8m, -8); d <= (1<<64-1)/100000000; d = bits.RotateLeft64(x*div1e8m, -8) {
		x = d
		p += 8
	}
	if d := bits.RotateLeft64(x*0xd288ce703afb7e91, -4); d <= (1<<64-1)/10000 {
		x = d
		p += 4
	}
	if d := bits.RotateLeft64(x*0x8f5c28f5c28f5c29, -2); d <= (1<<64-1)/100 {
		x = d
		p += 2
	}
	if d := bits.RotateLeft64(x*0xcccccccccccccccd, -1); d <= (1<<64-1)/10 {
		x = d
		p++
	}
	return x, p
}
