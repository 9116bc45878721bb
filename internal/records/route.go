package records

import (
	"io"
	"slices"
)

// Route sends each row of a run to one of several writers, its shard,
// keeping its bytes: a CSV or TSV row as it was read (quoting, line
// ending), a JSONL line, a plain line. Every writer gets the header row
// (and a leading byte order mark) first, whether or not any row follows.
// The rows of each shard are in input order.
//
// A row whose shard cannot be found (a bad key, an invalid record) is
// reported like a bad value; with Config.KeepGoing it goes, as it was,
// to Rejects, so that every input row is in exactly one output.
type Route struct {
	Outs []io.Writer
	// ByRow returns the shard of data row row (0-based) when the
	// transform places rows by their number (no Transform.NewShard).
	ByRow func(row int) int
	// Rejects returns the writer of the rows whose shard failed; it is
	// called once, at the first such row, which is written after the
	// header row.
	Rejects func() (io.Writer, error)
	// Rows receives the number of data rows written to each shard, and
	// Rejected those written to Rejects, when Run returns.
	Rows     []int
	Rejected int
}

// routeRow is one row of a chunk in routing: its bytes in the chunk's
// input and its shard (-1: rejected).
type routeRow struct {
	start, end int
	shard      int
}

// routeSeg is a run of rows of one shard in a routed chunk's output,
// ending at end.
type routeSeg struct {
	shard, end, rows int
}

// addRoute places the row of the chunk's input at raw in shard s.
func (w *worker) addRoute(raw span, s int) {
	w.routed = append(w.routed, routeRow{raw.start, raw.end, s})
}

// maxCountingParts bounds the shard counts groupRoute keeps per worker;
// past it rows are sorted.
const maxCountingParts = 1 << 16

// groupRoute writes the chunk's routed rows into c.out grouped by shard,
// in input order within a shard, as runs c.segs, so the writer makes one
// write per shard per chunk, not one per row.
func (w *worker) groupRoute(c *chunk) {
	rows := w.routed
	w.routed = rows[:0]
	c.segs = c.segs[:0]
	if len(rows) == 0 {
		return
	}
	if w.parts <= maxCountingParts {
		// A counting sort: shard s's rows start at first[s+1] (the
		// rejects, -1, at first[0]).
		if w.first == nil {
			w.first = make([]int32, w.parts+2)
		}
		clear(w.first)
		for _, r := range rows {
			w.first[r.shard+2]++
		}
		for s := 1; s < len(w.first); s++ {
			w.first[s] += w.first[s-1]
		}
		sorted := slices.Grow(w.sorted[:0], len(rows))[:len(rows)]
		for _, r := range rows {
			sorted[w.first[r.shard+1]] = r
			w.first[r.shard+1]++
		}
		rows, w.sorted = sorted, sorted
	} else {
		slices.SortFunc(rows, func(a, b routeRow) int {
			if a.shard != b.shard {
				return a.shard - b.shard
			}
			return a.start - b.start
		})
	}
	for _, r := range rows {
		c.out = append(c.out, c.in[r.start:r.end]...)
		if n := len(c.segs); n > 0 && c.segs[n-1].shard == r.shard {
			c.segs[n-1].end, c.segs[n-1].rows = len(c.out), c.segs[n-1].rows+1
		} else {
			c.segs = append(c.segs, routeSeg{r.shard, len(c.out), 1})
		}
	}
}

// writeRoute writes a routed chunk's runs to their writers.
func (p *pipeline) writeRoute(c *chunk) error {
	rt := p.cfg.Route
	at := 0
	for _, s := range c.segs {
		var w io.Writer
		if s.shard < 0 {
			if p.rejects == nil {
				if rt.Rejects == nil {
					at = s.end
					continue
				}
				r, err := rt.Rejects()
				if err != nil {
					return &writeError{err}
				}
				if _, err := r.Write(p.prefix); err != nil {
					return &writeError{err}
				}
				p.rejects = r
			}
			w = p.rejects
			rt.Rejected += s.rows
		} else {
			w = rt.Outs[s.shard]
			rt.Rows[s.shard] += s.rows
		}
		if _, err := w.Write(c.out[at:s.end]); err != nil {
			return &writeError{err}
		}
		at = s.end
	}
	return nil
}

// routeTable places one CSV or TSV record, at raw in the chunk; it
// reports whether processing goes on.
func (w *worker) routeTable(c *chunk, out *[]byte, row int, raw span, open bool, fields []span, in []byte) bool {
	var key []byte
	col, msg := "", ""
	switch {
	case open:
		msg = ErrUnterminated
	case w.shardFn == nil || len(fields) == 0: // by row, or an empty line: the key ""
	default:
		if col, msg = w.checkTable(false, fields, in); msg == "" {
			f := fields[w.cols[0]]
			key, w.dec = w.cellValue(in[f.start:f.end], w.dec)
		}
	}
	return w.placeRaw(c, out, row, raw, key, col, msg)
}

// placeRaw places the row at raw in the shard of key, or, after a
// failure msg (or one of the shard's), in the rejects; it reports whether
// processing goes on.
func (w *worker) placeRaw(c *chunk, out *[]byte, row int, raw span, key []byte, col, msg string) bool {
	s := -1
	if msg == "" {
		var err error
		if s, err = w.place(w.rowBase+row, key); err != nil {
			col, msg = w.labels[0], err.Error()
		}
	}
	if msg != "" {
		return w.routeFailed(c, out, row, col, msg, raw)
	}
	w.addRoute(raw, s)
	return true
}

// jsonKey returns the text of selected JSONL value k as a key: a
// string's value, a number as written, and the empty text for null or an
// absent member (Config.KeysAreText).
func (w *worker) jsonKey(content []byte, k int) []byte {
	m := w.members[k]
	if !m.found || content[m.start] == 'n' {
		return nil
	}
	return w.jsonValue(content[m.start:m.end], &w.dec)
}

// startRoute writes what precedes the rows (the byte order mark and
// header row the run has written to its buffer) to every shard.
func (p *pipeline) startRoute() error {
	rt := p.cfg.Route
	if rt == nil {
		return nil
	}
	if err := p.w.Flush(); err != nil {
		return &writeError{err}
	}
	p.prefix = p.head.Bytes()
	rt.Rows, rt.Rejected = make([]int, len(rt.Outs)), 0
	for _, w := range rt.Outs {
		if _, err := w.Write(p.prefix); err != nil {
			return &writeError{err}
		}
	}
	return nil
}
