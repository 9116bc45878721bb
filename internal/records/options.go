package records

import (
	"strconv"
	"strings"
)

// Options are a run's record settings as a user gives them: the pyround
// command's flags --csv, --tsv, --jsonl, --column, --field, --header,
// --no-header, --delimiter, --strict, --into and --jobs. Every surface
// that reads records from its users (the pyround command, pyround-beam)
// validates them with Config, so that each one accepts and refuses the
// same settings with the same messages.
type Options struct {
	CSV, TSV, JSONL  bool
	Columns, Fields  []string // names, 1-based indexes, or comma lists of them
	Header, NoHeader bool
	Delimiter        string // the CSV delimiter as the user spells it
	DelimiterSet     bool   // Delimiter was given (an empty one is refused); else ','
	Strict           bool
	Into             string
	Jobs             int // workers; 0 is the caller's default (Config leaves it 0)
	// ColumnOptional lets CSV/TSV/JSONL runs select no column (shard
	// without a key places rows by number).
	ColumnOptional bool
}

// FormatName is the name of format f as its flag spells it: lines, csv,
// tsv or jsonl.
func FormatName(f Format) string {
	return [...]string{"lines", "csv", "tsv", "jsonl"}[f]
}

// Config validates o for a command named name (its messages name it)
// whose values are one operand, or two (pair: the columns A and B), and
// returns the run's Config, or a *UsageError. A column given by name
// implies a header row (unless NoHeader, which a name refuses); one of
// digits only is a 1-based index.
func (o Options) Config(keepGoing, pair bool, name string) (Config, error) {
	cfg := Config{KeepGoing: keepGoing, Jobs: o.Jobs}
	usage := func(msg string) (Config, error) { return cfg, &UsageError{msg} }
	n := 0
	for _, on := range []bool{o.CSV, o.TSV, o.JSONL} {
		if on {
			n++
		}
	}
	switch {
	case n > 1:
		return usage("--csv, --tsv and --jsonl exclude each other")
	case o.CSV:
		cfg.Format = CSV
	case o.TSV:
		cfg.Format = TSV
	case o.JSONL:
		cfg.Format = JSONL
	}
	table := cfg.Format == CSV || cfg.Format == TSV
	switch {
	case o.Jobs < 0:
		return usage("invalid --jobs " + strconv.Itoa(o.Jobs) + ": want 1 or more (0: the number of CPUs)")
	case len(o.Columns) > 0 && !table:
		return usage("--column needs --csv or --tsv (JSON Lines members are selected with --field)")
	case len(o.Fields) > 0 && cfg.Format != JSONL:
		return usage("--field needs --jsonl")
	case (o.Header || o.NoHeader) && !table:
		return usage("--header and --no-header need --csv or --tsv")
	case o.Header && o.NoHeader:
		return usage("--header and --no-header exclude each other")
	case o.DelimiterSet && cfg.Format != CSV:
		return usage("--delimiter needs --csv (--tsv is always TAB)")
	case o.Strict && cfg.Format == Lines:
		return usage("--strict needs --csv, --tsv or --jsonl (lines have no missing values: a blank line is an error)")
	}
	if o.DelimiterSet {
		d, err := ParseDelimiter(o.Delimiter)
		if err != nil {
			return usage("invalid --delimiter " + strconv.Quote(o.Delimiter) + ": " + err.Error())
		}
		cfg.Delimiter = d
	}
	cfg.Strict = o.Strict
	if o.Into != "" && cfg.Format == Lines {
		return usage("--into needs --csv, --tsv or --jsonl")
	}
	cfg.Into = o.Into
	if cfg.Format == Lines {
		return cfg, nil
	}
	flag, list := "--column", o.Columns
	if cfg.Format == JSONL {
		flag, list = "--field", o.Fields
	}
	named := false
	for _, item := range list {
		for _, s := range strings.Split(item, ",") {
			if s == "" {
				return usage("empty name in " + flag + " " + strconv.Quote(item))
			}
			c := Column{Name: s}
			if cfg.Format == JSONL {
				if err := CheckField(s); err != nil {
					return usage("invalid --field " + strconv.Quote(s) + ": " + err.Error())
				}
			}
			if table && isDigits(s) {
				i, err := strconv.Atoi(s)
				if err != nil || i < 1 {
					return usage("invalid --column " + strconv.Quote(s) + ": indexes start at 1")
				}
				c = Column{Index: i}
			} else {
				named = true
			}
			cfg.Columns = append(cfg.Columns, c)
		}
	}
	switch {
	case len(cfg.Columns) == 0 && !o.ColumnOptional:
		return usage("--" + FormatName(cfg.Format) + " needs " + flag + " to say which values to rewrite")
	case pair && len(cfg.Columns) != 2:
		return usage(name + " needs two operands: " + flag + " A " + flag + " B (got " + strconv.Itoa(len(cfg.Columns)) + ")")
	case named && o.NoHeader:
		return usage("--column NAME needs a header row: drop --no-header or give indexes")
	case cfg.Into != "" && len(cfg.Columns) > 1:
		return usage("--into takes the result of one " + flag[2:] + " (got " + strconv.Itoa(len(cfg.Columns)) + ")")
	}
	cfg.Header = table && (o.Header || named)
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
