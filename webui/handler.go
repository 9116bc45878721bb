package webui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/pyround/pyround/internal/records"
	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyexpr"
	"github.com/pyround/pyround/pyops"
	"github.com/pyround/pyround/workbench"
)

// apiError is a failed request: the HTTP status and the error object.
type apiError struct {
	status int
	Type   string `json:"type"`
	Msg    string `json:"message"`
	Line   int    `json:"line,omitempty"`   // the 1-based body line of a bad value (modes, bias lines)
	Where  string `json:"where,omitempty"`  // "row N, column C" of a bad CSV cell (bias)
	Column int    `json:"column,omitempty"` // the 1-based column (code points) of a SyntaxError (eval)
}

func (e *apiError) Error() string { return e.Type + ": " + e.Msg }

func badInput(err error) *apiError {
	var pe *pyerr.Error
	if errors.As(err, &pe) {
		return &apiError{status: http.StatusBadRequest, Type: pe.Type, Msg: pe.Msg}
	}
	var se *pyexpr.SyntaxError
	if errors.As(err, &se) {
		name, msg, _ := strings.Cut(se.Error(), ": ") // "SyntaxError: MSG (column N)", as the CLI prints it
		return &apiError{status: http.StatusBadRequest, Type: name, Msg: msg, Column: se.Col}
	}
	return &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: err.Error()}
}

func writeError(w http.ResponseWriter, e *apiError) {
	b, _ := workbench.IndentJSON(struct {
		Error *apiError `json:"error"`
	}{e})
	writeJSONBytes(w, e.status, b)
}

func writeJSONBytes(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

type apiFunc func(w http.ResponseWriter, r *http.Request, q query) ([]byte, *apiError)

type route struct {
	method string
	fn     apiFunc
}

type handler struct {
	o      Options
	api    map[string]route
	static fs.FS
	slots  chan struct{}
}

func newHandler(opts Options, extra map[string]route) http.Handler {
	o := opts.withDefaults()
	h := &handler{o: o, static: staticFS(), slots: make(chan struct{}, o.MaxInFlight)}
	h.api = map[string]route{
		"/api/explain": {http.MethodGet, h.explain},
		"/api/modes":   {http.MethodPost, h.modes},
		"/api/bias":    {http.MethodPost, h.bias},
		"/api/eval":    {http.MethodGet, h.eval},
	}
	for p, r := range extra {
		h.api[p] = r
	}
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", "default-src 'self'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	// A bounded number of requests at once: beyond it a request waits
	// QueueWait for a slot, then gets 503.
	select {
	case h.slots <- struct{}{}:
	default:
		t := time.NewTimer(h.o.QueueWait)
		select {
		case h.slots <- struct{}{}:
			t.Stop()
		case <-t.C:
			hd.Set("Retry-After", "1")
			writeError(w, &apiError{status: http.StatusServiceUnavailable, Type: "Busy",
				Msg: fmt.Sprintf("more than %d requests at once; retry in a second", h.o.MaxInFlight)})
			return
		case <-r.Context().Done():
			return
		}
	}
	defer func() { <-h.slots }()
	rw := &recorder{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			fmt.Fprintf(h.o.Log, "pyround: panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
			if !rw.wrote {
				writeError(rw, &apiError{status: http.StatusInternalServerError, Type: "InternalError",
					Msg: fmt.Sprintf("this is a bug in pyround, please report it: %v", v)})
			}
		}
	}()
	h.route(rw, r)
}

// recorder notes whether a response has begun, so that a recovered panic
// writes its 500 only on a response not yet started.
type recorder struct {
	http.ResponseWriter
	wrote bool
}

func (r *recorder) WriteHeader(code int) { r.wrote = true; r.ResponseWriter.WriteHeader(code) }
func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.ResponseWriter.Write(b)
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, &apiError{status: http.StatusMethodNotAllowed, Type: "MethodNotAllowed",
		Msg: r.Method + " " + r.URL.Path + ": use " + allow})
}

func notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, &apiError{status: http.StatusNotFound, Type: "NotFound", Msg: "no such page: " + r.URL.Path})
}

