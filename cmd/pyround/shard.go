package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

// shardFlags are the flags of `pyround shard`.
type shardFlags struct {
	parts, hash, key, out string
	keepGoing             bool
	rf                    recordFlags
}

func newShardCmd() *cobra.Command {
	var sf shardFlags
	cmd := &cobra.Command{
		Use:   "shard --parts K [--key COLUMN|FIELD] [--hash crc32|md5|sha1|sha256|none] [--out PATTERN] [--into NAME] [KEY...]",
		Short: "Place rows in K shards as Python code does: zlib.crc32(key) % K, int(key) % K, or row % K",
		Long: `Place each row (or value) in one of K shards, 0 to K-1, with the formulas
Python code uses, so a Go job and a Python job put every key in the same
shard:

  --hash crc32 (the default)   zlib.crc32(key.encode()) % K
  --hash md5, sha1, sha256     int(hashlib.NAME(key.encode()).hexdigest(), 16) % K
  --hash none                  int(key) % K, the key a Python int literal

% is Python's floor modulo: with --hash none the key -7 is in shard 2 of 3,
never in a negative shard as Go's % would put it. K is from 1 to 1000000.

--key COLUMN|FIELD names the key of a CSV/TSV row (a header name or a
1-based index) or of a JSON Lines object (a member, dotted path or JSON
Pointer, as round's --field). The key is the cell's text after CSV
unquoting, a JSON string's value, or a JSON number's text as written; a
blank cell is the key "" (Python hashes it like any text), and so is a
JSON null or absent member. Without --key, data row i (0-based, the
header row not counted) is in shard i % K.

Values given as arguments and lines of standard input are keys when
--hash is given; without --hash, value i is in shard i % K.

Without --out the shard is printed: one number per value or line, or, in
CSV/TSV/JSON Lines, a new last column (--into NAME, default "shard").
--out PATTERN writes the rows themselves to K files, the first '{}' in
PATTERN replaced by the shard number ('part-{}.csv': part-0.csv,
part-1.csv, ...). Each file is created (or truncated) before any row is
read and starts with the header row; rows keep their bytes and input
order. A line on standard error then gives the rows per shard. A row
whose shard fails (a bad key for --hash none, an invalid record) stops
the run, reported by row; with --keep-going it is written to the file
PATTERN names with 'rejects' for '{}', so every input row is in exactly
one file. K files must be open at once: a K past what the system allows
(ulimit -n) is refused before anything is written.`,
		Example: `  pyround shard --parts 3 --hash none -- -7 8 9      # 2 2 0
  pyround shard --parts 16 --csv --key user_id --out 'part-{}.csv' < events.csv
  pyround shard --parts 4 --jsonl --key user.id < events.jsonl   # adds "shard"
  pyround shard --parts 4 --csv --header --into worker < jobs.csv  # row % 4`,
		RunE: func(cmd *cobra.Command, args []string) error { return sf.run(cmd, args) },
	}
	f := cmd.Flags()
	f.StringVarP(&sf.parts, "parts", "k", "", "the number of shards K, 1 to 1000000 (required)")
	f.StringVar(&sf.hash, "hash", "crc32", "how a key is placed: crc32, md5, sha1, sha256, or none (the key is an int)")
	f.StringVar(&sf.key, "key", "", "the key's CSV/TSV column or JSONL field; without it, row i is in shard i % K")
	f.StringVar(&sf.out, "out", "", "write the rows to K files named by PATTERN, '{}' the shard number")
	f.StringVar(&sf.rf.into, "into", "", "the name of the new column (default \"shard\")")
	f.BoolVar(&sf.keepGoing, "keep-going", false, "on a bad key print an empty line (--out: write the row to the rejects file), report it, and go on")
	f.BoolVar(&sf.rf.csv, "csv", false, "read CSV records from standard input")
	f.BoolVar(&sf.rf.tsv, "tsv", false, "read TSV records (tab-separated, no quoting)")
	f.BoolVar(&sf.rf.jsonl, "jsonl", false, "read JSON Lines (one object per line)")
	f.Var(&sf.rf.delimiter, "delimiter", "CSV field separator instead of a comma: one ASCII character, such as ; | or \\t")
	f.BoolVar(&sf.rf.header, "header", false, "the first CSV/TSV row is a header (default: iff --key is a name)")
	f.BoolVar(&sf.rf.noHeader, "no-header", false, "the first CSV/TSV row is data")
	f.IntVar(&sf.rf.jobs, "jobs", 0, "goroutines placing rows (0: the number of CPUs); output is the same for any N")
	f.BoolVar(&sf.rf.quiet, "quiet", false, "no progress bar")
	return cmd
}

