package readme

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The conventions of README.md's ```go blocks, which this test enforces:
//
//   - Every block is a sequence of Go statements, one per line, complete in
//     itself (it declares what it uses); it may start with an import
//     declaration. Packages of this module, shopspring's decimal, apd, and
//     the standard library's math, math/big, fmt, strings and time are
//     imported automatically when a block names them.
//   - A line that is a call expression followed by a comment states the
//     call's results: the comment starts with them, separated by ", ", and
//     anything after two spaces is prose. Results are shown as
//     show() in the generated program formats them: a float64 as Python's
//     repr (pyfmt.Repr), a shopspring decimal as Python's str
//     (pyfmt.DecimalString), a string or []byte quoted as Go quotes it,
//     a nil error or pointer as nil, an error as its message ("Type: msg"),
//     a slice as [a b c], anything else with its String method or fmt.
//   - Any other line (assignments, calls without a comment) is compiled
//     as it stands; an unused variable declared with := is not an error.
//
// All blocks are compiled together, with //line directives pointing at
// README.md, into one program that runs once.

// knownImports are the packages a README block may use without importing.
var knownImports = map[string]string{
	"apd":         "github.com/cockroachdb/apd/v3",
	"big":         "math/big",
	"conventions": "github.com/pyround/pyround/conventions",
	"convert":     "github.com/pyround/pyround/convert",
	"decimal":     "github.com/shopspring/decimal",
	"digits":      "github.com/pyround/pyround/digits",
	"divmod":      "github.com/pyround/pyround/divmod",
	"fixed":       "github.com/pyround/pyround/fixed",
	"fmt":         "fmt",
	"math":        "math",
	"mode":        "github.com/pyround/pyround/mode",
	"pydecimal":   "github.com/pyround/pyround/pydecimal",
	"pyerr":       "github.com/pyround/pyround/pyerr",
	"pyexpr":      "github.com/pyround/pyround/pyexpr",
	"pyfmt":       "github.com/pyround/pyround/pyfmt",
	"pyops":       "github.com/pyround/pyround/pyops",
	"pyparse":     "github.com/pyround/pyround/pyparse",
	"rounding":    "github.com/pyround/pyround/rounding",
	"strings":     "strings",
	"time":        "time",
	"workbench":   "github.com/pyround/pyround/workbench",
}

// helperImports are the imports of the generated show helper.
var helperImports = map[string]string{
	"decimal": "github.com/shopspring/decimal",
	"fmt":     "fmt",
	"pyfmt":   "github.com/pyround/pyround/pyfmt",
	"reflect": "reflect",
	"strconv": "strconv",
	"strings": "strings",
}

const helper = `
// show(line)(f()) prints f's results, whatever their number.
func show(line int) func(...any) {
	return func(vals ...any) {
		s := make([]string, len(vals))
		for i, v := range vals {
			s[i] = format(v)
		}
		fmt.Printf("%d\t%s\n", line, strings.Join(s, ", "))
	}
}

func format(v any) string {
	if v == nil {
		return "nil"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Func, reflect.Chan:
		if rv.IsNil() {
			return "nil"
		}
	}
	switch v := v.(type) {
	case error:
		return v.Error()
	case float64:
		return pyfmt.Repr(v)
	case string:
		return strconv.Quote(v)
	case []byte:
		return strconv.Quote(string(v))
	case decimal.Decimal:
		return pyfmt.DecimalString(v)
	case fmt.Stringer:
		return v.String()
	}
	if rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
		s := make([]string, rv.Len())
		for i := range s {
			s[i] = format(rv.Index(i).Interface())
		}
		return "[" + strings.Join(s, " ") + "]"
	}
	return fmt.Sprint(v)
}
`

// check is one README line whose comment states a call's results.
type check struct {
	line int
	call string
	want string
}

var importLine = regexp.MustCompile(`^\s*(?:([A-Za-z_]\w*|\.)\s+)?"([^"]+)"\s*$`)

