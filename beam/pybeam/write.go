package pybeam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&spreadFn{})
	register.Function2x0(markers)
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
}

// emptyMark is the element each shard is given so that its file is written
// even when no line goes to it. It is a string no line read by ReadLines can
// be (a line has no LF), and writeFn skips it: an input element that is
// exactly "\n" is therefore not written.
const emptyMark = "\n"

// WriteLines writes the PCollection<string> lines into exactly shards files,
// named prefix + fmt.Sprintf("-%05d-of-%05d", i, shards) + suffix for i from 0
// to shards-1 (out/rounded-00000-of-00004.csv with prefix "out/rounded" and
// suffix ".csv"), through Beam's filesystem package. Each line is followed by
// "\n", and each file starts with header+"\n" when header is not "".
//
// Every one of the files is created, even one no line goes to, so the output
// is complete and its names predictable. A line goes to shard
// FNV-1a-64(line) % shards, so the same input always puts the same lines in
// the same files, whatever bundles a runner makes or retries. Lines are
// streamed from the group to the file in the order the runner gives them
// (no order of rows survives a shuffle; a retry writes the same lines,
// perhaps in another order): a shard of any size costs a worker no more
// memory than its write buffer.
//
// The element "\n" (which ReadLines never yields) is not written; see
// emptyMark. WriteLines returns an error for shards < 1 and for a prefix whose
// scheme has no registered filesystem.
func WriteLines(s beam.Scope, prefix, suffix, header string, shards int, lines beam.PCollection) error {
	if shards < 1 {
		return fmt.Errorf("pybeam.WriteLines: %d shards: need at least 1", shards)
	}
	if err := checkScheme(prefix + suffix); err != nil {
		return fmt.Errorf("pybeam.WriteLines: %w", err)
	}
	s = s.Scope("pybeam.WriteLines")
	name := escape(prefix) + fmt.Sprintf("-%%05d-of-%05d", shards) + escape(suffix)
	keyed := beam.ParDo(s, &spreadFn{Shards: shards}, lines)
	writeShards(s, &writeFn{Name: name, Files: shards, Header: header}, keyed)
	return nil
}

// WriteKeyed writes the PCollection<KV<int, string>> rows, each a shard number
// and a line, into parts files named by pattern with its first "{}" replaced
// by the shard number (part-{}.csv: part-0.csv, part-1.csv, ...), as
// `pyround shard --out` names its files. Each line is followed by "\n", each
// file starts with header+"\n" when header is not "", and every file is
// created, even one with no row. Lines are streamed in the runner's order,
// as in WriteLines: a runner keeps no input order (`pyround shard --out`
// keeps it; the files hold the same rows).
//
// A shard number outside [0, parts) fails the pipeline with an error naming
// it. WriteKeyed returns an error for parts < 1, for a pattern without "{}",
// and for a pattern whose scheme has no registered filesystem.
func WriteKeyed(s beam.Scope, pattern, header string, parts int, rows beam.PCollection) error {
	if parts < 1 {
		return fmt.Errorf("pybeam.WriteKeyed: %d parts: need at least 1", parts)
	}
	if !strings.Contains(pattern, "{}") {
		return fmt.Errorf("pybeam.WriteKeyed: pattern %q has no '{}' for the shard number", pattern)
	}
	if err := checkScheme(pattern); err != nil {
		return fmt.Errorf("pybeam.WriteKeyed: %w", err)
	}
	s = s.Scope("pybeam.WriteKeyed")
	name := strings.Replace(escape(pattern), "{}", "%d", 1)
	writeShards(s, &writeFn{Name: name, Files: parts, Header: header}, rows)
	return nil
}

