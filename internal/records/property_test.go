package records

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/pyround/pyround/internal/proptest"
)

// blanks are missing values as a table may hold them: empty, or Python
// white space (ASCII and Unicode); those with a line break only quoted.
var blanks = []string{"", " ", "  ", "\t", "\u00a0", "\u3000 ", "\x1c", "\v\f", "\u2028", "\n", "\r\n "}

// table is a random CSV (with delimiter sep) or TSV input, and the output
// Run must give for it, built cell by cell from the same choices rather
// than by parsing: the bytes of every cell that is not rewritten, of
// every separator and line ending, and of a missing value are the input's.
type table struct {
	format      Format
	sep         byte
	cols        []Column
	in, want    string
	rows        int
	rewritten   int
	missing     int
	description string
}

func randTable(rng *rand.Rand, format Format, sep byte) table {
	tb := table{format: format, sep: sep}
	ncols := 1 + rng.IntN(5)
	selected := map[int]bool{}
	for c := range ncols {
		if c == 0 || rng.IntN(2) == 0 {
			selected[c] = true
			tb.cols = append(tb.cols, Column{Index: c + 1})
		}
	}
	rng.Shuffle(len(tb.cols), func(i, j int) { tb.cols[i], tb.cols[j] = tb.cols[j], tb.cols[i] })
	var in, want strings.Builder
	if rng.IntN(8) == 0 {
		in.WriteString(bom)
		want.WriteString(bom)
	}
	csv := format == CSV
	// cell returns a cell's input and output bytes.
	cell := func(sel bool) (string, string) {
		quoted := csv && rng.IntN(4) == 0
		q := func(s string) string {
			if !quoted {
				return s
			}
			return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		if sel {
			switch r := rng.IntN(10); {
			case r < 3: // missing: kept as it is
				b := blanks[rng.IntN(len(blanks))]
				if strings.ContainsAny(b, "\r\n") && !csv || strings.IndexByte(b, sep) >= 0 {
					b = ""
				}
				if strings.ContainsAny(b, "\r\n") {
					quoted = true
				}
				tb.missing++
				return q(b), q(b)
			case r < 4: // a result holding ; and |, quoted when it holds the delimiter
				tb.rewritten++
				out := "1;000|0"
				if quoted || csv && strings.IndexByte(out, sep) >= 0 {
					out = `"` + out + `"`
				}
				return q("semi"), out
			}
			n := rng.IntN(2001) - 1000
			tb.rewritten++
			return q(strconv.Itoa(n)), q(strconv.Itoa(2 * n))
		}
		alphabet := "ab ,;|\"\t\r\n\u00e9"
		var s strings.Builder
		for range rng.IntN(6) {
			s.WriteRune([]rune(alphabet)[rng.IntN(len([]rune(alphabet)))])
		}
		text := s.String()
		if !csv {
			text = strings.Map(func(r rune) rune {
				if r == '\t' || r == '\r' || r == '\n' {
					return 'x'
				}
				return r
			}, text)
		} else if strings.ContainsAny(text, string(sep)+"\"\r\n") {
			quoted = true
		}
		return q(text), q(text)
	}
	nrows := rng.IntN(30)
	for r := range nrows {
		eol := "\n"
		if rng.IntN(3) == 0 {
			eol = "\r\n"
		}
		if r == nrows-1 && rng.IntN(2) == 0 {
			eol = ""
		}
		tb.rows++
		if rng.IntN(15) == 0 { // an empty line: every selected value is missing
			if eol == "" {
				eol = "\n"
			}
			tb.missing += len(tb.cols)
			in.WriteString(eol)
			want.WriteString(eol)
			continue
		}
		start := in.Len()
		for c := range ncols {
			if c > 0 {
				in.WriteByte(sep)
				want.WriteByte(sep)
			}
			i, o := cell(selected[c])
			in.WriteString(i)
			want.WriteString(o)
		}
		if eol == "" && in.Len() == start {
			eol = "\n" // a final row of one empty cell would vanish without its line break
		}
		in.WriteString(eol)
		want.WriteString(eol)
	}
	tb.in, tb.want = in.String(), want.String()
	return tb
}

// TestByteProperty: for random CSV tables (delimiters , ; | and TAB)
// and TSV tables, with quoted and unquoted cells, blank and Unicode-space
// missing values, empty lines, CRLF, a BOM and no final line break, the
// output is the input with exactly the non-missing selected cells
// rewritten, for any number of workers and any chunk size, and the counts
// are right.
func TestByteProperty(t *testing.T) {
	p := proptest.Properties(t, 10000)
	seps := []byte{',', ';', '|', '\t'}
	p.Property("only the non-missing selected cells change", prop.ForAll(
		func(seed uint64, si, jobs, chunk int) bool {
			rng := rand.New(rand.NewPCG(seed, 18))
			format, sep := CSV, seps[si%len(seps)]
			if si == len(seps) {
				format, sep = TSV, '\t'
			}
			tb := randTable(rng, format, sep)
			cfg := Config{Format: format, Columns: tb.cols, Jobs: jobs, ChunkSize: chunk}
			if format == CSV && sep != ',' {
				cfg.Delimiter = sep
			}
			var st Stats
			cfg.Stats = &st
			var out, errs bytes.Buffer
			err := Run(cfg, Transform{NewValue: testValue}, strings.NewReader(tb.in), &out, &errs)
			wantStats := Stats{Rows: tb.rows, Rewritten: tb.rewritten, Missing: tb.missing}
			if err != nil || errs.Len() > 0 || out.String() != tb.want || st != wantStats {
				t.Logf("format %d sep %q columns %v jobs %d chunk %d\nin   %q\nout  %q\nwant %q\nerr %v %q\nstats %+v, want %+v",
					format, sep, tb.cols, jobs, chunk, tb.in, out.String(), tb.want, err, errs.String(), st, wantStats)
				return false
			}
			return true
		},
		gen.UInt64(), gen.IntRange(0, len(seps)), gen.IntRange(1, 4), gen.IntRange(1, 64)))
	p.TestingRun(t)
}
