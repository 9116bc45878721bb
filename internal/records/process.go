package records

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyround/pyround/pyops"
)

// worker transforms chunks; each goroutine has its own (scratch state and
// the command's function instance).
type worker struct {
	format    Format
	keepGoing bool
	strict    bool // Config.Strict: a missing value is an error
	skipShort bool // Config.SkipShortRows
	maxOut    int  // Config.MaxChunkOutput
	sep       byte
	value     func(dst, v []byte) ([]byte, error)
	pair      func(dst, a, b []byte) ([]byte, error)
	split     bool

	cols   []int       // selected 0-based columns (CSV/TSV), user order, distinct
	labels []string    // "column price", "field price", user order
	byPos  []int       // indexes into cols, by ascending column (CSV/TSV)
	maxCol int         // 1 + the largest selected column
	probes []jsonProbe // the ways of finding each JSONL field's value

	fields  []span
	pm      []jsonMember // per probe
	members []jsonMember // per selected field: its value, if found
	miss    []bool       // per selected field: the value is missing
	dup     []bool       // per selected field: an earlier field addresses the same value
	js      jsonScanner
	cells   []cellOut
	scratch []byte // new cell texts
	dec     []byte // a decoded cell
	dec2    []byte // a second decoded cell (pairs)
	res     []byte // a pair's result
	outBufs bufList

	rowFn    func(dst []byte, row int) []byte // Transform.NewRow's
	shardFn  func(key []byte) (int, error)    // Transform.NewShard's
	byRow    func(row int) int                // Route.ByRow
	route    bool                             // Config.Route
	parts    int                              // the number of shards
	rowBase  int                              // the data rows before this chunk (NewRow, or Route without NewShard: one worker)
	into     bool                             // Config.Into
	intoName []byte                           // JSONL: Config.Into as a JSON string
	intoPM   int                              // JSONL: the probe finding member Into
	keysText bool                             // Config.KeysAreText
	routed   []routeRow
	sorted   []routeRow // groupRoute's
	first    []int32    // groupRoute's counts
}

// cellOut is what becomes of selected cell k: with cellNew, the text
// scratch[start:end].
type cellOut struct {
	start, end int
	kind       cellKind
}

type cellKind uint8

const (
	cellNew     cellKind = iota // the cell's new text
	cellKeep                    // left alone, not a result: B of a pair without SplitPair, or a value an earlier field addresses too
	cellMissing                 // a missing value: left as it is
	cellCleared                 // a pair's result with a missing operand: an empty cell, JSON null
	cellFailed                  // the value failed (KeepGoing): an empty cell, JSON null
)

// written reports whether the cell's bytes are replaced.
func (c cellOut) written() bool {
	return c.kind == cellNew || c.kind == cellCleared || c.kind == cellFailed
}

func newWorker(cfg *Config, tr *Transform, sel *selection, outBufs bufList) *worker {
	w := &worker{format: cfg.Format, keepGoing: cfg.KeepGoing, strict: cfg.Strict, skipShort: cfg.SkipShortRows, maxOut: cfg.MaxChunkOutput, split: tr.SplitPair, outBufs: outBufs,
		cols: sel.cols, labels: sel.labels, byPos: sel.byPos, maxCol: sel.maxCol, probes: sel.probes}
	switch {
	case tr.NewPair != nil:
		w.pair = tr.NewPair()
	case tr.NewRow != nil:
		w.rowFn = tr.NewRow()
	case tr.NewValue != nil:
		w.value = tr.NewValue()
	}
	if cfg.Route != nil {
		w.route, w.parts, w.byRow = true, len(cfg.Route.Outs), cfg.Route.ByRow
		if tr.NewShard != nil {
			w.shardFn = tr.NewShard()
		}
	}
	w.into, w.keysText, w.intoPM = cfg.Into != "", cfg.KeysAreText, sel.intoProbe
	if w.into && cfg.Format == JSONL {
		w.intoName = appendJSONQuote(nil, []byte(cfg.Into))
	}
	w.sep = sepOf(cfg.Format, cfg.Delimiter)
	n := len(sel.labels)
	if w.rowFn != nil {
		n = 1 // the row's value: one result cell, no selected one
	}
	w.pm = make([]jsonMember, len(sel.probes))
	w.members, w.miss, w.dup = make([]jsonMember, n), make([]bool, n), make([]bool, n)
	w.cells = make([]cellOut, n)
	return w
}