func (h *handler) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if rt, ok := h.api[p]; ok {
		if r.Method != rt.method {
			methodNotAllowed(w, r, rt.method)
			return
		}
		q, e := h.query(r)
		if e == nil {
			var b []byte
			if b, e = rt.fn(w, r, q); e == nil {
				writeJSONBytes(w, http.StatusOK, b)
				return
			}
		}
		writeError(w, e)
		return
	}
	if p != "/" && !(strings.HasPrefix(p, "/static/") && !strings.HasSuffix(p, "/")) {
		notFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, r, "GET, HEAD")
		return
	}
	if p == "/" {
		b, err := fs.ReadFile(h.static, "index.html")
		if err != nil {
			notFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		if r.Method == http.MethodGet {
			w.Write(b)
		}
		return
	}
	name := strings.TrimPrefix(p, "/static/")
	b, err := fs.ReadFile(h.static, name)
	if err != nil {
		notFound(w, r)
		return
	}
	// ServeContent sets Content-Type from the name's extension (Go's
	// own table for .html, .js, .css, .svg, ...), and handles HEAD and
	// ranges.
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// query is a request's query values, each checked against MaxQueryValue.
type query map[string]string

func (h *handler) query(r *http.Request) (query, *apiError) {
	vals, err := urlQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "malformed query: " + err.Error()}
	}
	q := query{}
	for k, v := range vals {
		for _, s := range v {
			if len(s) > h.o.MaxQueryValue || len(k) > h.o.MaxQueryValue {
				return nil, &apiError{status: http.StatusRequestURITooLong, Type: "URITooLong",
					Msg: fmt.Sprintf("query value %.40q is %d bytes long; the limit is %d", k, len(s), h.o.MaxQueryValue)}
			}
		}
		q[k] = v[len(v)-1]
	}
	return q, nil
}

// intParam reads the integer query value name, or def when it is absent.
func (q query) intParam(name string, def int) (int, *apiError) {
	s, ok := q[name]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < -1_000_000 || n > 1_000_000 {
		return 0, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: fmt.Sprintf("invalid %s %.40q: want an integer", name, s)}
	}
	return n, nil
}

// boolParam reads a flag: absent, "", 0 or false is false; 1 or true is true.
func (q query) boolParam(name string) (bool, *apiError) {
	switch strings.ToLower(q[name]) {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: fmt.Sprintf("invalid %s %.40q: want 1 or 0", name, q[name])}
}

// body reads the whole request body, at most MaxBody bytes
// (http.MaxBytesReader, which also has the connection closed after a
// body too large).
func (h *handler) body(w http.ResponseWriter, r *http.Request) ([]byte, *apiError) {
	tooLarge := &apiError{status: http.StatusRequestEntityTooLarge, Type: "RequestTooLarge",
		Msg: fmt.Sprintf("the request body is larger than %d bytes", h.o.MaxBody)}
	if r.ContentLength > h.o.MaxBody {
		return nil, tooLarge
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.o.MaxBody))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge
	case err != nil:
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "reading the request body: " + err.Error()}
	}
	return b, nil
}

func (h *handler) explain(w http.ResponseWriter, r *http.Request, q query) ([]byte, *apiError) {
	xs, ok := q["x"]
	if !ok {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "missing query value x"}
	}
	n, e := q.intParam("n", 0)
	if e != nil {
		return nil, e
	}
	x, err := pyops.ParseFloat(xs)
	if err != nil {
		return nil, badInput(err)
	}
	b, err := workbench.ExplainJSON(x, n)
	if err != nil {
		return nil, badInput(err)
	}
	return b, nil
}

func (h *handler) modes(w http.ResponseWriter, r *http.Request, q query) ([]byte, *apiError) {
	n, e := q.intParam("n", 0)
	if e != nil {
		return nil, e
	}
	displayed, e := q.boolParam("displayed")
	if e != nil {
		return nil, e
	}
	as := pyops.Float
	if s, ok := q["as"]; ok {
		a, err := pyops.ParseAs(s)
		if err != nil {
			return nil, badInput(err)
		}
		as = a
	}
	if displayed && as == pyops.Decimal {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "give at most one of displayed and as=decimal"}
	}
	body, e := h.body(w, r)
	if e != nil {
		return nil, e
	}
	var texts []string
	var lines []int
	for i, line := range strings.Split(string(body), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		texts, lines = append(texts, line), append(lines, i+1)
	}
	if len(texts) == 0 {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "no values: send one value per line"}
	}
	t, i, err := workbench.ModesTableOf(texts, as, n, displayed)
	if err != nil {
		e := badInput(err)
		e.Line = lines[i]
		return nil, e
	}
	b, err := workbench.IndentJSON(t)
	if err != nil {
		return nil, badInput(err)
	}
	return b, nil
}

