package main

// The one place the result commands (age, pages, change, split, explain,
// modes, bias) print their output: aligned tables, JSON, and the
// "pyround: Type: message" report of a bad value. A command builds its
// rows or its value and hands them here, so every command aligns, colours,
// encodes and reports the same way.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/pyround/pyround/pyerr"
	"github.com/spf13/cobra"
)

// valueError reports a bad value: "pyround: Type: message" on standard
// error, exit status 1.
func valueError(cmd *cobra.Command, err error) error {
	fmt.Fprintln(cmd.ErrOrStderr(), "pyround: "+err.Error())
	return exitError{1}
}

// argumentError reports the error of the value given as argument i
// (0-based) as valueError does, naming it "argument N" (1-based).
func argumentError(cmd *cobra.Command, i int, err error) error {
	fmt.Fprintf(cmd.ErrOrStderr(), "pyround: argument %d: %v\n", i+1, err)
	return exitError{1}
}

// valueOrUsageError reports err as a bad value when it is a Python
// exception (*pyerr.Error, exit status 1); anything else is returned as a
// usage error (exit status 2).
func valueOrUsageError(cmd *cobra.Command, err error) error {
	if _, ok := err.(*pyerr.Error); ok {
		return valueError(cmd, err)
	}
	return err
}

// writeJSON writes v as JSON and a newline: indented by two spaces, or
// compact on one line. Either way <, > and & are escaped as \u003c ...,
// as encoding/json does by default.
func writeJSON(w io.Writer, v any, indent bool) error {
	var b []byte
	var err error
	if indent {
		b, err = json.MarshalIndent(v, "", "  ")
	} else {
		b, err = json.Marshal(v)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return writeErr(err)
}

// writeBytes writes b, JSON a workbench function built, as writeJSON
// writes its own.
func writeBytes(w io.Writer, b []byte) error {
	_, err := w.Write(b)
	return writeErr(err)
}

func writeErr(err error) error {
	if err != nil {
		return fmt.Errorf("writing output: %v", err)
	}
	return nil
}

// kvField is one row of a command's result: a label for the aligned
// human table and the value (string or integer) for both outputs.
type kvField struct {
	label string
	key   string // JSON key
	value any
}

// kvObject is a list of fields read as one JSON object, keys in order.
type kvObject []kvField

func (o kvObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(f.key)
		v, err := json.Marshal(f.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// writeKVFields prints fields as an aligned two-column table (label,
// value), or with asJSON as one compact JSON object (keys in order,
// integers as numbers).
func writeKVFields(w io.Writer, fields []kvField, asJSON bool) error {
	if asJSON {
		return writeJSON(w, kvObject(fields), false)
	}
	width := 0
	for _, f := range fields {
		width = max(width, len(f.label))
	}
	var b strings.Builder
	for _, f := range fields {
		fmt.Fprintf(&b, "%-*s  %v\n", width, f.label, f.value)
	}
	_, err := io.WriteString(w, b.String())
	return writeErr(err)
}

// colourFor reports whether tables written to w get ANSI colour: only when
// w is a terminal, NO_COLOR is unset or empty, and TERM is not "dumb".
func colourFor(w io.Writer) bool {
	return isTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

const (
	ansiBold  = "\x1b[1m"
	ansiGreen = "\x1b[32m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// bold returns s in bold when colour is on.
func bold(s string, colour bool) string {
	if colour {
		return ansiBold + s + ansiReset
	}
	return s
}

// writeTable writes header and rows as left-aligned columns two spaces
// apart, with no trailing spaces. With colour the header is bold and the
// rows for which highlight is true are green; colour wraps whole lines
// after alignment, so it never shifts a column.
func writeTable(w io.Writer, header []string, rows [][]string, highlight func(int) bool, colour bool) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	io.WriteString(tw, strings.Join(header, "\t")+"\n")
	for _, r := range rows {
		io.WriteString(tw, strings.Join(r, "\t")+"\n")
	}
	tw.Flush()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	var out strings.Builder
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		switch {
		case colour && i == 0:
			l = ansiBold + l + ansiReset
		case colour && highlight != nil && highlight(i-1):
			l = ansiGreen + l + ansiReset
		}
		out.WriteString(l + "\n")
	}
	_, err := io.WriteString(w, out.String())
	return writeErr(err)
}

// writeNumberTable writes rows (the first one the header) as
// right-aligned columns two spaces apart, for columns of amounts whose
// points and last digits line up. An empty cell is left blank.
func writeNumberTable(w io.Writer, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, r := range rows {
		io.WriteString(tw, strings.Join(r, "\t")+"\t\n")
	}
	return writeErr(tw.Flush())
}
