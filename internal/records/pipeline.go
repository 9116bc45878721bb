package records

import (
	"bufio"
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
)

// selection is the resolved set of selected columns or members.
type selection struct {
	cols   []int
	labels []string
	byPos  []int
	maxCol int
	names  []string    // JSONL fields as given, distinct
	probes []jsonProbe // JSONL: how each field's value is found
	// intoProbe is the probe of Config.Into's member (JSONL); its sel is
	// len(labels), no selection's.
	intoProbe int
}

// pipeline is one run.
type pipeline struct {
	cfg    Config
	tr     Transform
	errOut io.Writer
	w      *bufio.Writer
	sel    selection
	row    int  // rows written so far (header included)
	failed bool // a failure was reported
	stats  Stats

	inBufs, outBufs bufList

	// With Config.Route: what goes before the rows of every shard (a byte
	// order mark, the header row), and the rejects' writer once opened.
	head    bytes.Buffer
	prefix  []byte
	rejects io.Writer
}

// newWriter buffers the small writes (a header, a BOM); a chunk's output,
// larger than the buffer, goes straight to out when the buffer is empty.
func newWriter(out io.Writer) *bufio.Writer { return bufio.NewWriterSize(out, 32<<10) }

func (p *pipeline) run(in io.Reader) error {
	cfg := &p.cfg
	p.inBufs, p.outBufs = newBufList(2*cfg.Jobs+4), newBufList(2*cfg.Jobs+4)
	if cfg.Format != Lines {
		in = p.skipBOM(in)
	}
	ch := &chunker{r: in, size: cfg.ChunkSize, csv: cfg.Format == CSV, sep: sepOf(cfg.Format, cfg.Delimiter), onRead: cfg.Progress, bufs: p.inBufs}
	first := ch.next()
	if cfg.Done != nil {
		defer cfg.Done()
	}
	if first != nil && first.err != nil && len(first.in) == 0 && !first.tooLong {
		// Nothing could be read (standard input is a directory): the same
		// message in every format, before a header row is looked for.
		p.w.Flush()
		p.message("reading input: " + first.err.Error())
		return ErrFailed
	}
	if err := p.resolve(first); err != nil {
		if _, ok := err.(*UsageError); ok {
			return err
		}
		p.w.Flush()
		p.message(err.Error())
		return ErrFailed
	}
	if first != nil && len(first.in) == 0 && first.err == nil && !first.tooLong {
		p.inBufs.put(first.buf)
		first = ch.next()
	}
	if err := p.startRoute(); err != nil {
		return err
	}
	var err error
	if cfg.Jobs == 1 {
		err = p.sequential(first, ch)
	} else {
		err = p.parallel(first, ch)
	}
	if ferr := p.w.Flush(); err == nil && ferr != nil {
		err = &writeError{ferr}
	}
	if err != nil {
		return err
	}
	if p.failed {
		return ErrFailed
	}
	return nil
}

// skipBOM copies a byte order mark at the start of in to the output and
// returns a reader of the rest: the mark is no part of any record, and no
// record scan sees it (the chunker's quote state starts after it, so a
// quoted first field holding a line break is one field).
func (p *pipeline) skipBOM(in io.Reader) io.Reader {
	head := make([]byte, len(bom))
	n, err := io.ReadFull(in, head)
	head = head[:n]
	if string(head) == bom {
		p.w.WriteString(bom)
		head = nil
		if p.cfg.Progress != nil { // other bytes are counted when the chunker reads them
			p.cfg.Progress(n)
		}
	}
	switch err {
	case nil:
		return io.MultiReader(bytes.NewReader(head), in)
	case io.EOF, io.ErrUnexpectedEOF: // not read again: a terminal would wait for more
		return bytes.NewReader(head)
	}
	return io.MultiReader(bytes.NewReader(head), errReader{err})
}

// errReader fails every read with err.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// writeError is a failure to write the output.
type writeError struct{ err error }

func (e *writeError) Error() string { return "writing output: " + e.err.Error() }

