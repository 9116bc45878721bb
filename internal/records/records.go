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
//     result plus LF; messages say "line N". Every line is a value: a
//     blank line goes to the function like any other (round("") is
//     Python's ValueError).
//   - CSV: RFC 4180 as Python's csv module reads it, with the delimiter
//     Config.Delimiter (',' by default; any one ASCII byte that
//     ParseDelimiter accepts): a field is quoted when it begins with '"';
//     "" inside quotes is a quote; after the closing quote further bytes
//     belong to the field; a quote elsewhere is a literal. Records end at
//     LF outside quotes; a CR before that LF is part of the line ending
//     (kept in the output). A lone CR is data (not a record end, unlike
//     Python). An empty line is a record with no fields (Python's []). A
//     rewritten cell is quoted iff the original was quoted or the new text
//     holds the delimiter, " CR or LF.
//   - TSV: fields split on TAB, no quoting; a result holding TAB, CR or LF
//     is an error.
//   - JSONL: each line one JSON object; only the values the fields
//     address are replaced, every other byte of the line is kept. A field
//     is a JSON Pointer when it starts with '/' (RFC 6901: "/amount/net",
//     "~1" for '/' and "~0" for '~' in a name), else a dotted path
//     ("amount.net"), which is first looked up as one top-level name (so
//     "a.b" finds a member literally named "a.b" when the object has one,
//     whatever its value) and otherwise split at its dots. In either form
//     a segment addresses an array element when it is a canonical index
//     (0, 1, 17; not 01 or -), else an object member. Where a key repeats,
//     the last occurrence is the one read, at every level, as json.loads
//     does. A number stays a number when the result is a JSON number,
//     else it becomes a JSON string; a string stays a string. A failed
//     value becomes null with KeepGoing.
//
// # Missing values
//
// Unless Config.Strict, a missing value is data: its cell is written as
// it was, byte for byte, with no message and no call of the function.
// Missing are: a CSV or TSV cell whose value (after CSV unquoting) is
// empty or white space only, as pyops.Blank says (Python's
// cell.strip() == ""); every selected cell of an empty line (a record
// with no fields); a JSONL value that is null, a string that is blank by
// the same rule, or absent (a member not there, an index out of range, a
// path through a number, string, boolean or null), which stays absent. A
// row that has fields but too few for a selected column is not missing
// data but a malformed row: it fails as "missing: the row has N fields".
//
// A two-operand function with a missing operand is not called, and all
// its results are missing: the result cell A (and, with SplitPair, B)
// keeps its bytes when it is itself the missing value, else becomes an
// empty cell (quoted as it was) or JSON null; an absent member stays
// absent. Without SplitPair, B is an operand only and stays as it is.
// Either way the row is one output row.
//
// With Strict the layer behaves as it did before missing values existed:
// a blank cell goes to the function (whose error, such as the ValueError
// of Python's float(""), fails the row), null is
// "got null, want a number or a string", and an empty line or an absent
// member is "missing".
//
// Stats counts a run: data rows read, cells rewritten, result cells left
// missing and messages written; every selected result cell of a row that
// is written is exactly one of rewritten, missing, or failed (reported).
//
// A UTF-8 byte order mark at the start of a CSV, TSV or JSONL input is
// copied to the output untouched and is not part of the first cell (nor
// of the first header name). Rows are counted from 1 over physical
// records, the header row included. A read error before the first byte
// (standard input that is a directory) is "reading input: ..." in every
// format, header row or not.
package records

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
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
// name, or a JSONL value by its field: a dotted path or a JSON Pointer
// (see the package doc and CheckField).
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
	// NewRow returns a function appending the value of data row row
	// (0-based over the data rows, the header row not counted) that
	// reads no cell: a line's output on plain lines, the new column with
	// Config.Into. Rows are numbered in input order, so a run with NewRow
	// uses one worker whatever Config.Jobs says.
	NewRow func() func(dst []byte, row int) []byte
	// NewShard returns the function placing a row by its key (the text
	// of the selected cell or line) with Config.Route: the shard, 0 <= s
	// < len(Route.Outs). Nil with Route places data row i in shard
	// Route.ByRow(i) (and, as NewRow, uses one worker).
	NewShard func() func(key []byte) (int, error)
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
	// Strict makes a missing value an error, as it was before missing
	// values passed through (see the package doc).
	Strict bool
	// Delimiter is the CSV field separator; 0 means ','. It must pass
	// ParseDelimiter's checks; TSV is always TAB.
	Delimiter byte
	// Into writes each row's result to the column Into, the last one
	// (the header row, if there is one, gets the name), or, in JSONL, to
	// the top-level member Into, added at the end of the object, instead
	// of rewriting the selected cell. When the header row or the object
	// already has a column or member of that name, the result replaces
	// its value. A missing or failed result is an empty cell or null.
	// Into needs CSV, TSV or JSONL, one selected column (none with
	// Transform.NewRow) and a one-value transform.
	Into string
	// KeysAreText makes a selected value that would be missing a value
	// like any other: a blank cell's text, and the empty text for a JSON
	// null or absent member. Shard keys are so: Python hashes "" as it
	// hashes any text.
	KeysAreText bool
	// Route, if set, writes each row, byte for byte, to the writer of
	// its shard instead of transforming it (see Route).
	Route *Route
	// Stats, if set, receives the run's counts when Run returns.
	Stats     *Stats
	ChunkSize int         // bytes per chunk; 0 means DefaultChunkSize
	Progress  func(n int) // if set, called with the number of bytes of each read
	Done      func()      // if set, called when reading has ended
	ErrHook   func()      // if set, called before each message is written (to clear a progress bar)
	// MaxChunkOutput is the output a worker holds for one chunk before it
	// hands it to the writer and goes on with the rest of the chunk as a
	// piece of its own (a value of a huge format() spec, or many of them,
	// in one chunk); 0 means DefaultMaxChunkOutput.
	MaxChunkOutput int
}