// results is the number of result cells of a row: one per selected
// value, or a pair's one (two with SplitPair).
func (w *worker) results() int {
	if w.pair != nil {
		if w.split {
			return 2
		}
		return 1
	}
	return len(w.cells)
}

// count adds the cells of a row that was written to c's counts.
func (w *worker) count(c *chunk) {
	for _, cell := range w.cells {
		switch cell.kind {
		case cellNew:
			c.rewritten++
		case cellMissing, cellCleared:
			c.missing++
		}
	}
}

// process transforms c.in into c.out, c.rows and c.errs; c.out is an
// empty buffer to use, or nil for one from the pool.
func (w *worker) process(c *chunk) {
	if c.out == nil {
		c.out = w.outBufs.get(len(c.in) + len(c.in)/4 + 64)
	}
	if c.tooLong {
		// One record, skipped: its row fails; with KeepGoing it is an
		// empty line, as its bytes are gone.
		if w.fail(c, 0, 0, "", ErrRecordTooLong) {
			c.out, c.rows = append(c.out, '\n'), 1
			w.rowBase++ // it was a row: the rows after it keep their numbers
		}
		return
	}
	switch w.format {
	case Lines:
		w.lines(c)
	case JSONL:
		w.jsonl(c)
	default:
		w.table(c)
	}
	w.rowBase += c.rows
	if w.route {
		w.groupRoute(c)
	}
}

// place returns the shard of data row row (of the run) with key key.
func (w *worker) place(row int, key []byte) (int, error) {
	var s int
	var err error
	if w.shardFn == nil {
		s = w.byRow(row)
	} else {
		s, err = w.shardFn(key)
	}
	if err == nil && (s < 0 || s >= w.parts) {
		err = textError("shard " + strconv.Itoa(s) + " is not in [0, " + strconv.Itoa(w.parts) + ")")
	}
	return s, err
}

// routeFailed reports a row whose shard failed; with KeepGoing its bytes
// go to the rejects. It reports whether processing goes on.
func (w *worker) routeFailed(c *chunk, out *[]byte, row int, col, msg string, raw span) bool {
	if !w.fail(c, row, len(*out), col, msg) {
		c.out = *out
		return false
	}
	w.addRoute(raw, -1)
	return true
}

// full reports whether the output out has reached maxOut with records
// left at in[p:] (p > 0: at least one record is done); the rest of the
// chunk then becomes c.cont. The test of the size is all that runs per
// record until then, and it inlines.
func (w *worker) full(c *chunk, out []byte, p int) bool {
	return len(out) >= w.maxOut && c.cut(p)
}

// cut makes c.in[p:] a piece of its own, c.cont, if p is inside c.in
// past its first record.
func (c *chunk) cut(p int) bool {
	if p == 0 || p >= len(c.in) {
		return false
	}
	c.cont = &chunk{buf: c.buf, in: c.in[p:], err: c.err, done: make(chan struct{})}
	c.buf, c.err = nil, nil
	c.written = make(chan struct{})
	return true
}

// fail records a failure of row; it reports whether processing goes on.
func (w *worker) fail(c *chunk, row, at int, col, msg string) bool {
	c.errs = append(c.errs, recErr{row: row, at: at, col: col, msg: msg})
	if !w.keepGoing {
		c.stop = true
		c.rows = row
		return false
	}
	return true
}

