package records

import (
	"bytes"
	"io"
)

// chunk is a run of whole records and, once a worker has been over it,
// their output and failures.
type chunk struct {
	buf []byte // owns the storage of in
	in  []byte // whole records; the last one may lack its terminator if eof
	eof bool
	err error // a read error after in (reported after in's rows)

	tooLong bool // in is empty: the record here was longer than MaxRecord and was skipped

	out       []byte
	rows      int        // records in in (processed ones, when stop)
	rewritten int        // result cells rewritten in the rows of out
	missing   int        // result cells left missing in the rows of out
	errs      []recErr   // failures in input order
	stop      bool       // without KeepGoing: the last of errs ends the run
	segs      []routeSeg // with Config.Route: out's runs of rows by shard
	done      chan struct{}

	// cont is the rest of the records when the output reached
	// Config.MaxChunkOutput part-way: a piece of its own, processed by the
	// same worker and written next; buf and err move to it. written is
	// closed once out is written (set for a chunk with a cont, whose out
	// then goes to a later piece instead of the pool).
	cont    *chunk
	written chan struct{}
}

// recErr is one failure: row is 0-based within the chunk; at is the length
// of out when the failing row was reached (out[:at] precedes the message).
type recErr struct {
	row int
	at  int
	col string // column label, "" for a row-level message
	msg string
}

// bufList recycles chunk buffers. The number of chunks in flight is
// bounded, so a small list serves a whole run with a constant set of
// buffers (and no garbage for the collector to chase).
type bufList chan []byte

func newBufList(n int) bufList { return make(bufList, n) }

// get returns an empty buffer of capacity n or more.
func (l bufList) get(n int) []byte {
	select {
	case b := <-l:
		if cap(b) >= n {
			return b[:0]
		}
	default:
	}
	return make([]byte, 0, n)
}

// put returns b to the list, unless it is full or b is outsized (a long
// record's buffer).
func (l bufList) put(b []byte) {
	if b == nil || cap(b) > 4<<20 {
		return
	}
	select {
	case l <- b[:0]:
	default:
	}
}

// chunker cuts the input into chunks ending at record boundaries. For
// CSV it tracks the quote state across reads, so a quoted line break does
// not end a record.
type chunker struct {
	r      io.Reader
	size   int
	csv    bool
	sep    byte
	carry  []byte // bytes read after the last boundary
	eof    bool
	err    error
	onRead func(int)
	bufs   bufList

	// CSV scan state at the end of carry (scan[:scanned] of carry done).
	state   csvState
	scanned int
}

// csvState is the quote state of a CSV scan.
type csvState uint8

const (
	stFieldStart    csvState = iota // at the start of a field
	stUnquoted                      // inside an unquoted field
	stQuoted                        // inside quotes
	stQuoteInQuoted                 // just after a quote inside quotes
)

// next returns the next chunk, or nil at the end of the input.
func (c *chunker) next() *chunk {
	if c.eof {
		return nil
	}
	buf := c.bufs.get(c.size + c.size/4 + len(c.carry))
	buf = append(buf, c.carry...)
	scanned := c.scanned
	end := 0
	for {
		if !c.eof {
			if cap(buf)-len(buf) < c.size/2+1 {
				nb := make([]byte, len(buf), 2*cap(buf)+c.size)
				copy(nb, buf)
				c.bufs.put(buf)
				buf = nb
			}
			// Reads of at most 4 chunks, so that a record past MaxRecord
			// is noticed within a few MiB of it.
			n, err := io.ReadAtLeast(c.r, buf[len(buf):min(cap(buf), len(buf)+4*c.size)], 1)
			if n > 0 && c.onRead != nil {
				c.onRead(n)
			}
			buf = buf[:len(buf)+n]
			if err != nil {
				c.eof = true
				if err != io.EOF && err != io.ErrUnexpectedEOF {
					c.err = err
				}
			}
		}
		if e := c.boundary(buf, scanned); e > 0 {
			end = e
		}
		scanned = len(buf)
		if c.eof {
			end = len(buf)
		}
		if end == 0 && !c.eof && len(buf) > MaxRecord {
			return c.skipRecord(buf)
		}
		if end > 0 && (len(buf) >= c.size || c.eof) {
			c.carry = append(c.carry[:0], buf[end:]...)
			c.scanned = len(c.carry)
			ch := &chunk{buf: buf, in: buf[:end], done: make(chan struct{})}
			if c.eof {
				ch.eof = true
				ch.err = c.err
			}
			return ch
		}
		if c.eof { // no bytes at all
			c.bufs.put(buf)
			if c.err != nil {
				return &chunk{err: c.err, eof: true, done: make(chan struct{})}
			}
			return nil
		}
	}
}

// MaxRecord is the longest record (a line, a CSV row, a JSON line) the
// commands read: a longer one is reported as an error of its own row and
// its bytes are skipped as they arrive, so that a 1 GB line without a
// newline costs neither gigabytes of memory nor a minute of parsing. No
// value pyround accepts comes near it (results are limited to 1,000,000
// digits, expressions to 10,000 bytes).
const MaxRecord = 64 << 20

