package conventions

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/cockroachdb/apd/v3"
)

// javaInsignificant is FloatingDecimal.insignificantDigitsNumber (JDK 17).
var javaInsignificant = [...]int{0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6,
	7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14,
	15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19}

// javaN5Bits is FloatingDecimal.N_5_BITS: about ceil(log2(5^i)).
var javaN5Bits = [...]int{0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61}

func pow5(n int) int64 {
	r := int64(1)
	for range n {
		r *= 5
	}
	return r
}

// JavaDoubleToString returns the value of JDK 17's Double.toString(x) for
// finite x, as a decimal: a port of FloatingDecimal's
// BinaryToASCIIBuffer.dtoa (OpenJDK 17). Integers below 2^63 print all
// their digits but the "insignificant" ones (7.618615196125613e16 prints as
// 7.6186151961256128E16); other values are generated digit by digit with a
// symmetric stopping test, which now and then yields a 17th digit where 16
// would do (2.6807164239999998E20 for 2.680716424E20). JDK 19 and later
// print the shortest decimal instead (Raffaello Giulietti's rewrite,
// JDK-4511638), which is Shortest(x).
func JavaDoubleToString(x float64) *apd.Decimal {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return Shortest(x)
	}
	b := math.Float64bits(x)
	fract := b & (1<<52 - 1)
	binExp := int(b >> 52 & 0x7ff)
	var nSignificant int
	if binExp == 0 {
		lz := bits.LeadingZeros64(fract)
		shift := lz - (63 - 52)
		fract <<= uint(shift)
		binExp = 1 - shift
		nSignificant = 64 - lz
	} else {
		fract |= 1 << 52
		nSignificant = 53
	}
	binExp -= 1023
	digits, decExp := javaDtoa(binExp, fract, nSignificant)
	coeff, _ := new(big.Int).SetString(string(digits), 10)
	d := apd.NewWithBigInt(new(apd.BigInt).SetMathBigInt(coeff), int32(decExp-len(digits)))
	d.Negative = x < 0
	return d
}

// javaDtoa is BinaryToASCIIBuffer.dtoa with isCompatibleFormat set: the
// digits and the decimal exponent e of 0.DIGITS × 10^e.
func javaDtoa(binExp int, fractBits uint64, nSignificantBits int) ([]byte, int) {
	tailZeros := bits.TrailingZeros64(fractBits)
	nFractBits := 53 - tailZeros
	nTinyBits := max(0, nFractBits-binExp-1)
	if binExp <= 62 && binExp >= -21 && nTinyBits < 27 && nFractBits+javaN5Bits[nTinyBits] < 64 && nTinyBits == 0 {
		insignificant := 0
		if p2 := binExp - nSignificantBits - 1; binExp > nSignificantBits && p2 > 1 && p2 < len(javaInsignificant) {
			insignificant = javaInsignificant[p2]
		}
		if binExp >= 52 {
			fractBits <<= uint(binExp - 52)
		} else {
			fractBits >>= uint(52 - binExp)
		}
		return javaLongDigits(int64(fractBits), insignificant)
	}
	decExp := javaEstimateDecExp(fractBits, binExp)
	B5 := max(0, -decExp)
	B2 := B5 + nTinyBits + binExp
	S5 := max(0, decExp)
	S2 := S5 + nTinyBits
	M5 := B5
	M2 := B2 - nSignificantBits
	fractBits >>= uint(tailZeros)
	B2 -= nFractBits - 1
	common := min(B2, S2)
	B2 -= common
	S2 -= common
	M2 -= common
	if nFractBits == 1 {
		M2--
	}
	if M2 < 0 {
		B2 -= M2
		S2 -= M2
		M2 = 0
	}
	n5 := func(i int) int {
		if i < len(javaN5Bits) {
			return javaN5Bits[i]
		}
		return i * 3
	}
	Bbits := nFractBits + B2 + n5(B5)
	tenSbits := S2 + 1 + n5(S5+1)
	var digits []byte
	var low, high bool
	var lowDigitDifference int64
	// The first digit: a zero one means the estimate was one too high.
	first := func(q int) {
		if q == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+q))
		}
		if decExp < -3 || decExp >= 8 {
			high, low = false, false
		}
	}
	switch {
	case Bbits < 32 && tenSbits < 32:
		b := int32(fractBits) * int32(pow5(B5)) << uint(B2)
		lowDigitDifference = fixedDigits(b, int32(pow5(S5))<<uint(S2), int32(pow5(M5))<<uint(M2), &low, &high, first, &digits)
	case Bbits < 64 && tenSbits < 64:
		b := int64(fractBits) * pow5(B5) << uint(B2)
		lowDigitDifference = fixedDigits(b, pow5(S5)<<uint(S2), pow5(M5)<<uint(M2), &low, &high, first, &digits)
	default:
		p52 := func(p5, p2 int) *big.Int {
			r := new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(p5)), nil)
			return r.Lsh(r, uint(p2))
		}
		S := p52(S5, S2)
		B := p52(B5, B2)
		B.Mul(B, new(big.Int).SetUint64(fractBits))
		M := p52(M5+1, M2+1)
		tenS := p52(S5+1, S2+1)
		ten := big.NewInt(10)
		q, sum := new(big.Int), new(big.Int)
		quoRem := func() int { // q = B / S; B = 10 * (B % S)
			q.QuoRem(B, S, B)
			B.Mul(B, ten)
			return int(q.Int64())
		}
		d := quoRem()
		low = B.Cmp(M) < 0
		high = tenS.Cmp(sum.Add(B, M)) <= 0
		first(d)
		for !low && !high {
			d = quoRem()
			M.Mul(M, ten)
			low = B.Cmp(M) < 0
			high = tenS.Cmp(sum.Add(B, M)) <= 0
			digits = append(digits, byte('0'+d))
		}
		if high && low {
			B.Lsh(B, 1)
			lowDigitDifference = int64(B.Cmp(tenS))
		}
	}
	decExponent := decExp + 1
	if high {
		if low {
			if lowDigitDifference == 0 {
				if digits[len(digits)-1]&1 != 0 {
					digits, decExponent = javaRoundUp(digits, decExponent)
				}
			} else if lowDigitDifference > 0 {
				digits, decExponent = javaRoundUp(digits, decExponent)
			}
		} else {
			digits, decExponent = javaRoundUp(digits, decExponent)
		}
	}
	return digits, decExponent
}