func (h *handler) bias(w http.ResponseWriter, r *http.Request, q query) ([]byte, *apiError) {
	n, e := q.intParam("n", 2)
	if e != nil {
		return nil, e
	}
	body, e := h.body(w, r)
	if e != nil {
		return nil, e
	}
	cfg := records.Config{Format: records.Lines, Jobs: 1}
	source := "lines of the request body"
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "text/csv" {
		col := records.Column{Index: 1}
		source = "column 1 of the request body"
		if name, ok := q["column"]; ok {
			col = records.Column{Name: name}
			source = "column " + name + " of the request body"
		}
		cfg = records.Config{Format: records.CSV, Header: true, Columns: []records.Column{col}, Jobs: 1}
	} else if _, ok := q["column"]; ok {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "column needs a CSV body (Content-Type: text/csv)"}
	}
	var values []string
	var first error
	var line int
	collect := func(dst, v []byte) ([]byte, error) {
		line++
		text, err := workbench.BiasValue(v)
		if err != nil && first == nil {
			first = err
		}
		if err == nil && text != "" {
			values = append(values, text)
		}
		return dst, err
	}
	tr := records.Transform{NewValue: func() func(dst, v []byte) ([]byte, error) { return collect }}
	var msgs bytes.Buffer
	err := records.Run(cfg, tr, bytes.NewReader(body), io.Discard, &msgs)
	if err != nil {
		// The record layer writes "pyround: line N: Type: message" or
		// "pyround: row N, column C: Type: message" (or a message of its
		// own, such as a missing column).
		msg, _, _ := strings.Cut(strings.TrimPrefix(msgs.String(), "pyround: "), "\n")
		var ue *records.UsageError
		var pe *pyerr.Error
		switch {
		case errors.As(first, &pe):
			e := badInput(pe)
			where, _, _ := strings.Cut(msg, ": ")
			if l, ok := strings.CutPrefix(where, "line "); ok {
				e.Line, _ = strconv.Atoi(l)
			} else {
				e.Where = where
			}
			return nil, e
		case errors.As(err, &ue):
			return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: ue.Msg}
		case msg != "":
			return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: msg}
		}
		return nil, badInput(err)
	}
	if len(values) == 0 {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "no values"}
	}
	if len(values) > h.o.MaxBiasValues {
		return nil, &apiError{status: http.StatusRequestEntityTooLarge, Type: "RequestTooLarge",
			Msg: fmt.Sprintf("%d values; bias takes at most %d in one request", len(values), h.o.MaxBiasValues)}
	}
	results, err := workbench.Bias(values, n, nil, true)
	if err != nil {
		return nil, badInput(err)
	}
	rep := workbench.BiasReport{Source: source, Values: len(values), N: n, Modes: results}
	rep.AddChart()
	b, err := workbench.IndentJSON(rep)
	if err != nil {
		return nil, badInput(err)
	}
	return b, nil
}

func (h *handler) eval(w http.ResponseWriter, r *http.Request, q query) ([]byte, *apiError) {
	expr, ok := q["expr"]
	if !ok {
		return nil, &apiError{status: http.StatusBadRequest, Type: "ValueError", Msg: "missing query value expr"}
	}
	v, err := pyexpr.Eval(expr)
	if err != nil {
		return nil, badInput(err)
	}
	out, err := v.AppendText(nil)
	if err != nil {
		return nil, badInput(err)
	}
	b, err := workbench.IndentJSON(struct {
		Expr   string `json:"expr"`
		Result string `json:"result"`
	}{expr, string(out)})
	if err != nil {
		return nil, badInput(err)
	}
	return b, nil
}