func (w *worker) lines(c *chunk) {
	in, out := c.in, c.out
	row := 0
	for p := 0; p < len(in) && !w.full(c, out, p); row++ {
		start := p
		var line []byte
		if e := bytes.IndexByte(in[p:], '\n'); e >= 0 {
			line = in[p : p+e]
			p += e + 1
		} else {
			line = in[p:]
			p = len(in)
		}
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		mark := len(out)
		var err error
		if w.route {
			raw := span{start, p}
			s, err := w.place(w.rowBase+row, line)
			if err != nil {
				if !w.routeFailed(c, &out, row, "", err.Error(), raw) {
					return
				}
				continue
			}
			w.addRoute(raw, s)
			continue
		}
		if w.rowFn != nil {
			out = append(w.rowFn(out, w.rowBase+row), '\n')
			c.rewritten++
			continue
		}
		if out, err = w.value(out, line); err != nil {
			out = out[:mark]
			if !w.fail(c, row, mark, "", err.Error()) {
				c.out = out
				return
			}
		} else {
			c.rewritten++
		}
		out = append(out, '\n')
	}
	c.out, c.rows = out, row
}

// table processes CSV and TSV records.
func (w *worker) table(c *chunk) {
	in, out := c.in, c.out
	quotes := w.format == CSV && bytes.IndexByte(in, '"') >= 0
	nextQuote := -1 // the index of the next '"' at or after p, len(in) if none
	row := 0
	for p := 0; p < len(in) && !w.full(c, out, p); row++ {
		// Most rows of a CSV with quotes somewhere have none: split those
		// with the quote-free scanner, and only a row holding a quote with
		// the quote-aware one.
		fields, _, next, open := splitRecordN(in, p, w.sep, false, w.fields[:0], w.maxCol)
		if quotes {
			if nextQuote < p {
				if nextQuote = bytes.IndexByte(in[p:], '"'); nextQuote < 0 {
					nextQuote = len(in)
				} else {
					nextQuote += p
				}
			}
			if nextQuote < next {
				fields, _, next, open = splitRecord(in, p, w.sep, true, fields[:0])
			}
		}
		w.fields = fields
		mark := len(out)
		if w.route {
			if !w.routeTable(c, &out, row, span{p, next}, open, fields, in) {
				return
			}
			p = next
			continue
		}
		if w.skipShort && !open && len(fields) < w.maxCol {
			out = append(out, in[p:next]...)
			p = next
			continue
		}
		if !w.strict && !open && len(fields) == 0 {
			// An empty line: every selected value is missing.
			c.missing += w.results()
			out = append(out, in[p:next]...)
			p = next
			continue
		}
		if col, msg := w.checkTable(open, fields, in); msg != "" {
			if !w.fail(c, row, mark, col, msg) {
				c.out = out
				return
			}
			out = append(out, in[p:next]...)
			p = next
			continue
		}
		ok := true
		if w.pair != nil {
			ok = w.tablePair(c, row, mark, in, fields)
		} else if w.rowFn != nil {
			w.scratch = w.rowFn(w.scratch[:0], w.rowBase+row)
			w.cells[0] = cellOut{start: 0, end: len(w.scratch)}
		} else {
			w.scratch = w.scratch[:0]
			for k, col := range w.cols {
				f := fields[col]
				var v []byte
				v, w.dec = w.cellValue(in[f.start:f.end], w.dec)
				if !w.strict && !w.keysText && pyops.Blank(v) {
					w.cells[k] = cellOut{kind: cellMissing}
					continue
				}
				start := len(w.scratch)
				var err error
				if w.scratch, err = w.value(w.scratch, v); err == nil && w.format == TSV && !tsvSafe(w.scratch[start:]) {
					err = errTSV(w.scratch[start:])
				}
				w.cells[k] = cellOut{start: start, end: len(w.scratch)}
				if err != nil {
					w.scratch = w.scratch[:start]
					w.cells[k] = cellOut{start: start, end: start, kind: cellFailed}
					if ok = w.fail(c, row, mark, w.labels[k], err.Error()); !ok {
						break
					}
				}
			}
		}
		if !ok {
			c.out = out
			return
		}
		if w.into {
			out = w.appendColumn(out, in[p:next])
			w.count(c)
			p = next
			continue
		}
		pos := p
		for _, k := range w.byPos {
			if !w.cells[k].written() {
				continue
			}
			f := fields[w.cols[k]]
			out = append(out, in[pos:f.start]...)
			text := w.scratch[w.cells[k].start:w.cells[k].end]
			if w.format == CSV {
				out = appendCSVCell(out, text, w.sep, f.end > f.start && in[f.start] == '"')
			} else {
				out = append(out, text...)
			}
			pos = f.end
		}
		out = append(out, in[pos:next]...)
		w.count(c)
		p = next
	}
	c.out, c.rows = out, row
}

