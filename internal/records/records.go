// Package records is pyround's record layer: it streams a text input of
// lines, CSV, TSV or JSON Lines records through a per-value function,
// rewriting only the selected cells and keeping every other byte, on
// several goroutines with the output in input order.
//
// The input is cut into chunks of about ChunkSize bytes of whole records
// (a CSV record's quoted line breaks included); each chunk is transformed
// on one of Jobs workers, each with its own function instance (the
// command's scratch state), and written in input order. At most 2*Jobs+2
// chunks are in flight, so memory stays bounded by a few chunks plus the
// longest record, whatever the input size; a chunk whose output passes
// MaxChunkOutput is handed over in pieces, so output memory stays bounded
// by a few pieces plus the longest record's output. The output, the
// messages and the exit status are identical for every Jobs value.
//
// Formats and rules (see the CLI's documentation for the user's view):
//
//   - Lines: one value per line (LF, or CRLF); each output line is the
//     result plus LF; messages say "line N".
//   - CSV: RFC 4180 as Python's csv module reads it: a field is quoted when
//     it begins with '"'; "" inside quotes is a quote; after the closing
//     quote further bytes belong to the field; a quote elsewhere is a
//     literal. Records end at LF outside quotes; a CR before that LF is
//     part of the line ending (kept in the output). A lone CR is data (not
//     a record end, unlike Python). An empty line is a record with no
//     fields (Python's []). A rewritten cell is quoted iff the original
//     was quoted or the new text holds , " CR or LF.
//   - TSV: fields split on TAB, no quoting; a result holding TAB, CR or LF
//     is an error.
//   - JSONL: each line one JSON object; only the selected top-level
//     members' values are replaced (the last occurrence of a duplicated
//     key, as json.loads reads it). A number stays a number when the
//     result is a JSON number, else it becomes a JSON string; a string
//     stays a string. A failed value becomes null with KeepGoing.
//
// A UTF-8 byte order mark at the start of a CSV, TSV or JSONL input is
// copied to the output untouched and is not part of the first cell (nor
// of the first header name). Rows are counted from 1 over physical
// records, the header row included.
package records

import (
	"bytes"
	"errors"
	"io"
)

// Format is the input's record format.
type Format uint8

const (
	Lines Format = iota // one value per line
	CSV                 // comma-separated values, RFC 4180 quoting
	TSV                 // tab-separated values, no quoting
	JSONL               // JSON Lines: one object per line
)

// Column selects a CSV/TSV column by 1-based index (Index > 0) or by header
// name, or a JSONL member by name.
type Column struct {
	Name  string
	Index int
}

// Transform is what a run does to each selected value. Exactly one of
// NewValue and NewPair is set; each is called once per worker, so the
// function it returns may keep scratch state.
type Transform struct {
	// NewValue returns a function appending the new text of one value to
	// dst. On error the appended bytes are discarded.
	NewValue func() func(dst, v []byte) ([]byte, error)
	// NewPair returns a function of two operands (the two selected
	// columns A and B); the result replaces A, or with SplitPair the
	// result "(q, r)" puts q into A and r into B (see SplitTuple).
	NewPair   func() func(dst, a, b []byte) ([]byte, error)
	SplitPair bool
}

// Config is one run's settings.
type Config struct {
	Format    Format
	Columns   []Column // CSV/TSV columns or JSONL fields, in the user's order
	Header    bool     // CSV/TSV: the first record is a header row
	Jobs      int      // workers; < 1 means 1
	KeepGoing bool
	// SkipShortRows copies a CSV/TSV row that has no field at a selected
	// column unchanged, with no message (bias's deprecated --csv FILE read
	// such rows so); otherwise the row fails as "missing".
	SkipShortRows bool
	ChunkSize     int         // bytes per chunk; 0 means DefaultChunkSize
	Progress      func(n int) // if set, called with the number of bytes of each read
	Done          func()      // if set, called when reading has ended
	ErrHook       func()      // if set, called before each message is written (to clear a progress bar)
	// MaxChunkOutput is the output a worker holds for one chunk before it
	// hands it to the writer and goes on with the rest of the chunk as a
	// piece of its own (a value of a huge format() spec, or many of them,
	// in one chunk); 0 means DefaultMaxChunkOutput.
	MaxChunkOutput int
}

// DefaultChunkSize is the chunk size of a Config without one.
const DefaultChunkSize = 256 << 10

// DefaultMaxChunkOutput is the MaxChunkOutput of a Config without one:
// output buffers stay within what the buffer pool recycles (4 MiB) unless
// one record's output is larger.
const DefaultMaxChunkOutput = 2 << 20

// ErrFailed is returned by Run when a value or a record failed; its
// messages were written. The exit status is 1.
var ErrFailed = errors.New("records: some values failed")

// UsageError is a configuration error found in the input (an unknown
// column name in the header row): exit status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// bom is the UTF-8 byte order mark.
const bom = "\xef\xbb\xbf"

// Run streams in to out under cfg, writing messages ("pyround: ...") to
// errOut. It returns nil, ErrFailed (messages written), a *UsageError, or
// another error for a failed read or write (not yet written).
func Run(cfg Config, tr Transform, in io.Reader, out, errOut io.Writer) error {
	if cfg.Jobs < 1 {
		cfg.Jobs = 1
	}
	if cfg.ChunkSize <= 0 {
		cfg.ChunkSize = DefaultChunkSize
	}
	if cfg.MaxChunkOutput <= 0 {
		cfg.MaxChunkOutput = DefaultMaxChunkOutput
	}
	p := &pipeline{cfg: cfg, tr: tr, errOut: errOut}
	p.w = newWriter(out)
	return p.run(in)
}

// Count returns the number of records Run reads from data in format f (a
// leading byte order mark aside): the number of rows its output has.
func Count(f Format, data []byte) int {
	if f != Lines {
		data = bytes.TrimPrefix(data, []byte(bom))
	}
	if f != CSV && f != TSV {
		n := bytes.Count(data, []byte{'\n'})
		if len(data) > 0 && data[len(data)-1] != '\n' {
			n++
		}
		return n
	}
	n := 0
	var fields []span
	for p := 0; p < len(data); n++ {
		fields, _, p, _ = splitRecord(data, p, sepOf(f), f == CSV, fields[:0])
	}
	return n
}
