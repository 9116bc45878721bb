package records

import "bytes"

// span is a field's raw bytes buf[start:end] (quotes included).
type span struct{ start, end int }

// splitRecord splits the CSV (quotes) or TSV record starting at p in buf,
// which holds whole records. It appends the raw spans of the fields to
// fields and returns them with the end of the record's content (before its
// LF or CRLF), the start of the next record, and whether a quoted field
// runs to the end of the input unterminated. An empty line has no fields.
func splitRecord(buf []byte, p int, sep byte, quotes bool, fields []span) (_ []span, contentEnd, next int, open bool) {
	return splitRecordN(buf, p, sep, quotes, fields, -1)
}

// splitRecordN is splitRecord that, without quotes, stops splitting after
// limit fields (limit < 0: no limit): the rest of the record stays one
// unsplit tail, which a caller rewriting only the first limit fields never
// looks into.
func splitRecordN(buf []byte, p int, sep byte, quotes bool, fields []span, limit int) (_ []span, contentEnd, next int, open bool) {
	n := len(buf)
	if !quotes {
		e := bytes.IndexByte(buf[p:], '\n')
		if e < 0 {
			contentEnd, next = n, n
		} else {
			contentEnd, next = p+e, p+e+1
		}
		if contentEnd > p && buf[contentEnd-1] == '\r' {
			contentEnd--
		}
		if contentEnd == p {
			return fields, contentEnd, next, false
		}
		line := buf[:contentEnd]
		s := p
		for k := 0; k != limit; k++ {
			j := bytes.IndexByte(line[s:], sep)
			if j < 0 {
				return append(fields, span{s, contentEnd}), contentEnd, next, false
			}
			fields = append(fields, span{s, s + j})
			s += j + 1
		}
		return fields, contentEnd, next, false
	}
	i, s := p, p
	st := stFieldStart
	for i < n {
		b := buf[i]
		switch st {
		case stFieldStart, stUnquoted, stQuoteInQuoted:
			if b == sep {
				fields = append(fields, span{s, i})
				i++
				s = i
				st = stFieldStart
				continue
			}
			if b == '\n' {
				contentEnd, next = i, i+1
				goto done
			}
			if b == '"' && st != stUnquoted {
				st = stQuoted // opening quote, or "" inside quotes
			} else {
				st = stUnquoted
			}
			i++
		case stQuoted:
			j := bytes.IndexByte(buf[i:], '"')
			if j < 0 {
				return append(fields, span{s, n}), n, n, true
			}
			i += j + 1
			st = stQuoteInQuoted
		}
	}
	if st == stQuoted {
		return append(fields, span{s, n}), n, n, true
	}
	contentEnd, next = n, n
done:
	if contentEnd > p && buf[contentEnd-1] == '\r' {
		contentEnd--
	}
	if contentEnd == p && len(fields) == 0 {
		return fields, contentEnd, next, false
	}
	return append(fields, span{s, contentEnd}), contentEnd, next, false
}

// fieldValue returns the value of a CSV field's raw bytes: raw itself when
// it is not quoted, else the text with the quotes removed and "" read as
// one quote, as Python's csv module reads it (bytes after the closing
// quote are kept). scratch may be used for the result.
func fieldValue(raw, scratch []byte) (value, newScratch []byte) {
	if len(raw) == 0 || raw[0] != '"' {
		return raw, scratch
	}
	if i := bytes.IndexByte(raw[1:], '"'); len(raw) >= 2 && i == len(raw)-2 {
		return raw[1 : len(raw)-1], scratch // "text" without inner quotes
	}
	v := scratch[:0]
	quoted := false
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		switch {
		case i == 0: // the opening quote
			quoted = true
		case quoted && b == '"':
			if i+1 < len(raw) && raw[i+1] == '"' {
				v = append(v, '"')
				i++
			} else {
				quoted = false
			}
		default:
			v = append(v, b)
		}
	}
	return v, v
}

// appendCSVCell appends text as a CSV cell: quoted (with " doubled) when
// quoted is set or the text holds the separator, a quote, CR or LF.
func appendCSVCell(dst, text []byte, sep byte, quoted bool) []byte {
	if !quoted {
		for _, b := range text {
			if b == sep || b == '"' || b == '\r' || b == '\n' {
				quoted = true
				break
			}
		}
	}
	if !quoted {
		return append(dst, text...)
	}
	dst = append(dst, '"')
	for {
		i := bytes.IndexByte(text, '"')
		if i < 0 {
			break
		}
		dst = append(dst, text[:i+1]...)
		dst = append(dst, '"')
		text = text[i+1:]
	}
	dst = append(dst, text...)
	return append(dst, '"')
}

// tsvSafe reports whether text can be a TSV cell (no TAB, CR or LF).
func tsvSafe(text []byte) bool {
	for _, b := range text {
		if b == '\t' || b == '\r' || b == '\n' {
			return false
		}
	}
	return true
}