// cellValue returns the value of a cell's raw bytes: CSV unquoting, or
// the bytes themselves in TSV.
func (w *worker) cellValue(raw, scratch []byte) ([]byte, []byte) {
	if w.format == TSV {
		return raw, scratch
	}
	return fieldValue(raw, scratch)
}

// checkTable returns a row-level failure: an unterminated quote, a missing
// column, or invalid UTF-8 in a selected cell.
func (w *worker) checkTable(open bool, fields []span, in []byte) (col, msg string) {
	if open {
		return "", ErrUnterminated
	}
	if len(fields) < w.maxCol {
		for k, col := range w.cols {
			if col >= len(fields) {
				return w.labels[k], "missing: the row has " + plural(len(fields), "field")
			}
		}
	}
	for k, col := range w.cols {
		f := fields[col]
		raw := in[f.start:f.end]
		if !utf8.Valid(raw) {
			return w.labels[k], "invalid UTF-8"
		}
	}
	return "", ""
}

// tablePair runs a two-operand function on the two selected cells.
func (w *worker) tablePair(c *chunk, row, mark int, in []byte, fields []span) bool {
	fa, fb := fields[w.cols[0]], fields[w.cols[len(w.cols)-1]]
	var a, b []byte
	a, w.dec = w.cellValue(in[fa.start:fa.end], w.dec)
	b, w.dec2 = w.cellValue(in[fb.start:fb.end], w.dec2)
	if !w.strict {
		if am, bm := pyops.Blank(a), pyops.Blank(b); am || bm {
			w.missingPair(am, bm)
			return true
		}
	}
	return w.runPair(c, row, mark, a, b, func(text []byte) error {
		if w.format == TSV && !tsvSafe(text) {
			return errTSV(text)
		}
		return nil
	})
}

// missingPair sets the cells of a pair with a missing operand (A missing
// if am, B if bm): each result cell stays as it is when it is the
// missing value, else is cleared; B without SplitPair is kept.
func (w *worker) missingPair(am, bm bool) {
	w.scratch = w.scratch[:0]
	kind := func(missing bool) cellOut {
		if missing {
			return cellOut{kind: cellMissing}
		}
		return cellOut{kind: cellCleared}
	}
	w.cells[0] = kind(am)
	if len(w.cells) > 1 {
		if w.split {
			w.cells[1] = kind(bm)
		} else {
			w.cells[1] = cellOut{kind: cellKeep}
		}
	}
}

// runPair computes the pair's result into cells (A, and B when split);
// on a failure the cells are empty.
func (w *worker) runPair(c *chunk, row, mark int, a, b []byte, check func([]byte) error) bool {
	w.scratch = w.scratch[:0]
	res, err := w.pair(w.res[:0], a, b)
	w.res = res[:0]
	if err == nil {
		if w.split {
			q, r, ok := SplitTuple(res)
			if !ok {
				err = errNotTuple(res)
			} else if err = check(q); err == nil {
				if err = check(r); err == nil {
					w.scratch = append(w.scratch, q...)
					w.scratch = append(w.scratch, r...)
					w.cells[0] = cellOut{start: 0, end: len(q)}
					w.cells[1] = cellOut{start: len(q), end: len(q) + len(r)}
				}
			}
		} else if err = check(res); err == nil {
			w.scratch = append(w.scratch, res...)
			w.cells[0] = cellOut{start: 0, end: len(res)}
			if len(w.cells) > 1 { // B is kept as it is
				w.cells[1] = cellOut{kind: cellKeep}
			}
		}
	}
	if err != nil {
		w.scratch = w.scratch[:0]
		for k := range w.cells {
			w.cells[k] = cellOut{kind: cellFailed}
		}
		if !w.split && len(w.cells) > 1 {
			w.cells[1] = cellOut{kind: cellKeep}
		}
		return w.fail(c, row, mark, pairLabel(w.labels), err.Error())
	}
	return true
}

