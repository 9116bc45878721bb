package pybeam

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/pyround/pyround/internal/records"

	// The filesystems the reads and writes take: local paths, gs:// and
	// s3:// (whose ranged reads openAt makes).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(string), error](&readFn{})
	register.Emitter1[string]()
}

const (
	// defaultBlockSize is textio's block size: the size of the restrictions
	// a file is first split into when ReadOptions.BlockSize is 0.
	defaultBlockSize int64 = 64 << 20

	// maxLine is the longest line ReadLines and ReadHeader accept, LF not
	// counted. A longer line fails rather than growing memory without bound
	// (a binary file or a file without newlines would otherwise be read
	// whole into one string).
	maxLine = 64 << 20
)

// bom is the UTF-8 byte order mark, which some tools (Excel among them)
// write at the start of a CSV file; it is not part of the first line.
const bom = "\xEF\xBB\xBF"

// ReadOptions configures ReadLines.
type ReadOptions struct {
	// Header drops the first line of each file (the line at byte offset 0),
	// the header row of a CSV file.
	Header bool
	// BlockSize is the size in bytes of the restrictions each file is split
	// into; 0 means 64 MiB (textio's). A negative size is treated as 0.
	BlockSize int64
	// Branches, if above 1, reads the input in that many independent
	// branches of the pipeline, each the blocks i, i+Branches, i+2*Branches,
	// ... of every file (a file is cut into at least Branches blocks). The
	// prism runner gives each stage its pending elements as one bundle, on
	// one core, however the input is split; branches are separate stages,
	// which it runs at once (up to 8 bundles), so that a pipeline on one
	// machine uses its cores (see ReadBranches). Runners that spread a
	// stage's restrictions over workers (Dataflow, Flink, Spark) need no
	// branches, and lose nothing by them.
	Branches int
	// QuotedLineBreaks reads CSV records rather than lines: a line break
	// inside a double-quoted field continues the record, by the quoting
	// rules of the pyround command (records.QuoteTracker), and the element
	// is the whole record, its line breaks included (Records's
	// QuotedLineBreaks rewrites such records). A record's start cannot be
	// found from an arbitrary byte offset, so each file is then read whole,
	// as one restriction that the runner is not let split: parallelism
	// comes from the number of files (with Branches, each branch reads the
	// files whose path hashes to it), and BlockSize is not used.
	QuotedLineBreaks bool
	// Delimiter is the CSV field delimiter QuotedLineBreaks follows the
	// quotes by, spelled as Records.Delimiter is; "" is ','.
	Delimiter string
}

// ReadLines reads every line of every file matching glob (a Beam filesystem
// glob: a local path, or gs:// and others where their filesystem is
// registered) and returns them as a PCollection<string>, one element a line,
// in no particular order.
//
// A line is its text without the LF that ends it; a CR before the LF is kept,
// so the lines of a CRLF file keep their bytes (as textio's do). A last line
// without LF is a line, an empty file has none, and an empty line is the
// element "". A UTF-8 byte order mark at the start of a file is dropped from
// its first line (a file holding only a BOM has no line). With opt.Header the
// first line of each file is not emitted.
//
// Files are read as they are: a .gz file is not decompressed, since the byte
// offsets that split a file would mean nothing in a compressed stream.
//
// ReadLines is a splittable DoFn as textio.Read is: each file is split into
// restrictions of opt.BlockSize bytes, and each restriction reads the lines
// that start inside it, whole, even past its end, so no line is lost or read
// twice however a file is split. A line longer than 64 MiB fails the pipeline
// with an error naming the file and the line's byte offset.
//
// Like textio.Read, ReadLines panics at construction if glob is empty or its
// scheme has no registered filesystem.
func ReadLines(s beam.Scope, glob string, opt ReadOptions) beam.PCollection {
	s = s.Scope("pybeam.ReadLines")
	cols := ReadBranches(s, glob, opt)
	if len(cols) == 1 {
		return cols[0]
	}
	return beam.Flatten(s, cols...)
}

// ReadBranches is ReadLines with its branches apart: opt.Branches (at least
// one) PCollection<string>, which together hold every line of the input
// once. prism runs the stages of different branches at once but a stage
// after a Flatten as one, so a pipeline that applies its transforms to each
// branch before it flattens them (as pyround-beam does) runs them on as many
// cores as there are branches; ReadLines's one flattened PCollection gives
// that parallelism to the read alone. It panics as ReadLines does.
func ReadBranches(s beam.Scope, glob string, opt ReadOptions) []beam.PCollection {
	filesystem.ValidateScheme(glob)
	delim, err := opt.delimiter()
	if err != nil {
		panic(fmt.Sprintf("pybeam.ReadLines: %v", err))
	}
	branches := max(opt.Branches, 1)
	cols := make([]beam.PCollection, branches)
	for i := range cols {
		b := s.Scope(fmt.Sprintf("branch%d", i))
		matches := fileio.MatchFiles(b, glob, fileio.MatchEmptyAllow())
		files := fileio.ReadMatches(b, matches, fileio.ReadUncompressed())
		cols[i] = beam.ParDo(b, &readFn{Header: opt.Header, BlockSize: opt.BlockSize, Branch: i, Branches: branches,
			Multiline: opt.QuotedLineBreaks, Delimiter: delim}, files)
	}
	return cols
}

