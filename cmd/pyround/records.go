package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/pyround/pyround/internal/records"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// recordFlags are the data-pipeline flags of the one-value commands
// (round, floordiv, mod, divmod, format, hms).
type recordFlags struct {
	csv, tsv, jsonl  bool
	columns, fields  []string
	header, noHeader bool
	delimiter        delimiterFlag
	strict           bool
	into             string
	jobs             int
	// columnOptional lets CSV/TSV/JSONL runs select no column (shard
	// without --key places rows by number).
	columnOptional bool
	quiet          bool
}

// delimiterFlag is --delimiter's text and whether it was given.
type delimiterFlag struct {
	text string
	set  bool
}

func (d *delimiterFlag) Set(s string) error { d.text, d.set = s, true; return nil }
func (d *delimiterFlag) String() string     { return d.text }
func (d *delimiterFlag) Type() string       { return "C" }

// recordHelp is the part of each one-value command's help about files.
const recordHelp = `

Files: --csv, --tsv or --jsonl read records from standard input and rewrite
only the selected cells, keeping every other byte (quoting, other fields,
CRLF or LF line endings, a missing final newline). --column NAME|INDEX
(repeatable, or a comma list; an INDEX is 1-based, like cut's, and a
column named by digits only is read as an index) selects CSV/TSV columns.
--delimiter C reads CSV whose fields are separated by C instead of a comma:
one ASCII character such as ; | : or \t (TAB, with CSV quoting; --tsv has
none), not a quote, a line break, a letter, a digit, . + or -.
--field PATH selects JSON values: a member name, a dotted path (amount.net;
a segment of digits indexes an array: items.0.price) or a JSON Pointer
(/amount/net, /items/0/price; ~1 stands for / and ~0 for ~ in a name). A
dotted PATH that is the name of a top-level member (a key holding dots)
selects that member; where a key repeats, the last one counts. A header
row is assumed iff a column is given by name (--header / --no-header say
otherwise). A rewritten CSV cell is quoted iff it was, or its new text
holds the delimiter, " CR or LF. A JSON number stays a number when the
result is one (else it becomes a string: inf, nan, formatted text); a
string stays a string. A UTF-8 byte order mark is kept and is no part of
the first cell. Two-operand commands take two columns A and B: floordiv
and mod write the result into A; divmod writes the quotient into A and the
remainder into B.

Missing values pass through: an empty cell or one of white space only
(what Python's str.strip() removes), every cell of an empty line, and a
JSON null, blank string or absent value are written as they were, byte
for byte, with no message (an absent member is not added). When an operand
of floordiv, mod or divmod is missing, its results are missing too: a
result cell that held a value becomes empty (JSON null). --strict makes a
missing value an error like any bad value. Plain lines have no missing
values: a blank line is Python's error, as round('') is.

Every input row gives one output row, in order. Rows are counted from 1,
the header row included. A bad value stops the run after the rows before
it with "pyround: row N, column C: Type: message" (C is the header name,
else the index), exit status 1; with --keep-going the cell becomes empty
(JSON null) and the run goes on. A row too short for a selected column,
invalid UTF-8 in a selected cell, an invalid JSON line or a JSON value
that is an object, array or boolean is reported the same way, with the
row written unchanged under --keep-going. With --keep-going, or when
values were missing, the run ends with a summary on standard error if it
is a terminal: rows, cells rewritten, missing, errors.

--jobs N transforms chunks of about 256 KiB on N goroutines (default: the
number of CPUs); the output is the same for every N. A progress bar is
drawn on standard error when it is a terminal and standard input is a
file of known size; --quiet turns it off.`

// addRecordFlags defines the data-pipeline flags on cmd and appends their
// help to its long description.
func addRecordFlags(cmd *cobra.Command, rf *recordFlags) {
	f := cmd.Flags()
	rf.defineFormatFlags(f, "from standard input", "rewrite", "repeatable, or a comma list")
	f.BoolVar(&rf.strict, "strict", false, "a missing value (blank cell, JSON null, absent member) is an error, not passed through")
	f.IntVar(&rf.jobs, "jobs", 0, "goroutines transforming the input (0: the number of CPUs); output is the same for any N")
	f.BoolVar(&rf.quiet, "quiet", false, "no progress bar")
	cmd.Long += recordHelp
}

// addIntoFlag defines --into on a one-value command whose result may go
// to a new column.
func addIntoFlag(cmd *cobra.Command, rf *recordFlags) {
	cmd.Flags().StringVar(&rf.into, "into", "", "write the result to a new last column NAME (JSONL: member NAME) and keep the selected cell")
	cmd.Long += intoHelp
}

// intoHelp is the help of --into.
const intoHelp = `

--into NAME keeps the selected cell and writes the result to a new last
column, whose header cell is NAME (CSV/TSV; refused when the header row
has a column NAME already), or to the top-level JSON member NAME, added
at the end of the object or, when the object has it, replaced in place.
A missing or failed result is an empty cell (JSON null); an empty line
stays empty.`

