// Package webui is pyround's local web workbench: one page and a JSON API
// over package workbench, served from the binary itself (the page is
// embedded) with no request to any other host. `pyround serve` runs it.
//
// The API (every response is JSON, Content-Type application/json;
// charset=utf-8, except the page and its static files):
//
//	GET  /api/explain?x=2.675&n=2           the bytes of `pyround explain X -n N --json` (n defaults to 0)
//	POST /api/modes?n=2[&displayed=1][&as=float|auto|decimal]
//	     body: one value per line, blank lines skipped
//	                                        the bytes of `pyround modes -n N --json V1 V2 ...` (n defaults to 0)
//	POST /api/bias?n=2[&column=NAME]
//	     body: one value per line, or CSV with a header row when the
//	     Content-Type is text/csv (column: default the first)
//	                                        `pyround bias -n N --json` (n defaults to 2) plus
//	                                        "series", "x_ticks" and "y_ticks" (workbench.BiasReport.AddChart)
//	GET  /api/eval?expr=...                 {"expr": EXPR, "result": what `pyround eval EXPR` prints}
//
// An error is {"error": {"type": T, "message": M}} with the Python
// exception's name and message for bad input (status 400, and "line" for
// the failing line of a body), or one of NotFound 404, MethodNotAllowed
// 405, RequestTooLarge 413 (a body beyond Options.MaxBody, or more
// than Options.MaxBiasValues values for bias), URITooLong 414 (a query value longer than
// Options.MaxQueryValue bytes), Busy 503 with Retry-After (more than
// Options.MaxInFlight requests at once, after waiting Options.QueueWait
// for a slot), InternalError 500 (a recovered panic: a bug; the server
// goes on).
//
// Every response carries Content-Security-Policy: default-src 'self',
// X-Content-Type-Options: nosniff and Referrer-Policy: no-referrer.
package webui

import (
	"context"
	"embed"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"time"
)

//go:embed static
var static embed.FS

// Options are the limits of a workbench server; a zero field takes the
// default named beside it.
type Options struct {
	MaxBody       int64         // request body bytes; default 32 MiB, beyond: 413
	MaxQueryValue int           // bytes of one query value; default 10,000, beyond: 414
	MaxInFlight   int           // requests handled at once; default 32
	MaxBiasValues int           // values of one /api/bias request; default 1,000,000 (about 5 s of work), beyond: 413
	QueueWait     time.Duration // how long a request beyond MaxInFlight waits for a slot before its 503; default 100 ms
	// The http.Server's timeouts (NewServer): defaults 5 s, 30 s, 60 s,
	// 60 s; MaxHeaderBytes defaults to 64 KiB.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	MaxHeaderBytes                                            int
	ShutdownTimeout                                           time.Duration // Serve's graceful shutdown deadline; default 5 s
	// Log receives a line for each recovered panic; nil: discarded.
	Log io.Writer
}

const (
	DefaultMaxBody           = 32 << 20
	DefaultMaxQueryValue     = 10_000
	DefaultMaxInFlight       = 32
	DefaultMaxBiasValues     = 1_000_000
	DefaultQueueWait         = 100 * time.Millisecond
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 60 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultMaxHeaderBytes    = 64 << 10
	DefaultShutdownTimeout   = 5 * time.Second
)

func (o Options) withDefaults() Options {
	set := func(p *time.Duration, d time.Duration) {
		if *p <= 0 {
			*p = d
		}
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxQueryValue <= 0 {
		o.MaxQueryValue = DefaultMaxQueryValue
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.MaxBiasValues <= 0 {
		o.MaxBiasValues = DefaultMaxBiasValues
	}
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	set(&o.QueueWait, DefaultQueueWait)
	set(&o.ReadHeaderTimeout, DefaultReadHeaderTimeout)
	set(&o.ReadTimeout, DefaultReadTimeout)
	set(&o.WriteTimeout, DefaultWriteTimeout)
	set(&o.IdleTimeout, DefaultIdleTimeout)
	set(&o.ShutdownTimeout, DefaultShutdownTimeout)
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// Handler returns the workbench: the page at /, its files at /static/,
// and the API at /api/, with the limits of opts.
func Handler(opts Options) http.Handler { return newHandler(opts, nil) }

// NewServer returns an http.Server for Handler(opts) with opts' timeouts
// and header limit.
func NewServer(opts Options) *http.Server {
	o := opts.withDefaults()
	return &http.Server{
		Handler:           Handler(o),
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    o.MaxHeaderBytes,
	}
}

// Serve serves the workbench on ln until ctx is done, then shuts the
// server down gracefully (http.Server.Shutdown: in-flight requests may
// finish within opts.ShutdownTimeout, then their connections are closed).
// It returns nil after a shutdown, else the error that stopped serving.
func Serve(ctx context.Context, ln net.Listener, opts Options) error {
	o := opts.withDefaults()
	srv := NewServer(o)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), o.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		srv.Close()
	}
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// staticFS is the embedded directory static as the root.
func staticFS() fs.FS {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}
