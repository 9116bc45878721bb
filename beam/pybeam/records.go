package pybeam

import (
	"context"
	"fmt"
	"strings"
	"unsafe"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyops"
)

func init() {
	register.DoFn4x1[context.Context, string, func(string), func(Failed), error](&rewriteFn{})
	register.DoFn4x1[context.Context, string, func(int, string), func(Failed), error](&placeFn{})
	register.Emitter1[string]()
	register.Emitter1[Failed]()
	register.Emitter2[int, string]()
}

// Records describes lines of records, the way the pyround command's flags
// describe its input: Format is csv, tsv, jsonl or lines (one value per
// line); Columns are CSV/TSV columns (header names, or 1-based indexes:
// "price", "3", or comma lists "price,tax") or JSON Lines fields (a
// member, a dotted path "amount.net", a JSON Pointer "/items/0/price").
// A column given by name implies a header row. The rules are the
// command's (records.Options.Config validates them, with its messages):
// a missing value (a blank cell, JSON null or an absent member) is kept
// as it is unless Strict; Into writes each result to a new last column
// (or top-level member) instead of in place; Delimiter is the CSV field
// separator, one ASCII character.
type Records struct {
	Format           string   `json:"format"`
	Columns          []string `json:"columns,omitempty"`
	Header, NoHeader bool
	Delimiter        string `json:"delimiter,omitempty"`
	Strict           bool   `json:"strict,omitempty"`
	Into             string `json:"into,omitempty"`
	// QuotedLineBreaks says the records were read with
	// ReadOptions.QuotedLineBreaks (CSV only): a record is then whole, and
	// a quoted field left open is reported as the pyround command reports
	// it (at the end of a file), not as a field cut at its line's end.
	QuotedLineBreaks bool `json:"quotedLineBreaks,omitempty"`
}

// options returns r as the record layer's options.
func (r Records) options() (records.Options, error) {
	o := records.Options{Header: r.Header, NoHeader: r.NoHeader, Delimiter: r.Delimiter, DelimiterSet: r.Delimiter != "", Strict: r.Strict, Into: r.Into}
	switch r.Format {
	case "csv":
		o.CSV, o.Columns = true, r.Columns
	case "tsv":
		o.TSV, o.Columns = true, r.Columns
	case "jsonl":
		o.JSONL, o.Fields = true, r.Columns
	case "lines", "":
		if len(r.Columns) > 0 {
			return o, fmt.Errorf("lines have no columns: give Format csv, tsv or jsonl")
		}
	default:
		return o, fmt.Errorf("unknown record format %q: want csv, tsv, jsonl or lines", r.Format)
	}
	if r.QuotedLineBreaks && !o.CSV {
		return o, fmt.Errorf("quoted line breaks are CSV's: %s has no quoted fields", r.Format)
	}
	return o, nil
}

// config returns the run's records.Config and Transform for spec on r,
// and the operation they use.
func (r Records) config(spec pyops.Spec, header string, shard bool) (cfg records.Config, tr records.Transform, op pyops.Operation, err error) {
	o, err := r.options()
	if err != nil {
		return cfg, tr, op, err
	}
	op, err = spec.Build()
	if err != nil {
		return cfg, tr, op, err
	}
	cfg, err = o.Config(true, op.Pair != nil, spec.Op)
	if err != nil {
		return cfg, tr, op, err
	}
	if cfg.Header && header == "" {
		return cfg, tr, op, fmt.Errorf("the columns are named by a header row: give it (ReadHeader reads it)")
	}
	switch {
	case shard != (op.Shard != nil):
		if shard {
			return cfg, tr, op, fmt.Errorf("ShardRecords needs a shard operation, not %s", spec.Op)
		}
		return cfg, tr, op, fmt.Errorf("%s places rows: use ShardRecords", spec.Op)
	case op.Shard != nil:
		if len(cfg.Columns) != 1 {
			return cfg, tr, op, fmt.Errorf("shard needs one key column or field (Beam has no row numbers to place rows by)")
		}
		cfg.KeysAreText = true
		tr.NewShard = func() func(key []byte) (int, error) { return op.Shard.Of }
	case op.Pair != nil:
		tr.NewPair, tr.SplitPair = func() func(dst, a, b []byte) ([]byte, error) { return op.Pair }, spec.Op == "divmod"
	default:
		tr.NewValue = func() func(dst, v []byte) ([]byte, error) { return op.Value }
	}
	return cfg, tr, op, nil
}

// failedRows counts the records with a failure, in the metrics of the
// pipeline's result (namespace "pyround", name "failed_rows"), so that a
// command can say how many there were without reading the dead letter.
var failedRows = beam.NewCounter("pyround", "failed_rows")

// FailedRows returns the failed_rows counter of a finished pipeline's
// metrics: the records RewriteRecords and ShardRecords sent to the dead
// letter.
func FailedRows(pr beam.PipelineResult) int64 {
	if pr == nil {
		return 0
	}
	var n int64
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "pyround" && c.Key.Name == "failed_rows" {
			n += c.Result()
		}
	}
	return n
}

// HasHeader reports whether the input r describes starts with a header
// row: Header, or a CSV/TSV column given by name.
func (r Records) HasHeader() (bool, error) {
	o, err := r.options()
	if err != nil {
		return false, err
	}
	o.ColumnOptional = true
	cfg, err := o.Config(true, false, "")
	return cfg.Header, err
}

// RecordsResult is what RewriteRecords gives: the output lines, the
// failures, and the output's header row ("" without one).
type RecordsResult struct {
	Lines, Failed beam.PCollection
	Header        string
}

