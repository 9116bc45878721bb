// Package oracle runs CPython 3.11 as the reference for pyround's
// differential tests.
//
// An Oracle is a long-lived `python3 -I internal/oracle/oracle.py` process
// spoken to over a line protocol (UTF-8, one request per line, fields
// separated by TAB):
//
//	ping                              -> pong
//	version                           -> 3.11.7
//	eval TAB OP TAB ARG1 ... TAB ARGn -> the text print() shows for the result,
//	                                     or "!Type: message" when Python raises
//	                                     ("!Type" when the message is empty)
//	gen TAB OP TAB SEED TAB COUNT     -> COUNT lines "ARG1 TAB ... TAB ARGn TAB EXPECTED",
//	                                     then a line "."
//
// A malformed request is answered with "!ProtocolError: ..."; a gen request
// that fails is answered with a single "!Type: message" line. Expected texts
// beginning with "!" are Python exceptions; Result formats a pyround
// outcome the same way so the two compare as strings.
//
// Start shares one process per test binary; Golden loads the checked-in
// cases of OWNER/testdata/golden (pyops, pyexpr); Seed and CaseCount read the PYROUND_SEED and
// PYROUND_DIFF_CASES environment variables.
package oracle

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyround/pyround/internal/tsv"
)

// Case is one differential test case: the arguments of an op (for "round":
// AS, TEXT, N, MODE) and the text CPython answers, "!Type: message" when it
// raises.
type Case struct {
	Args []string
	Want string
}

// PythonVersion is the major.minor version of CPython the oracle must be;
// its answers are the specification.
const PythonVersion = "3.11"

// ErrNoPython is returned by New when the python3 interpreter (or the one
// named by PYROUND_PYTHON) is not found.
var ErrNoPython = errors.New("oracle: python3 not found")

// Oracle is a running oracle.py process. Its methods are safe for
// concurrent use; requests are served one call at a time. If the process
// dies (EOF, broken pipe) a call restarts it once and retries.
type Oracle struct {
	python, script string
	version        string

	mu       sync.Mutex
	proc     *process
	restarts int
	closed   bool

	hookBatch func() // test hook: runs after a batch's requests start going out
}

type process struct {
	cmd    *exec.Cmd
	stdin  *os.File
	stdout *bufio.Reader
	rpipe  *os.File
	stderr *tailBuffer
	done   chan struct{} // closed when the process has exited
}

// errDied marks an I/O failure on the process's pipes: it died.
var errDied = errors.New("oracle process died")

var shared struct {
	once sync.Once
	o    *Oracle
	err  error
}

// Start returns the oracle shared by all tests of the test binary,
// starting it on first use; the process ends when the test binary exits
// (oracle.py stops at EOF on stdin).
//
// If python3 is missing, or is not CPython 3.11, Start skips the test with
// a message saying so, unless the environment has CI=true, where it fails
// the test: CI must run the differential tests. Any other start failure
// fails the test.
func Start(tb testing.TB) *Oracle {
	tb.Helper()
	shared.once.Do(func() { shared.o, shared.err = New() })
	if err := shared.err; err != nil {
		var vErr *versionError
		if errors.Is(err, ErrNoPython) || errors.As(err, &vErr) {
			msg := err.Error() + ": differential tests against CPython " + PythonVersion + " are skipped"
			if os.Getenv("CI") == "true" {
				tb.Fatal(msg + " (fatal because CI=true)")
			}
			tb.Skip(msg)
		}
		tb.Fatal(err)
	}
	return shared.o
}

type versionError struct{ got string }

func (e *versionError) Error() string {
	return "oracle: python3 is " + e.got + ", the oracle needs CPython " + PythonVersion
}

// New starts a private oracle process, checks that it answers and that it
// is CPython 3.11, and returns it; Close ends it. The interpreter is
// $PYROUND_PYTHON if set, else python3 from PATH (ErrNoPython if there is
// none). Tests normally use Start instead.
func New() (*Oracle, error) {
	name := os.Getenv("PYROUND_PYTHON")
	if name == "" {
		name = "python3"
	}
	python, err := exec.LookPath(name)
	if err != nil {
		return nil, fmt.Errorf("%w (looked for %q: %v)", ErrNoPython, name, err)
	}
	script := filepath.Join(sourceDir(), "oracle.py")
	if _, err := os.Stat(script); err != nil {
		return nil, fmt.Errorf("oracle: oracle.py not found: %v", err)
	}
	o := &Oracle{python: python, script: script}
	o.mu.Lock()
	defer o.mu.Unlock()
	if err := o.startLocked(); err != nil {
		return nil, err
	}
	if resp, err := o.requestLocked([]string{"ping"}, 1); err != nil || resp[0] != "pong" {
		o.closeLocked()
		return nil, fmt.Errorf("oracle: ping: got %q, %v", resp, err)
	}
	resp, err := o.requestLocked([]string{"version"}, 1)
	if err != nil {
		o.closeLocked()
		return nil, err
	}
	o.version = resp[0]
	if o.version != PythonVersion && !strings.HasPrefix(o.version, PythonVersion+".") {
		o.closeLocked()
		return nil, &versionError{got: o.version}
	}
	return o, nil
}