// javaRoundUp is BinaryToASCIIBuffer.roundup: add one to the last digit.
func javaRoundUp(digits []byte, decExponent int) ([]byte, int) {
	i := len(digits) - 1
	q := digits[i]
	if q == '9' {
		for q == '9' && i > 0 {
			digits[i] = '0'
			i--
			q = digits[i]
		}
		if q == '9' {
			digits[0] = '1'
			return digits, decExponent + 1
		}
	}
	digits[i] = q + 1
	return digits, decExponent
}

// javaLongDigits is BinaryToASCIIBuffer.developLongDigits for a decimal
// exponent of 0: the digits of v with its insignificant low digits rounded
// off (half up), trailing zeros dropped.
func javaLongDigits(v int64, insignificant int) ([]byte, int) {
	decExponent := 0
	if insignificant != 0 {
		p := pow5(insignificant) << uint(insignificant)
		r := v % p
		v /= p
		decExponent += insignificant
		if r >= p>>1 {
			v++
		}
	}
	s := []byte(big.NewInt(v).String())
	n := len(s)
	for n > 1 && s[n-1] == '0' {
		n--
	}
	return s[:n], decExponent + len(s)
}

// javaEstimateDecExp is FloatingDecimal.estimateDecExp: floor of an
// estimate of log10 of the value.
func javaEstimateDecExp(fractBits uint64, binExp int) int {
	d2 := math.Float64frombits(0x3ff0000000000000 | fractBits&(1<<52-1))
	d := (d2-1.5)*0.289529654 + 0.176091259 + float64(binExp)*0.301029995663981
	dBits := math.Float64bits(d)
	exponent := int(dBits>>52&0x7ff) - 1023
	neg := dBits>>63 != 0
	switch {
	case exponent >= 0 && exponent < 52:
		mask := uint64(1<<52-1) >> uint(exponent)
		r := int((dBits&(1<<52-1) | 1<<52) >> uint(52-exponent))
		if neg {
			if mask&dBits == 0 {
				return -r
			}
			return -r - 1
		}
		return r
	case exponent < 0:
		if dBits&^(1<<63) == 0 {
			return 0
		}
		if neg {
			return -1
		}
		return 0
	default:
		return int(d)
	}
}

// fixedDigits is FloatingDecimal's digit loop on b/s with error margin m,
// in Java's int (T int32) or long (T int64) arithmetic, whose wrap-around
// it reproduces. It returns lowDigitDifference, b<<1 - 10s in T.
func fixedDigits[T int32 | int64](b, s, m T, low, high *bool, first func(int), digits *[]byte) int64 {
	tens := s * 10
	q := b / s
	b = 10 * (b % s)
	m *= 10
	*low = b < m
	*high = b+m > tens
	first(int(q))
	for !*low && !*high {
		q = b / s
		b = 10 * (b % s)
		m *= 10
		if m > 0 {
			*low = b < m
			*high = b+m > tens
		} else {
			*low, *high = true, true
		}
		*digits = append(*digits, byte('0'+q))
	}
	return int64(b<<1 - tens)
}
