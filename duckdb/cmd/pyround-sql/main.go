// Command pyround-sql runs SQL on DuckDB with pyround's functions
// (py_round, py_floordiv, py_divmod, py_repr, ...) registered, and prints
// the result as Python 3 prints the same values: CSV (the default), JSON
// Lines or an aligned table.
//
//	go install github.com/pyround/pyround/duckdb/cmd/pyround-sql@latest
//	pyround-sql -c "SELECT py_round(2.675::DOUBLE, 2) AS r"   # r, 2.67
//
// Errors are printed as "pyround-sql: message" on standard error; a failed
// statement or value exits with status 1, a usage error with status 2.
package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
	"github.com/pyround/pyround/duckdb/pysql"
)

const longHelp = `pyround-sql runs SQL on DuckDB with pyround's functions registered
(py_round, py_round_increment, py_floordiv, py_mod, py_divmod, py_repr,
py_str, py_format, py_hms, py_bin, py_shard) and prints the result as
Python 3.11 prints the same values.

The SQL comes from -c, else from the FILE argument, else from standard
input (also for FILE "-"). Several statements separated by ';' run in
order, in one connection; only the LAST statement's rows are printed (the
rows of earlier SELECTs are discarded). When the last statement is an
INSERT, UPDATE, DELETE, COPY, CREATE, SET or other statement whose result
is only DuckDB's "Count" or "Success" summary, nothing is printed (INSERT
... RETURNING prints its rows). SQL of only white space or comments does
nothing. --db FILE opens (or creates) a persistent database;
the default is a new in-memory one. Files are read and written by DuckDB
itself: FROM 'prices.csv', FROM 'prices.parquet', read_json('e.jsonl'),
COPY (SELECT ...) TO 'out.parquet' (FORMAT parquet).

Output formats (--format):
  csv    a header row, then one row per result row, quoted as Python's
         csv.writer quotes (QUOTE_MINIMAL: a field holding , " CR or LF
         is quoted, " doubled; a row of one empty field is written "").
         Lines end in LF; --crlf ends them in CR LF as csv.writer does.
  jsonl  one JSON object per row, keys the column names in order, written
         as Python's json.dumps writes a dict: {"a": 1, "b": null}, with
         ensure_ascii escapes (\u00e9) and NaN, Infinity, -Infinity (a
         repeated column name repeats its key).
  table  aligned columns under a header and a rule, numbers right-aligned,
         for a terminal; printed whole or not at all, as it holds the
         result in memory (at most --max-rows rows, default 10000; more is
         an error).

Values, as Python shows the value it would hold:
  DOUBLE            repr(): 0.1, 1e+16, 5e-324, -0.0, nan, inf
  FLOAT (REAL)      repr() of the float32 widened to a Python float:
                    0.1::REAL is 0.10000000149011612 (Python has no float32)
  integers          decimal digits, HUGEINT and UHUGEINT too; BIGNUM past
                    4300 digits is Python's ValueError (int_max_str_digits)
  DECIMAL(w,s)      str(Decimal) with s digits after the point: 1.50, 0E-10
                    (JSON: a string with that text; json.dumps has no Decimal
                    and a JSON number would be read back as a float)
  BOOLEAN           True, False (JSON true, false)
  VARCHAR, ENUM     the text as is (JSON: a string)
  NULL              an empty CSV field, JSON null, None in a table
  DATE, TIMESTAMP   isoformat(): 2024-01-02, 2024-01-02T03:04:05.500000
  TIMESTAMPTZ       isoformat() in UTC: 2024-01-02T01:04:05+00:00
  TIME, TIMETZ      isoformat(): 01:02:03, 01:02:03+05:30
  TIMESTAMP_NS      isoformat(), with 9 fraction digits when the
                    nanoseconds are not whole microseconds
                    A date outside Python's years 1..9999 (infinity too) is
                    Python's ValueError: year 10000 is out of range.
  INTERVAL          str(timedelta): 1 day, 0:00:03; with months (no
                    timedelta has them) DuckDB's text: 1 month 1 day 00:00:03
  UUID              str(UUID): a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11
  BLOB              repr(bytes): b'ab\xff'
  STRUCT            a tuple, as Python's divmod() returns: (3, 1), (3.0,);
                    JSON an array [3, 1], as json.dumps writes a tuple
  LIST, ARRAY       a list: [1, None, 'x']; JSON an array
  MAP               a dict: {'a': 1}; JSON an object, keys as json.dumps
                    converts them ("1", "1.5", "true", "null")
  UNION             its value
  JSON              the value re-encoded (keys sorted, as duckdb-go decodes
                    it); cast to VARCHAR to keep DuckDB's text
  BIT               DuckDB's text: 1010
Inside a STRUCT, LIST or MAP values are shown by repr(): 'x',
Decimal('1.50'), datetime.date(2024, 1, 2), None. In JSON Lines every value
json.dumps cannot encode (Decimal, dates, times, UUID, bytes, intervals)
is a string of its CSV text.

The result streams: each row is written as it is read, through a buffer,
and pyround-sql holds one row at a time (except --format table). DuckDB
itself (through duckdb-go) materializes a result before its first row, so
for results larger than memory COPY them to a file from SQL instead.

A failing statement prints DuckDB's error and exits with status 1; a value
Python could not hold stops the output after the rows before it with
"pyround-sql: row N, column C: ValueError: ..." and status 1. Usage
errors (unknown flag, -c with a FILE, an unreadable FILE) exit with 2.
An interrupt (Ctrl-C) stops the query or the output and exits with 130.`

