package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
	"github.com/pyround/pyround/workbench"
	"github.com/spf13/cobra"
)

// biasJSON is the --json output of `pyround bias` (without the chart
// series, which only the web workbench's /api/bias adds).
type biasJSON = workbench.BiasReport

func newBiasCmd() *cobra.Command {
	var n, count int
	var seed uint64
	var dist, csvFile, svgFile, modesText string
	var asJSON, keepGoing bool
	var rf recordFlags
	cmd := &cobra.Command{
		Use:   "bias [FILE|-] [--csv|--tsv --column C | --jsonl --field F] [--dist money|uniform] [-n N] [--svg FILE] [--json]",
		Short: "Show the error each rounding mode accumulates over a column of numbers",
		Long: `Round every value of a column to N decimal places (default 2) under each of
the eight rounding modes and add up the errors (rounded − value), exactly,
in decimal: the total error, the mean error, and the worst drift (the
largest |running total| along the column, and where it was reached).

The values are read when a FILE is given (- for standard input) or one of
--csv, --tsv and --jsonl is set (then standard input unless a FILE is
given), the way pyround round reads them: one value per line; with --csv
or --tsv the cells of one --column NAME|INDEX (1-based; a header row is
assumed iff the column is given by name, --header/--no-header say
otherwise; --delimiter C for CSV not separated by commas); with --jsonl the
--field PATH value of each object (a member name, a dotted path or a JSON
Pointer, as round reads them). Each value is read as decimal.Decimal(text);
missing values (an empty or all-space cell, line or string, an empty CSV
line, a JSON null or absent value) are skipped.

Rows are counted from 1, the header row included. A bad value stops the run
with "pyround: row N, column C: Type: message" (or "line N: ..." for lines),
exit status 1; with --keep-going every bad value is reported and left out,
the table of the others is printed, and the exit status is 1. A missing
column, invalid UTF-8 in the cell or an invalid JSON line is reported the
same way.

Otherwise the column is --count random values (default 10000, --seed S) of
--dist:
  money    amounts 0.000 to 999.999 with three decimals (the default): one in
           ten ends in 5, a tie at two places, and half-up drifts upward
           while half-even's ties cancel out;
  uniform  decimals in [0, 100) with six places: ties are rare.

--svg FILE writes a chart of the running total error of each mode;
--modes half-even,half-up,half-down leaves out the directed modes, whose
drift dwarfs the others.`,
		Example: `  pyround bias
  pyround bias --modes half-even,half-up,half-down --svg bias.svg
  pyround bias --dist uniform --count 100000
  pyround bias --csv --column price -n 2 --json prices.csv
  pyround bias --tsv --column 3 < report.tsv
  pyround bias --jsonl --field amount --keep-going events.jsonl
  printf '0.125\n0.375\n' | pyround bias -`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var values []string
			var source string
			var failed bool
			switch {
			case csvFile != "":
				var err error
				if values, failed, err = readOldCSV(cmd, csvFile, &rf, keepGoing, args); err != nil {
					return err
				}
				source = fmt.Sprintf("column %s of %s", rf.columns[0], csvFile)
			case len(args) > 0 || rf.csv || rf.tsv || rf.jsonl:
				for _, name := range []string{"dist", "count", "seed"} {
					if cmd.Flags().Changed(name) {
						return fmt.Errorf("--%s generates values: it does not apply when values are read", name)
					}
				}
				var err error
				if values, source, failed, err = readBiasInput(cmd, args, &rf, keepGoing); err != nil {
					return err
				}
			default:
				if _, err := rf.config(false, false, "bias"); err != nil {
					return err // --column without --csv, ...
				}
				if count < 1 || count > 10_000_000 {
					return fmt.Errorf("invalid --count %d: want 1 to 10000000", count)
				}
				switch dist {
				case "money":
					values = workbench.Money3(count, seed)
					source = "money amounts with three decimals"
				case "uniform":
					values = workbench.Uniform(count, seed)
					source = "uniform in [0, 100), six decimals"
				default:
					return fmt.Errorf("invalid --dist %q: want money or uniform", dist)
				}
			}
			if len(values) == 0 {
				return valueError(cmd, errors.New("no values"))
			}
			var modes []rounding.Mode
			if modesText != "" {
				for _, name := range strings.Split(modesText, ",") {
					m, err := rounding.ParseMode(name)
					if err != nil {
						return fmt.Errorf("invalid --modes: %s", err.(*pyerr.Error).Msg)
					}
					modes = append(modes, m)
				}
			}
			results, err := workbench.Bias(values, n, modes, svgFile != "")
			if err != nil {
				return valueError(cmd, err)
			}
			if svgFile != "" {
				f, err := os.Create(svgFile)
				if err != nil {
					return valueError(cmd, err)
				}
				title := fmt.Sprintf("Running rounding error, %d values (%s), %d places", len(values), source, n)
				err = workbench.WriteSVG(f, results, title)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					return valueError(cmd, err)
				}
			}
			if err := writeBias(cmd.OutOrStdout(), source, len(values), n, results, asJSON); err != nil {
				return err
			}
			if failed {
				return exitError{1} // --keep-going: the bad values were reported
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "ndigits", "n", 2, "round to N decimal places (negative: tens, hundreds, ...)")
	f.StringVar(&dist, "dist", "money", "random values: money (three decimals) or uniform (six decimals)")
	f.IntVar(&count, "count", 10000, "how many random values")
	f.Uint64Var(&seed, "seed", 1, "seed of the random values")
	rf.defineFormatFlags(f, "from FILE or standard input", "use", "exactly one")
	f.BoolVar(&keepGoing, "keep-going", false, "report each bad value, leave it out and go on (exit status 1)")
	f.StringVar(&svgFile, "svg", "", "write a chart of the running error per mode to this SVG file")
	f.StringVar(&modesText, "modes", "", "only these modes, separated by commas (half-even,half-up,...); default all eight")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	// The old spelling --csv FILE --column NAME, kept for one release:
	// biasLegacyArgs turns "--csv FILE" into this hidden flag.
	f.StringVar(&csvFile, "csv-file", "", "deprecated: use --csv --column NAME FILE")
	f.MarkHidden("csv-file")
	return cmd
}