// RewriteRecords applies the operation spec to the selected values of
// each record of lines, a PCollection<string> of records without their
// line endings as ReadLines gives them (a CR before the LF kept, the header
// row not among them). header is the input's header row, which names the
// columns (ReadHeader reads it when the pipeline is built); "" when there
// is none.
//
// Each record yields exactly one output line, as `pyround round
// --keep-going` writes it: the selected cells rewritten, every other byte
// kept, a failed value an empty cell (JSON null). Each record with a
// failure also yields one Failed in Result.Failed: the record as read and
// its messages, as the command words them after "row N, " ("column
// price: ValueError: could not convert string to float: 'abc'"),
// joined by "; ". A CSV record is one line: a quoted field holding a line
// break spans two lines, and the line that opens the quote fails as an
// unterminated quoted field that says so (the pyround command reads such
// files whole).
//
// Errors in spec or r (an unknown mode, a column not in the header row)
// are returned when the pipeline is built, not met on the workers.
func RewriteRecords(s beam.Scope, spec pyops.Spec, r Records, header string, lines beam.PCollection) (RecordsResult, error) {
	fn := &rewriteFn{Spec: spec, Records: r, Header: header}
	if err := fn.Setup(); err != nil {
		return RecordsResult{}, err
	}
	s = s.Scope("pybeam.RewriteRecords")
	out, failed := beam.ParDo2(s, fn, lines)
	return RecordsResult{Lines: out, Failed: failed, Header: string(fn.rw.Header())}, nil
}

// ShardRecords places each record of lines in one of spec.Parts shards by
// its key, the selected column or field of r, with Python's formulas
// (spec.Op "shard": zlib.crc32(key.encode()) % K and the others of
// `pyround shard`): keyed is PCollection<KV<int, string>> of the shard and
// the record as it was read, so that WriteKeyed writes the files
// `pyround shard --out` writes. A record whose shard cannot be found (a bad
// key for Hash none, an invalid record) goes to failed instead; the key of
// a blank cell, JSON null or absent member is "" (Python hashes it like any
// text).
func ShardRecords(s beam.Scope, spec pyops.Spec, r Records, header string, lines beam.PCollection) (keyed, failed beam.PCollection, err error) {
	fn := &placeFn{Spec: spec, Records: r, Header: header}
	if err := fn.Setup(); err != nil {
		return keyed, failed, err
	}
	s = s.Scope("pybeam.ShardRecords")
	keyed, failed = beam.ParDo2(s, fn, lines)
	return keyed, failed, nil
}

// rewriteFn rewrites records; its exported fields are what a worker
// receives, the Rewriter is built there.
type rewriteFn struct {
	Spec    pyops.Spec `json:"spec"`
	Records Records    `json:"records"`
	Header  string     `json:"header,omitempty"`

	rw  *records.Rewriter
	buf []byte
}

func (f *rewriteFn) Setup() error {
	cfg, tr, _, err := f.Records.config(f.Spec, f.Header, false)
	if err != nil {
		return err
	}
	f.rw, err = records.NewRewriter(cfg, tr, []byte(f.Header))
	return err
}

func (f *rewriteFn) ProcessElement(ctx context.Context, line string, emit func(string), failed func(Failed)) error {
	var fs []records.Failure
	f.buf, fs = f.rw.Rewrite(f.buf[:0], bytesOf(line))
	emit(string(f.buf))
	if fs != nil {
		failedRows.Inc(ctx, 1)
		failed(Failed{Input: line, Error: joinFailures(fs, f.Records.QuotedLineBreaks)})
	}
	return nil
}

// placeFn places records in shards.
type placeFn struct {
	Spec    pyops.Spec `json:"spec"`
	Records Records    `json:"records"`
	Header  string     `json:"header,omitempty"`

	pl *records.Rewriter
}

func (f *placeFn) Setup() error {
	cfg, tr, op, err := f.Records.config(f.Spec, f.Header, true)
	if err != nil {
		return err
	}
	f.pl, err = records.NewPlacer(cfg, tr, op.Shard.Parts(), []byte(f.Header))
	return err
}

func (f *placeFn) ProcessElement(ctx context.Context, line string, emit func(int, string), failed func(Failed)) error {
	shard, fs := f.pl.Place(bytesOf(line))
	if shard < 0 {
		failedRows.Inc(ctx, 1)
		failed(Failed{Input: line, Error: joinFailures(fs, f.Records.QuotedLineBreaks)})
		return nil
	}
	emit(shard, line)
	return nil
}

// bytesOf returns the bytes of s without copying them: the record layer
// reads its input and never writes it.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// errLineBreak is what a record transform says of a CSV line whose quoted
// field is not closed: the field held a line break, which ended the record
// ReadLines gave (the pyround command, reading a stream, would go on).
const errLineBreak = "unterminated quoted field: a record is one line here, and a quoted field holding a line break ends with its line (pyround-beam --multiline, or ReadOptions.QuotedLineBreaks, reads such records whole)"

// joinFailures is the Error of a record's Failed: its failures as the
// command words them, joined by "; ". Unless the records are whole
// (quotedLineBreaks), an unterminated quoted field is said to have held a
// line break.
func joinFailures(fs []records.Failure, quotedLineBreaks bool) string {
	texts := make([]string, len(fs))
	for i, f := range fs {
		if f.Column == "" && f.Msg == records.ErrUnterminated && !quotedLineBreaks {
			f.Msg = errLineBreak
		}
		texts[i] = f.String()
	}
	return strings.Join(texts, "; ")
}
