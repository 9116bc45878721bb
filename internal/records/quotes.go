package records

import "strings"

// QuoteTracker follows the quotes of CSV text given to it a line at a
// time, with the rules of the command's reader (a quote opens a quoted
// field only at the start of a field; "" inside quotes is a quote), so
// that a surface that receives lines can tell where a record whose quoted
// field holds a line break ends. The zero value is not ready; use
// NewQuoteTracker.
type QuoteTracker struct {
	c  chunker
	st csvState
}

// NewQuoteTracker returns a QuoteTracker for CSV records separated by
// cfg's delimiter, or nil if cfg's format has no quoted fields (TSV, JSON
// Lines and lines end a record at every LF).
func NewQuoteTracker(cfg Config) *QuoteTracker {
	if cfg.Format != CSV {
		return nil
	}
	return &QuoteTracker{c: chunker{csv: true, sep: sepOf(cfg.Format, cfg.Delimiter)}}
}

// Continues takes the next line of the input, without its LF (a CR
// before the LF may be kept or not: a CR is an ordinary byte to the
// quotes), and reports whether the line's LF falls inside a quoted field,
// so that the record goes on with the next line. A line that ends its
// record leaves the tracker at the start of the next one.
func (q *QuoteTracker) Continues(line []byte) bool {
	// line holds no LF, so firstEnd reads it all, leaving the state at
	// its end: inside quotes, the LF after it would be part of the field.
	q.c.firstEnd(line, &q.st)
	if q.st == stQuoted {
		return true
	}
	q.st = stFieldStart
	return false
}

// SplitRecords cuts text, the input after its byte order mark, into its
// records as Run reads them under cfg, each without the LF that ends it
// (a CR before that LF kept): CSV lines joined while an LF falls inside a
// quoted field, other formats cut at every LF. An input that ends with an
// LF has no empty record after it.
func SplitRecords(cfg Config, text string) []string {
	if text == "" {
		return nil
	}
	q := NewQuoteTracker(cfg)
	var recs []string
	open := false
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if open {
			recs[len(recs)-1] += "\n" + line
		} else {
			recs = append(recs, line)
		}
		open = q != nil && q.Continues([]byte(line))
	}
	return recs
}