// ErrRecordTooLong is the message of a record longer than MaxRecord.
const ErrRecordTooLong = "longer than 64 MiB (pyround's limit); its bytes were skipped"

// ErrUnterminated is the message of a CSV record whose quoted field is not
// closed before the input ends (for a Rewriter, before its record ends).
const ErrUnterminated = "unterminated quoted field (the record runs to the end of the input)"

// skipRecord drops the record that starts at buf[0] (longer than
// MaxRecord, not yet terminated), reading on until its end, keeps what
// follows it, and returns a chunk that stands for that one record.
func (c *chunker) skipRecord(buf []byte) *chunk {
	st := stFieldStart
	for {
		if e := c.firstEnd(buf, &st); e >= 0 {
			c.carry = append(c.carry[:0], buf[e:]...)
			c.scanned, c.state = 0, stFieldStart
			c.bufs.put(buf)
			return &chunk{tooLong: true, done: make(chan struct{})}
		}
		if c.eof {
			c.carry, c.scanned = c.carry[:0], 0
			c.bufs.put(buf)
			return &chunk{tooLong: true, eof: true, err: c.err, done: make(chan struct{})}
		}
		buf = buf[:cap(buf)]
		n, err := io.ReadAtLeast(c.r, buf, 1)
		if n > 0 && c.onRead != nil {
			c.onRead(n)
		}
		buf = buf[:n]
		if err != nil {
			c.eof = true
			if err != io.EOF && err != io.ErrUnexpectedEOF {
				c.err = err
			}
		}
	}
}

// firstEnd returns the index just after the first record terminator in
// b, or -1, continuing from the CSV quote state *st (which it updates).
func (c *chunker) firstEnd(b []byte, st *csvState) int {
	if !c.csv {
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return i + 1
		}
		return -1
	}
	s := *st
	defer func() { *st = s }()
	for i := 0; i < len(b); {
		switch s {
		case stQuoted:
			j := bytes.IndexByte(b[i:], '"')
			if j < 0 {
				return -1
			}
			i += j + 1
			s = stQuoteInQuoted
		case stQuoteInQuoted:
			switch b[i] {
			case '"':
				s = stQuoted
			case c.sep:
				s = stFieldStart
			case '\n':
				return i + 1
			default:
				s = stUnquoted
			}
			i++
		default:
			switch ch := b[i]; {
			case ch == '\n':
				return i + 1
			case ch == '"' && s == stFieldStart:
				s = stQuoted
			case ch == c.sep:
				s = stFieldStart
			default:
				s = stUnquoted
			}
			i++
		}
	}
	return -1
}

// boundary returns the end of the last whole record in buf (0 if none),
// scanning buf[from:] (the bytes before were scanned by earlier calls,
// whose state is in c.state).
func (c *chunker) boundary(buf []byte, from int) int {
	data := buf[from:]
	if !c.csv {
		return lastNewline(buf, from)
	}
	if len(data) == 0 {
		return 0
	}
	if c.state != stQuoted && bytes.IndexByte(data, '"') < 0 {
		// No quote: the state follows the last byte.
		if last := data[len(data)-1]; last == c.sep || last == '\n' {
			c.state = stFieldStart
		} else {
			c.state = stUnquoted
		}
		return lastNewline(buf, from)
	}
	end := 0
	st := c.state
	sep := c.sep
	for i := 0; i < len(data); i++ {
		b := data[i]
		switch st {
		case stFieldStart, stUnquoted:
			// Outside quotes only a quote at the start of a field changes
			// the state, and every LF ends a record: jump to the next
			// quote with IndexByte, taking the last LF before it.
			j := bytes.IndexByte(data[i:], '"')
			if j < 0 {
				if k := bytes.LastIndexByte(data[i:], '\n'); k >= 0 {
					end = from + i + k + 1
				}
				if last := data[len(data)-1]; last == sep || last == '\n' {
					st = stFieldStart
				} else {
					st = stUnquoted
				}
				i = len(data)
				continue
			}
			q := i + j
			if k := bytes.LastIndexByte(data[i:q], '\n'); k >= 0 {
				end = from + i + k + 1
			}
			if q == i && st == stFieldStart || q > i && (data[q-1] == sep || data[q-1] == '\n') {
				st = stQuoted
			} else {
				st = stUnquoted
			}
			i = q
		case stQuoted:
			j := bytes.IndexByte(data[i:], '"')
			if j < 0 {
				i = len(data)
				continue
			}
			i += j
			st = stQuoteInQuoted
		case stQuoteInQuoted:
			switch b {
			case '"':
				st = stQuoted
			case sep:
				st = stFieldStart
			case '\n':
				end = from + i + 1
				st = stFieldStart
			default:
				st = stUnquoted
			}
		}
	}
	c.state = st
	return end
}

// lastNewline returns 1 + the index of the last LF in buf[from:], or 0.
func lastNewline(buf []byte, from int) int {
	if i := bytes.LastIndexByte(buf[from:], '\n'); i >= 0 {
		return from + i + 1
	}
	return 0
}