func pairLabel(labels []string) string {
	if len(labels) == 1 {
		return labels[0]
	}
	kind, a, _ := strings.Cut(labels[0], " ") // "column a", "field a"
	_, b, _ := strings.Cut(labels[1], " ")
	return kind + "s " + a + "," + b
}

func (w *worker) jsonl(c *chunk) {
	in, out := c.in, c.out
	row := 0
	for p := 0; p < len(in) && !w.full(c, out, p); row++ {
		next := len(in)
		if e := bytes.IndexByte(in[p:], '\n'); e >= 0 {
			next = p + e + 1
		}
		line := in[p:next]
		content := line
		if n := len(content); n > 0 && content[n-1] == '\n' {
			content = content[:n-1]
		}
		mark := len(out)
		col, msg := w.checkJSON(content)
		if w.route {
			var key []byte
			if msg == "" && w.shardFn != nil {
				key = w.jsonKey(content, 0)
			}
			if !w.placeRaw(c, &out, row, span{p, next}, key, col, msg) {
				return
			}
			p = next
			continue
		}
		if msg != "" {
			if !w.fail(c, row, mark, col, msg) {
				c.out = out
				return
			}
			out = append(out, line...)
			p = next
			continue
		}
		ok := true
		if w.pair != nil {
			last := len(w.members) - 1
			if am, bm := w.miss[0], w.miss[last]; am || bm {
				w.missingPair(am, bm)
			} else {
				ma, mb := w.members[0], w.members[last]
				a := w.jsonValue(content[ma.start:ma.end], &w.dec)
				b := w.jsonValue(content[mb.start:mb.end], &w.dec2)
				ok = w.runPair(c, row, mark, a, b, func([]byte) error { return nil })
			}
		} else if w.rowFn != nil {
			w.scratch = w.rowFn(w.scratch[:0], w.rowBase+row)
			w.cells[0] = cellOut{start: 0, end: len(w.scratch)}
		} else {
			w.scratch = w.scratch[:0]
			for k := range w.cells {
				var v []byte
				switch {
				case w.dup[k]:
					w.cells[k] = cellOut{kind: cellKeep}
					continue
				case w.miss[k] && w.keysText:
					v = w.jsonKey(content, k)
				case w.miss[k]:
					w.cells[k] = cellOut{kind: cellMissing}
					continue
				default:
					m := w.members[k]
					v = w.jsonValue(content[m.start:m.end], &w.dec)
				}
				start := len(w.scratch)
				var err error
				w.cells[k] = cellOut{start: start, end: len(w.scratch)}
				if w.scratch, err = w.value(w.scratch, v); err != nil {
					w.scratch = w.scratch[:start]
					w.cells[k].kind = cellFailed
					if ok = w.fail(c, row, mark, w.labels[k], err.Error()); !ok {
						break
					}
				}
				w.cells[k].end = len(w.scratch)
			}
		}
		if !ok {
			c.out = out
			return
		}
		if w.into {
			out = w.appendMember(out, line, content)
			w.count(c)
			p = next
			continue
		}
		// Write the values' new texts in the order they appear.
		pos := 0
		for {
			k := -1
			for j := range w.cells {
				if w.cells[j].written() && w.members[j].start >= pos && (k < 0 || w.members[j].start < w.members[k].start) {
					k = j
				}
			}
			if k < 0 {
				break
			}
			m, cell := w.members[k], w.cells[k]
			out = append(out, content[pos:m.start]...)
			text := w.scratch[cell.start:cell.end]
			switch {
			case cell.kind != cellNew:
				out = append(out, "null"...)
			case content[m.start] == '"' || !isJSONNumber(text):
				out = appendJSONQuote(out, text)
			default:
				out = append(out, text...)
			}
			pos = m.end
		}
		out = append(out, line[pos:]...)
		w.count(c)
		p = next
	}
	c.out, c.rows = out, row
}

