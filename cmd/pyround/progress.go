package main

import (
	"io"
	"os"
	"strconv"
	"time"

	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress returns a progress line counting the bytes read, drawn on
// the runner's standard error, or nil: only when standard error is a
// terminal and standard input a regular file of known size, and not with
// --quiet.
func (r *lineRunner) newProgress() *progressLine {
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
	now := env.now
	if now == nil {
		now = time.Now
	}
	return &progressLine{w: r.errOut, total: size, now: now, start: now()}
}

// progressLine draws one line on a terminal, redrawn in place at most
// every progressEvery:
//
//	pyround  45% [#############                ] 45.0 MB of 100.0 MB  12.3 MB/s  elapsed 3s  left 4s
//
// The rate and the time left appear only once a rate has been measured
// (progressWarmup after the start, with bytes read); before that the line
// shows the bytes alone, not a rate of bytes over a few microseconds.
// Every field is labelled or carries its unit. It is used from the one
// goroutine that reads the input.
type progressLine struct {
	w       io.Writer
	total   int64
	done    int64
	now     func() time.Time
	start   time.Time
	drawn   time.Time // when the line was last drawn; zero before the first
	buf     []byte
	cleared bool
}

const (
	progressEvery  = 100 * time.Millisecond
	progressWarmup = 500 * time.Millisecond
	progressWidth  = 30
)

// Add counts n more bytes read and redraws the line when it is due.
func (p *progressLine) Add(n int) {
	p.done += int64(n)
	t := p.now()
	if !p.drawn.IsZero() && t.Sub(p.drawn) < progressEvery && p.done < p.total {
		return
	}
	p.drawn = t
	p.draw(t)
}

// Finish and Clear erase the line (the output, or an error message, takes
// its place).
func (p *progressLine) Finish() { p.Clear() }

// Clear erases the line if it was drawn.
func (p *progressLine) Clear() {
	if p.drawn.IsZero() || p.cleared {
		return
	}
	p.cleared = true
	io.WriteString(p.w, "\r\x1b[K")
}

func (p *progressLine) draw(t time.Time) {
	b := append(p.buf[:0], "\r\x1b[Kpyround "...)
	pct := int64(100)
	if p.total > 0 {
		pct = min(100, p.done*100/p.total)
	}
	b = appendPadded(b, strconv.FormatInt(pct, 10)+"%", 4)
	b = append(b, " ["...)
	fill := int(pct) * progressWidth / 100
	for i := range progressWidth {
		if i < fill {
			b = append(b, '#')
		} else {
			b = append(b, ' ')
		}
	}
	b = append(b, "] "...)
	b = appendBytes(b, float64(p.done))
	b = append(b, " of "...)
	b = appendBytes(b, float64(p.total))
	elapsed := t.Sub(p.start)
	if elapsed >= progressWarmup && p.done > 0 {
		rate := float64(p.done) / elapsed.Seconds()
		b = append(b, "  "...)
		b = appendBytes(b, rate)
		b = append(b, "/s  elapsed "...)
		b = append(b, elapsed.Round(time.Second).String()...)
		if p.done < p.total {
			left := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
			b = append(b, "  left "...)
			b = append(b, left.Round(time.Second).String()...)
		}
	}
	p.buf = b
	p.w.Write(b)
}

// appendPadded right-aligns s in width columns.
func appendPadded(b []byte, s string, width int) []byte {
	for i := len(s); i < width; i++ {
		b = append(b, ' ')
	}
	return append(b, s...)
}

// appendBytes writes a byte count with one decimal and an SI unit (B, kB,
// MB, GB, TB), as disk and network tools show sizes.
func appendBytes(b []byte, n float64) []byte {
	units := []string{"B", "kB", "MB", "GB", "TB"}
	u := 0
	for n >= 1000 && u < len(units)-1 {
		n /= 1000
		u++
	}
	if u == 0 {
		b = strconv.AppendInt(b, int64(n), 10)
	} else {
		b = strconv.AppendFloat(b, n, 'f', 1, 64)
	}
	b = append(b, ' ')
	return append(b, units[u]...)
}