// defineFormatFlags defines the flags that choose a file format and its
// cells: from says where records come from, verb what the command does
// with the selected cells, count how many may be selected.
func (rf *recordFlags) defineFormatFlags(f *pflag.FlagSet, from, verb, count string) {
	f.BoolVar(&rf.csv, "csv", false, "read CSV records "+from+" and "+verb+" the --column cells")
	f.BoolVar(&rf.tsv, "tsv", false, "read TSV records (tab-separated, no quoting) and "+verb+" the --column cells")
	f.BoolVar(&rf.jsonl, "jsonl", false, "read JSON Lines (one object per line) and "+verb+" the --field values")
	f.StringArrayVar(&rf.columns, "column", nil, "CSV/TSV column to "+verb+": a header NAME or a 1-based INDEX ("+count+")")
	f.Var(&rf.delimiter, "delimiter", "CSV field separator instead of a comma: one ASCII character, such as ; | or \\t")
	f.StringArrayVar(&rf.fields, "field", nil, "JSONL value to "+verb+": a member NAME, a dotted path (a.b, items.0.x) or a JSON Pointer (/a/b) ("+count+")")
	f.BoolVar(&rf.header, "header", false, "the first CSV/TSV row is a header (default: iff a --column is a name)")
	f.BoolVar(&rf.noHeader, "no-header", false, "the first CSV/TSV row is data")
}

// usageError is a flag combination the record layer refuses (exit 2).
type usageError string

func (e usageError) Error() string { return string(e) }

// config validates the flags (records.Options.Config, which pyround-beam
// shares); pair is set for two-operand commands.
func (rf *recordFlags) config(keepGoing, pair bool, name string) (records.Config, error) {
	cfg, err := records.Options{
		CSV: rf.csv, TSV: rf.tsv, JSONL: rf.jsonl, Columns: rf.columns, Fields: rf.fields,
		Header: rf.header, NoHeader: rf.noHeader, Delimiter: rf.delimiter.text, DelimiterSet: rf.delimiter.set,
		Strict: rf.strict, Into: rf.into, Jobs: rf.jobs, ColumnOptional: rf.columnOptional,
	}.Config(keepGoing, pair, name)
	if ue, ok := err.(*records.UsageError); ok {
		return cfg, usageError(ue.Msg)
	}
	if cfg.Jobs == 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	return cfg, err
}

// runValues runs a one-value command: the arguments in line mode, else
// standard input through the record layer.
func (r *lineRunner) runValues(args []string, name string, newFn func() valueFunc) error {
	cfg, err := r.rec.config(r.keepGoing, false, name)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		if cfg.Format != records.Lines {
			return usageError("--" + records.FormatName(cfg.Format) + " reads standard input: give no values as arguments")
		}
		return r.run(args, newFn())
	}
	return r.stream(cfg, records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) { return newFn() }})
}

// runPairValues runs a two-operand command; split is divmod's: the pair's
// quotient goes into column A and its remainder into B.
func (r *lineRunner) runPairValues(args []string, name string, newFn func() pairFunc, split bool) error {
	cfg, err := r.rec.config(r.keepGoing, true, name)
	if err != nil {
		return err
	}
	if cfg.Format != records.Lines {
		if len(args) > 0 {
			return usageError("--" + records.FormatName(cfg.Format) + " reads standard input: give no values as arguments")
		}
		return r.stream(cfg, records.Transform{NewPair: func() func(dst, a, b []byte) ([]byte, error) { return newFn() }, SplitPair: split})
	}
	if len(args) > 0 {
		return r.runPairs(args, newFn())
	}
	return r.stream(cfg, records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) { return pairLine(newFn()) }})
}

// stream runs the record layer over the runner's input.
func (r *lineRunner) stream(cfg records.Config, tr records.Transform) error {
	if bar := r.newProgress(); bar != nil {
		cfg.Progress = func(n int) { bar.Add(n) }
		cfg.Done = func() { bar.Finish() }
		cfg.ErrHook = func() { bar.Clear() }
	}
	var st records.Stats
	cfg.Stats = &st
	err := records.Run(cfg, tr, r.in, r.out, r.errOut)
	var ue *records.UsageError
	switch {
	case err == nil:
		r.summary(cfg, st)
		return nil
	case errors.Is(err, records.ErrFailed):
		r.summary(cfg, st)
		return exitError{1}
	case errors.As(err, &ue):
		return usageError(ue.Msg)
	}
	fmt.Fprintf(r.errOut, "pyround: %v\n", err)
	return exitError{1}
}

// summary writes the line that ends a CSV, TSV or JSONL run with
// --keep-going or with missing values, when standard error is a terminal:
//
//	pyround: 10001 rows, 9675 cells rewritten, 326 missing, 0 errors
//
// Rows are data rows (the header row not counted); a cell is a JSON value
// in JSONL; missing counts result cells left missing.
func (r *lineRunner) summary(cfg records.Config, st records.Stats) {
	if cfg.Format == records.Lines || !cfg.KeepGoing && st.Missing == 0 {
		return
	}
	env := r.progress
	if env == nil {
		env = &defaultProgressEnv
	}
	if !env.isTerminal(r.errOut) {
		return
	}
	fmt.Fprintf(r.errOut, "pyround: %s, %s rewritten, %d missing, %s\n",
		countOf(st.Rows, "row"), countOf(st.Rewritten, "cell"), st.Missing, countOf(st.Errors, "error"))
}

// countOf returns "1 row", "2 rows".
func countOf(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// progressEnv says whether a progress bar can be drawn; tests replace it.
type progressEnv struct {
	isTerminal func(w io.Writer) bool
	inputSize  func(r io.Reader) (int64, bool) // a regular file's size
	now        func() time.Time                // nil: time.Now
}

var defaultProgressEnv = progressEnv{isTerminal: isTerminal, inputSize: regularFileSize}

// regularFileSize returns the size of r when it is a regular file.
func regularFileSize(r io.Reader) (int64, bool) {
	f, ok := r.(*os.File)
	if !ok {
		return 0, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() <= 0 {
		return 0, false
	}
	return st.Size(), true
}
