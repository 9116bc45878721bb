package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pyround/pyround/internal/oracle"
)

func TestChunksCmd(t *testing.T) {
	runCLICases(t, []cliCase{
		{[]string{"chunks", "10", "--parts", "3"}, "", "0 0 4\n1 4 7\n2 7 10\n", "", 0},
		{[]string{"chunks", "10", "--size", "4"}, "", "0 0 4\n1 4 8\n2 8 10\n", "", 0},
		{[]string{"chunks", "2", "--parts", "4"}, "", "0 0 1\n1 1 2\n2 2 2\n3 2 2\n", "", 0},
		{[]string{"chunks", "0", "--size", "3"}, "", "", "", 0},
		{[]string{"chunks", "0", "--size", "3", "--json"}, "", "[]\n", "", 0},
		{[]string{"chunks", "5", "--parts", "2", "--json"}, "", "[{\"index\": 0, \"start\": 0, \"stop\": 3, \"size\": 3}, {\"index\": 1, \"start\": 3, \"stop\": 5, \"size\": 2}]\n", "", 0},
		{[]string{"chunks", "100000000000000000000000", "--parts", "100000000000000000000001", "-s", "1"}, "", "", "pyround: give one of --parts K and --size S\n", 2},
		{[]string{"chunks", "10"}, "", "", "pyround: give one of --parts K and --size S\n", 2},
		{[]string{"chunks", "-1", "--parts", "2"}, "", "", "pyround: ValueError: n must be a non-negative integer\n", 1},
		{[]string{"chunks", "10", "--parts", "0"}, "", "", "pyround: ValueError: number sections must be larger than 0.\n", 1},
		{[]string{"chunks", "10", "--size", "0"}, "", "", "pyround: ValueError: size must be at least one\n", 1},
		{[]string{"chunks", "x", "--size", "1"}, "", "", "pyround: ValueError: invalid literal for int() with base 10: 'x'\n", 1},
	})
}

// TestChunksGolden runs the CLI on the chunkings of the chunksall golden
// file (the whole output, lines and JSON, as Python computes it).
func TestChunksGolden(t *testing.T) {
	for _, c := range oracle.Golden(t, "chunksall") {
		mode, n, k, format := c.Args[0], c.Args[1], c.Args[2], c.Args[3]
		args := []string{"chunks", n, "--" + map[string]string{"parts": "parts", "size": "size"}[mode], k}
		if format == "json" {
			args = append(args, "--json")
		}
		var out, errOut bytes.Buffer
		status := run(args, strings.NewReader(""), &out, &errOut)
		want := c.Want
		switch {
		case strings.HasPrefix(want, "!"):
			if status != 1 || errOut.String() != "pyround: "+want[1:]+"\n" {
				t.Fatalf("%q: got %d %q, want Python's %q", args, status, errOut.String(), want)
			}
		case format == "json":
			want += "\n"
			fallthrough
		default:
			if status != 0 || out.String() != want {
				t.Fatalf("%q: got %d %.200q, want Python's %.200q", args, status, out.String(), want)
			}
		}
	}
}
