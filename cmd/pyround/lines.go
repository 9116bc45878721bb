package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyops"
)

// valueFunc appends the output for one input value to dst.
type valueFunc func(dst, value []byte) ([]byte, error)

// Append is f, as an operation's Append method.
func (f valueFunc) Append(dst, value []byte) ([]byte, error) { return f(dst, value) }

// lineRunner feeds values to a valueFunc and writes one output line per
// value: from the command's arguments when there are any, else from the
// input one value per line.
type lineRunner struct {
	in        io.Reader
	out       io.Writer
	errOut    io.Writer
	keepGoing bool
	rec       *recordFlags // the data-pipeline flags (records.go), nil for other commands
	progress  *progressEnv // nil: the real terminal and file checks
}

// run processes the values given as arguments, or, with none, each line
// of the input through the record layer (one goroutine: the order of the
// messages is the order of the lines either way). It returns nil, or
// exitError{1} when a value failed; without keepGoing it stops at the first
// failure, after the lines before it. A failed argument is reported as
// "argument N" (1-based, counting the values after the flags).
func (r *lineRunner) run(args []string, fn valueFunc) error {
	if len(args) == 0 {
		cfg := records.Config{Format: records.Lines, KeepGoing: r.keepGoing, Jobs: 1}
		return r.stream(cfg, records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) { return fn }})
	}
	return r.runArgs(args, fn, func(i int) string { return fmt.Sprintf("argument %d: ", i+1) })
}

// runArgs runs fn on each argument; label(i) prefixes the message of a
// failed argument i.
func (r *lineRunner) runArgs(args []string, fn valueFunc, label func(i int) string) error {
	w := bufio.NewWriterSize(r.out, 64<<10)
	failed := false
	buf := make([]byte, 0, 256)
	for i, a := range args {
		var err error
		if buf, err = fn(buf[:0], []byte(a)); err != nil {
			failed = true
			w.Flush()
			fmt.Fprintf(r.errOut, "pyround: %s%s\n", label(i), err)
			if !r.keepGoing {
				break
			}
			buf = buf[:0]
		}
		w.Write(append(buf, '\n'))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(r.errOut, "pyround: writing output: %v\n", err)
		return exitError{1}
	}
	if failed {
		return exitError{1}
	}
	return nil
}

// pairFunc appends the output for one pair of operands to dst.
type pairFunc func(dst, a, b []byte) ([]byte, error)

// runPairs runs a two-operand command on A and B given as arguments (lines
// of two operands from standard input go through the record layer, with
// pairLine). The one computation's error has no position label, as with
// change's one AMOUNT.
func (r *lineRunner) runPairs(args []string, fn pairFunc) error {
	if len(args) == 2 {
		a, b := []byte(args[0]), []byte(args[1])
		return r.runArgs([]string{""}, func(dst, _ []byte) ([]byte, error) { return fn(dst, a, b) }, func(int) string { return "" })
	}
	return fmt.Errorf("want two values A B, or none to read lines of two values from standard input; got %d", len(args))
}

// pairLine reads a line as Python's `a, b = line.split()` does (with its
// errors for other counts) and applies fn.
func pairLine(fn pairFunc) valueFunc {
	var p pyops.Pair
	return func(dst, line []byte) ([]byte, error) {
		a, b, err := p.Split(line)
		if err != nil {
			return dst, err
		}
		return fn(dst, a, b)
	}
}
