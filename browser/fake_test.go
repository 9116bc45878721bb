package browser

// This file is the only place the tests get the server from. Until the
// webui package (pyround serve) is merged, workbenchHandler serves
// webui/static from disk and fakes the JSON API by running the pyround CLI;
// at merge time its body becomes `return webui.Handler(...)` and the rest
// of this file goes away.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/workbench"
)

// pyroundBin is the CLI built by TestMain.
var pyroundBin string

// workbenchHandler is the server under test.
func workbenchHandler(t testing.TB) http.Handler {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServerFS(os.DirFS("../webui/static")))
	mux.HandleFunc("GET /api/explain", fakeExplain)
	mux.HandleFunc("POST /api/modes", fakeModes)
	mux.HandleFunc("POST /api/bias", fakeBias)
	mux.HandleFunc("GET /api/eval", fakeEval)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'")
		mux.ServeHTTP(w, r)
	})
}

// runCLI runs pyround; a failure becomes the Python exception it reports.
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

var pyError = regexp.MustCompile(`([A-Za-z]+(?:Error|Exception|Warning)): (.*)$`)

func writeError(w http.ResponseWriter, err error) {
	typ, msg := "ValueError", err.Error()
	line := msg
	if i := strings.LastIndexByte(line, '\n'); i >= 0 {
		line = line[i+1:]
	}
	if m := pyError.FindStringSubmatch(line); m != nil {
		typ, msg = m[1], m[2]
	} else {
		msg = strings.TrimPrefix(line, "pyround: ")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"type": typ, "message": msg}})
}

func writeJSON(w http.ResponseWriter, raw []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(raw)
}

func nParam(r *http.Request) string {
	if n := r.URL.Query().Get("n"); n != "" {
		return n
	}
	return "2"
}

func fakeExplain(w http.ResponseWriter, r *http.Request) {
	// "--" so that a value such as -2.5 is not read as a flag.
	out, err := runCLI("", "explain", "-n", nParam(r), "--json", "--", r.URL.Query().Get("x"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, out)
}

func fakeModes(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	args := []string{"modes", "-n", nParam(r), "--json", "--"}
	for _, l := range strings.Split(string(body), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			args = append(args, l)
		}
	}
	out, err := runCLI("", args...)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, out)
}

func fakeEval(w http.ResponseWriter, r *http.Request) {
	expr := r.URL.Query().Get("expr")
	out, err := runCLI("", "eval", "--", expr)
	if err != nil {
		writeError(w, err)
		return
	}
	b, _ := json.Marshal(map[string]string{"expr": expr, "result": strings.TrimRight(string(out), "\n")})
	writeJSON(w, b)
}

func fakeBias(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	n := nParam(r)
	column := r.URL.Query().Get("column")
	isCSV := strings.HasPrefix(r.Header.Get("Content-Type"), "text/csv")
	args := []string{"bias", "-", "-n", n, "--json"}
	if isCSV {
		if column == "" {
			column = "1"
		}
		args = append(args, "--csv", "--column", column)
	}
	out, err := runCLI(string(body), args...)
	if err != nil {
		writeError(w, err)
		return
	}
	var res map[string]any
	if err := json.Unmarshal(out, &res); err != nil {
		writeError(w, err)
		return
	}
	values, err := fakeColumn(string(body), isCSV, column)
	if err != nil {
		writeError(w, err)
		return
	}
	nd, _ := strconv.Atoi(n)
	modes, err := workbench.Bias(values, nd, nil, true)
	if err != nil {
		writeError(w, err)
		return
	}
	// At most 1000 points a series: every step-th value, and the last.
	step := max(1, (len(values)+999)/1000)
	var series []map[string]any
	ymin, ymax := 0.0, 0.0
	for _, m := range modes {
		xs, ys := []float64{}, []float64{}
		for i := 0; i < len(m.Running); i += step {
			xs, ys = append(xs, float64(i+1)), append(ys, m.Running[i])
		}
		if last := len(m.Running); last > 0 && xs[len(xs)-1] != float64(last) {
			xs, ys = append(xs, float64(last)), append(ys, m.Running[last-1])
		}
		for _, y := range ys {
			ymin, ymax = math.Min(ymin, y), math.Max(ymax, y)
		}
		series = append(series, map[string]any{"mode": m.Mode, "x": xs, "y": ys})
	}
	res["series"] = series
	res["x_ticks"] = niceTicks(0, float64(len(values)))
	res["y_ticks"] = niceTicks(ymin, ymax)
	b, _ := json.Marshal(res)
	writeJSON(w, b)
}

// fakeColumn reads the values the way the CLI does, roughly: non-blank
// lines, or the cells of one CSV column (a name means a header row).
func fakeColumn(body string, isCSV bool, column string) ([]string, error) {
	var vals []string
	if !isCSV {
		for _, l := range strings.Split(body, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				vals = append(vals, l)
			}
		}
		return vals, nil
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, fmt.Errorf("ValueError: bad CSV: %v", err)
	}
	idx, err := strconv.Atoi(column)
	if err == nil {
		idx--
	} else {
		idx = -1
		for i, h := range recs[0] {
			if h == column {
				idx = i
			}
		}
		recs = recs[1:]
	}
	for _, rec := range recs {
		if idx >= 0 && idx < len(rec) && strings.TrimSpace(rec[idx]) != "" {
			vals = append(vals, strings.TrimSpace(rec[idx]))
		}
	}
	return vals, nil
}

// niceTicks picks about five round-number ticks covering [lo, hi].
func niceTicks(lo, hi float64) []float64 {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	step := p
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			step = m * p
			break
		}
	}
	var ticks []float64
	for v := math.Floor(lo/step) * step; v <= hi+step/2; v += step {
		ticks = append(ticks, math.Round(v/step)*step)
		if v >= hi {
			break
		}
	}
	return ticks
}