// checkJSON validates a JSONL line, finds the selected values (members,
// miss and dup) and checks them.
func (w *worker) checkJSON(content []byte) (col, msg string) {
	if err := w.js.scanObject(content, w.probes, w.pm); err != nil {
		return "", err.Error()
	}
	for k := range w.members {
		w.members[k], w.miss[k], w.dup[k] = jsonMember{}, false, false
	}
	for i := len(w.probes) - 1; i >= 0; i-- { // a field's first probe that finds a value wins
		if w.pm[i].found && w.probes[i].sel < len(w.members) { // not Into's
			w.members[w.probes[i].sel] = w.pm[i]
		}
	}
	for k, m := range w.members {
		if !m.found {
			if w.strict {
				return w.labels[k], "missing"
			}
			w.miss[k] = true
			continue
		}
		for j := range k {
			if w.members[j].found && w.members[j].start == m.start {
				w.dup[k] = true
			}
		}
		if w.dup[k] && w.split {
			return pairLabel(w.labels), "both fields address the same value"
		}
		v := content[m.start:m.end]
		switch c := v[0]; {
		case c == '"':
			v = v[1 : len(v)-1]
			if bytes.IndexByte(v, '\\') >= 0 {
				w.dec = appendJSONString(w.dec[:0], v)
				v = w.dec
			}
			if !utf8.Valid(v) {
				return w.labels[k], "invalid UTF-8"
			}
			w.miss[k] = !w.strict && pyops.Blank(v)
		case c == '-' || c >= '0' && c <= '9':
		case c == 'n' && !w.strict:
			w.miss[k] = true
		default:
			return w.labels[k], "got " + jsonKind(c) + ", want a number or a string"
		}
	}
	return "", ""
}

// jsonValue returns the text of a number or string value.
func (w *worker) jsonValue(v []byte, scratch *[]byte) []byte {
	if v[0] != '"' {
		return v
	}
	body := v[1 : len(v)-1]
	if bytes.IndexByte(body, '\\') < 0 {
		return body
	}
	*scratch = appendJSONString((*scratch)[:0], body)
	return *scratch
}

func jsonKind(c byte) string {
	switch c {
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	case '[':
		return "an array"
	}
	return "an object"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

type textError string

func (e textError) Error() string { return string(e) }

func errTSV(text []byte) error {
	return textError("the result " + strconv.Quote(string(text)) + " holds a tab or a line break, which a TSV cell cannot")
}

func errNotTuple(text []byte) error {
	return textError("the result " + strconv.Quote(string(text)) + " is not a pair")
}

// SplitTuple splits the text Python prints for a pair, "(q, r)", into q
// and r, each as str() shows it: Decimal('-3') becomes -3.
func SplitTuple(t []byte) (q, r []byte, ok bool) {
	if len(t) < 2 || t[0] != '(' || t[len(t)-1] != ')' {
		return nil, nil, false
	}
	inner := t[1 : len(t)-1]
	i := bytes.Index(inner, []byte(", "))
	if i < 0 {
		return nil, nil, false
	}
	return unwrapDecimal(inner[:i]), unwrapDecimal(inner[i+2:]), true
}

func unwrapDecimal(s []byte) []byte {
	const pre, suf = "Decimal('", "')"
	if len(s) >= len(pre)+len(suf) && string(s[:len(pre)]) == pre && string(s[len(s)-len(suf):]) == suf {
		return s[len(pre) : len(s)-len(suf)]
	}
	return s
}