// writeBias prints the result of `pyround bias`: a table, or JSON.
func writeBias(w io.Writer, source string, count, n int, results []workbench.BiasResult, asJSON bool) error {
	if asJSON {
		b, err := workbench.IndentJSON(biasJSON{Source: source, Values: count, N: n, Modes: results})
		if err != nil {
			return err
		}
		return writeBytes(w, b)
	}
	fmt.Fprintf(w, "%d values (%s), rounded to %d place%s; error = rounded − value, exact\n\n", count, source, n, plural(n))
	rows := make([][]string, len(results))
	for i, r := range results {
		rows[i] = []string{r.Mode, r.Total, r.Mean, r.WorstDrift, strconv.Itoa(r.WorstAt)}
	}
	return writeTable(w, []string{"mode", "total error", "mean error", "worst drift", "at value"}, rows,
		func(i int) bool { return i == 0 }, colourFor(w))
}

// readBiasInput reads the values of `pyround bias` from the FILE argument
// (- or none: standard input) through the record layer, as round reads
// its input. failed reports values that failed under --keep-going (their
// messages were written).
func readBiasInput(cmd *cobra.Command, args []string, rf *recordFlags, keepGoing bool) (values []string, source string, failed bool, err error) {
	var selected string
	switch {
	case (rf.csv && rf.tsv) || (rf.csv && rf.jsonl) || (rf.tsv && rf.jsonl):
		// rf.config refuses the combination
	case rf.csv || rf.tsv:
		if len(rf.columns) == 0 {
			return nil, "", false, usageError("bias needs --column NAME|INDEX to say which column to read")
		}
		selected = "column " + strings.Join(rf.columns, ",")
	case rf.jsonl:
		if len(rf.fields) == 0 {
			return nil, "", false, usageError("bias needs --field NAME to say which member to read")
		}
		selected = "field " + strings.Join(rf.fields, ",")
	default:
		selected = "lines"
	}
	cfg, err := rf.config(keepGoing, false, "bias")
	if err != nil {
		return nil, "", false, err
	}
	if cfg.Format != records.Lines && len(cfg.Columns) != 1 {
		return nil, "", false, usageError("bias reads one column; got " + strconv.Itoa(len(cfg.Columns)) + " (" + selected + ")")
	}
	cfg.Jobs = 1 // the values are collected in input order
	in, name := cmd.InOrStdin(), "standard input"
	if len(args) > 0 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return nil, "", false, valueError(cmd, err)
		}
		defer f.Close()
		in, name = f, args[0]
	}
	values, failed, err = collectValues(cmd, cfg, in)
	return values, selected + " of " + name, failed, err
}

