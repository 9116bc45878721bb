package main

import (
	"bufio"
	"database/sql/driver"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// column is a result column: its name and DuckDB type.
type column struct {
	name     string
	typeName string
	typ      *typeNode
}

// writer writes a result in one of the output formats.
type writer struct {
	format  string
	eol     string
	maxRows int
	w       *bufio.Writer
	cols    []column
	buf     []byte
	field   []byte     // a CSV field being quoted
	cells   [][]string // --format table: every cell, the header first
}

func newWriter(o *options, out io.Writer) *writer {
	eol := "\n"
	if o.crlf {
		eol = "\r\n"
	}
	return &writer{format: o.format, eol: eol, maxRows: o.maxRows, w: bufio.NewWriterSize(out, 64<<10)}
}

func (w *writer) header(cols []column) error {
	w.cols = cols
	switch w.format {
	case "csv":
		b := w.buf[:0]
		for i, c := range cols {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendCSVField(b, []byte(c.name), len(cols) == 1)
		}
		b = append(b, w.eol...)
		w.buf = b
		_, err := w.w.Write(b)
		return err
	case "table":
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = c.name
		}
		w.cells = append(w.cells, names)
	}
	return nil
}

// row writes row n (counted from 1) of the result.
func (w *writer) row(n int, vals []driver.Value) error {
	b := w.buf[:0]
	var err error
	switch w.format {
	case "csv":
		for i, v := range vals {
			if i > 0 {
				b = append(b, ',')
			}
			start := len(b)
			if v != nil {
				if b, err = appendStr(b, v, w.cols[i].typ); err != nil {
					return valueError(n, w.cols[i].name, err)
				}
			}
			// The field's text is at b[start:]; quote it when it must be.
			if needsQuote(b[start:], len(vals) == 1) {
				w.field = append(w.field[:0], b[start:]...)
				b = appendCSVField(b[:start], w.field, len(vals) == 1)
			}
		}
		b = append(b, w.eol...)
	case "jsonl":
		b = append(b, '{')
		for i, v := range vals {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = append(appendJSONString(b, w.cols[i].name), ": "...)
			if b, err = appendJSON(b, v, w.cols[i].typ); err != nil {
				return valueError(n, w.cols[i].name, err)
			}
		}
		b = append(b, '}', '\n')
	case "table":
		if w.maxRows > 0 && n > w.maxRows {
			return fmt.Errorf("--format table holds at most %d rows (--max-rows); use csv or jsonl, or LIMIT", w.maxRows)
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			if b, err = appendStr(b[:0], v, w.cols[i].typ); err != nil {
				return valueError(n, w.cols[i].name, err)
			}
			cells[i] = tableCell(b)
		}
		w.cells = append(w.cells, cells)
		w.buf = b
		return nil
	}
	w.buf = b
	_, err = w.w.Write(b)
	return err
}

// appendCSVField appends field as Python's csv.writer (QUOTE_MINIMAL, the
// default dialect) writes it: quoted when it holds a comma, a quote, CR or
// LF, quotes doubled; the only field of a row is quoted when empty ("").
func appendCSVField(dst, field []byte, only bool) []byte {
	if !needsQuote(field, only) {
		return append(dst, field...)
	}
	dst = append(dst, '"')
	for _, c := range field {
		if c == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, c)
	}
	return append(dst, '"')
}

// needsQuote reports whether csv.writer quotes field: when it holds a
// comma, a quote, CR or LF, or is the empty only field of its row.
func needsQuote(field []byte, only bool) bool {
	if only && len(field) == 0 {
		return true
	}
	for _, c := range field {
		if c == ',' || c == '"' || c == '\r' || c == '\n' {
			return true
		}
	}
	return false
}

// tableCell returns a cell's text for a terminal: control characters are
// escaped as repr() escapes them (\n, \t, \r, \xNN), so a row is a line.
func tableCell(b []byte) string {
	clean := true
	for _, c := range b {
		if c < 0x20 || c == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return string(b)
	}
	var s strings.Builder
	for _, c := range b {
		switch {
		case c == '\n':
			s.WriteString(`\n`)
		case c == '\r':
			s.WriteString(`\r`)
		case c == '\t':
			s.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&s, `\x%02x`, c)
		default:
			s.WriteByte(c)
		}
	}
	return s.String()
}

// flush writes a buffered table and flushes the output.
func (w *writer) flush() error {
	if w.format == "table" && len(w.cells) > 0 {
		w.writeTable()
	}
	return w.w.Flush()
}

// writeTable writes the buffered cells in aligned columns: the header, a
// rule of dashes, the rows; numeric columns right-aligned. Widths count
// code points (an East Asian wide character counts as one).
func (w *writer) writeTable() {
	widths := make([]int, len(w.cols))
	for _, row := range w.cells {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	line := func(row []string) {
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				w.w.WriteString("  ")
			}
			last := i == len(row)-1
			switch {
			case w.cols[i].typ.numeric():
				w.w.WriteString(pad)
				w.w.WriteString(c)
			case last:
				w.w.WriteString(c)
			default:
				w.w.WriteString(c)
				w.w.WriteString(pad)
			}
		}
		w.w.WriteString("\n")
	}
	if len(w.cols) == 0 {
		return
	}
	line(w.cells[0])
	rule := make([]string, len(w.cols))
	for i := range rule {
		rule[i] = strings.Repeat("-", widths[i])
	}
	line(rule)
	for _, row := range w.cells[1:] {
		line(row)
	}
}
