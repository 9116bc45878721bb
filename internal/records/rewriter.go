package records

import (
	"bytes"
	"io"
)

// Rewriter transforms one record at a time, for a surface that is handed
// records by an engine (an Apache Beam worker gets lines, in no order, on
// many machines) rather than a stream it reads itself. A record gets what
// Run gives it: the same selection of columns or fields, the same missing
// values, quoting, byte keeping and Config.Into, and Config.KeepGoing's
// output for a failure (an empty cell, JSON null, the row as it was), so
// that every record yields exactly one output record. The failures are
// returned instead of written as messages.
//
// What needs the position of a record in its input is refused: a
// Transform.NewRow (row numbers) and Config.Route (a Rewriter places rows
// with Place instead). A Rewriter must not be used by two goroutines at
// once; make one per worker.
type Rewriter struct {
	w      *worker
	c      chunk
	header []byte
	place  bool
	crlf   []byte // a record ending in CR, with the LF it lost
}

// Failure is one failed value or record of Rewrite or Place: Column is
// "column price", "field amount.net", "column 3" or "" (the whole
// record), Msg what Run would report after "row N, ".
type Failure struct {
	Column string
	Msg    string
}

// String returns the failure as Run words it, without the row: "column
// price: ValueError: could not convert string to float: 'abc'".
func (f Failure) String() string {
	if f.Column == "" {
		return f.Msg
	}
	return f.Column + ": " + f.Msg
}

// NewRewriter returns a Rewriter of the records of cfg.Format under cfg
// and tr. With cfg.Header (CSV and TSV), header is the header record,
// which names the columns, without its line ending and without the
// input's byte order mark (the caller drops that, as Run does; a byte
// order mark left at the start of header is part of the first name, as
// Run reads a second one), and Header returns the output's header record.
// Config.Jobs, ChunkSize, Progress, Done, ErrHook, Stats, MaxChunkOutput
// and KeepGoing are ignored. It returns a *UsageError, or an error for a
// header record Run would refuse.
func NewRewriter(cfg Config, tr Transform, header []byte) (*Rewriter, error) {
	switch {
	case tr.NewRow != nil:
		return nil, &UsageError{"a record at a time has no row numbers: Transform.NewRow needs Run"}
	case cfg.Route != nil:
		return nil, &UsageError{"a Rewriter places rows with NewPlacer and Place, not Config.Route"}
	case tr.NewShard != nil:
		return nil, &UsageError{"Transform.NewShard places rows: use NewPlacer"}
	}
	return newRewriter(cfg, tr, header)
}

// NewPlacer returns a Rewriter whose Place puts a record in one of parts
// shards by its key, as Run does with Config.Route and tr.NewShard: the
// key is the one selected column or field (Config.KeysAreText applies).
// Rewrite is not available on it.
func NewPlacer(cfg Config, tr Transform, parts int, header []byte) (*Rewriter, error) {
	switch {
	case tr.NewShard == nil || tr.NewValue != nil || tr.NewPair != nil || tr.NewRow != nil:
		return nil, &UsageError{"a placer needs Transform.NewShard alone"}
	case cfg.Into != "":
		return nil, &UsageError{"a placer writes no column: Config.Into is not for it"}
	case parts < 1:
		return nil, &UsageError{"routing rows needs at least one output"}
	}
	cfg.Route = &Route{Outs: make([]io.Writer, parts)}
	r, err := newRewriter(cfg, tr, header)
	if err != nil {
		return nil, err
	}
	r.place = true
	return r, nil
}

func newRewriter(cfg Config, tr Transform, header []byte) (*Rewriter, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.KeepGoing, cfg.Jobs, cfg.Stats = true, 1, nil
	cfg.MaxChunkOutput = 1 << 62 // one record is never cut in pieces
	var head bytes.Buffer
	p := &pipeline{cfg: cfg, tr: tr, w: newWriter(&head)}
	var first *chunk
	if cfg.Header && (cfg.Format == CSV || cfg.Format == TSV) {
		first = &chunk{in: append(header[:len(header):len(header)], '\n'), eof: true}
	}
	if err := p.resolve(first); err != nil {
		return nil, err
	}
	p.w.Flush()
	r := &Rewriter{w: p.newWorker(), header: bytes.TrimSuffix(head.Bytes(), []byte("\n"))}
	return r, nil
}

// Header returns the output's header record, without a line ending: the
// header record given to NewRewriter, with Config.Into's name added as
// Run adds it; nil without a header row.
func (r *Rewriter) Header() []byte { return r.header }

// Rewrite appends to dst the output record of rec, one record without
// its line ending (a CR before the LF that ended it is kept and stays at
// the end of the output), and returns the failures of its values, in
// column order. A failed value's cell is written as Config.KeepGoing
// writes it; a record Run would refuse whole (an unterminated quoted
// field, too few fields, invalid UTF-8 in a selected cell, a line that is
// not a JSON object) is written as it was, with one Failure. A CR at the
// end of rec is taken as the CR of its CRLF line ending (not data, as Run
// would read a lone CR at the very end of its input).
func (r *Rewriter) Rewrite(dst, rec []byte) ([]byte, []Failure) {
	if r.place {
		return append(dst, rec...), []Failure{{Msg: "Rewrite is not available on a placer"}}
	}
	if dst == nil {
		dst = make([]byte, 0, len(rec)+len(rec)/4+16)
	}
	c := r.run(dst, rec)
	return c.out, r.failures(c)
}

// Place returns the shard, 0 <= shard < parts, of the record rec (one
// record without its line ending), or -1 and the failure that keeps it
// from having one: a bad key for the shard's function, or a record Run
// would refuse. Every record has exactly one of the two.
func (r *Rewriter) Place(rec []byte) (int, []Failure) {
	if !r.place {
		return -1, []Failure{{Msg: "Place is only available on a placer (NewPlacer)"}}
	}
	c := r.run(r.c.out[:0], rec)
	if fs := r.failures(c); len(fs) > 0 || len(c.segs) == 0 {
		return -1, fs
	}
	return c.segs[0].shard, nil
}

// run processes rec as a chunk of its own with the output buffer out.
// A CR at the end of rec is the CR of a CRLF whose LF the engine took
// away: the record is processed with its LF, as Run sees it (Run reads a
// CR before no LF as data), and the LF is dropped from the output. So is
// an empty record, an empty line (no input at all has no record).
func (r *Rewriter) run(out, rec []byte) *chunk {
	crlf := len(rec) == 0 || rec[len(rec)-1] == '\r'
	if crlf {
		r.crlf = append(append(r.crlf[:0], rec...), '\n')
		rec = r.crlf
	}
	c := &r.c
	*c = chunk{in: rec, eof: true, out: out, errs: c.errs[:0], segs: c.segs[:0]}
	if c.out == nil {
		c.out = []byte{}
	}
	r.w.process(c)
	if (crlf || r.w.format == Lines) && len(c.out) > len(out) && c.out[len(c.out)-1] == '\n' {
		// (A line's output always ends in an LF of Run's own.)
		c.out = c.out[:len(c.out)-1]
	}
	return c
}

// failures returns c's failures (nil, and no allocation, for none).
func (r *Rewriter) failures(c *chunk) []Failure {
	if len(c.errs) == 0 {
		return nil
	}
	fs := make([]Failure, len(c.errs))
	for i, e := range c.errs {
		fs[i] = Failure{Column: e.col, Msg: e.msg}
	}
	return fs
}