// resolve turns the configured columns into a selection, reading and
// writing the header row (the first record of first) if there is one.
func (p *pipeline) resolve(first *chunk) error {
	cfg := &p.cfg
	s := &p.sel
	switch cfg.Format {
	case Lines:
		return nil
	case JSONL:
		for _, c := range cfg.Columns {
			if !slices.Contains(s.names, c.Name) {
				probes, err := fieldProbes(len(s.names), c.Name)
				if err != nil {
					return &UsageError{"invalid field " + strconv.Quote(c.Name) + ": " + err.Error()}
				}
				s.probes = append(s.probes, probes...)
				s.names = append(s.names, c.Name)
				s.labels = append(s.labels, "field "+c.Name)
			}
		}
		if p.tr.SplitPair && len(s.names) != 2 {
			return &UsageError{"divmod needs two different fields"}
		}
		if cfg.Into != "" {
			s.intoProbe = len(s.probes)
			s.probes = append(s.probes, jsonProbe{sel: len(s.labels), segs: []pathSeg{{key: cfg.Into, index: -1}}})
		}
		return nil
	}
	var header []string
	if cfg.Header {
		if first != nil && first.tooLong {
			return errorText("row 1: the header row is " + ErrRecordTooLong)
		}
		if first == nil || len(first.in) == 0 {
			return errorText("empty input: no header row")
		}
		fields, _, next, open := splitRecord(first.in, 0, sepOf(cfg.Format, cfg.Delimiter), cfg.Format == CSV, nil)
		if open {
			return errorText("row 1: " + ErrUnterminated)
		}
		for _, f := range fields {
			v := first.in[f.start:f.end]
			if cfg.Format == CSV {
				v, _ = fieldValue(v, nil)
			}
			header = append(header, string(v))
		}
		if cfg.Into != "" {
			if slices.Contains(header, cfg.Into) {
				return &UsageError{"column " + strconv.Quote(cfg.Into) + " is in the header row already; --into names a new column"}
			}
			e := lineEnd(first.in[:next])
			p.w.Write(first.in[:e])
			p.w.WriteByte(sepOf(cfg.Format, cfg.Delimiter))
			if cfg.Format == CSV {
				p.w.Write(appendCSVCell(nil, []byte(cfg.Into), sepOf(cfg.Format, cfg.Delimiter), false))
			} else {
				p.w.WriteString(cfg.Into)
			}
			p.w.Write(first.in[e:next])
		} else {
			p.w.Write(first.in[:next])
		}
		first.in = first.in[next:]
		p.row = 1
	}
	for _, c := range cfg.Columns {
		col := c.Index - 1
		if c.Index <= 0 {
			col = slices.Index(header, c.Name)
			if col < 0 {
				return &UsageError{"column " + strconv.Quote(c.Name) + " is not in the header row (" + strings.Join(quoteAll(header), ", ") + ")"}
			}
		}
		if slices.Contains(s.cols, col) {
			continue
		}
		label := strconv.Itoa(col + 1)
		if col < len(header) {
			label = header[col]
		}
		s.cols = append(s.cols, col)
		s.labels = append(s.labels, "column "+label)
		s.maxCol = max(s.maxCol, col+1)
	}
	if p.tr.SplitPair && len(s.cols) != 2 {
		return &UsageError{"divmod needs two different columns"}
	}
	if cfg.Into != "" {
		// An empty line (no fields) keeps its bytes: split a field to tell.
		s.maxCol = max(s.maxCol, 1)
	}
	if (cfg.Into != "" || cfg.Route != nil) && (p.tr.NewRow != nil || cfg.Route != nil && p.tr.NewShard == nil) != (len(s.cols) == 0) {
		return &UsageError{"want one column for the key, or none to place rows by number"}
	}
	for k := range s.cols {
		s.byPos = append(s.byPos, k)
	}
	slices.SortFunc(s.byPos, func(a, b int) int { return s.cols[a] - s.cols[b] })
	return nil
}

func quoteAll(names []string) []string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return q
}

// sepOf returns the field separator of format f with delimiter delim (0:
// the format's own).
func sepOf(f Format, delim byte) byte {
	switch {
	case f == TSV:
		return '\t'
	case delim != 0:
		return delim
	}
	return ','
}

type errorText string

