package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
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
	jobs             int
	quiet            bool
}

// recordHelp is the part of each one-value command's help about files.
const recordHelp = `

Files: --csv, --tsv or --jsonl read records from standard input and rewrite
only the selected cells, keeping every other byte (quoting, other fields,
CRLF or LF line endings, a missing final newline). --column NAME|INDEX
(repeatable, or a comma list; an INDEX is 1-based, like cut's, and a
column named by digits only is read as an index) selects CSV/TSV columns;
--field NAME selects the top-level members of each JSON object. A header
row is assumed iff a column is given by name (--header / --no-header say
otherwise). A rewritten CSV cell is quoted iff it was, or its new text
holds , " CR or LF. A JSON number stays a number when the result is one
(else it becomes a string: inf, nan, formatted text); a string stays a
string. A UTF-8 byte order mark is kept and is no part of the first cell.
Two-operand commands take two columns A and B: floordiv and mod write the
result into A; divmod writes the quotient into A and the remainder into B.

Every input row gives one output row, in order. Rows are counted from 1,
the header row included. A bad value stops the run after the rows before
it with "pyround: row N, column C: Type: message" (C is the header name,
else the index), exit status 1; with --keep-going the cell becomes empty
(JSON null) and the run goes on. A missing column, invalid UTF-8 in a
selected cell, an invalid JSON line or a missing member is reported the
same way, with the row written unchanged under --keep-going.

--jobs N transforms chunks of about 256 KiB on N goroutines (default: the
number of CPUs); the output is the same for every N. A progress bar is
drawn on standard error when it is a terminal and standard input is a
file of known size; --quiet turns it off.`

// addRecordFlags defines the data-pipeline flags on cmd and appends their
// help to its long description.
func addRecordFlags(cmd *cobra.Command, rf *recordFlags) {
	f := cmd.Flags()
	rf.defineFormatFlags(f, "from standard input", "rewrite", "repeatable, or a comma list")
	f.IntVar(&rf.jobs, "jobs", 0, "goroutines transforming the input (0: the number of CPUs); output is the same for any N")
	f.BoolVar(&rf.quiet, "quiet", false, "no progress bar")
	cmd.Long += recordHelp
}

// defineFormatFlags defines the flags that choose a file format and its
// cells: from says where records come from, verb what the command does
// with the selected cells, count how many may be selected.
func (rf *recordFlags) defineFormatFlags(f *pflag.FlagSet, from, verb, count string) {
	f.BoolVar(&rf.csv, "csv", false, "read CSV records "+from+" and "+verb+" the --column cells")
	f.BoolVar(&rf.tsv, "tsv", false, "read TSV records (tab-separated, no quoting) and "+verb+" the --column cells")
	f.BoolVar(&rf.jsonl, "jsonl", false, "read JSON Lines (one object per line) and "+verb+" the --field members")
	f.StringArrayVar(&rf.columns, "column", nil, "CSV/TSV column to "+verb+": a header NAME or a 1-based INDEX ("+count+")")
	f.StringArrayVar(&rf.fields, "field", nil, "JSONL top-level member to "+verb+" ("+count+")")
	f.BoolVar(&rf.header, "header", false, "the first CSV/TSV row is a header (default: iff a --column is a name)")
	f.BoolVar(&rf.noHeader, "no-header", false, "the first CSV/TSV row is data")
}

// usageError is a flag combination the record layer refuses (exit 2).
type usageError string

func (e usageError) Error() string { return string(e) }

// config validates the flags; pair is set for two-operand commands.
func (rf *recordFlags) config(keepGoing, pair bool, name string) (records.Config, error) {
	cfg := records.Config{KeepGoing: keepGoing, Jobs: rf.jobs}
	n := 0
	for _, on := range []bool{rf.csv, rf.tsv, rf.jsonl} {
		if on {
			n++
		}
	}
	switch {
	case n > 1:
		return cfg, usageError("--csv, --tsv and --jsonl exclude each other")
	case rf.csv:
		cfg.Format = records.CSV
	case rf.tsv:
		cfg.Format = records.TSV
	case rf.jsonl:
		cfg.Format = records.JSONL
	}
	table := cfg.Format == records.CSV || cfg.Format == records.TSV
	switch {
	case rf.jobs < 0:
		return cfg, usageError("invalid --jobs " + strconv.Itoa(rf.jobs) + ": want 1 or more (0: the number of CPUs)")
	case len(rf.columns) > 0 && !table:
		return cfg, usageError("--column needs --csv or --tsv (JSON Lines members are selected with --field)")
	case len(rf.fields) > 0 && cfg.Format != records.JSONL:
		return cfg, usageError("--field needs --jsonl")
	case (rf.header || rf.noHeader) && !table:
		return cfg, usageError("--header and --no-header need --csv or --tsv")
	case rf.header && rf.noHeader:
		return cfg, usageError("--header and --no-header exclude each other")
	}
	if cfg.Jobs == 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	if cfg.Format == records.Lines {
		return cfg, nil
	}
	flag, list := "--column", rf.columns
	if cfg.Format == records.JSONL {
		flag, list = "--field", rf.fields
	}
	named := false
	for _, item := range list {
		for _, s := range strings.Split(item, ",") {
			if s == "" {
				return cfg, usageError("empty name in " + flag + " " + strconv.Quote(item))
			}
			c := records.Column{Name: s}
			if table && isDigits(s) {
				i, err := strconv.Atoi(s)
				if err != nil || i < 1 {
					return cfg, usageError("invalid --column " + strconv.Quote(s) + ": indexes start at 1")
				}
				c = records.Column{Index: i}
			} else {
				named = true
			}
			cfg.Columns = append(cfg.Columns, c)
		}
	}
	switch {
	case len(cfg.Columns) == 0:
		return cfg, usageError("--" + formatName(cfg.Format) + " needs " + flag + " to say which values to rewrite")
	case pair && len(cfg.Columns) != 2:
		return cfg, usageError(name + " needs two operands: " + flag + " A " + flag + " B (got " + strconv.Itoa(len(cfg.Columns)) + ")")
	case named && rf.noHeader:
		return cfg, usageError("--column NAME needs a header row: drop --no-header or give indexes")
	}
	cfg.Header = table && (rf.header || named)
	return cfg, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func formatName(f records.Format) string {
	return [...]string{"lines", "csv", "tsv", "jsonl"}[f]
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
			return usageError("--" + formatName(cfg.Format) + " reads standard input: give no values as arguments")
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
			return usageError("--" + formatName(cfg.Format) + " reads standard input: give no values as arguments")
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
	err := records.Run(cfg, tr, r.in, r.out, r.errOut)
	var ue *records.UsageError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, records.ErrFailed):
		return exitError{1}
	case errors.As(err, &ue):
		return usageError(ue.Msg)
	}
	fmt.Fprintf(r.errOut, "pyround: %v\n", err)
	return exitError{1}
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
