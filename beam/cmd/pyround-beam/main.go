// Command pyround-beam runs pyround's operations on files as an Apache
// Beam pipeline: on this machine with the prism runner (the default), or on
// Flink, Spark or Google Cloud Dataflow with Beam's own flags.
//
//	pyround-beam round --input 'data/*.csv' --output out/rounded --csv --column price -n 2
//	pyround-beam shard --input 'events/*.jsonl' --output 'out/part-{}.jsonl' --jsonl --key user.id --parts 16
//
// The first argument is the operation (round, floordiv, mod, divmod,
// format, hms, bin, shard); the flags after it are the pyround command's
// for that operation and its records (--csv, --column, --into, ...), with
// the same rules and messages, plus the pipeline's: --input, --output,
// --errors, --shards, --block-size. Every flag Beam defines passes through
// (--runner, --endpoint, --project, --region, ...).
//
// A record is a line, so that a file can be split anywhere; with
// --multiline (CSV) a quoted field may hold line breaks, as the pyround
// command reads CSV, and each file is read whole by one worker.
//
// --input, --output and --errors take local paths, gs:// and s3:// (with
// the stores' default credentials; AWS_ENDPOINT_URL for an S3-compatible
// store).
//
// Each output file starts with the header row, if the input has one.
// Every input row is one output row, written as `pyround OP
// --keep-going` writes it; the rows Python would have rejected are also
// written, with why, to the dead letter (--errors), and the command
// then exits with status 1.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/pyround/pyround/beam/pybeam"
	"github.com/pyround/pyround/pyops"
)

func init() {
	register.Function1x1(failedJSON)
	register.Function1x1(rejectedRow)
}

// rejectedRow is a row with no shard, for the rejects file.
func rejectedRow(f pybeam.Failed) string { return f.Input }

// stringList is a repeatable flag whose values may also be comma lists.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// options are the command's flags.
type options struct {
	input, output, errors string
	shards, branches      int
	blockSize             int64

	csv, tsv, jsonl  bool
	columns, fields  stringList
	header, noHeader bool
	delimiter        string
	multiline        bool
	strict           bool
	into             string
	key              string

	spec pyops.Spec
}

const usage = `usage: pyround-beam OPERATION --input GLOB --output PREFIX [flags] [SPEC]

Operations: round, floordiv, mod, divmod, format, hms, bin, shard, as the
pyround command does them (pyround OPERATION --help tells their rules).
format takes its SPEC as the argument after the flags.

Beam's flags pass through: --runner prism (the default, this machine),
--runner flink --endpoint HOST:PORT, --runner spark --endpoint HOST:PORT,
--runner dataflow --project P --region R --staging_location gs://...`

func main() {
	os.Exit(run(os.Args, os.Stderr))
}

// run runs the command; it returns the exit status: 0, 1 when rows
// failed, 2 for a usage error.
func run(args []string, stderr io.Writer) int {
	if len(args) < 2 || strings.HasPrefix(args[1], "-") {
		// A worker of a remote runner starts this binary with Beam's
		// flags alone: beam.Init takes it over and never returns.
		flag.Parse()
		beam.Init()
		fmt.Fprintln(stderr, usage)
		return 2
	}
	op := args[1]
	var o options
	fs := flag.CommandLine
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, usage); fs.PrintDefaults() }
	define(fs, &o)
	if err := fs.Parse(args[2:]); err != nil {
		return 2
	}
	o.spec.Op = op
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) {
		if v, ok := specFlags(&o.spec)[f.Name]; ok {
			*v = f.Value.String()
			option := f.Name // Spec's JSON name
			if option == "m" {
				option = "mode"
			}
			given[option] = true
		}
	})
	if op == "format" {
		if fs.NArg() != 1 {
			fmt.Fprintln(stderr, "pyround-beam: format needs its SPEC as the one argument after the flags")
			return 2
		}
		o.spec.Format = fs.Arg(0)
	} else if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "pyround-beam: unexpected argument %q: values come from --input\n", fs.Arg(0))
		return 2
	}
	// A flag given empty (-n '') is an error, as in the pyround command,
	// not the default an empty Spec option means.
	if _, err := o.spec.BuildGiven(func(option string) bool { return given[option] }); err != nil {
		fmt.Fprintln(stderr, "pyround-beam: "+err.Error())
		return 2
	}
	beam.Init()
	ctx := context.Background()
	p, failedPath, err := build(ctx, &o)
	if err != nil {
		fmt.Fprintln(stderr, "pyround-beam: "+err.Error())
		return 2
	}
	pr, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "pyround-beam: "+err.Error())
		return 1
	}
	if n := pybeam.FailedRows(pr); n > 0 {
		fmt.Fprintf(stderr, "pyround-beam: %d rows failed; each is in %s with why\n", n, failedPath)
		return 1
	}
	return 0
}