// Version returns the version of the oracle's Python, e.g. "3.11.7".
func (o *Oracle) Version() string { return o.version }

// Close ends the oracle process. Later calls fail.
func (o *Oracle) Close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.closed = true
	o.closeLocked()
	return nil
}

// Ping checks that the oracle answers.
func (o *Oracle) Ping() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	resp, err := o.requestLocked([]string{"ping"}, 1)
	if err == nil && resp[0] != "pong" {
		err = fmt.Errorf("oracle: ping answered %q", resp[0])
	}
	return err
}

// Eval returns CPython's answer to op with args: the text print() shows,
// or "!Type: message" if Python raises. Python's message for a failed
// float() of a value of more than 200 characters comes in pyround's
// bounded form (see BoundQuote), as every comparison wants it. The error
// is non-nil only when the oracle cannot answer: a malformed request
// (ProtocolError), a TAB or newline inside an argument, or a process that
// died twice.
func (o *Oracle) Eval(op string, args ...string) (string, error) {
	out, err := o.EvalBatch(op, [][]string{args})
	if err != nil {
		return "", err
	}
	return out[0], nil
}

// EvalBatch is Eval for many argument lists, pipelined: all requests are
// written by one goroutine while the answers are read, so batches of any
// size are fast and cannot deadlock. The answers are in the order of args.
func (o *Oracle) EvalBatch(op string, args [][]string) ([]string, error) {
	if len(args) == 0 {
		return nil, nil
	}
	if err := checkField(op); err != nil {
		return nil, err
	}
	reqs := make([]string, len(args))
	var b strings.Builder
	for i, a := range args {
		b.Reset()
		b.WriteString("eval\t")
		b.WriteString(op)
		for _, f := range a {
			if err := checkField(f); err != nil {
				return nil, fmt.Errorf("%v (request %d: %q)", err, i, a)
			}
			b.WriteByte('\t')
			b.WriteString(f)
		}
		reqs[i] = b.String()
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	out, err := o.requestLocked(reqs, len(reqs))
	if err != nil {
		return nil, err
	}
	for i, s := range out {
		if strings.HasPrefix(s, "!ProtocolError:") {
			return nil, fmt.Errorf("oracle: request %d %q: %s", i, args[i], s[1:])
		}
		out[i] = BoundQuote(unescape(s))
	}
	return out, nil
}

// Gen returns n fresh cases for op from the oracle's generator seeded with
// seed (the same seed gives the same cases; the golden files are
// written from the same generator). Each Want is computed by CPython
// (bounded as Eval's answers are).
func (o *Oracle) Gen(op string, seed int64, n int) ([]Case, error) {
	if err := checkField(op); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, fmt.Errorf("oracle: Gen: negative count %d", n)
	}
	req := "gen\t" + op + "\t" + strconv.FormatInt(seed, 10) + "\t" + strconv.Itoa(n)
	o.mu.Lock()
	defer o.mu.Unlock()
	var genErr error
	cases, err := do(o, []string{req}, func(r *bufio.Reader) ([]Case, error) {
		cases := make([]Case, 0, n)
		for {
			line, err := readLine(r)
			if err != nil {
				return nil, err
			}
			if line == "." {
				break
			}
			if len(cases) == 0 && strings.HasPrefix(line, "!") && !strings.Contains(line, "\t") {
				genErr = fmt.Errorf("oracle: gen %s %d %d: %s", op, seed, n, line[1:])
				return nil, nil // nothing follows: the stream is in sync
			}
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				return nil, fmt.Errorf("oracle: gen: malformed case line %q", truncate(line))
			}
			cases = append(cases, Case{Args: f[: len(f)-1 : len(f)-1], Want: BoundQuote(unescape(f[len(f)-1]))})
		}
		if len(cases) != n {
			return nil, fmt.Errorf("oracle: gen: got %d cases, want %d", len(cases), n)
		}
		return cases, nil
	})
	if err == nil {
		err = genErr
	}
	if err != nil {
		return nil, err
	}
	return cases, nil
}

// Result formats the outcome of a pyround call the way the oracle answers:
// text when err is nil, else "!" + err.Error() ("!ValueError: ..." for a
// *pyerr.Error, "!MemoryError" for one with no message, as the oracle
// writes an exception whose message is empty).
func Result(text string, err error) string {
	if err != nil {
		return "!" + err.Error()
	}
	return text
}

func checkField(s string) error {
	if strings.ContainsAny(s, "\t\n") {
		return fmt.Errorf("oracle: argument %q contains a TAB or newline, which the protocol cannot carry", truncate(s))
	}
	return nil
}

