package webui

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testOptions are short limits, so that the hostile tests take little time.
var testOptions = Options{
	MaxBody:           1 << 20,
	MaxInFlight:       8,
	QueueWait:         2 * time.Second,
	ReadHeaderTimeout: 300 * time.Millisecond,
	ReadTimeout:       2 * time.Second,
	WriteTimeout:      5 * time.Second,
	IdleTimeout:       2 * time.Second,
}

// newServer starts a real loopback server with opts (and the extra routes).
func newServer(t *testing.T, opts Options, extra map[string]route) *httptest.Server {
	t.Helper()
	srv := NewServer(opts)
	srv.Handler = newHandler(opts, extra)
	ts := httptest.NewUnstartedServer(srv.Handler)
	ts.Config = srv
	ts.Start()
	t.Cleanup(ts.Close)
	return ts
}

type errBody struct {
	Error struct {
		Type, Message, Where string
		Line                 int
	}
}

func do(t *testing.T, h http.Handler, method, target, ctype, body string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	for k, v := range map[string]string{
		"Content-Security-Policy": "default-src 'self'", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
	} {
		if got := w.Header().Get(k); got != v {
			t.Errorf("%s %s: %s: %q, want %q", method, target, k, got, v)
		}
	}
	return w
}

func TestAPI(t *testing.T) {
	h := Handler(testOptions)
	for _, c := range []struct {
		method, target, ctype, body string
		status                      int
		want                        []string // substrings of the body
	}{
		{"GET", "/api/explain?x=2.675&n=2", "", "", 200, []string{`"exact": "2.67499999999999982236431605997495353221893310546875"`, `"side": "below the tie"`}},
		{"GET", "/api/explain?x=2.5", "", "", 200, []string{`"n": 0,`}},
		{"GET", "/api/explain?x=abc", "", "", 400, []string{`"type": "ValueError"`, `"message": "could not convert string to float: 'abc'"`}},
		{"GET", "/api/explain?x=inf", "", "", 400, []string{`explain needs a finite number, not inf`}},
		{"GET", "/api/explain?x=1&n=101", "", "", 400, []string{`0 \u003c= n \u003c= 100`}},
		{"GET", "/api/explain?x=1&n=two", "", "", 400, []string{`invalid n \"two\"`}},
		{"GET", "/api/explain", "", "", 400, []string{`missing query value x`}},
		{"GET", "/api/explain?x=%zz", "", "", 400, []string{`malformed query`}},
		{"POST", "/api/explain?x=1", "", "", 405, []string{`"MethodNotAllowed"`}},
		{"POST", "/api/modes?n=2", "", "2.675\n\n1.005\r\n", 200, []string{`"input": "1.005"`, `"1.01"`}},
		{"POST", "/api/modes?n=2&displayed=1", "", "2.675", 200, []string{`"displayed": true`, `"2.68"`}},
		{"POST", "/api/modes?n=2&as=decimal", "", "0.125", 200, []string{`"decimal": true`, `"0.12"`, `"0.13"`}},
		{"POST", "/api/modes?n=-1&as=auto", "", "25", 200, []string{`"20"`, `"30"`}},
		{"POST", "/api/modes?n=2", "", "1\nabc\n", 400, []string{`could not convert string to float: 'abc'`, `"line": 2`}},
		{"POST", "/api/modes?as=octal", "", "1", 400, []string{`unknown reading 'octal'`}},
		{"POST", "/api/modes?displayed=1&as=decimal", "", "1", 400, []string{`at most one`}},
		{"POST", "/api/modes?displayed=maybe", "", "1", 400, []string{`invalid displayed`}},
		{"POST", "/api/modes", "", "\n \n", 400, []string{`no values`}},
		{"GET", "/api/modes", "", "", 405, []string{`use POST`}},
		{"POST", "/api/bias?n=2", "", "0.125\n0.375\n\n", 200, []string{`"source": "lines of the request body"`, `"values": 2`, `"series": [`, `"x_ticks": [`, `"y_ticks": [`}},
		{"POST", "/api/bias?n=2&column=price", "text/csv; charset=utf-8", "id,price\n1,0.125\n2,\n3,0.375\n", 200, []string{`"source": "column price of the request body"`, `"values": 2`}},
		{"POST", "/api/bias", "text/csv", "price,id\n0.125,1\n", 200, []string{`"source": "column 1 of the request body"`, `"values": 1`}},
		{"POST", "/api/bias?column=nope", "text/csv", "id,price\n1,2\n", 400, []string{`column \"nope\" is not in the header row`}},
		{"POST", "/api/bias?column=price", "text/csv", "id,price\n1,\"0.1\n", 400, []string{`unterminated quoted field`}},
		{"POST", "/api/bias?column=price", "text/csv", "id,price\n1,abc\n", 400, []string{`"type": "InvalidOperation"`, `"where": "row 2, column price"`}},
		{"POST", "/api/bias?column=price", "", "1\n", 400, []string{`column needs a CSV body`}},
		{"POST", "/api/bias", "", "1\nNaN\n", 400, []string{`not a finite number`, `"line": 2`}},
		{"POST", "/api/bias", "", "\xff\n", 400, []string{`"InvalidOperation"`, `"line": 1`}},
		{"POST", "/api/bias", "", "", 400, []string{`no values`}},
		{"GET", "/api/eval?expr=0.1%2B0.2", "", "", 200, []string{`"expr": "0.1+0.2"`, `"result": "0.30000000000000004"`}},
		{"GET", "/api/eval?expr=divmod(-7.5,+2)", "", "", 200, []string{`"result": "(-4.0, 0.5)"`}},
		{"GET", "/api/eval?expr=1/0", "", "", 400, []string{`"type": "ZeroDivisionError"`, `"message": "division by zero"`}},
		{"GET", "/api/eval?expr=(", "", "", 400, []string{`"type": "SyntaxError"`, `"message": "invalid syntax: unexpected end of expression (column 2)"`, `"column": 2`}},
		{"GET", "/api/eval", "", "", 400, []string{`missing query value expr`}},
		{"GET", "/api/nope", "", "", 404, []string{`"NotFound"`}},
		{"GET", "/static/", "", "", 404, []string{`"NotFound"`}},
		{"GET", "/static/missing.js", "", "", 404, []string{`"NotFound"`}},
		{"GET", "/../etc/passwd", "", "", 404, []string{`"NotFound"`}},
		{"DELETE", "/", "", "", 405, []string{`"MethodNotAllowed"`}},
	} {
		w := do(t, h, c.method, c.target, c.ctype, c.body)
		got := w.Body.String()
		if w.Code != c.status {
			t.Errorf("%s %s: status %d, want %d\n%s", c.method, c.target, w.Code, c.status, got)
			continue
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s %s: Content-Type %q", c.method, c.target, ct)
		}
		if !json.Valid(w.Body.Bytes()) || !strings.HasSuffix(got, "}\n") {
			t.Errorf("%s %s: not JSON:\n%s", c.method, c.target, got)
		}
		for _, s := range c.want {
			if !strings.Contains(got, s) {
				t.Errorf("%s %s: no %s in\n%s", c.method, c.target, s, got)
			}
		}
		if c.status >= 400 {
			var e errBody
			if json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error.Type == "" || e.Error.Message == "" {
				t.Errorf("%s %s: error body %s", c.method, c.target, got)
			}
		}
		if c.status == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", c.method, c.target)
		}
	}
}

