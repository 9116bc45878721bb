package fuzz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

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
// record layer, missing values passed through or (Strict) not: no panic;
// with --keep-going exactly one output row per input row; and the same
// output, messages and result for 1 and 3 workers and any chunk size.
func FuzzRecords(f *testing.F) {
	for _, s := range []string{
		"1.5\n2.675\r\nabc\n", "a,b\n1,\"2,5\"\r\n\"x\ny\",3\n4", "\"unterminated,1\n2,3", "\xef\xbb\xbf1,2\n\n3\n",
		"1\t2\n3\t\"4\n", "{\"a\": 1.234}\n{\"a\":\"x\"}\n{bad\n{\"b\":1}\r\n", "{\"a\":[1,{\"a\":2}],\"a\":\"\\u00e9\"}",
		"\"a\"\"b\"c,1\n", "x\"y,2.5\r\n", "\xff,\xfe\n",
		"\xef\xbb\xbf\"a\r\nb\",1\r\n", // a BOM before a quoted line break (found by records.TestByteProperty)
		" ,\u00a0\n\n{\"a\": null}\n{\"a\": \" \"}\n",
	} {
		for format := range uint8(4) {
			f.Add([]byte(s), format, uint8(0), true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, format, sel uint8, keepGoing bool) {
		cfg := records.Config{Format: records.Format(format % 4), KeepGoing: keepGoing, Strict: sel&8 != 0}
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

// pySpace reports whether r is white space for Python's str.isspace()
// (the 29 code points of CPython 3.11), written out here apart from
// pyops.Blank so that the targets below check it.
func pySpace(r rune) bool {
	switch {
	case r >= '\t' && r <= '\r', r >= 0x1c && r <= ' ', r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func pyBlank(s string) bool { return strings.TrimFunc(s, pySpace) == "" }

// jsonRef is what a JSONL field addresses in a line, found by
// encoding/json (which keeps the last of repeated keys, as json.loads):
// the value, and whether it is there.
func jsonRef(doc any, field string) (any, bool) {
	top, _ := doc.(map[string]any)
	var segs []string
	if strings.HasPrefix(field, "/") {
		for _, tok := range strings.Split(field[1:], "/") {
			segs = append(segs, strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~"))
		}
	} else {
		if v, ok := top[field]; ok { // a dotted name is first a top-level name
			return v, true
		}
		segs = strings.Split(field, ".")
	}
	var v any = top
	for _, s := range segs {
		switch c := v.(type) {
		case map[string]any:
			x, ok := c[s]
			if !ok {
				return nil, false
			}
			v = x
		case []any:
			i, err := strconv.Atoi(s)
			if err != nil || i < 0 || strconv.Itoa(i) != s || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// jsonQuote is the JSON string the record layer writes for text: " and \
// escaped, \n \r \t, other control bytes as \u00XX, the rest as it is.
func jsonQuote(text string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// FuzzJSONPath reads one JSON line through the record layer with a
// --field (dotted path or JSON Pointer) and checks it against
// encoding/json: the line is invalid for both or neither; the function is
// called once with the value's text exactly when the field addresses a
// number or a non-blank string; null, a blank string and an absent value
// leave the line as it was (with Strict, null and absence are errors);
// and the output is the input with one span, a valid JSON encoding of the
// addressed value, replaced by the result: every other byte is kept.
func FuzzJSONPath(f *testing.F) {
	for _, s := range []struct{ line, field string }{
		{`{"a": {"b": 1.5}, "c": [1, "2"]}`, "a.b"}, {`{"a": {"b": 1.5}}`, "/a/b"}, {`{"a.b": 2, "a": {"b": 3}}`, "a.b"},
		{`{"c": [1, "2", {"d": "x"}]}`, "c.2.d"}, {`{"c": [1, "2"]}`, "/c/1"}, {`{"c": [1]}`, "c.01"}, {`{"~/": {"": null}}`, "/~0~1/"},
		{`{"a": {"b": 1}, "a": {"c": 2}}`, "a.b"}, {`{"a": "  "}`, "a"}, {`{"a": "\u00a0"}`, "a"}, {`{"\u0061": {"b\"": [true]}}`, "/a/b\""},
		{`{"a": [[], {}], "b": }`, "a.0"}, {` {"a":-0.0e+1} `, "a"}, {`{"a": "\ud800"}`, "a"},
	} {
		f.Add([]byte(s.line), s.field, false)
	}
	f.Fuzz(func(t *testing.T, line []byte, field string, strict bool) {
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if len(line) == 0 || records.CheckField(field) != nil {
			return // no record; a field the CLI refuses
		}
		calls, got := 0, ""
		tr := records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) {
			return func(dst, v []byte) ([]byte, error) {
				calls++
				got = string(v)
				return append(append(append(dst, '<'), v...), '>'), nil
			}
		}}
		cfg := records.Config{Format: records.JSONL, Columns: []records.Column{{Name: field}}, Strict: strict, Jobs: 1}
		var out, errOut bytes.Buffer
		err := records.Run(cfg, tr, bytes.NewReader(line), &out, &errOut)
		if err != nil && err != records.ErrFailed {
			t.Fatalf("Run: %v", err)
		}
		msg := errOut.String()
		if !utf8.Valid(line) || bytes.Count(line, []byte("["))+bytes.Count(line, []byte("{")) > 1000 || bytes.HasPrefix(line, []byte("\xef\xbb\xbf")) {
			return // encoding/json reads invalid UTF-8 otherwise; a BOM is kept apart
		}
		trimmed := bytes.TrimLeft(line, " \t\r")
		isObject := len(trimmed) > 0 && trimmed[0] == '{'
		valid := json.Valid(line) && isObject
		if strings.Contains(msg, "invalid JSON") == valid {
			t.Fatalf("%q: encoding/json valid %v, record layer %q", line, valid, msg)
		}
		if !valid {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		v, found := jsonRef(doc, field)
		var text string
		switch x := v.(type) {
		case json.Number:
			text = string(x)
		case string:
			text = x
		}
		label := "pyround: row 1, field " + field + ": "
		switch x := v.(type) {
		case nil:
			switch {
			case strict && !found:
				if msg != label+"missing\n" {
					t.Fatalf("%q %q: absent, strict: %q", line, field, msg)
				}
			case strict:
				if msg != label+"got null, want a number or a string\n" {
					t.Fatalf("%q %q: null, strict: %q", line, field, msg)
				}
			case msg != "" || calls != 0 || out.String() != string(line):
				t.Fatalf("%q %q: missing, yet %d calls, %q, %q", line, field, calls, msg, out.String())
			}
			return
		case map[string]any, []any, bool:
			if calls != 0 || !strings.HasPrefix(msg, label+"got ") {
				t.Fatalf("%q %q: %T, yet %d calls, %q", line, field, x, calls, msg)
			}
			return
		case string:
			if !strict && pyBlank(x) {
				if msg != "" || calls != 0 || out.String() != string(line) {
					t.Fatalf("%q %q: blank, yet %d calls, %q, %q", line, field, calls, msg, out.String())
				}
				return
			}
		}
		if calls != 1 || got != text || msg != "" {
			t.Fatalf("%q %q: want one call with %q, got %d with %q, %q", line, field, text, calls, got, msg)
		}
		// out is line with one span, the old value, replaced by newText.
		newText, o := jsonQuote("<"+text+">"), out.String()
		in := string(line)
		for i := 0; i <= len(in) && i <= len(o) && (i == 0 || in[i-1] == o[i-1]); i++ {
			if !strings.HasPrefix(o[i:], newText) {
				continue
			}
			k := len(o) - i - len(newText)
			if k < 0 || k > len(in)-i || in[len(in)-k:] != o[len(o)-k:] {
				continue
			}
			dec := json.NewDecoder(strings.NewReader(in[i : len(in)-k]))
			dec.UseNumber()
			var old any
			if dec.Decode(&old) == nil && !dec.More() && reflect.DeepEqual(old, v) {
				return
			}
		}
		t.Fatalf("%q %q: the output %q is not the line with the value replaced by %s", line, field, o, newText)
	})
}

// swapBytes returns b with the bytes x and y exchanged.
func swapBytes(b []byte, x, y byte) []byte {
	s := make([]byte, len(b))
	for i, c := range b {
		switch c {
		case x:
			c = y
		case y:
			c = x
		}
		s[i] = c
	}
	return s
}

// FuzzCSVDelimiter checks CSV with any delimiter d against CSV with commas
// (which the Python oracle tests check): exchanging the bytes d and ',' in
// the input, and in what the function returns, exchanges them in the
// output and changes neither the messages nor the counts, for any number
// of workers and chunk size (with Strict for a white-space d, whose cells
// of delimiters are blank where commas are not). A delimiter ParseDelimiter refuses is a
// usage error of Run too.
func FuzzCSVDelimiter(f *testing.F) {
	for _, s := range []string{
		"a;b\n1,5;\"2;3\"\r\n\"x\ny\";4\n;\n", "1|2|3\n\"|\"|\"\"\"\"|x\n\n", "\xef\xbb\xbf\"a;\nb\";1\n", "1\t\"2\t3\"\n", "\"open;1\n2;3",
		"x\"y;1\n ; \n", "1;\xff\n",
	} {
		for _, d := range []byte(";|\t ,:\x01\"5") {
			f.Add([]byte(s), d, uint8(0), true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, d byte, sel uint8, keepGoing bool) {
		cfg := records.Config{Format: records.CSV, Delimiter: d, KeepGoing: keepGoing, Strict: sel&8 != 0, Columns: []records.Column{{Index: 1 + int(sel%3)}}}
		if sel&4 != 0 {
			cfg.Columns = append(cfg.Columns, records.Column{Index: 1})
		}
		value := func(sep byte) func() func(dst, v []byte) ([]byte, error) {
			return func() func(dst, v []byte) ([]byte, error) {
				return func(dst, v []byte) ([]byte, error) {
					if len(v)%4 == 3 {
						return dst, errors.New("ValueError: bad value")
					}
					return append(append(append(dst, v...), sep), "x\""...), nil // needs quoting
				}
			}
		}
		if _, err := records.ParseDelimiter(string(d)); err != nil {
			if d == 0 {
				return // Config's 0 is the default delimiter, ','
			}
			var ue *records.UsageError
			if err := records.Run(cfg, records.Transform{NewValue: value(d)}, bytes.NewReader(data), io.Discard, io.Discard); !errors.As(err, &ue) {
				t.Fatalf("delimiter %q: ParseDelimiter refuses it, Run says %v", d, err)
			}
			return
		}
		type result struct {
			out, msgs string
			err       error
			stats     records.Stats
		}
		runOnce := func(cfg records.Config, in []byte, sep byte, jobs, chunk int) result {
			var st records.Stats
			cfg.Jobs, cfg.ChunkSize, cfg.Stats = jobs, chunk, &st
			var out, errOut bytes.Buffer
			err := records.Run(cfg, records.Transform{NewValue: value(sep)}, bytes.NewReader(in), &out, &errOut)
			if err != nil && err != records.ErrFailed {
				t.Fatalf("Run(%+v) = %v", cfg, err)
			}
			return result{out.String(), errOut.String(), err, st}
		}
		ref := runOnce(cfg, data, d, 1, 0)
		// A white-space delimiter (TAB, space, \v, \f, \x1c-\x1f) makes a
		// cell of delimiters blank, which one of commas is not: compare
		// such runs with missing values off.
		swapped, swappedRef := cfg, ref
		if pySpace(rune(d)) && !cfg.Strict {
			swapped.Strict = true
			swappedRef = runOnce(swapped, data, d, 1, 0)
		}
		comma := swapped
		comma.Delimiter = ','
		for i, run := range []struct{ jobs, chunk int }{{1, 0}, {3, 1}, {2, 7}} {
			if i > 0 {
				if got := runOnce(cfg, data, d, run.jobs, run.chunk); got != ref {
					t.Fatalf("jobs %d chunk %d differs from jobs 1:\n got %+v\nwant %+v", run.jobs, run.chunk, got, ref)
				}
			}
			got := runOnce(comma, swapBytes(data, d, ','), ',', run.jobs, run.chunk)
			want := swappedRef
			want.out = string(swapBytes([]byte(swappedRef.out), d, ','))
			if got != want {
				t.Fatalf("delimiter %q against ',' (jobs %d chunk %d):\n in %q\ngot %+v\nwant %+v", d, run.jobs, run.chunk, data, got, want)
			}
		}
		if keepGoing {
			in, o := records.Count(records.CSV, d, data), records.Count(records.CSV, d, []byte(ref.out))
			if in == o+1 && !bytes.HasSuffix(data, []byte("\n")) {
				o = records.Count(records.CSV, d, append([]byte(ref.out), 'x'))
			}
			if in != o {
				t.Fatalf("delimiter %q: %d input rows, %d output rows\nin  %q\nout %q", d, in, o, data, ref.out)
			}
		}
	})
}
