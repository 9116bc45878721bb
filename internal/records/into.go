package records

import "bytes"

// lineEnd returns where record's line ending (LF, CRLF, or none at the
// end of the input) begins.
func lineEnd(record []byte) int {
	n := len(record)
	if n > 0 && record[n-1] == '\n' {
		n--
		if n > 0 && record[n-1] == '\r' {
			n--
		}
	}
	return n
}

// resultText returns the text result cell k gets: its new text, or
// empty for a missing or failed one.
func (w *worker) resultText(k int) []byte {
	if c := w.cells[k]; c.kind == cellNew {
		return w.scratch[c.start:c.end]
	}
	return nil
}

// appendColumn appends record with the result of cell 0 as a new last
// field (Config.Into), before the line ending.
func (w *worker) appendColumn(out, record []byte) []byte {
	e := lineEnd(record)
	out = append(out, record[:e]...)
	out = append(out, w.sep)
	if w.format == CSV {
		out = appendCSVCell(out, w.resultText(0), w.sep, false)
	} else {
		out = append(out, w.resultText(0)...)
	}
	return append(out, record[e:]...)
}

// appendMember appends the JSONL line (content, then its line ending)
// with member Into set to the result of cell 0: its value replaced where
// the object has the member (the last one, where it repeats), else
// added at the end of the object.
func (w *worker) appendMember(out, line, content []byte) []byte {
	text := w.resultText(0)
	value := func(out []byte) []byte {
		switch {
		case w.cells[0].kind != cellNew:
			return append(out, "null"...)
		case isJSONNumber(text):
			return append(out, text...)
		}
		return appendJSONQuote(out, text)
	}
	if m := w.pm[w.intoPM]; m.found {
		out = append(out, content[:m.start]...)
		out = value(out)
		return append(out, line[m.end:]...)
	}
	end := bytes.LastIndexByte(content, '}') // the object's: the line is valid
	body := bytes.TrimRight(content[:end], " \t\r\n")
	out = append(out, content[:end]...)
	if body[len(body)-1] != '{' {
		out = append(out, ',')
	}
	out = append(out, w.intoName...)
	out = append(out, ':')
	out = value(out)
	return append(out, line[end:]...)
}

// checkInto returns a *UsageError for an Into the configuration cannot
// have.
func (cfg *Config) checkInto() error {
	if cfg.Into == "" {
		return nil
	}
	switch {
	case cfg.Format == Lines:
		return &UsageError{"a new column (--into) needs CSV, TSV or JSON Lines"}
	case len(cfg.Columns) > 1:
		return &UsageError{"a new column (--into) takes the result of one column"}
	case cfg.Route != nil:
		return &UsageError{"a new column (--into) and shard files (--out) do not go together"}
	case cfg.Format == TSV && bytes.ContainsAny([]byte(cfg.Into), "\t\r\n"):
		return &UsageError{"a TSV column name cannot hold a tab or a line break"}
	}
	return nil
}
