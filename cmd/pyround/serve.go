package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"

	"github.com/pyround/pyround/webui"
	"github.com/spf13/cobra"
)

func newServeCmd() *cobra.Command {
	var addr string
	var open bool
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--open]",
		Short: "Serve the web workbench (explain, modes, bias, eval) on this machine",
		Long: `Serve a local web workbench: one page and a JSON API over explain, modes,
bias and eval, from this binary alone (the page is embedded; it makes no
request to any other host). It listens on 127.0.0.1:8080 unless --addr
says otherwise (127.0.0.1:0 picks a free port; an address other machines
can reach is allowed, with a warning), prints

  pyround: serving the workbench at http://HOST:PORT/

on standard error, and serves until interrupted (Ctrl-C, SIGTERM), then
lets requests in flight finish for up to 5 seconds.

The API (package webui documents it in full):
  GET  /api/explain?x=2.675&n=2     pyround explain X -n N --json
  POST /api/modes?n=2               pyround modes -n N --json, a value per body line
  POST /api/bias?n=2[&column=C]     pyround bias -n N --json, lines or text/csv,
                                    with chart series and ticks
  GET  /api/eval?expr=...           {"expr": ..., "result": pyround eval EXPR}
Errors are {"error": {"type": "ValueError", "message": ...}} with status
400 (404, 405, 413, 414, 503, 500 for the server's own).

Limits: request bodies of 32 MiB (and 1,000,000 values for bias), query
values of 10,000 bytes, 32 requests at once (others wait 100 ms, then get
503), timeouts of 5 s for the request header, 30 s to read a request and
60 s to write a response.`,
		Example: `  pyround serve
  pyround serve --addr 127.0.0.1:0 --open
  curl 'http://127.0.0.1:8080/api/explain?x=2.675&n=2'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// Catch the signals before the address is printed: whoever
			// reads it may signal at once.
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return valueError(cmd, err)
			}
			errOut := cmd.ErrOrStderr()
			where := listenAddr(addr, ln.Addr())
			if !isLoopback(ln.Addr()) {
				fmt.Fprintf(errOut, "pyround: warning: %s is reachable from other machines; the workbench has no authentication\n", where)
			}
			url := "http://" + where + "/"
			fmt.Fprintf(errOut, "pyround: serving the workbench at %s\n", url)
			if open {
				openBrowser(url, errOut)
			}
			if err := webui.Serve(ctx, ln, webui.Options{Log: errOut}); err != nil {
				return valueError(cmd, err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen on HOST:PORT (port 0: a free one)")
	cmd.Flags().BoolVar(&open, "open", false, "open the workbench in the default browser")
	return cmd
}

// listenAddr is HOST:PORT of the listener: the host as --addr gave it
// (0.0.0.0 stays 0.0.0.0, localhost stays localhost), with the port
// chosen for port 0; the listener's own address when --addr has no host.
func listenAddr(addr string, got net.Addr) string {
	host, _, err := net.SplitHostPort(addr)
	tcp, ok := got.(*net.TCPAddr)
	if err != nil || host == "" || !ok {
		return got.String()
	}
	return net.JoinHostPort(host, strconv.Itoa(tcp.Port))
}

// isLoopback reports whether a listener's address is reachable only from
// this machine.
func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// openBrowser starts the system's opener on url (xdg-open, open or
// rundll32), or says that there is none.
func openBrowser(url string, errOut io.Writer) {
	var name string
	var args []string
	switch runtime.GOOS {
	case "darwin":
		name, args = "open", []string{url}
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler", url}
	default:
		name, args = "xdg-open", []string{url}
	}
	path, err := exec.LookPath(name)
	if err == nil {
		c := exec.Command(path, args...)
		if err = c.Start(); err == nil {
			go c.Wait()
			fmt.Fprintf(errOut, "pyround: opened %s with %s\n", url, name)
			return
		}
	}
	if errors.Is(err, exec.ErrNotFound) {
		fmt.Fprintf(errOut, "pyround: --open: no %s to open a browser with; open %s yourself\n", name, url)
		return
	}
	fmt.Fprintf(errOut, "pyround: --open: %v; open %s yourself\n", err, url)
}