// WriteFile writes the PCollection<string> lines into the one file path,
// each followed by "\n", after header+"\n" when header is not "": a dead
// letter, the rejects of a sharding. The file is created even if no line
// comes (then it holds the header alone). Lines are streamed in the
// runner's order. WriteFile returns an error for a path whose scheme has no
// registered filesystem.
func WriteFile(s beam.Scope, path, header string, lines beam.PCollection) error {
	if err := checkScheme(path); err != nil {
		return fmt.Errorf("pybeam.WriteFile: %w", err)
	}
	s = s.Scope("pybeam.WriteFile")
	keyed := beam.ParDo(s, &spreadFn{Shards: 1}, lines)
	writeShards(s, &writeFn{Name: escape(path), Files: 1, Header: header, One: true}, keyed)
	return nil
}

// RejectsPath returns pattern with its first "{}" replaced by "rejects": the
// file `pyround shard --keep-going` writes the rows with a bad key to. A
// pattern without "{}" is returned unchanged.
func RejectsPath(pattern string) string {
	return strings.Replace(pattern, "{}", "rejects", 1)
}

// checkScheme is filesystem.ValidateScheme with an error for its panic, so
// that WriteLines and WriteKeyed can return it.
func checkScheme(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// escape makes path a literal in a fmt format: its % become %%.
func escape(path string) string { return strings.ReplaceAll(path, "%", "%%") }

// writeShards writes the PCollection<KV<int, string>> keyed with fn, shard i
// to the file fn names i. A marker per shard is flattened in so that every
// shard has a group, and so a file, after the GroupByKey; the GroupByKey gives
// each file a single ProcessElement, the granularity at which a file can be
// written whole (as in textio.Write).
func writeShards(s beam.Scope, fn *writeFn, keyed beam.PCollection) {
	marks := beam.ParDo(s, markers, beam.Create(s, fn.Files))
	groups := beam.GroupByKey(s, beam.Flatten(s, keyed, marks))
	beam.ParDo0(s, fn, groups)
}

// markers gives each of the n shards its empty-file marker. The shards are
// counted out at run time, from the one element n, so that the pipeline
// stays small for a million shards.
func markers(n int, emit func(int, string)) {
	for i := range n {
		emit(i, emptyMark)
	}
}

// spreadFn spreads lines over the files: it keys a line by its shard,
// FNV-1a-64(line) % Shards, a hash fixed by the bytes alone, so that a
// retried bundle sends each line where it went before.
type spreadFn struct {
	Shards int `json:"shards"`
}

// ProcessElement returns line's shard and line.
func (fn *spreadFn) ProcessElement(line string) (int, string) {
	h := fnv.New64a()
	h.Write([]byte(line))
	return int(h.Sum64() % uint64(fn.Shards)), line
}

// writeFn writes each shard's lines to its file, header first. Its fields are
// exported so that Beam can serialize it (as JSON) for remote workers.
type writeFn struct {
	// Name is the fmt format of the file names, with one %d verb for the
	// shard number: a format rather than a list of names, so that the DoFn
	// stays small however many files there are.
	Name string `json:"name"`
	// Files is the number of files: shards are 0 to Files-1.
	Files  int    `json:"files"`
	Header string `json:"header"`
	// One is a single file named by Name alone, with no shard number.
	One bool `json:"one,omitempty"`
}

// ProcessElement writes shard's file: Header and its LF when Header is not
// "", then the lines as the runner gives them, each with an LF, the empty-file markers
// left out. A shard outside [0, Files) is an error.
func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	if shard < 0 || shard >= fn.Files {
		return fmt.Errorf("pybeam: shard %d is outside [0, %d): no file for it", shard, fn.Files)
	}
	path := fmt.Sprintf(fn.Name, shard)
	if fn.One {
		path = strings.ReplaceAll(fn.Name, "%%", "%") // the escaped path itself
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(fd, 1<<20)
	if fn.Header != "" {
		buf.WriteString(fn.Header)
		buf.WriteByte('\n')
	}
	var line string
	for lines(&line) {
		if line != emptyMark {
			buf.WriteString(line)
			buf.WriteByte('\n')
		}
	}
	// A bufio.Writer keeps its first error and Flush reports it, so the
	// writes above need no checks of their own.
	if err := buf.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("pybeam: writing %s: %w", path, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("pybeam: writing %s: %w", path, err)
	}
	return nil
}