// define defines the command's flags on fs.
func define(fs *flag.FlagSet, o *options) {
	fs.StringVar(&o.input, "input", "", "the input files: a path or glob (Beam filesystems: gs://... where registered)")
	fs.StringVar(&o.output, "output", "", "the output: files PREFIX-SSSSS-of-NNNNN.EXT; for shard a PATTERN whose {} is the shard")
	fs.StringVar(&o.errors, "errors", "", "the dead letter file, JSON Lines {\"input\", \"error\"} (default: PREFIX-errors.jsonl; for shard the PATTERN with errors for {})")
	fs.IntVar(&o.shards, "shards", 4, "the number of output files (not for shard, which writes --parts files)")
	fs.Int64Var(&o.blockSize, "block-size", 0, "bytes of input per split of the read (0: 64 MiB, Beam textio's)")
	fs.IntVar(&o.branches, "branches", 1, "read the input in N parallel branches: prism runs a stage as one bundle, branches as several at once (other runners split the read themselves)")
	fs.BoolVar(&o.csv, "csv", false, "the input is CSV")
	fs.BoolVar(&o.tsv, "tsv", false, "the input is TSV")
	fs.BoolVar(&o.jsonl, "jsonl", false, "the input is JSON Lines")
	fs.Var(&o.columns, "column", "a CSV/TSV column: header name or 1-based index (repeatable, or a comma list)")
	fs.Var(&o.fields, "field", "a JSON Lines field: member, dotted path or JSON Pointer (repeatable, or a comma list)")
	fs.BoolVar(&o.header, "header", false, "the first CSV/TSV row of each file is a header (default: iff a column is a name)")
	fs.BoolVar(&o.noHeader, "no-header", false, "no header row")
	fs.StringVar(&o.delimiter, "delimiter", "", "CSV field separator instead of a comma: one ASCII character, such as ; | or \\t")
	fs.BoolVar(&o.multiline, "multiline", false, "CSV: a quoted field may hold line breaks, as the pyround command reads CSV; each file is then read whole by one worker")
	fs.BoolVar(&o.strict, "strict", false, "a blank cell or null is an error, not a missing value")
	fs.StringVar(&o.into, "into", "", "write each result to a new last column (JSON member) NAME")
	fs.StringVar(&o.key, "key", "", "shard: the key's column or field")
	for name := range specFlags(&o.spec) {
		fs.String(name, "", specHelp[name])
	}
}

// specFlags maps the flags of the operation's options to their Spec
// fields.
func specFlags(s *pyops.Spec) map[string]*string {
	return map[string]*string{
		"n": &s.N, "m": &s.Mode, "as": &s.As, "increment": &s.Increment, "cash": &s.Cash,
		"format": &s.Format, "width": &s.Width, "origin": &s.Origin, "label": &s.Label,
		"parts": &s.Parts, "hash": &s.Hash,
	}
}

var specHelp = map[string]string{
	"n":         "round: to N decimal places (negative: tens, hundreds, ...)",
	"m":         "round: the mode, half-even (default), half-up, half-down, up, down, ceiling, floor, 05up",
	"as":        "read values as auto (int, else float; the default), float or decimal",
	"increment": "round: to a multiple of INC (0.05, 25) instead of to -n places",
	"cash":      "round: to the cash increment of an ISO 4217 currency (CHF 0.05)",
	"format":    "hms: python (default), compact or iso",
	"width":     "bin: the bin width (a number, or a duration for timestamps)",
	"origin":    "bin: where bins start",
	"label":     "bin: lower (default), index or range",
	"parts":     "shard: the number of shards K",
	"hash":      "shard: crc32 (default), md5, sha1, sha256 or none",
}

