package pybeam

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"

	"github.com/pyround/pyround/internal/records"
)

// delimiter returns the byte of opt.Delimiter (',' for ""), checked as the
// pyround command checks --delimiter. Without QuotedLineBreaks it is not
// used, and 0.
func (opt ReadOptions) delimiter() (byte, error) {
	if !opt.QuotedLineBreaks {
		return 0, nil
	}
	if opt.Delimiter == "" {
		return ',', nil
	}
	return records.ParseDelimiter(opt.Delimiter)
}

// branchOf is the branch of branches that reads the file at path whole.
func branchOf(path string, branches int) int {
	h := fnv.New32a()
	h.Write([]byte(path))
	return int(h.Sum32() % uint32(branches))
}

// wholeTracker is an offsetrange tracker that refuses to split: a
// multi-line record's start is known only to a reader that came from the
// start of the file.
type wholeTracker struct{ *offsetrange.Tracker }

// TrySplit splits nothing off: the restriction stays whole, as an
// offsetrange tracker answers when no split point is left.
func (t wholeTracker) TrySplit(float64) (primary, residual any, err error) {
	return t.GetRestriction(), nil, nil
}

// recordFrom returns the CSV record at byte offset start of the file at
// path that starts with line, the first line read (n bytes taken from rd):
// line and the lines
// after it, joined by LF, while an LF falls inside a quoted field, and the
// bytes the record took. A quoted field still open at the end of the file
// ends the record there (the record layer reports it). A record longer
// than 64 MiB is an error naming path and the record's offset.
// q follows the quotes, and is left at the start of the next record.
func recordFrom(rd *bufio.Reader, q *records.QuoteTracker, path string, start int64, line string, n int64) (string, int64, error) {
	if !q.Continues(bytesOf(line)) {
		return line, n, nil
	}
	var b strings.Builder
	b.WriteString(line)
	for {
		more, m, ok, err := readLine(rd, path, start+n, maxLine)
		if err != nil {
			return "", 0, err
		}
		if !ok {
			return b.String(), n, nil
		}
		if b.Len()+1+len(more) > maxLine {
			return "", 0, fmt.Errorf("pybeam.ReadLines: %s: the record at byte %d (its quoted fields hold line breaks) is longer than %d bytes", path, start, maxLine)
		}
		b.WriteByte('\n')
		b.WriteString(more)
		n += m
		if !q.Continues(bytesOf(more)) {
			return b.String(), n, nil
		}
	}
}
