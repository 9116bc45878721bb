package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress returns a progress bar counting the bytes read, drawn on the
// runner's standard error, or nil: only when standard error is a terminal
// and standard input a regular file of known size, and not with --quiet.
func (r *lineRunner) newProgress() *progressbar.ProgressBar {
	env := r.progress
	if env == nil {
		env = &defaultProgressEnv
	}
	if r.rec == nil || r.rec.quiet || !env.isTerminal(r.errOut) {
		return nil
	}
	size, ok := env.inputSize(r.in)
	if !ok {
		return nil
	}
	return progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(r.errOut),
		progressbar.OptionSetDescription("pyround"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
}