// requestLocked sends reqs and reads n one-line answers. o.mu must be held.
func (o *Oracle) requestLocked(reqs []string, n int) ([]string, error) {
	return do(o, reqs, func(r *bufio.Reader) ([]string, error) { return readLines(r, n) })
}

func readLines(r *bufio.Reader, n int) ([]string, error) {
	out := make([]string, n)
	for i := range out {
		line, err := readLine(r)
		if err != nil {
			return nil, err
		}
		out[i] = line
	}
	return out, nil
}

func readLine(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		// EOF or a closed pipe: the process is gone.
		return "", fmt.Errorf("%w (reading: %v)", errDied, err)
	}
	return line[:len(line)-1], nil
}

// do runs one exchange (write reqs, read the answers with read) and, if
// the process died, restarts it and retries once. o.mu must be held.
func do[T any](o *Oracle, reqs []string, read func(*bufio.Reader) (T, error)) (T, error) {
	var zero T
	if o.closed {
		return zero, errors.New("oracle: closed")
	}
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		if o.proc == nil || o.proc.exited() {
			if o.proc != nil {
				o.restarts++
			}
			o.closeLocked()
			if err = o.startLocked(); err != nil {
				return zero, err
			}
		}
		var v T
		v, err = exchange(o.proc, reqs, o.hookBatch, read)
		if err == nil {
			return v, nil
		}
		// The process died or the stream is out of sync: either way it is
		// unusable. Kill it; a retry starts a fresh one.
		o.proc.kill()
		if tail := o.proc.stderr.String(); tail != "" {
			err = fmt.Errorf("%w; python stderr: %s", err, tail)
		}
		if !errors.Is(err, errDied) {
			return zero, err
		}
	}
	return zero, fmt.Errorf("oracle: gave up after a restart: %w", err)
}

// exchange writes reqs from a goroutine while read consumes the answers,
// so that neither side's pipe buffer can fill up and block the other.
func exchange[T any](p *process, reqs []string, hook func(), read func(*bufio.Reader) (T, error)) (T, error) {
	werr := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(p.stdin, 64<<10)
		for _, r := range reqs {
			w.WriteString(r)
			if err := w.WriteByte('\n'); err != nil {
				break
			}
		}
		err := w.Flush()
		if err != nil {
			err = fmt.Errorf("%w (writing: %v)", errDied, err)
		}
		werr <- err
	}()
	if hook != nil {
		hook()
	}
	v, err := read(p.stdout)
	if err != nil {
		p.kill() // unblocks the writer if it is stuck on a full pipe
		<-werr
		return v, err
	}
	if err := <-werr; err != nil {
		return v, err
	}
	return v, nil
}

// startLocked starts a new process. The pipes are plain os.Pipe files so
// that cmd.Wait (run in the background to notice the exit) never closes
// the ends this side reads and writes.
func (o *Oracle) startLocked() error {
	inR, inW, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("oracle: %v", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return fmt.Errorf("oracle: %v", err)
	}
	// -I: isolated mode, so no PYTHON* variable or user site changes the answers.
	cmd := exec.Command(o.python, "-I", o.script)
	cmd.Stdin = inR
	cmd.Stdout = outW
	tail := &tailBuffer{max: 4 << 10}
	cmd.Stderr = tail
	if err := cmd.Start(); err != nil {
		inR.Close()
		inW.Close()
		outR.Close()
		outW.Close()
		return fmt.Errorf("oracle: starting %s %s: %v", o.python, o.script, err)
	}
	inR.Close()
	outW.Close()
	p := &process{cmd: cmd, stdin: inW, rpipe: outR, stdout: bufio.NewReaderSize(outR, 64<<10),
		stderr: tail, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(p.done)
	}()
	o.proc = p
	return nil
}

// closeLocked ends the current process, if any: EOF on its stdin, then a
// kill if it has not exited within a second.
func (o *Oracle) closeLocked() {
	p := o.proc
	if p == nil {
		return
	}
	o.proc = nil
	p.stdin.Close()
	select {
	case <-p.done:
	case <-time.After(time.Second):
		p.kill()
	}
	p.rpipe.Close()
}

func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill kills the process and waits for it to be reaped.
func (p *process) kill() {
	p.cmd.Process.Kill()
	<-p.done
	p.stdin.Close()
}

func truncate(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// tailBuffer keeps the last max bytes written to it (python's stderr).
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append(t.b[:0], t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.TrimSpace(string(t.b))
}

// sourceDir is the directory of this file (internal/oracle), found through
// runtime.Caller so that tests of any package locate oracle.py; if the
// binary was built with -trimpath, it is found from the repository root.
func sourceDir() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		if _, err := os.Stat(file); err == nil {
			return filepath.Dir(file)
		}
	}
	return filepath.Join(RepoRoot(), "internal", "oracle")
}

// unescape reverses oracle.py's _clean on an answer field: \\ is a
// backslash, \t a TAB and \n a newline (the golden files' escapes too).
func unescape(s string) string { return tsv.Unescape(s) }
