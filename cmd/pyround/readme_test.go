package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readmeExample is one "$ command" line of README.md and the output shown
// under it.
type readmeExample struct {
	line    int // 1-based line of the command in README.md
	command string
	want    string
}

// readmeExamples returns the examples in the plain ``` blocks of README's
// "## Commands" section: lines starting with "$ " are shell commands, the
// lines after each one its standard output and standard error.
func readmeExamples(readme string) []readmeExample {
	var out []readmeExample
	inSection, inBlock := false, false
	var cur *readmeExample
	for i, l := range strings.Split(readme, "\n") {
		switch {
		case strings.HasPrefix(l, "## "):
			inSection = l == "## Commands"
		case !inSection:
		case l == "```":
			inBlock = !inBlock
			cur = nil
		case !inBlock:
		case strings.HasPrefix(l, "$ "):
			out = append(out, readmeExample{line: i + 1, command: l[2:]})
			cur = &out[len(out)-1]
		case cur != nil:
			cur.want += l + "\n"
		}
	}
	return out
}

// TestREADMECommands runs every example of README's command reference
// with the built binary first on PATH and requires the output shown.
func TestREADMECommands(t *testing.T) {
	bin := buildCLI(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := readmeExamples(string(readme))
	if len(examples) < 25 {
		t.Fatalf("found %d examples in README's ## Commands section; want at least 25", len(examples))
	}
	path := filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH")
	for _, ex := range examples {
		cmd := exec.Command("sh", "-c", ex.command)
		cmd.Dir = t.TempDir()
		cmd.Env = append(os.Environ(), "PATH="+path)
		got, _ := cmd.CombinedOutput()
		if string(got) != ex.want {
			t.Errorf("README.md:%d: $ %s\ngot:\n%swant:\n%s", ex.line, ex.command, got, ex.want)
		}
	}
}
