package browser

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"time"
)

// pyroundBin is the CLI built by TestMain, and serverURL the address of
// the `pyround serve` it runs for every test: the tests drive the page
// exactly as a user gets it, embedded in the binary and served with its
// headers, limits and JSON API.
var pyroundBin, serverURL string

var servingLine = regexp.MustCompile(`^pyround: serving the workbench at (http://127\.0\.0\.1:[0-9]+)/$`)

// startServe runs `pyround serve --addr 127.0.0.1:0`, waits for its one
// line on standard error and returns its URL and a stop function that
// interrupts it (Ctrl-C) and waits for it to exit.
func startServe() (url string, stop func() error, err error) {
	cmd := exec.Command(pyroundBin, "serve", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		if sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		io.Copy(os.Stderr, stderr) // a recovered panic's stack, if any
	}()
	select {
	case line := <-lines:
		m := servingLine.FindStringSubmatch(line)
		if m == nil {
			cmd.Process.Kill()
			cmd.Wait()
			return "", nil, fmt.Errorf("pyround serve said %q", line)
		}
		stop := func() error {
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				return err
			}
			return cmd.Wait()
		}
		return m[1], stop, nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return "", nil, fmt.Errorf("pyround serve printed nothing in 30 s")
	}
}

// runCLI runs the pyround CLI built by TestMain and returns its standard
// output, or its standard error as the error.
func runCLI(stdin string, args ...string) ([]byte, error) {
	cmd := exec.Command(pyroundBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, errors.New(strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}
