package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

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

// writeTable writes header and rows as columns aligned with spaces. With
// colour the header is bold and the rows for which highlight is true are
// green; colour wraps whole lines after alignment, so it never shifts a
// column.
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
	return err
}
