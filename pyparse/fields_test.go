package pyparse_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"

	"github.com/pyround/pyround/pyparse"
)

// TestAppendFieldsLive compares with Python's str.split() on lines mixing
// every kind of space Python knows and some it does not.
func TestAppendFieldsLive(t *testing.T) {
	lines := []string{"", " ", "7", "1 2", "  4\t 5 ", "a\x1cb\x1dc", "x\u00a0y\u2003z", "p\u0085q", "1\u200b2", "\v1\f2\r"}
	out := oracle.Start(t).RunScript(t, `
import sys
for line in sys.stdin.read().split("\n")[:-1]:
    print("|".join(bytes.fromhex(line).decode("utf-8").split()))
`, hexAll(lines))
	for i, l := range lines {
		var got []string
		for _, f := range pyparse.AppendFields(nil, []byte(l)) {
			got = append(got, string(f))
		}
		if g := strings.Join(got, "|"); g != out[i] {
			t.Errorf("fields of %q: got %q, Python %q", l, g, out[i])
		}
	}
}

func hexAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = hex.EncodeToString([]byte(s))
	}
	return out
}