func (e errorText) Error() string { return string(e) }

// message writes one "pyround: ..." line.
func (p *pipeline) message(msg string) {
	p.stats.Errors++
	if p.cfg.ErrHook != nil {
		p.cfg.ErrHook()
	}
	io.WriteString(p.errOut, "pyround: "+msg+"\n")
}

func (p *pipeline) newWorker() *worker {
	return newWorker(&p.cfg, &p.tr, &p.sel, p.outBufs)
}

// write writes a processed chunk and its messages; it reports whether the
// run goes on.
func (p *pipeline) write(c *chunk) (bool, error) {
	at := 0
	for _, e := range c.errs {
		if p.cfg.Route == nil {
			p.w.Write(c.out[at:e.at])
			at = e.at
		}
		if err := p.w.Flush(); err != nil {
			return false, &writeError{err}
		}
		p.failed = true
		n := strconv.Itoa(p.row + e.row + 1)
		switch {
		case p.cfg.Format == Lines:
			p.message("line " + n + ": " + e.msg)
		case e.col == "":
			p.message("row " + n + ": " + e.msg)
		default:
			p.message("row " + n + ", " + e.col + ": " + e.msg)
		}
	}
	p.stats.Rewritten += c.rewritten
	p.stats.Missing += c.missing
	if p.cfg.Route != nil {
		if err := p.writeRoute(c); err != nil {
			return false, err
		}
		at = len(c.out)
	}
	if c.stop {
		p.stats.Rows += c.rows + 1 // the failing row was read
		return false, nil
	}
	if _, err := p.w.Write(c.out[at:]); err != nil {
		return false, &writeError{err}
	}
	p.row += c.rows
	p.stats.Rows += c.rows
	if c.err != nil {
		p.w.Flush()
		p.failed = true
		p.message("reading input: " + c.err.Error())
		return false, nil
	}
	p.inBufs.put(c.buf)
	if c.written != nil {
		close(c.written) // its worker takes c.out for a later piece
	} else {
		p.outBufs.put(c.out)
	}
	return true, nil
}

func (p *pipeline) sequential(first *chunk, ch *chunker) error {
	w := p.newWorker()
	for c := first; c != nil; c = ch.next() {
		for piece := c; piece != nil; piece = piece.cont {
			w.process(piece)
			if goOn, err := p.write(piece); !goOn || err != nil {
				return err
			}
			if piece.cont != nil {
				piece.cont.out = piece.out[:0]
			}
		}
	}
	return nil
}

// parallel runs Jobs workers; a reader feeds them chunks in order and the
// writer (this goroutine) takes the results in the same order. At most
// 2*Jobs chunks wait for the writer, so memory stays bounded; a worker
// that hands a chunk over in pieces (chunk.cont) goes on with the next
// piece while the writer writes one, but no further, and the pieces of a
// chunk take turns with two output buffers.
func (p *pipeline) parallel(first *chunk, ch *chunker) error {
	jobs := p.cfg.Jobs
	work := make(chan *chunk, jobs)
	order := make(chan *chunk, 2*jobs)
	quit := make(chan struct{})
	defer close(quit)
	go func() {
		defer close(order)
		defer close(work)
		for c := first; c != nil; c = ch.next() {
			select {
			case order <- c:
			case <-quit:
				return
			}
			select {
			case work <- c:
			case <-quit:
				return
			}
		}
	}()
	for range jobs {
		w := p.newWorker()
		go func() {
			for c := range work {
				var prev, older *chunk
				for piece := c; piece != nil; piece = piece.cont {
					if older != nil {
						// One finished piece of this chunk may wait for the
						// writer, not two; this piece reuses the output
						// buffer of the one written.
						select {
						case <-older.written:
							piece.out = older.out[:0]
						case <-quit:
						}
					}
					select {
					case <-quit:
					default:
						w.process(piece)
					}
					close(piece.done)
					prev, older = piece, prev
				}
			}
		}()
	}
	for c := range order {
		for piece := c; piece != nil; piece = piece.cont {
			<-piece.done
			if goOn, err := p.write(piece); !goOn || err != nil {
				return err
			}
		}
	}
	return nil
}