// collectValues runs the record layer over in and returns the non-blank
// selected values, each checked as decimal.Decimal(text) reads it; failed
// reports bad values left out under KeepGoing.
func collectValues(cmd *cobra.Command, cfg records.Config, in io.Reader) (values []string, failed bool, err error) {
	collect := func(dst, v []byte) ([]byte, error) {
		text, err := workbench.BiasValue(v)
		if err == nil && text != "" {
			values = append(values, text)
		}
		return dst, err
	}
	tr := records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) { return collect }}
	err = records.Run(cfg, tr, in, io.Discard, cmd.ErrOrStderr())
	var ue *records.UsageError
	switch {
	case err == nil:
		return values, false, nil
	case errors.Is(err, records.ErrFailed):
		if cfg.KeepGoing {
			return values, true, nil
		}
		return nil, true, exitError{1}
	case errors.As(err, &ue):
		return nil, false, usageError(ue.Msg)
	}
	return nil, false, valueError(cmd, err)
}

// readOldCSV reads the deprecated spelling --csv FILE --column NAME: a CSV
// file that always has a header row, the column found by its trimmed
// header name, else by its 1-based number. The file is read by the record
// layer, as --csv reads it.
func readOldCSV(cmd *cobra.Command, path string, rf *recordFlags, keepGoing bool, args []string) ([]string, bool, error) {
	fmt.Fprintln(cmd.ErrOrStderr(), "pyround: --csv FILE is deprecated; use --csv --column NAME FILE")
	switch {
	case len(rf.columns) != 1:
		return nil, false, fmt.Errorf("--csv needs --column NAME")
	case len(args) > 0 || rf.tsv || rf.jsonl || len(rf.fields) > 0 || rf.noHeader || rf.delimiter.set:
		return nil, false, fmt.Errorf("--csv FILE takes no other input flags; use --csv --column NAME FILE")
	}
	column := rf.columns[0]
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false, valueError(cmd, err)
	}
	header, ok := records.Header(records.CSV, data)
	if !ok {
		return nil, false, valueError(cmd, fmt.Errorf("%s: no header row", path))
	}
	idx := -1
	for i, h := range header {
		if strings.TrimSpace(h) == column {
			idx = i
		}
	}
	if idx < 0 {
		k, err := strconv.Atoi(column)
		if err != nil || k < 1 || k > len(header) {
			return nil, false, valueError(cmd, fmt.Errorf("%s: no column %q (columns: %s)", path, column, strings.Join(header, ", ")))
		}
		idx = k - 1
	}
	cfg := records.Config{Format: records.CSV, Header: true, Columns: []records.Column{{Index: idx + 1}}, KeepGoing: keepGoing, Jobs: 1,
		SkipShortRows: true} // as the old reader did: empty lines and rows without the column are skipped
	return collectValues(cmd, cfg, bytes.NewReader(data))
}

// biasLegacyArgs rewrites the old spelling of bias's input, --csv FILE or
// --csv=FILE, into the hidden --csv-file FILE, before the flags are parsed
// (--csv is now a switch, and FILE an argument that comes last).
func biasLegacyArgs(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(out, args[i:]...)
		case a == "--csv" && i+1 < len(args) && args[i+1] != "" && !strings.HasPrefix(args[i+1], "-"):
			out = append(out, "--csv-file", args[i+1])
			i++
			continue
		case strings.HasPrefix(a, "--csv="):
			if _, err := strconv.ParseBool(a[len("--csv="):]); err != nil {
				out = append(out, "--csv-file="+a[len("--csv="):])
				continue
			}
		}
		out = append(out, a)
	}
	return out
}