// Stats counts one run.
type Stats struct {
	Rows      int // data rows read (the header row not counted)
	Rewritten int // result cells given a new value
	// Missing counts result cells left missing: a missing value kept as
	// it was, or a pair's result cell emptied (nulled) for a missing
	// operand. A pair's B without SplitPair is an operand, not a result.
	Missing int
	Errors  int // messages written ("row N, column C: ...", "reading input: ...")
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
	if err := cfg.Check(); err != nil {
		return err
	}
	if cfg.Jobs < 1 {
		cfg.Jobs = 1
	}
	if cfg.ChunkSize <= 0 {
		cfg.ChunkSize = DefaultChunkSize
	}
	if cfg.MaxChunkOutput <= 0 {
		cfg.MaxChunkOutput = DefaultMaxChunkOutput
	}
	if tr.NewRow != nil || cfg.Route != nil && tr.NewShard == nil {
		cfg.Jobs = 1 // rows numbered in input order
	}
	p := &pipeline{cfg: cfg, tr: tr, errOut: errOut}
	if cfg.Route != nil {
		if len(cfg.Route.Outs) == 0 {
			return &UsageError{"routing rows needs at least one output"}
		}
		if tr.NewShard == nil && cfg.Route.ByRow == nil {
			return &UsageError{"routing rows needs Transform.NewShard or Route.ByRow"}
		}
		out = &p.head // the header row, written to every shard
	}
	p.w = newWriter(out)
	err := p.run(in)
	if cfg.Stats != nil {
		*cfg.Stats = p.stats
	}
	return err
}

// Check returns a *UsageError for settings no input can satisfy: a
// delimiter other than a CSV's, or one ParseDelimiter refuses, and a
// JSONL field CheckField refuses. Run calls it first; a caller may call
// it earlier, before any input is read.
func (cfg *Config) Check() error {
	if cfg.Delimiter != 0 {
		if cfg.Format != CSV {
			return &UsageError{"a delimiter needs CSV (TSV is always TAB)"}
		}
		if msg := delimiterProblem(cfg.Delimiter); msg != "" {
			return &UsageError{"invalid delimiter " + strconv.QuoteToASCII(string(rune(cfg.Delimiter))) + ": " + msg}
		}
	}
	if err := cfg.checkInto(); err != nil {
		return err
	}
	if cfg.Format == JSONL {
		for _, c := range cfg.Columns {
			if err := CheckField(c.Name); err != nil {
				return &UsageError{"invalid field " + strconv.Quote(c.Name) + ": " + err.Error()}
			}
		}
	}
	return nil
}

// ParseDelimiter reads a CSV delimiter as a user spells it: one ASCII
// character, or the two characters \t for TAB. It refuses the empty
// text, several characters, a non-ASCII character (a delimiter is one
// byte), the quote '"', CR and LF (they delimit quoted fields and
// records), NUL, and the characters of numbers: ASCII letters and digits,
// '.', '+' and '-' (2.5, -1, 1e+16, inf: the cells to rewrite would be
// split). Everything else, TAB, space, control characters such as
// Hive's \x01 included, is accepted, as Python's csv module accepts it.
func ParseDelimiter(s string) (byte, error) {
	switch {
	case s == `\t`:
		return '\t', nil
	case s == "":
		return 0, errorText("want one character")
	case len(s) > 1:
		if r, size := utf8.DecodeRuneInString(s); size == len(s) && r != utf8.RuneError {
			return 0, errorText("want one ASCII character (" + strconv.Quote(s) + " is " + strconv.Itoa(size) + " bytes in UTF-8)")
		}
		return 0, errorText("want one character, not " + strconv.Itoa(utf8.RuneCountInString(s)))
	}
	if msg := delimiterProblem(s[0]); msg != "" {
		return 0, errorText(msg)
	}
	return s[0], nil
}

// delimiterProblem says why d cannot be a CSV delimiter, or "".
func delimiterProblem(d byte) string {
	switch {
	case d >= utf8.RuneSelf:
		return "want one ASCII character"
	case d == '"':
		return "the quote character cannot be the delimiter"
	case d == '\r' || d == '\n':
		return "a line break cannot be the delimiter"
	case d == 0:
		return "NUL cannot be the delimiter" // and 0 is Config's "the default"
	case d >= '0' && d <= '9' || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d == '.' || d == '+' || d == '-':
		return "it occurs in numbers (2.5, -1, 1e+16, inf), which it would split"
	}
	return ""
}

// Count returns the number of records Run reads from data in format f
// with CSV delimiter delim (0: ','; a leading byte order mark aside): the
// number of rows its output has.
func Count(f Format, delim byte, data []byte) int {
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
		fields, _, p, _ = splitRecord(data, p, sepOf(f, delim), f == CSV, fields[:0])
	}
	return n
}