func (sf *shardFlags) run(cmd *cobra.Command, args []string) error {
	if !cmd.Flags().Changed("parts") {
		return usageError("required flag --parts K not set")
	}
	hashed := cmd.Flags().Changed("hash")
	spec := pyops.Spec{Op: "shard", Parts: sf.parts, Hash: sf.hash}
	given := flagsGiven(cmd)
	op, err := spec.BuildGiven(given)
	if err != nil {
		return err
	}
	sh := op.Shard
	rf := &sf.rf
	r := &lineRunner{in: cmd.InOrStdin(), out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr(), keepGoing: sf.keepGoing, rec: rf}
	table := rf.csv || rf.tsv
	if sf.key != "" {
		switch {
		case table:
			rf.columns = []string{sf.key}
		case rf.jsonl:
			rf.fields = []string{sf.key}
		default:
			return usageError("--key needs --csv, --tsv or --jsonl (on values and lines, --hash makes each one a key)")
		}
		hashed = true
	}
	if (table || rf.jsonl) && sf.key == "" && cmd.Flags().Changed("hash") {
		return usageError("--hash places rows by their key: give --key COLUMN|FIELD")
	}
	// A Shard has scratch space: one per worker.
	newShard := func() *pyops.Shard { op, _ := spec.BuildGiven(given); return op.Shard }
	keyOf := func(dst, key []byte) ([]byte, error) { return sh.Append(dst, key) }
	if len(args) > 0 {
		if table || rf.jsonl || sf.out != "" || rf.into != "" {
			return usageError("--csv, --tsv, --jsonl, --out and --into read standard input: give no values as arguments")
		}
		label := func(i int) string { return fmt.Sprintf("argument %d: ", i+1) }
		if hashed {
			return r.runArgs(args, keyOf, label)
		}
		i := 0
		return r.runArgs(args, func(dst, _ []byte) ([]byte, error) {
			dst = sh.AppendRow(dst, i)
			i++
			return dst, nil
		}, label)
	}
	rf.columnOptional = true
	cfg, err := rf.config(sf.keepGoing, false, "shard")
	if err != nil {
		return err
	}
	cfg.KeysAreText = true
	var tr records.Transform
	switch {
	case sf.out != "":
		if hashed {
			tr.NewShard = func() func(key []byte) (int, error) { return newShard().Of }
		}
		return sf.route(r, cfg, tr, sh)
	case hashed:
		tr.NewValue = func() func(dst, v []byte) ([]byte, error) { return newShard().Append }
	default:
		tr.NewRow = func() func(dst []byte, row int) []byte { return newShard().AppendRow }
	}
	if cfg.Format != records.Lines && cfg.Into == "" {
		cfg.Into = "shard"
	}
	return r.stream(cfg, tr)
}

// route writes the rows to K files named by the --out pattern.
func (sf *shardFlags) route(r *lineRunner, cfg records.Config, tr records.Transform, sh *pyops.Shard) error {
	k := sh.Parts()
	if !strings.Contains(sf.out, "{}") {
		return usageError("--out " + strconv.Quote(sf.out) + " has no '{}' for the shard number")
	}
	if limit, ok := openFileLimit(); ok && uint64(k)+64 > limit {
		return usageError(fmt.Sprintf("--parts %d needs %d files open at once; this process may open %d (ulimit -n): use fewer parts or raise the limit", k, k, limit))
	}
	name := func(s string) string { return strings.Replace(sf.out, "{}", s, 1) }
	files := make([]*os.File, 0, k)
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	rt := &records.Route{ByRow: sh.OfRow}
	// Settings no input can satisfy (a new column beside --out, a bad
	// delimiter) are usage errors before any shard file exists.
	check := cfg
	check.Route = rt
	var ue *records.UsageError
	if err := check.Check(); errors.As(err, &ue) {
		return usageError(ue.Msg)
	}
	for s := range k {
		f, err := os.Create(name(strconv.Itoa(s)))
		if err != nil {
			fmt.Fprintf(r.errOut, "pyround: creating the shard files: %v\n", err)
			return exitError{1}
		}
		files = append(files, f)
		rt.Outs = append(rt.Outs, f)
	}
	var rejects *os.File
	rt.Rejects = func() (io.Writer, error) {
		var err error
		rejects, err = os.Create(name("rejects"))
		return rejects, err
	}
	cfg.Route = rt
	err := r.stream(cfg, tr)
	if rejects != nil {
		files = append(files, rejects)
	}
	for _, f := range files {
		if cerr := f.Close(); cerr != nil && err == nil {
			fmt.Fprintf(r.errOut, "pyround: %v\n", cerr)
			err = exitError{1}
		}
	}
	files = nil
	if rt.Rows != nil {
		w := bufio.NewWriter(r.errOut)
		w.WriteString(shardSummary(rt))
		w.Flush()
	}
	return err
}

// shardSummary is the line on rows per shard: each shard's count for up
// to 64 shards, else the smallest, largest and total.
func shardSummary(rt *records.Route) string {
	var b strings.Builder
	total, lo, hi := 0, rt.Rows[0], rt.Rows[0]
	for _, n := range rt.Rows {
		total += n
		lo, hi = min(lo, n), max(hi, n)
	}
	fmt.Fprintf(&b, "pyround: %s in %d shards", countOf(total, "row"), len(rt.Rows))
	if len(rt.Rows) <= 64 {
		b.WriteString(":")
		for _, n := range rt.Rows {
			b.WriteString(" " + strconv.Itoa(n))
		}
	} else {
		fmt.Fprintf(&b, ", %d to %d per shard", lo, hi)
	}
	if rt.Rejected > 0 {
		fmt.Fprintf(&b, "; %s rejected", countOf(rt.Rejected, "row"))
	}
	b.WriteString("\n")
	return b.String()
}
