package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/rounding"
	"github.com/pyround/pyround/workbench"
	"github.com/spf13/cobra"
)

// biasJSON is the --json output of `pyround bias`.
type biasJSON struct {
	Source string                 `json:"source"`
	Values int                    `json:"values"`
	N      int                    `json:"n"`
	Modes  []workbench.BiasResult `json:"modes"`
}

func newBiasCmd() *cobra.Command {
	var n, count int
	var seed uint64
	var dist, csvFile, column, svgFile, modesText string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bias [--dist uniform|money | --csv FILE --column NAME] [-n N] [--svg FILE] [--json]",
		Short: "Show the error each rounding mode accumulates over a column of numbers",
		Long: `Round every value of a column to N decimal places (default 2) under each of
the eight rounding modes and add up the errors (rounded − value), exactly,
in decimal: the total error, the mean error, and the worst drift (the
largest |running total| along the column, and where it was reached).

The column is --count random values (default 10000, --seed S) of --dist:
  money    amounts 0.000 to 999.999 with three decimals (the default): one in
           ten ends in 5, a tie at two places, and half-up drifts upward
           while half-even's ties cancel out;
  uniform  decimals in [0, 100) with six places: ties are rare;
or the column NAME (or 1-based number) of a CSV file with a header row
(--csv FILE --column NAME; empty cells are skipped).

--svg FILE writes a chart of the running total error of each mode;
--modes half-even,half-up,half-down leaves out the directed modes, whose
drift dwarfs the others.`,
		Example: `  pyround bias
  pyround bias --modes half-even,half-up,half-down --svg bias.svg
  pyround bias --dist uniform --count 100000
  pyround bias --csv prices.csv --column price -n 2 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var values []string
			var source string
			switch {
			case csvFile != "":
				if column == "" {
					return fmt.Errorf("--csv needs --column NAME")
				}
				var err error
				if values, err = readCSVColumn(csvFile, column); err != nil {
					return valueError(cmd, err)
				}
				source = fmt.Sprintf("column %s of %s", column, csvFile)
			case column != "":
				return fmt.Errorf("--column needs --csv FILE")
			default:
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
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, biasJSON{source, len(values), n, results}, true)
			}
			fmt.Fprintf(w, "%d values (%s), rounded to %d place%s; error = rounded − value, exact\n\n", len(values), source, n, plural(n))
			rows := make([][]string, len(results))
			for i, r := range results {
				rows[i] = []string{r.Mode, r.Total, r.Mean, r.WorstDrift, strconv.Itoa(r.WorstAt)}
			}
			return writeTable(w, []string{"mode", "total error", "mean error", "worst drift", "at value"}, rows,
				func(i int) bool { return i == 0 }, colourFor(w))
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "ndigits", "n", 2, "round to N decimal places (negative: tens, hundreds, ...)")
	f.StringVar(&dist, "dist", "money", "random values: money (three decimals) or uniform (six decimals)")
	f.IntVar(&count, "count", 10000, "how many random values")
	f.Uint64Var(&seed, "seed", 1, "seed of the random values")
	f.StringVar(&csvFile, "csv", "", "read the values from this CSV file (with a header row)")
	f.StringVar(&column, "column", "", "the CSV column: its header name or 1-based number")
	f.StringVar(&svgFile, "svg", "", "write a chart of the running error per mode to this SVG file")
	f.StringVar(&modesText, "modes", "", "only these modes, separated by commas (half-even,half-up,...); default all eight")
	f.BoolVar(&asJSON, "json", false, "print JSON instead of a table")
	return cmd
}

// readCSVColumn returns the non-empty cells of the named (or 1-based
// numbered) column of a CSV file with a header row, trimmed.
func readCSVColumn(path, column string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: no header row: %v", path, err)
	}
	idx := -1
	for i, h := range header {
		if strings.TrimSpace(h) == column {
			idx = i
		}
	}
	if idx < 0 {
		if k, err := strconv.Atoi(column); err == nil && k >= 1 && k <= len(header) {
			idx = k - 1
		} else {
			return nil, fmt.Errorf("%s: no column %q (columns: %s)", path, column, strings.Join(header, ", "))
		}
	}
	var out []string
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if idx < len(rec) {
			if v := strings.TrimSpace(rec[idx]); v != "" {
				out = append(out, v)
			}
		}
	}
}
