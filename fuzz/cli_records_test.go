package fuzz

import (
	"bytes"
	"errors"
	"testing"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyfmt"
	"github.com/pyround/pyround/pyparse"
	"github.com/pyround/pyround/rounding"
)

// recordValue is a command's value function for the record layer: round
// to 2 places as Python does, a failure for some texts, and results that
// need CSV quoting or are not JSON numbers for others.
func recordValue(lines bool) func() func(dst, v []byte) ([]byte, error) {
	return func() func(dst, v []byte) ([]byte, error) { return valueFunc(lines) }
}

func valueFunc(lines bool) func(dst, v []byte) ([]byte, error) {
	return func(dst, v []byte) ([]byte, error) {
		if x, err := pyparse.Float(v); err == nil {
			return pyfmt.AppendRepr(dst, rounding.Round(x, 2)), nil
		}
		switch len(v) % 3 {
		case 0:
			dst = append(dst, "junk"...) // discarded on error
			return dst, errors.New("ValueError: bad value")
		case 1:
			if lines { // a line break would make two lines
				return append(dst, "a,\"b\""...), nil
			}
			return append(append(dst, "a,\"b\"\r\n"...), v...), nil
		}
		return append(dst, v...), nil
	}
}

// FuzzRecords runs any bytes as lines, CSV, TSV or JSON Lines through the
// record layer: no panic; with --keep-going exactly one output row per
// input row; and the same output, messages and result for 1 and 3 workers
// and any chunk size.
func FuzzRecords(f *testing.F) {
	for _, s := range []string{
		"1.5\n2.675\r\nabc\n", "a,b\n1,\"2,5\"\r\n\"x\ny\",3\n4", "\"unterminated,1\n2,3", "\xef\xbb\xbf1,2\n\n3\n",
		"1\t2\n3\t\"4\n", "{\"a\": 1.234}\n{\"a\":\"x\"}\n{bad\n{\"b\":1}\r\n", "{\"a\":[1,{\"a\":2}],\"a\":\"\\u00e9\"}",
		"\"a\"\"b\"c,1\n", "x\"y,2.5\r\n", "\xff,\xfe\n",
	} {
		for format := range uint8(4) {
			f.Add([]byte(s), format, uint8(0), true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, format, sel uint8, keepGoing bool) {
		cfg := records.Config{Format: records.Format(format % 4), KeepGoing: keepGoing}
		switch cfg.Format {
		case records.CSV, records.TSV:
			cfg.Columns = []records.Column{{Index: 1 + int(sel%3)}}
			if sel&4 != 0 {
				cfg.Columns = append(cfg.Columns, records.Column{Index: 1})
			}
		case records.JSONL:
			cfg.Columns = []records.Column{{Name: "a"}}
		}
		tr := records.Transform{NewValue: recordValue(cfg.Format == records.Lines)}
		var ref [2]string
		var refErr error
		for i, run := range []struct{ jobs, chunk int }{{1, 0}, {3, 1}, {3, 5}, {2, 64}} {
			cfg.Jobs, cfg.ChunkSize = run.jobs, run.chunk
			var out, errOut bytes.Buffer
			err := records.Run(cfg, tr, bytes.NewReader(data), &out, &errOut)
			if err != nil && err != records.ErrFailed {
				t.Fatalf("Run(%+v) = %v", cfg, err)
			}
			got := [2]string{out.String(), errOut.String()}
			if i == 0 {
				ref, refErr = got, err
				if keepGoing {
					in, o := records.Count(cfg.Format, 0, data), records.Count(cfg.Format, 0, out.Bytes())
					if in == o+1 && !bytes.HasSuffix(data, []byte("\n")) {
						// The last row, without a line break, may have become
						// empty: count it by giving it a byte.
						o = records.Count(cfg.Format, 0, append(out.Bytes(), 'x'))
					}
					if in != o {
						t.Fatalf("format %d: %d input rows, %d output rows\nin  %q\nout %q", cfg.Format, in, o, data, out.Bytes())
					}
				}
				continue
			}
			if got != ref || err != refErr {
				t.Fatalf("jobs %d chunk %d differs from jobs 1:\n got %q %q %v\nwant %q %q %v", run.jobs, run.chunk, got[0], got[1], err, ref[0], ref[1], refErr)
			}
		}
	})
}
