package tsv_test

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/tsv"
)

const sample = "# header\n\na\tb\tc\n#x\ty\nd\te\r\nlast"

func check(t *testing.T, rows []tsv.Row, name string) {
	t.Helper()
	want := []tsv.Row{
		{name, 3, []string{"a", "b", "c"}},
		{name, 5, []string{"d", "e\r"}}, // "\r" is data
		{name, 6, []string{"last"}},     // no final newline
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got %+v, want %+v", rows, want)
	}
	if p := rows[1].Pos(); p != name+":5" {
		t.Errorf("Pos = %q", p)
	}
}

func TestRead(t *testing.T) {
	rows, err := tsv.Read(strings.NewReader(sample), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	check(t, rows, "x.tsv")
}

func TestReadFileGzip(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "p.tsv")
	gz := filepath.Join(dir, "p.tsv.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(sample))
	zw.Close()
	if err := os.WriteFile(plain, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gz, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{plain, gz} {
		rows, err := tsv.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		check(t, rows, p)
	}
	if err := os.WriteFile(gz, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := tsv.ReadFile(gz); err == nil || !strings.Contains(err.Error(), gz) {
		t.Errorf("not gzip: err %v, want one naming the file", err)
	}
	if _, err := tsv.ReadFile(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("missing file: no error")
	}
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{
		`plain`: "plain", `a\tb`: "a\tb", `a\nb`: "a\nb", `a\\tb`: `a\tb`, `a\rb`: `a\rb`, `end\`: `end\`,
	} {
		if got := tsv.Unescape(in); got != want {
			t.Errorf("Unescape(%q) = %q, want %q", in, got, want)
		}
	}
}