const example = `  pyround-sql -c "SELECT x, py_round(x, 2) AS r FROM (VALUES (2.675::DOUBLE), (0.125)) t(x)"
  pyround-sql --format jsonl -c "SELECT py_divmod(7, 2) AS qr"
  pyround-sql --db prices.duckdb query.sql > out.csv`

// version is pyround-sql's version; release builds may set it with
// -ldflags "-X main.version=v1.2.3". Left empty, it comes from the build
// information, as pyround's does.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return "devel"
}

// usageError is a bad command line (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

type options struct {
	command string
	db      string
	format  string
	crlf    bool
	maxRows int
}

const usageLine = "usage: pyround-sql [-c SQL | FILE] [--db FILE] [--format csv|jsonl|table] [--crlf] [--max-rows N]"

// newFlagSet defines the flags on o. (The standard flag package, not
// cobra, keeps the nested module's go.mod as it is; flags may come before
// or after FILE, with one or two dashes.)
func newFlagSet(o *options, showVersion *bool) *flag.FlagSet {
	fs := flag.NewFlagSet("pyround-sql", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.command, "c", "", "the SQL to run (instead of a FILE or standard input)")
	fs.StringVar(&o.command, "command", "", "same as -c")
	fs.StringVar(&o.db, "db", "", "database FILE to open or create (default: in memory)")
	fs.StringVar(&o.format, "format", "csv", "output format: csv, jsonl or table")
	fs.BoolVar(&o.crlf, "crlf", false, "end CSV lines with CR LF, as Python's csv.writer does")
	fs.IntVar(&o.maxRows, "max-rows", 10000, "most rows --format table holds (0: no limit)")
	fs.BoolVar(showVersion, "version", false, "print the version and exit")
	return fs
}

// help is the text of -h and --help.
func help(fs *flag.FlagSet) string {
	var b strings.Builder
	b.WriteString(usageLine + "\n\n" + longHelp + "\n\nExamples:\n" + example + "\n\nFlags:\n")
	fs.VisitAll(func(f *flag.Flag) {
		name := "--" + f.Name
		if len(f.Name) == 1 {
			name = "-" + f.Name
		}
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(&b, "  %-12s %s (default %s)\n", name, f.Usage, f.DefValue)
		} else {
			fmt.Fprintf(&b, "  %-12s %s\n", name, f.Usage)
		}
	})
	return b.String()
}

// parseArgs parses flags given before and after the positional FILE.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		if args[0] == "--" {
			return append(files, args[1:]...), nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command with args and the given streams and returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	err := runErr(ctx, args, stdin, stdout)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "pyround-sql: interrupted")
		return 130
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "pyround-sql: "+err.Error())
		fmt.Fprintln(stderr, usageLine)
		return 2
	}
	fmt.Fprintln(stderr, "pyround-sql: "+err.Error())
	return 1
}

func runErr(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	var o options
	var showVersion bool
	fs := newFlagSet(&o, &showVersion)
	files, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		_, err := io.WriteString(stdout, help(fs))
		return err
	}
	if err != nil {
		return usageError{err}
	}
	if showVersion {
		_, err := fmt.Fprintf(stdout, "pyround-sql version %s (%s)\n", versionString(), runtime.Version())
		return err
	}
	haveCommand := false
	fs.Visit(func(f *flag.Flag) { haveCommand = haveCommand || f.Name == "c" || f.Name == "command" })
	if len(files) > 1 {
		return usageError{fmt.Errorf("one FILE at most, got %d", len(files))}
	}
	switch o.format {
	case "csv", "jsonl", "table":
	default:
		return usageError{fmt.Errorf("invalid --format %q: want csv, jsonl or table", o.format)}
	}
	if o.maxRows < 0 {
		return usageError{fmt.Errorf("invalid --max-rows %d: want 0 or more", o.maxRows)}
	}
	text, err := readSQL(&o, haveCommand, files, stdin)
	if err != nil {
		return usageError{err}
	}
	return execute(ctx, &o, text, stdout)
}

