package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgressLine draws the line with a fake clock: no rate in the first
// frame (none has been measured), then a labelled rate, elapsed and left.
func TestProgressLine(t *testing.T) {
	var out bytes.Buffer
	clock := time.Unix(1000, 0)
	p := &progressLine{w: &out, total: 100_000_000, now: func() time.Time { return clock }, start: clock}
	frame := func() string {
		s := out.String()
		out.Reset()
		return strings.TrimPrefix(s, "\r\x1b[K")
	}

	p.Add(4096) // first frame, a few microseconds in
	if got, want := frame(), "pyround   0% [                              ] 4.1 kB of 100.0 MB"; got != want {
		t.Errorf("first frame %q, want %q", got, want)
	}
	clock = clock.Add(50 * time.Millisecond)
	p.Add(1000)
	if got := frame(); got != "" {
		t.Errorf("redrawn after 50ms: %q", got)
	}
	clock = clock.Add(2 * time.Second)
	p.Add(25_000_000 - 5096)
	if got, want := frame(), "pyround  25% [#######                       ] 25.0 MB of 100.0 MB  12.2 MB/s  elapsed 2s  left 6s"; got != want {
		t.Errorf("frame at 2.05s %q, want %q", got, want)
	}
	clock = clock.Add(10 * time.Millisecond)
	p.Add(75_000_000) // the end is always drawn
	if got, want := frame(), "pyround 100% [##############################] 100.0 MB of 100.0 MB  48.5 MB/s  elapsed 2s"; got != want {
		t.Errorf("last frame %q, want %q", got, want)
	}
	p.Finish()
	p.Clear()
	if got := out.String(); got != "\r\x1b[K" {
		t.Errorf("Finish+Clear wrote %q, want one erase", got)
	}
}

// TestProgressLineNotDrawnNotCleared: a run that read nothing leaves the
// terminal untouched.
func TestProgressLineNotDrawnNotCleared(t *testing.T) {
	var out bytes.Buffer
	p := &progressLine{w: &out, total: 10, now: time.Now, start: time.Now()}
	p.Clear()
	if out.Len() != 0 {
		t.Errorf("Clear of an undrawn line wrote %q", out.String())
	}
}
