package pydatetime

// AppendISO appends dt.isoformat() to dst: YYYY-MM-DDTHH:MM:SS, then
// .ffffff when the microsecond is not zero, then an aware datetime's
// offset as +HH:MM, +HH:MM:SS when it has seconds, +HH:MM:SS.ffffff when
// it has microseconds (a negative offset is written from its magnitude,
// -00:30). It allocates nothing when dst has room (42 bytes at most, as in
// 9999-12-31T23:59:59.999999-23:59:59.999999).
func AppendISO(dst []byte, dt DateTime) []byte {
	y := int(dt.year)
	dst = append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	dst = append2(dst, int(dt.month), '-')
	dst = append2(dst, int(dt.day), 'T')
	dst = append2(dst, int(dt.hour), ':')
	dst = append2(dst, int(dt.minute), ':')
	dst = append(dst, byte('0'+dt.second/10), byte('0'+dt.second%10))
	if dt.us != 0 {
		dst = append6(append(dst, '.'), int(dt.us))
	}
	if dt.aware != 0 {
		dst = appendOffset(dst, dt.offset)
	}
	return dst
}

// String returns dt.isoformat().
func (dt DateTime) String() string {
	var buf [48]byte
	return string(AppendISO(buf[:0], dt))
}

// appendOffset is CPython's format_utcoffset with ':' separators.
func appendOffset(dst []byte, off int64) []byte {
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	secs, us := off/usPerSec, int(off%usPerSec)
	dst = append(dst, sign)
	dst = append2(dst, int(secs/3600), ':')
	dst = append(dst, byte('0'+secs/60%60/10), byte('0'+secs/60%60%10))
	if us != 0 || secs%60 != 0 {
		dst = append(dst, ':', byte('0'+secs%60/10), byte('0'+secs%60%10))
		if us != 0 {
			dst = append6(append(dst, '.'), us)
		}
	}
	return dst
}

// append2 appends v (0..99) as two digits and then c.
func append2(dst []byte, v int, c byte) []byte {
	return append(dst, byte('0'+v/10), byte('0'+v%10), c)
}

// append6 appends v (0..999999) as six digits.
func append6(dst []byte, v int) []byte {
	return append(dst, byte('0'+v/100000), byte('0'+v/10000%10), byte('0'+v/1000%10),
		byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}