// readSQL returns the SQL text from -c, the FILE argument or stdin.
func readSQL(o *options, haveCommand bool, args []string, stdin io.Reader) (string, error) {
	switch {
	case haveCommand && len(args) > 0:
		return "", errors.New("-c SQL and a FILE exclude each other")
	case haveCommand:
		return o.command, nil
	case len(args) == 1 && args[0] != "-":
		b, err := os.ReadFile(args[0])
		if err != nil {
			return "", err
		}
		return strings.TrimPrefix(string(b), "\ufeff"), nil
	}
	b, err := io.ReadAll(stdin)
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	// A UTF-8 byte order mark (an editor's) is no part of the SQL.
	return strings.TrimPrefix(string(b), "\ufeff"), nil
}

// execute opens the database, registers pyround's functions, runs text
// and writes the last statement's rows to stdout.
func execute(ctx context.Context, o *options, text string, stdout io.Writer) error {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	db, err := sql.Open("duckdb", o.db)
	if err != nil {
		return err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := pysql.Register(ctx, conn); err != nil {
		return fmt.Errorf("registering pyround's functions: %w", err)
	}
	w := newWriter(o, stdout)
	err = conn.Raw(func(dc any) error {
		c, ok := dc.(*duckdb.Conn)
		if !ok {
			return fmt.Errorf("unexpected driver connection %T", dc)
		}
		// PrepareContext runs every statement but the last and prepares
		// the last one.
		st, err := c.PrepareContext(ctx, text)
		if err != nil {
			if err.Error() == "empty query" { // only comments
				return nil
			}
			return err
		}
		defer st.Close()
		stmt, ok := st.(*duckdb.Stmt)
		if !ok {
			return fmt.Errorf("unexpected driver statement %T", st)
		}
		kind, err := stmt.StatementType()
		if err != nil {
			return err
		}
		rows, err := stmt.QueryContext(ctx, nil)
		if err != nil {
			return err
		}
		defer rows.Close()
		return writeRows(ctx, w, rows, kind)
	})
	if err != nil {
		w.cells = nil // a table is printed whole or not at all
	}
	if ferr := w.flush(); err == nil {
		err = ferr
	}
	return err
}

// queryKinds are the statement types whose rows are always printed; the
// others print theirs unless they are DuckDB's one-column summary, "Count"
// (INSERT, UPDATE, DELETE, COPY, CREATE TABLE) or "Success" (SET, BEGIN,
// COMMIT, ...).
var queryKinds = map[duckdb.StmtType]bool{
	duckdb.STATEMENT_TYPE_SELECT:       true,
	duckdb.STATEMENT_TYPE_EXPLAIN:      true,
	duckdb.STATEMENT_TYPE_PRAGMA:       true,
	duckdb.STATEMENT_TYPE_CALL:         true,
	duckdb.STATEMENT_TYPE_EXECUTE:      true,
	duckdb.STATEMENT_TYPE_RELATION:     true,
	duckdb.STATEMENT_TYPE_LOGICAL_PLAN: true,
}

// writeRows writes the header and every row of rows.
func writeRows(ctx context.Context, w *writer, rows driver.Rows, kind duckdb.StmtType) error {
	names := rows.Columns()
	if !queryKinds[kind] && len(names) == 1 && (names[0] == "Count" || names[0] == "Success") {
		// Drain so that the statement's work is done; print nothing.
		dest := make([]driver.Value, 1)
		for {
			if err := rows.Next(dest); err != nil {
				if err == io.EOF {
					return nil
				}
				return err
			}
		}
	}
	cols := make([]column, len(names))
	typed, _ := rows.(driver.RowsColumnTypeDatabaseTypeName)
	for i, name := range names {
		cols[i].name = name
		if typed != nil {
			cols[i].typeName = typed.ColumnTypeDatabaseTypeName(i)
			cols[i].typ = parseType(cols[i].typeName)
		}
	}
	if err := w.header(cols); err != nil {
		return err
	}
	dest := make([]driver.Value, len(names))
	for n := 1; ; n++ {
		err := rows.Next(dest)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if strings.Contains(err.Error(), "empty name") {
				err = fmt.Errorf("%w (duckdb-go cannot read a STRUCT with unnamed fields, such as row(1, 'x'): name them, {'a': 1, 'b': 'x'}, or cast to VARCHAR)", err)
			}
			return err
		}
		if err := w.row(n, dest); err != nil {
			return err
		}
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
}