func TestPage(t *testing.T) {
	h := Handler(testOptions)
	w := do(t, h, "GET", "/", "", "")
	if w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(w.Body.String(), "<title>pyround workbench") {
		t.Errorf("/: %d %q %s", w.Code, w.Header().Get("Content-Type"), w.Body)
	}
	w = do(t, h, "HEAD", "/", "", "")
	if w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD /: %d %d bytes", w.Code, w.Body.Len())
	}
	w = do(t, h, "GET", "/static/index.html", "", "")
	if w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("/static/index.html: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
}

func TestBiasChart(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&body, "%d.%03d\n", i%1000, (i*7919)%1000)
	}
	w := do(t, Handler(testOptions), "POST", "/api/bias?n=2", "text/plain", body.String())
	var b struct {
		Values int
		Modes  []struct{ Mode string }
		Series []struct {
			Mode string
			X    []int
			Y    []float64
		}
		XTicks, YTicks []float64 `json:"-"`
		X              []float64 `json:"x_ticks"`
		Y              []float64 `json:"y_ticks"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || w.Code != 200 {
		t.Fatalf("%d %v", w.Code, err)
	}
	if b.Values != 5000 || len(b.Series) != 8 || len(b.Modes) != 8 {
		t.Fatalf("values %d, series %d", b.Values, len(b.Series))
	}
	for i, s := range b.Series {
		if s.Mode != b.Modes[i].Mode || len(s.X) != len(s.Y) || len(s.X) > 1000 || s.X[0] != 1 || s.X[len(s.X)-1] != 5000 {
			t.Errorf("series %s: %d points", s.Mode, len(s.X))
		}
		for _, y := range s.Y {
			if y < b.Y[0] || y > b.Y[len(b.Y)-1] {
				t.Errorf("series %s: %g outside the y ticks %v", s.Mode, y, b.Y)
				break
			}
		}
	}
	if len(b.X) < 4 || len(b.X) > 8 || b.X[0] != 0 || b.X[len(b.X)-1] < 5000 || len(b.Y) < 4 || len(b.Y) > 8 {
		t.Errorf("ticks %v %v", b.X, b.Y)
	}
}

func TestBiasValueLimit(t *testing.T) {
	opts := testOptions
	opts.MaxBiasValues = 3
	h := Handler(opts)
	if w := do(t, h, "POST", "/api/bias", "", "1\n2\n\n3\n"); w.Code != 200 {
		t.Errorf("3 values: %d", w.Code)
	}
	if w := do(t, h, "POST", "/api/bias", "", "1\n2\n3\n4\n"); w.Code != 413 || !strings.Contains(w.Body.String(), "at most 3") {
		t.Errorf("4 values: %d %s", w.Code, w.Body)
	}
}

func TestQueryLimit(t *testing.T) {
	h := Handler(testOptions)
	long := strings.Repeat("1", 10_000)
	// 10,000 bytes pass the limit, and Python refuses the int literal
	if w := do(t, h, "GET", "/api/eval?expr="+long, "", ""); w.Code != 400 || !strings.Contains(w.Body.String(), `Exceeds the limit (4300 digits)`) {
		t.Errorf("10,000 bytes: %d %.300s", w.Code, w.Body)
	}
	if w := do(t, h, "GET", "/api/eval?expr=len(%27"+strings.Repeat("x", 9_990)+"%27)", "", ""); w.Code != 200 || !strings.Contains(w.Body.String(), `"result": "9990"`) {
		t.Errorf("10,000 bytes: %d %.300s", w.Code, w.Body)
	}
	if w := do(t, h, "GET", "/api/eval?expr="+long+"1", "", ""); w.Code != 414 || !strings.Contains(w.Body.String(), `"URITooLong"`) {
		t.Errorf("10,001 bytes: %d", w.Code)
	}
	if w := do(t, h, "GET", "/api/explain?x=1&"+long+"1=", "", ""); w.Code != 414 {
		t.Errorf("a 10,001-byte name: %d", w.Code)
	}
	// 10,000 characters of an expression Python refuses, and of a float
	if w := do(t, h, "GET", "/api/eval?expr="+strings.Repeat("(", 10_000), "", ""); w.Code != 400 {
		t.Errorf("10,000 '(': %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "GET", "/api/explain?n=2&x="+strings.Repeat("9", 400)+"."+strings.Repeat("5", 9_599), "", ""); w.Code != 400 {
		t.Errorf("a 10,000-digit float: %d %.200s", w.Code, w.Body)
	}
}

func TestPanicRecovered(t *testing.T) {
	ts := newServer(t, testOptions, map[string]route{"/api/panic": {http.MethodGet, func(http.ResponseWriter, *http.Request, query) ([]byte, *apiError) {
		panic("boom")
	}}})
	for i := 0; i < 3; i++ {
		resp, err := http.Get(ts.URL + "/api/panic")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 500 || !strings.Contains(string(b), `"InternalError"`) || !strings.Contains(string(b), "bug") || !strings.Contains(string(b), "boom") {
			t.Errorf("panic: %d %s", resp.StatusCode, b)
		}
	}
	get(t, ts.URL+"/api/explain?x=1", 200)
}

func get(t *testing.T, url string, status int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != status {
		t.Errorf("GET %s: %d, want %d", url, resp.StatusCode, status)
	}
}

// zeros is an endless body of '0' bytes.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), z.n)
	for i := range p[:k] {
		p[i] = '0'
	}
	z.n -= k
	return int(k), nil
}

func TestHugeBody(t *testing.T) {
	ts := newServer(t, testOptions, nil)
	const size = 100 << 20
	for _, known := range []bool{true, false} {
		req, _ := http.NewRequest("POST", ts.URL+"/api/modes", &zeros{size})
		if known {
			req.ContentLength = size
		} else {
			req.ContentLength = -1 // chunked: the limit is found while reading
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("known length %v: %v", known, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 413 || !strings.Contains(string(b), `"RequestTooLarge"`) {
			t.Errorf("known length %v: %d %s", known, resp.StatusCode, b)
		}
	}
	get(t, ts.URL+"/api/explain?x=1", 200)
}

func TestSlowClient(t *testing.T) {
	ts := newServer(t, testOptions, nil)
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cut := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		req := "GET /api/explain?x=1 HTTP/1.1\r\nHost: x\r\n\r\n"
		for i := 0; i < len(req); i++ {
			if _, err := conn.Write([]byte{req[i]}); err != nil {
				break
			}
			time.Sleep(100 * time.Millisecond) // ten bytes a second; the header times out at 300 ms
		}
		cut <- time.Since(start)
	}()
	// Others are served meanwhile.
	for i := 0; i < 5; i++ {
		get(t, ts.URL+"/api/explain?x=2.5", 200)
		time.Sleep(20 * time.Millisecond)
	}
	conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	b, err := io.ReadAll(bufio.NewReader(conn))
	if err != nil && !errors.Is(err, net.ErrClosed) && !strings.Contains(err.Error(), "reset") {
		t.Fatalf("slow client: %v after %s", err, time.Since(start))
	}
	if strings.Contains(string(b), " 200 ") {
		t.Errorf("the slow client was served: %s", b)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the slow client was cut off after %s", d)
	}
	select {
	case <-cut:
	case <-time.After(5 * time.Second):
		t.Error("the slow client's writes never failed")
	}
}

func TestConcurrency(t *testing.T) {
	opts := testOptions
	opts.QueueWait = 200 * time.Millisecond  // some requests wait too long and get 503
	opts.ReadHeaderTimeout = 5 * time.Second // 1000 connections on a small machine: the server reads some headers late
	ts := newServer(t, opts, nil)
	tr := &http.Transport{DisableKeepAlives: true, MaxConnsPerHost: 0}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 20 * time.Second}
	var ok, busy atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			resp, err := client.Get(fmt.Sprintf("%s/api/explain?x=%d.5&n=0", ts.URL, i))
			if err != nil {
				t.Errorf("request %d: %v", i, err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			switch {
			case resp.StatusCode == 200 && strings.Contains(string(b), fmt.Sprintf(`"repr": "%d.5"`, i)):
				ok.Add(1)
			case resp.StatusCode == 503 && resp.Header.Get("Retry-After") == "1" && strings.Contains(string(b), `"Busy"`):
				busy.Add(1)
			default:
				t.Errorf("request %d: %d %s", i, resp.StatusCode, b)
			}
		}(i)
	}
	close(start)
	wg.Wait()
	t.Logf("1000 concurrent connections: %d answered, %d told to retry", ok.Load(), busy.Load())
	if ok.Load()+busy.Load() != 1000 || ok.Load() == 0 {
		t.Errorf("%d answered, %d busy", ok.Load(), busy.Load())
	}
	get(t, ts.URL+"/api/explain?x=1", 200)
}

func TestBusy(t *testing.T) {
	opts := testOptions
	opts.MaxInFlight, opts.QueueWait = 1, 10*time.Millisecond
	release := make(chan struct{})
	entered := make(chan struct{})
	h := newHandler(opts, map[string]route{"/api/block": {http.MethodGet, func(http.ResponseWriter, *http.Request, query) ([]byte, *apiError) {
		close(entered)
		<-release
		return []byte("{}\n"), nil
	}}})
	done := make(chan int)
	go func() { done <- do(t, h, "GET", "/api/block", "", "").Code }()
	<-entered
	w := do(t, h, "GET", "/api/explain?x=1", "", "")
	if w.Code != 503 || w.Header().Get("Retry-After") != "1" {
		t.Errorf("second request: %d", w.Code)
	}
	close(release)
	if c := <-done; c != 200 {
		t.Errorf("first request: %d", c)
	}
	if w := do(t, h, "GET", "/api/explain?x=1", "", ""); w.Code != 200 {
		t.Errorf("after: %d", w.Code)
	}
}