// ReadHeader returns the first line of the first file, in sorted path order,
// matching glob, read at pipeline construction time through Beam's filesystem
// package (so gs:// works where its filesystem is registered). The line is
// returned without its LF or a CR before it, and without a UTF-8 byte order
// mark at its start. It is an error if no file matches ("no file matches
// GLOB"), if that file is empty or holds only a BOM ("FILE is empty: no
// header row"), or if its first line is longer than 64 MiB.
func ReadHeader(ctx context.Context, glob string) (string, error) {
	return ReadHeaderRecord(ctx, glob, ReadOptions{})
}

// ReadHeaderRecord is ReadHeader for the records opt reads: with
// opt.QuotedLineBreaks, the first CSV record, whose quoted fields may hold
// line breaks (a CR before each LF kept, but for the last).
func ReadHeaderRecord(ctx context.Context, glob string, opt ReadOptions) (string, error) {
	delim, err := opt.delimiter()
	if err != nil {
		return "", fmt.Errorf("pybeam.ReadHeader: %w", err)
	}
	if strings.TrimSpace(glob) == "" {
		return "", errors.New("pybeam.ReadHeader: empty file glob")
	}
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return "", err
	}
	defer fs.Close()
	paths, err := fs.List(ctx, glob)
	if err != nil {
		return "", err
	}
	if len(paths) == 0 {
		return "", fmt.Errorf("no file matches %s", glob)
	}
	sort.Strings(paths)
	path := paths[0]
	fd, err := fs.OpenRead(ctx, path)
	if err != nil {
		return "", err
	}
	defer fd.Close()
	rd := bufio.NewReader(fd)
	line, n, ok, err := readLine(rd, path, 0, maxLine)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("%s is empty: no header row", path)
	}
	if opt.QuotedLineBreaks {
		q := records.NewQuoteTracker(records.Config{Format: records.CSV, Delimiter: delim})
		if line, _, err = recordFrom(rd, q, path, 0, line, n); err != nil {
			return "", err
		}
	}
	return strings.TrimSuffix(line, "\r"), nil
}

// readFn is the splittable DoFn of ReadLines. Its fields are exported so
// that Beam can serialize it (as JSON) for remote workers.
type readFn struct {
	Header    bool  `json:"header"`
	BlockSize int64 `json:"blockSize"`
	// Branch of Branches (ReadOptions.Branches; 0 of 1 without them): the
	// blocks this one reads.
	Branch   int `json:"branch,omitempty"`
	Branches int `json:"branches,omitempty"`
	// Multiline reads CSV records with Delimiter, each file whole
	// (ReadOptions.QuotedLineBreaks).
	Multiline bool `json:"multiline,omitempty"`
	Delimiter byte `json:"delimiter,omitempty"`
}

// CreateInitialRestriction is the whole file, in bytes.
func (fn *readFn) CreateInitialRestriction(file fileio.ReadableFile) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: file.Metadata.Size}
}

// SplitRestriction splits a file into blocks of fn.BlockSize bytes. As in
// textio, a last block of a quarter block or less joins the one before it,
// so that no bundle is spent on a sliver of a file. With branches, a file is
// cut into at least Branches blocks (as many as it has bytes, if fewer), and
// a branch keeps every Branches-th of them from its own: the blocks of the
// branches are disjoint and cover the file, each computed from the file's
// size alone.
//
// With Multiline, a file is one restriction, read by the branch its path
// hashes to.
func (fn *readFn) SplitRestriction(file fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if fn.Multiline {
		if fn.Branches > 1 && branchOf(file.Metadata.Path, fn.Branches) != fn.Branch {
			return nil
		}
		return []offsetrange.Restriction{rest}
	}
	size := fn.BlockSize
	if size <= 0 {
		size = defaultBlockSize
	}
	splits := rest.SizedSplits(size)
	if n := len(splits); n > 1 {
		if last := splits[n-1]; last.End-last.Start <= size/4 {
			splits[n-2].End = last.End
			splits = splits[:n-1]
		}
	}
	if fn.Branches <= 1 {
		return splits
	}
	if k := int64(fn.Branches); int64(len(splits)) < k {
		splits = rest.EvenSplits(min(k, rest.End-rest.Start))
	}
	var mine []offsetrange.Restriction
	for j := fn.Branch; j < len(splits); j += fn.Branches {
		mine = append(mine, splits[j])
	}
	return mine
}

// RestrictionSize is the restriction's length in bytes.
func (fn *readFn) RestrictionSize(_ fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	return rest.Size()
}

