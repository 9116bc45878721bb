package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pyround/pyround/webui"
)

// apiDo asks the workbench's handler directly.
func apiDo(t *testing.T, method, target, ctype, body string) (int, string) {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		r.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	webui.Handler(webui.Options{}).ServeHTTP(w, r)
	return w.Code, w.Body.String()
}

// runCLI runs pyround with args and stdin and returns its standard output.
func serveCLI(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(args, strings.NewReader(stdin), &out, &errOut); code != 0 {
		t.Fatalf("pyround %q: status %d: %s", args, code, errOut.String())
	}
	return out.String()
}

// TestServeJSONIsTheCLIs: the API answers with the bytes of the CLI's
// --json for the same inputs (bias: the same JSON but for "source", plus
// the chart's series and ticks).
func TestServeJSONIsTheCLIs(t *testing.T) {
	for _, c := range []struct{ x, n string }{{"2.675", "2"}, {"2.5", ""}, {"1e-300", "100"}, {"-0.0", "3"}, {"1.005", "2"}} {
		args := []string{"explain", c.x, "--json"}
		q := url.Values{"x": {c.x}}
		if c.n != "" {
			args = append(args, "-n", c.n)
			q.Set("n", c.n)
		}
		want := serveCLI(t, "", args...)
		if code, got := apiDo(t, "GET", "/api/explain?"+q.Encode(), "", ""); code != 200 || got != want {
			t.Errorf("explain %s -n %s: %d\n%s\nwant the CLI's\n%s", c.x, c.n, code, got, want)
		}
	}
	for _, c := range []struct {
		query string
		args  []string
	}{
		{"n=2", []string{"-n", "2"}},
		{"", nil},
		{"n=2&displayed=1", []string{"-n", "2", "--displayed"}},
		{"n=2&as=decimal", []string{"-n", "2", "--as", "decimal"}},
		{"n=-1&as=auto", []string{"-n", "-1", "--as", "auto"}},
	} {
		values := []string{"2.675", "1.005", "0.125", "-2.5", "25", "1e300", "0.5"}
		if c.query == "n=-1&as=auto" {
			values = append(values, "123456789012345678901234567890")
		}
		want := serveCLI(t, "", append(append([]string{"modes", "--json"}, c.args...), values...)...)
		body := strings.Join(values, "\n") + "\n\n"
		if code, got := apiDo(t, "POST", "/api/modes?"+c.query, "text/plain", body); code != 200 || got != want {
			t.Errorf("modes %s: %d\n%s\nwant the CLI's\n%s", c.query, code, got, want)
		}
	}
	csv := "id,price\n1,0.125\n2,0.375\n3,\n4,1.005\n5,2.675\n6,-0.045\n"
	for _, c := range []struct {
		query, ctype, body string
		args               []string
	}{
		{"n=2&column=price", "text/csv", csv, []string{"bias", "--json", "-n", "2", "--csv", "--column", "price"}},
		{"", "text/plain", "0.125\n0.375\n\n1.005\n", []string{"bias", "--json", "-"}},
		{"n=1", "", "0.125\n0.375\n1.005\n", []string{"bias", "--json", "-n", "1", "-"}},
	} {
		want := serveCLI(t, c.body, c.args...)
		code, got := apiDo(t, "POST", "/api/bias?"+c.query, c.ctype, c.body)
		if code != 200 {
			t.Fatalf("bias %s: %d %s", c.query, code, got)
		}
		var api, cli map[string]json.RawMessage
		if err := json.Unmarshal([]byte(got), &api); err != nil {
			t.Fatal(err)
		}
		json.Unmarshal([]byte(want), &cli)
		for _, k := range []string{"series", "x_ticks", "y_ticks"} {
			if _, ok := api[k]; !ok {
				t.Errorf("bias %s: no %s", c.query, k)
			}
		}
		// The API's JSON is the CLI's but for the source, and with the
		// chart's fields after "modes".
		cut := got[:strings.Index(got, "\n  \"series\"")]
		cut = strings.TrimSuffix(cut, ",") + "\n}\n"
		src := regexp.MustCompile(`"source": "[^"]*"`)
		if src.ReplaceAllString(cut, `"source": ""`) != src.ReplaceAllString(want, `"source": ""`) {
			t.Errorf("bias %s:\n%s\nwant the CLI's\n%s", c.query, cut, want)
		}
	}
	// eval's result is what pyround eval prints
	for _, expr := range []string{"0.1+0.2", "round(2.675, 2)", "divmod(-7.5, 2)", "2**100", "Decimal('1.10') * 3", "(1, 2, 3)[::-1]"} {
		want := strings.TrimSuffix(serveCLI(t, "", "eval", expr), "\n")
		code, got := apiDo(t, "GET", "/api/eval?"+url.Values{"expr": {expr}}.Encode(), "", "")
		var r struct{ Expr, Result string }
		if err := json.Unmarshal([]byte(got), &r); code != 200 || err != nil || r.Expr != expr || r.Result != want {
			t.Errorf("eval %s: %d %s, want result %q", expr, code, got, want)
		}
	}
}