// generate turns README.md's ```go blocks into one Go program and the list
// of results it must print.
func generate(readme string) (src string, checks []check, err error) {
	var body strings.Builder
	imports := map[string]string{}
	for n, v := range helperImports {
		imports[n] = v
	}
	lines := strings.Split(readme, "\n")
	nblocks := 0
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "```go" {
			continue
		}
		nblocks++
		fmt.Fprintf(&body, "\nfunc block%d() {\n", nblocks)
		local := map[string]string{} // this block's own imports
		inImport := false
		closed := false
		for i++; i < len(lines); i++ {
			l := lines[i]
			lineNo := i + 1
			trimmed := strings.TrimSpace(l)
			if trimmed == "```" {
				closed = true
				break
			}
			switch {
			case inImport && trimmed == "":
				continue
			case inImport && trimmed == ")":
				inImport = false
				continue
			case inImport:
				m := importLine.FindStringSubmatch(l)
				if m == nil {
					return "", nil, fmt.Errorf("README.md:%d: cannot read import %q", lineNo, l)
				}
				name := m[1]
				if name == "" {
					name = m[2][strings.LastIndex(m[2], "/")+1:]
					if strings.HasPrefix(name, "v") && strings.Contains(m[2], "/") {
						if _, err := strconv.Atoi(name[1:]); err == nil { // .../apd/v3
							p := m[2][:strings.LastIndex(m[2], "/")]
							name = p[strings.LastIndex(p, "/")+1:]
						}
					}
				}
				local[name] = m[2]
				continue
			case trimmed == "import (":
				inImport = true
				continue
			case strings.HasPrefix(trimmed, "import "):
				m := importLine.FindStringSubmatch(strings.TrimPrefix(trimmed, "import "))
				if m == nil {
					return "", nil, fmt.Errorf("README.md:%d: cannot read import %q", lineNo, l)
				}
				name := m[1]
				if name == "" {
					name = m[2][strings.LastIndex(m[2], "/")+1:]
				}
				local[name] = m[2]
				continue
			}
			code, comment, used := splitLine(l)
			for _, q := range used {
				path, ok := local[q]
				if !ok {
					path, ok = knownImports[q]
				}
				if !ok {
					continue // a local variable's field or method
				}
				if old, dup := imports[q]; dup && old != path {
					return "", nil, fmt.Errorf("README.md:%d: package name %s is both %s and %s", lineNo, q, old, path)
				}
				imports[q] = path
			}
			code = strings.TrimSpace(code)
			if code == "" {
				continue
			}
			fmt.Fprintf(&body, "//line README.md:%d\n", lineNo)
			if e, perr := parser.ParseExpr(code); perr == nil && comment != "" {
				if _, isCall := e.(*ast.CallExpr); isCall {
					want := comment
					if k := strings.Index(want, "  "); k >= 0 {
						want = want[:k]
					}
					checks = append(checks, check{line: lineNo, call: code, want: want})
					fmt.Fprintf(&body, "\tshow(%d)(%s)\n", lineNo, code)
					continue
				}
			}
			fmt.Fprintf(&body, "\t%s\n", code)
			if lhs, _, ok := strings.Cut(code, ":="); ok && !strings.ContainsAny(lhs, "\"(") {
				for _, v := range strings.Split(lhs, ",") {
					if v = strings.TrimSpace(v); v != "_" && v != "" {
						fmt.Fprintf(&body, "\t_ = %s\n", v)
					}
				}
			}
		}
		if !closed {
			return "", nil, fmt.Errorf("README.md: the ```go block %d is not closed", nblocks)
		}
		body.WriteString("}\n")
	}
	if nblocks == 0 {
		return "", nil, fmt.Errorf("README.md has no ```go block")
	}
	var out strings.Builder
	out.WriteString("// Code generated from README.md by internal/readme's test; DO NOT EDIT.\n\npackage main\n\nimport (\n")
	names := make([]string, 0, len(imports))
	for n := range imports {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&out, "\t%s %q\n", n, imports[n])
	}
	out.WriteString(")\n\nfunc main() {\n")
	for b := 1; b <= nblocks; b++ {
		fmt.Fprintf(&out, "\tblock%d()\n", b)
	}
	out.WriteString("}\n")
	out.WriteString(body.String())
	out.WriteString(helper)
	return out.String(), checks, nil
}

// splitLine splits a line of Go into its code and its trailing // comment
// (without the slashes, trimmed), and lists the identifiers used as
// package qualifiers (X in X.Y).
func splitLine(l string) (code, comment string, qualifiers []string) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(l))
	s.Init(f, []byte(l), func(token.Position, string) {}, scanner.ScanComments)
	code = l
	prev, prevLit := token.ILLEGAL, ""
	beforePrev := token.ILLEGAL
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.COMMENT && strings.HasPrefix(lit, "//") {
			off := f.Offset(pos)
			code = l[:off]
			comment = strings.TrimSpace(lit[2:])
			break
		}
		if tok == token.PERIOD && prev == token.IDENT && beforePrev != token.PERIOD {
			qualifiers = append(qualifiers, prevLit)
		}
		beforePrev, prev = prev, tok
		if tok == token.IDENT {
			prevLit = lit
		}
	}
	return code, comment, qualifiers
}

// TestREADMEGo compiles every ```go block of README.md into one program,
// runs it, and requires each result stated in a comment.
func TestREADMEGo(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, checks, err := generate(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) < 20 {
		t.Fatalf("README.md states the results of %d Go calls; want at least 20", len(checks))
	}
	// The program must be inside the module to import its packages; a
	// directory whose name starts with _ is invisible to ./... patterns.
	dir, err := os.MkdirTemp(".", "_readme-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("go", "run", ".")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("the README's Go does not build or run: %v\n%s\n(generated program, %s/main.go:)\n%s", err, stderr.String(), dir, src)
	}
	got := map[int]string{}
	for _, l := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		n, v, ok := strings.Cut(l, "\t")
		line, err := strconv.Atoi(n)
		if !ok || err != nil {
			t.Fatalf("unexpected output line %q", l)
		}
		got[line] = v
	}
	for _, c := range checks {
		g, ok := got[c.line]
		switch {
		case !ok:
			t.Errorf("README.md:%d: %s did not run", c.line, c.call)
		case g != c.want:
			t.Errorf("README.md:%d: %s\n\tgot  %s\n\twant %s (the comment)", c.line, c.call, g, c.want)
		}
	}
}

// TestGenerateKeepsEveryLine makes sure every README Go line reaches the
// program, under a //line directive naming it, so that a line that does not
// compile fails TestREADMEGo rather than being skipped.
func TestGenerateKeepsEveryLine(t *testing.T) {
	src, checks, err := generate("```go\nd, err := fixed.Parse(\"x\") // prose\nrounding.Round(2.675) // 2.67  prose\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) != 1 || checks[0] != (check{line: 3, call: "rounding.Round(2.675)", want: "2.67"}) {
		t.Fatalf("checks = %+v", checks)
	}
	for _, want := range []string{"//line README.md:2\n\td, err := fixed.Parse(\"x\")\n", "//line README.md:3\n\tshow(3)(rounding.Round(2.675))\n", "\"github.com/pyround/pyround/fixed\""} {
		if !strings.Contains(src, want) {
			t.Fatalf("%q is not in the program:\n%s", want, src)
		}
	}
}