// CreateTracker wraps an offsetrange tracker in a lock, since the runner may
// split the restriction while ProcessElement claims from it.
//
// With Multiline the tracker refuses every split: the part split off
// would start at an offset where no record is known to start.
func (fn *readFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	if fn.Multiline {
		return sdf.NewLockRTracker(wholeTracker{offsetrange.NewTracker(rest)})
	}
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement emits the lines of file that start inside the tracker's
// restriction. A line that starts before the restriction and ends in it
// belongs to the restriction before; a line that starts in it and ends past
// it is read whole. The line at offset 0 loses a BOM and, with fn.Header, is
// not emitted. With fn.Multiline the elements are CSV records (recordFrom)
// and the restriction, never split, is the whole file.
func (fn *readFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, file fileio.ReadableFile, emit func(string)) error {
	path := file.Metadata.Path
	i := rt.GetRestriction().(offsetrange.Restriction).Start
	var q *records.QuoteTracker
	if fn.Multiline {
		if i != 0 {
			return fmt.Errorf("pybeam.ReadLines: %s: a restriction of a file read whole starts at byte %d", path, i)
		}
		q = records.NewQuoteTracker(records.Config{Format: records.CSV, Delimiter: fn.Delimiter})
	}
	// A line starts at Start only if the byte before it is an LF; so open
	// the file at that byte and skip to just past the next LF: that is the
	// first line starting at or after Start.
	fd, err := openAt(ctx, file, max(i-1, 0))
	if err != nil {
		return fmt.Errorf("pybeam.ReadLines: %s: %w", path, err)
	}
	defer fd.Close()
	rd := bufio.NewReaderSize(fd, 1<<16)
	if i > 0 {
		n, err := skipLine(rd)
		i = i - 1 + n
		if err == io.EOF {
			// No line starts in the restriction.
			claimRest(rt)
			return nil
		}
		if err != nil {
			return fmt.Errorf("pybeam.ReadLines: %s: %w", path, err)
		}
	}

	for rt.TryClaim(i) {
		line, n, ok, err := readLine(rd, path, i, maxLine)
		if err != nil {
			return err
		}
		if !ok {
			// The end of the file.
			claimRest(rt)
			return nil
		}
		if q != nil {
			if line, n, err = recordFrom(rd, q, path, i, line, n); err != nil {
				return err
			}
		}
		if i > 0 || !fn.Header {
			emit(line)
		}
		i += n
	}
	return nil
}

// claimRest claims the rest of rt's restriction, as textio does when the
// file ends before it, so that the runner sees the restriction done. The
// restriction is read again, since the runner may have split it meanwhile.
func claimRest(rt *sdf.LockRTracker) {
	rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End)
}

// skipTo moves r to byte offset off: by seeking where r can (a local file
// can), else by reading and discarding, as textio always does.
func skipTo(r io.Reader, off int64) error {
	if sk, ok := r.(io.Seeker); ok {
		_, err := sk.Seek(off, io.SeekStart)
		return err
	}
	n, err := io.CopyN(io.Discard, r, off)
	if err == io.EOF {
		return fmt.Errorf("restriction starts at byte %d but the file has only %d bytes", off+1, n)
	}
	return err
}

// skipLine reads up to and including the next LF and returns the number of
// bytes read, without keeping them: a partial line before a restriction may
// be of any length. At the end of the input it returns io.EOF.
func skipLine(rd *bufio.Reader) (int64, error) {
	var n int64
	for {
		chunk, err := rd.ReadSlice('\n')
		n += int64(len(chunk))
		if err != bufio.ErrBufferFull {
			return n, err
		}
	}
}

// readLine reads the line at byte offset off of the file at path and returns
// its text without the LF (a CR before it kept) and without a BOM if off is
// 0, and n, the bytes it took from rd, LF and BOM counted. ok is false if no
// line is there: the end of the file, or only a BOM at offset 0. A line of
// more than limit bytes is an error naming path and off, raised before more
// than limit bytes are held.
func readLine(rd *bufio.Reader, path string, off int64, limit int) (line string, n int64, ok bool, err error) {
	var buf []byte
	for {
		chunk, err := rd.ReadSlice('\n')
		if n == 0 && off == 0 && bytes.HasPrefix(chunk, []byte(bom)) {
			// ReadSlice's first chunk holds the BOM whole whenever there
			// is one: it is at least the buffer's 16 bytes, or ends at an
			// LF or the end of the file.
			chunk = chunk[len(bom):]
			n += int64(len(bom))
		}
		n += int64(len(chunk))
		text := bytes.TrimSuffix(chunk, []byte{'\n'})
		if len(buf)+len(text) > limit {
			return "", n, false, fmt.Errorf("pybeam.ReadLines: %s: the line at byte %d is longer than %d bytes", path, off, limit)
		}
		switch err {
		case nil, io.EOF:
			if err == io.EOF && len(buf)+len(text) == 0 {
				return "", n, false, nil
			}
			if buf == nil {
				return string(text), n, true, nil
			}
			return string(append(buf, text...)), n, true, nil
		case bufio.ErrBufferFull:
			buf = append(buf, chunk...)
		default:
			return "", n, false, fmt.Errorf("pybeam.ReadLines: %s: %w", path, err)
		}
	}
}
