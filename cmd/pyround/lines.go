package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyops"
)

// valueFunc appends the output for one input value to dst.
type valueFunc func(dst, value []byte) ([]byte, error)

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

// run processes every value and returns nil, or exitError{1} when a value
// failed. Without keepGoing it stops at the first failure, after flushing
// the lines before it.
func (r *lineRunner) run(args []string, fn valueFunc) error {
	w := bufio.NewWriterSize(r.out, 64<<10)
	failed := false
	buf := make([]byte, 0, 256)
	line := 0
	handle := func(v []byte, err error) bool {
		line++
		if err == nil {
			buf, err = fn(buf[:0], v)
		}
		if err != nil {
			failed = true
			w.Flush()
			fmt.Fprintf(r.errOut, "pyround: line %d: %s\n", line, err)
			if !r.keepGoing {
				return false
			}
			buf = buf[:0]
		}
		buf = append(buf, '\n')
		w.Write(buf)
		return true
	}
	// handleErr counts a line that failed before it could be read.
	handleErr := func(err error) bool {
		return handle(nil, err)
	}
	if len(args) > 0 {
		for _, a := range args {
			if !handle([]byte(a), nil) {
				break
			}
		}
	} else {
		br := bufio.NewReaderSize(r.in, 64<<10)
		var long []byte  // a line longer than the reader's buffer
		tooLong := false // the current line passed records.MaxRecord: skip it
		for {
			chunk, err := br.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				if !tooLong {
					long = append(long, chunk...)
					if len(long) > records.MaxRecord {
						tooLong, long = true, nil
					}
				}
				continue
			}
			if tooLong {
				// The same rule as the record layer's: one failed line,
				// its bytes dropped as they arrived.
				tooLong, chunk = false, nil
				if !handleErr(errors.New(records.ErrRecordTooLong)) {
					break
				}
			}
			if long != nil {
				chunk = append(long, chunk...)
				long = nil
			}
			if len(chunk) > 0 {
				// A line ends at '\n'; a '\r' before it is part of the line
				// ending, as Python's universal newlines read it.
				v := bytes.TrimSuffix(chunk, []byte("\n"))
				v = bytes.TrimSuffix(v, []byte("\r"))
				if !handle(v, nil) {
					break
				}
			}
			if err != nil {
				if err != io.EOF {
					w.Flush()
					fmt.Fprintf(r.errOut, "pyround: reading input: %v\n", err)
					return exitError{1}
				}
				break
			}
		}
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

// runPairs runs a two-operand command: A and B from the arguments, or,
// with no arguments, each input line split on white space as Python's
// `a, b = line.split()` does (with its errors for other counts).
func (r *lineRunner) runPairs(args []string, fn pairFunc) error {
	switch len(args) {
	case 2:
		a, b := []byte(args[0]), []byte(args[1])
		return r.run([]string{""}, func(dst, _ []byte) ([]byte, error) { return fn(dst, a, b) })
	case 0:
		return r.run(nil, pairLine(fn))
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