// build builds the pipeline; it returns the dead letter's path for the
// final message.
func build(ctx context.Context, o *options) (*beam.Pipeline, string, error) {
	switch {
	case o.input == "":
		return nil, "", errors.New("--input GLOB is required")
	case o.output == "":
		return nil, "", errors.New("--output is required")
	case o.shards < 1:
		return nil, "", fmt.Errorf("invalid --shards %d: want 1 or more", o.shards)
	case o.branches < 1 || o.branches > 64:
		return nil, "", fmt.Errorf("invalid --branches %d: want 1 to 64", o.branches)
	}
	r := pybeam.Records{Columns: o.columns, Header: o.header, NoHeader: o.noHeader, Delimiter: o.delimiter, Strict: o.strict, Into: o.into,
		QuotedLineBreaks: o.multiline}
	ext := ".txt"
	switch {
	case o.csv && !o.tsv && !o.jsonl:
		r.Format, ext = "csv", ".csv"
	case o.tsv && !o.csv && !o.jsonl:
		r.Format, ext = "tsv", ".tsv"
	case o.jsonl && !o.csv && !o.tsv:
		r.Format, ext, r.Columns = "jsonl", ".jsonl", o.fields
		if len(o.columns) > 0 {
			return nil, "", errors.New("--column needs --csv or --tsv (JSON Lines members are selected with --field)")
		}
	case o.csv || o.tsv || o.jsonl:
		return nil, "", errors.New("--csv, --tsv and --jsonl exclude each other")
	}
	if len(o.fields) > 0 && r.Format != "jsonl" {
		return nil, "", errors.New("--field needs --jsonl")
	}
	if o.multiline && r.Format != "csv" {
		return nil, "", errors.New("--multiline needs --csv (TSV, JSON Lines and lines have no quoted fields)")
	}
	if o.spec.Op == "shard" {
		if o.key == "" {
			return nil, "", errors.New("shard needs --key COLUMN|FIELD: a Beam pipeline has no row numbers to place rows by")
		}
		r.Columns = []string{o.key}
	} else if o.key != "" {
		return nil, "", errors.New("--key is shard's")
	}
	hasHeader, err := r.HasHeader()
	if err != nil {
		return nil, "", err
	}
	readOpt := pybeam.ReadOptions{Header: hasHeader, BlockSize: o.blockSize, Branches: o.branches, QuotedLineBreaks: o.multiline, Delimiter: o.delimiter}
	header := ""
	if hasHeader {
		if header, err = pybeam.ReadHeaderRecord(ctx, o.input, readOpt); err != nil {
			return nil, "", err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	// The transform is applied to each branch of the read before the
	// branches are flattened: prism runs a stage after a Flatten as one
	// bundle, the branches' stages at once.
	branches := pybeam.ReadBranches(s, o.input, readOpt)
	errorsPath := o.errors
	var outs, fails []beam.PCollection
	if o.spec.Op == "shard" {
		if !strings.Contains(o.output, "{}") {
			return nil, "", fmt.Errorf("invalid --output %q: shard writes one file per shard, named by a PATTERN whose {} is the shard", o.output)
		}
		for _, lines := range branches {
			keyed, failed, err := pybeam.ShardRecords(s, o.spec, r, header, lines)
			if err != nil {
				return nil, "", err
			}
			outs, fails = append(outs, keyed), append(fails, failed)
		}
		parts, _ := o.spec.Build()
		if err := pybeam.WriteKeyed(s, o.output, header, parts.Shard.Parts(), beam.Flatten(s, outs...)); err != nil {
			return nil, "", err
		}
		// As `pyround shard --out --keep-going`, a row with no shard goes,
		// as it was, to the rejects file, so every row is in one file.
		rejects := beam.ParDo(s, rejectedRow, beam.Flatten(s, fails...))
		if err := pybeam.WriteFile(s, pybeam.RejectsPath(o.output), header, rejects); err != nil {
			return nil, "", err
		}
		if errorsPath == "" {
			errorsPath = strings.TrimSuffix(strings.Replace(o.output, "{}", "errors", 1), ext) + ".jsonl"
		}
	} else {
		outHeader := ""
		for _, lines := range branches {
			res, err := pybeam.RewriteRecords(s, o.spec, r, header, lines)
			if err != nil {
				return nil, "", err
			}
			outs, fails, outHeader = append(outs, res.Lines), append(fails, res.Failed), res.Header
		}
		if err := pybeam.WriteLines(s, o.output, ext, outHeader, o.shards, beam.Flatten(s, outs...)); err != nil {
			return nil, "", err
		}
		if errorsPath == "" {
			errorsPath = o.output + "-errors.jsonl"
		}
	}
	failed := beam.Flatten(s, fails...)
	if err := pybeam.WriteFile(s, errorsPath, "", beam.ParDo(s, failedJSON, failed)); err != nil {
		return nil, "", err
	}
	return p, errorsPath, nil
}

// failedJSON is one line of the dead letter.
func failedJSON(f pybeam.Failed) string {
	b, _ := json.Marshal(struct {
		Input string `json:"input"`
		Error string `json:"error"`
	}{f.Input, f.Error})
	return string(b)
}
