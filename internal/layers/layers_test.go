// Package layers holds the test that keeps pyround's import graph in the
// layers ARCHITECTURE.md describes.
package layers

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/pyround/pyround/"

// layer numbers each package of the main module (test support and tools
// excluded); a package may import packages of its own layer or below.
var layer = map[string]int{
	"pyerr": 0, "mode": 0, "digits": 0,
	"pyfmt": 1, "pyparse": 1,
	"rounding": 2, "divmod": 2, "fixed": 2, "pydecimal": 2, "convert": 2,
	"distribute": 2, "pydatetime": 2,
	"pyops": 3, "pyexpr": 3, "conventions": 3, "workbench": 3,
	"cmd/pyround": 4, "internal/records": 4, "webui": 4,
}

// stricter lists imports a package must not have although its layer
// would allow them.
var stricter = map[string][]string{
	"mode":        {"digits"},
	"digits":      {"mode"},
	"pyfmt":       {"pyparse"},
	"rounding":    {"pyfmt", "pyparse"},
	"cmd/pyround": {"pyparse"},
	"webui":       {"pyparse"},
}

func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", "../../...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := map[string]bool{}
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(p.ImportPath, module)
		l, ok := layer[name]
		if !ok {
			continue // test support, tools, benchmarks
		}
		seen[name] = true
		for _, imp := range p.Imports {
			dep, ours := strings.CutPrefix(imp, module)
			if !ours {
				continue
			}
			dl, known := layer[dep]
			if !known && !strings.HasPrefix(dep, "internal/") {
				t.Errorf("%s imports %s, which has no layer: add it to ARCHITECTURE.md and this test", name, dep)
			}
			if known && dl > l {
				t.Errorf("%s (layer %d) imports %s (layer %d): a package may import only its own layer and below", name, l, dep, dl)
			}
			for _, banned := range stricter[name] {
				if dep == banned {
					t.Errorf("%s must not import %s (ARCHITECTURE.md)", name, dep)
				}
			}
		}
	}
	for name := range layer {
		if !seen[name] {
			t.Errorf("package %s is in the layer table but not in the module", name)
		}
	}
}
