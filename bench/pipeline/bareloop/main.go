// Command bareloop is the floor for any line-oriented float tool: it reads
// one float per line from standard input, parses it with strconv.ParseFloat
// and prints it back with strconv.AppendFloat('g', -1), through buffered
// I/O, without rounding anything. bench/pipeline/run.sh times pyround
// against it. It deliberately does not import pyround.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bareloop:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer) error {
	r := bufio.NewReaderSize(in, 64<<10)
	w := bufio.NewWriterSize(out, 64<<10)
	buf := make([]byte, 0, 64)
	for n := 1; ; n++ {
		line, err := r.ReadSlice('\n')
		if len(line) > 0 {
			line = bytes.TrimSuffix(line, []byte("\n"))
			x, perr := strconv.ParseFloat(string(line), 64)
			if perr != nil {
				w.Flush()
				return fmt.Errorf("line %d: %w", n, perr)
			}
			buf = strconv.AppendFloat(buf[:0], x, 'g', -1, 64)
			buf = append(buf, '\n')
			w.Write(buf)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	return w.Flush()
}