// TestServeErrorsAreTheCLIs: a bad value is the error the CLI reports.
func TestServeErrorsAreTheCLIs(t *testing.T) {
	var out, errOut bytes.Buffer
	run([]string{"modes", "-n", "2", "1", "abc"}, strings.NewReader(""), &out, &errOut)
	code, got := apiDo(t, "POST", "/api/modes?n=2", "", "1\nabc\n")
	var e struct {
		Error struct{ Type, Message string }
	}
	json.Unmarshal([]byte(got), &e)
	if want := "pyround: argument 2: " + e.Error.Type + ": " + e.Error.Message + "\n"; code != 400 || errOut.String() != want {
		t.Errorf("modes abc: %d %s; the CLI says %q", code, got, errOut.String())
	}
}

// TestServeCommand runs pyround serve on a free loopback port, reads the
// address from its one line, asks it, and stops it with SIGINT.
func TestServeCommand(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGINT")
	}
	for _, addr := range []string{"127.0.0.1:0", "0.0.0.0:0"} {
		serveOnce(t, addr)
	}
}

func serveOnce(t *testing.T, addr string) {
	pr, pw := io.Pipe()
	status := make(chan int, 1)
	go func() {
		status <- run([]string{"serve", "--addr", addr}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	rd := bufio.NewReader(pr)
	line, err := rd.ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	if addr == "0.0.0.0:0" {
		if !strings.HasPrefix(line, "pyround: warning: 0.0.0.0:") || !strings.Contains(line, "reachable from other machines") {
			t.Errorf("no warning off the loopback: %q", line)
		}
		if line, err = rd.ReadString('\n'); err != nil {
			t.Fatal(err)
		}
		line = strings.Replace(line, "0.0.0.0", "127.0.0.1", 1)
	}
	go io.Copy(io.Discard, rd)
	m := regexp.MustCompile(`^pyround: serving the workbench at (http://127\.0\.0\.1:[0-9]+/)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("first line %q", line)
	}
	resp, err := http.Get(m[1] + "api/explain?x=2.675&n=2")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := serveCLI(t, "", "explain", "2.675", "-n", "2", "--json"); resp.StatusCode != 200 || string(b) != want {
		t.Errorf("explain over HTTP: %d %s", resp.StatusCode, b)
	}
	if resp, err := http.Get(m[1]); err != nil || resp.StatusCode != 200 || resp.Header.Get("Content-Security-Policy") != "default-src 'self'" {
		t.Errorf("GET /: %v %v", resp, err)
	}
	if p, err := os.FindProcess(os.Getpid()); err != nil || p.Signal(os.Interrupt) != nil {
		t.Fatal("cannot send SIGINT")
	}
	select {
	case code := <-status:
		if code != 0 {
			t.Errorf("status %d after SIGINT", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
}

func TestServeBadAddress(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"serve", "--addr", "256.0.0.1:80"}, strings.NewReader(""), &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "pyround: listen tcp") {
		t.Errorf("a bad address: %d %q", code, errOut.String())
	}
}
