package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyround/pyround/pyerr"
)

var (
	errIntPrecision = pyerr.ValueError("Precision not allowed in integer format specifier")
	errIntNoNegZero = pyerr.ValueError("Negative zero coercion (z) not allowed in integer format specifier")
	errCharSign     = pyerr.ValueError("Sign not allowed with integer format specifier 'c'")
	errCharAlt      = pyerr.ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
	errCharRange    = pyerr.OverflowError("%c arg not in range(0x110000)")
	errCharCLong    = pyerr.OverflowError("Python int too large to convert to C long")
	errIntToFloat   = pyerr.OverflowError("int too large to convert to float")
)

// FormatInt returns Python's format(x, spec) for an int.
func FormatInt(x int64, spec string) (string, error) {
	sp, err := ParseSpecFor(spec, "int")
	if err != nil {
		return "", err
	}
	var buf [64]byte
	b, err := AppendFormatInt(buf[:0], x, sp)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// FormatBigInt returns Python's format(x, spec) for an int of any size.
func FormatBigInt(x *big.Int, spec string) (string, error) {
	sp, err := ParseSpecFor(spec, "int")
	if err != nil {
		return "", err
	}
	b, err := AppendFormatBigInt(nil, x, sp)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// intPrecheck applies format_long_internal's checks; it reports whether
// the type is a float type (the int is converted to float first).
func intPrecheck(sp Spec) (isFloat bool, err error) {
	switch sp.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		if sp.Width > MaxWidth {
			return false, errWidth
		}
		return true, nil
	case 0, 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return false, unknownCode(sp.Type, "int")
	}
	if sp.Type == 0 && strings.HasSuffix(sp.spec, "\x00") {
		// An explicit NUL type: CPython parses int specs with the default
		// type 'd', so the NUL it reads is an unknown code, not "none".
		return false, unknownCode(0, "int")
	}
	if sp.Width > MaxWidth {
		return false, errWidth
	}
	if sp.Precision >= 0 {
		return false, errIntPrecision
	}
	if sp.NoNegZero {
		return false, errIntNoNegZero
	}
	if sp.Type == 'c' {
		if sp.Sign != 0 {
			return false, errCharSign
		}
		if sp.Alt {
			return false, errCharAlt
		}
	}
	return false, nil
}

func intBase(sp Spec) (base int, prefix string, group int) {
	switch sp.Type {
	case 'b':
		base, prefix, group = 2, "0b", 4
	case 'o':
		base, prefix, group = 8, "0o", 4
	case 'x':
		base, prefix, group = 16, "0x", 4
	case 'X':
		base, prefix, group = 16, "0X", 4
	case 'n':
		base, group = 10, 0
	default:
		base, group = 10, 3
	}
	if !sp.Alt {
		prefix = ""
	}
	return
}

// AppendFormatInt appends Python's format(x, spec) for an int to dst, as
// CPython 3.11's format_long_internal: types b c d o x X n and none; the
// float types e E f F g G % convert x to float first.
func AppendFormatInt(dst []byte, x int64, sp Spec) ([]byte, error) {
	isFloat, err := intPrecheck(sp)
	if err != nil {
		return dst, err
	}
	if isFloat {
		return AppendFormatFloat(dst, float64(x), sp)
	}
	if sp.Type == 'c' {
		if x < 0 || x > 0x10ffff {
			return dst, errCharRange
		}
		return appendChar(dst, sp, rune(x)), nil
	}
	base, prefix, group := intBase(sp)
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	var buf [64]byte
	d := strconv.AppendUint(buf[:0], u, base)
	if sp.Type == 'X' {
		upper(d)
	}
	return appendInt(dst, sp, x < 0, prefix, d, group), nil
}

// AppendFormatBigInt is AppendFormatInt for an int of any size. A decimal
// rendering beyond MaxIntStrDigits digits is CPython's ValueError; a float
// type on an int beyond the float range is OverflowError.
func AppendFormatBigInt(dst []byte, x *big.Int, sp Spec) ([]byte, error) {
	if x == nil {
		x = new(big.Int)
	}
	if x.IsInt64() {
		return AppendFormatInt(dst, x.Int64(), sp)
	}
	isFloat, err := intPrecheck(sp)
	if err != nil {
		return dst, err
	}
	if isFloat {
		f, _ := new(big.Float).SetInt(x).Float64()
		if math.IsInf(f, 0) {
			return dst, errIntToFloat
		}
		return AppendFormatFloat(dst, f, sp)
	}
	if sp.Type == 'c' {
		return dst, errCharCLong // not an int64, so not a C long
	}
	base, prefix, group := intBase(sp)
	if base == 10 {
		if err := CheckIntStrDigits(BigIntDigits(x)); err != nil {
			return dst, err
		}
	}
	d := new(big.Int).Abs(x).Append(nil, base)
	if sp.Type == 'X' {
		upper(d)
	}
	return appendInt(dst, sp, x.Sign() < 0, prefix, d, group), nil
}

// appendInt lays out the digits of an int.
func appendInt(dst []byte, sp Spec, neg bool, prefix string, d []byte, group int) []byte {
	num := number{neg: neg, prefix: prefix, digits: run{text: d}, group: group, sep: sp.Grouping, zeroGroups: sp.Fill == '0' && sp.Align == '='}
	return appendNumber(dst, sp, &num)
}

func appendChar(dst []byte, sp Spec, r rune) []byte {
	var cb [utf8.UTFMax]byte
	c := utf8.AppendRune(cb[:0], r)
	num := number{rem: [3]run{{text: c}}, remWidth: 1}
	return appendNumber(dst, sp, &num)
}

func upper(b []byte) {
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
}
