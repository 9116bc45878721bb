// Package tsv reads the repository's tab-separated data files: the golden
// tables under the testdata directories, written by Python generators.
//
// The format, shared by every such file: UTF-8 lines ended by "\n" (a
// "\r" is data, not part of the line end); a line that is empty or starts
// with '#' is a comment; every other line is one row, its fields separated
// by TAB. A file whose name ends in ".gz" is gzip-compressed. What the
// fields mean, and how many there are, is the reader's business; a field
// written with the oracle's escapes is decoded by Unescape.
package tsv

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Row is one data line of a file.
type Row struct {
	Name   string // the file, as given to Read or ReadFile
	Line   int    // 1-based line number in the (uncompressed) file
	Fields []string
}

// Pos returns "name:line", for error messages.
func (r Row) Pos() string { return fmt.Sprintf("%s:%d", r.Name, r.Line) }

// Errorf returns an error prefixed with the row's position.
func (r Row) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", r.Pos(), fmt.Sprintf(format, args...))
}

// ReadFile reads the rows of the file at path, gunzipping it if the name
// ends in ".gz". Errors name the file (and line).
func ReadFile(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !strings.HasSuffix(path, ".gz") {
		return Read(f, path)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	rows, err := Read(zr, path)
	if err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return rows, nil
}

// Read reads the rows of r; name is the file name used in Row and in
// errors. Lines have no length limit.
func Read(r io.Reader, name string) ([]Row, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var rows []Row
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadString('\n')
		if err == io.EOF && line == "" {
			break
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s:%d: %v", name, lineNo, err)
		}
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		rows = append(rows, Row{Name: name, Line: lineNo, Fields: strings.Split(line, "\t")})
	}
	return rows, nil
}

// Unescape decodes the escapes the oracle (internal/oracle/oracle.py:
// _clean) writes in a field: \\, \t and \n; any other backslash is kept.
func Unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case '\\':
				c, i = '\\', i+1
			case 't':
				c, i = '\t', i+1
			case 'n':
				c, i = '\n', i+1
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}
