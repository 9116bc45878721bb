package fixed

// String returns str(d) as Python prints the Decimal: "123.45", "-0.00",
// "0.000001", and scientific notation when the adjusted exponent is below
// -6, as Python switches: "1E-7", "0E-7", "1.5E-7", "-1.234E-10".
func (d Decimal) String() string {
	var buf [48]byte
	return string(d.AppendText(buf[:0]))
}

// MarshalText returns String() as bytes (encoding.TextMarshaler); it
// never fails.
func (d Decimal) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 32)), nil
}

// AppendText appends String() to dst and returns the extended buffer
// (encoding.TextAppender). It allocates nothing when dst has room for 31
// bytes.
func (d Decimal) AppendText(dst []byte) []byte {
	var digits [32]byte
	n := len(digits)
	for z := d.zeros; z > 0; z-- {
		n--
		digits[n] = '0'
	}
	c := d.coef
	for c >= 10 {
		q := c / 10
		n--
		digits[n] = byte('0' + c - q*10)
		c = q
	}
	n--
	digits[n] = byte('0' + c)
	ds := digits[n:]
	if d.neg {
		dst = append(dst, '-')
	}
	scale := int(d.scale)
	adjusted := len(ds) - 1 - scale
	switch {
	case scale == 0:
		return append(dst, ds...)
	case adjusted >= -6:
		if len(ds) > scale {
			dst = append(dst, ds[:len(ds)-scale]...)
			dst = append(dst, '.')
			return append(dst, ds[len(ds)-scale:]...)
		}
		dst = append(dst, '0', '.')
		for k := len(ds); k < scale; k++ {
			dst = append(dst, '0')
		}
		return append(dst, ds...)
	}
	dst = append(dst, ds[0])
	if len(ds) > 1 {
		dst = append(dst, '.')
		dst = append(dst, ds[1:]...)
	}
	dst = append(dst, 'E', '-')
	a := -adjusted // 7..38
	if a >= 10 {
		dst = append(dst, byte('0'+a/10))
	}
	return append(dst, byte('0'+a%10))
}
