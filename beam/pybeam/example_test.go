package pybeam_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pyround/pyround/beam/pybeam"
	"github.com/pyround/pyround/pyops"
)

// printFile prints the lines of a file the pipeline wrote, sorted (a
// runner keeps no order).
func printFile(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}

// Python's round(x, 2) on float64 elements: the float 2.675 is
// 2.67499999999999982236431605997495353221893310546875, so it rounds down,
// as in Python; -0.0 keeps its sign. Nothing here fails, so the dead letter
// is empty.
func ExampleApply() {
	dir, _ := os.MkdirTemp("", "pybeam-example-")
	defer os.RemoveAll(dir)
	p, s := beam.NewPipelineWithRoot()
	prices := beam.Create(s, 2.675, 0.125, math.Copysign(0, -1), 1e300)
	rounded, failed, err := pybeam.Apply(s, pyops.Spec{Op: "round", N: "2"}, prices)
	if err != nil {
		fmt.Println(err)
		return
	}
	pybeam.WriteFile(s, filepath.Join(dir, "rounded.txt"), "", rounded)
	pybeam.WriteFile(s, filepath.Join(dir, "failed.txt"), "", beam.ParDo(s, formatFailed, failed))
	if err := ptest.Run(p); err != nil {
		fmt.Println(err)
		return
	}
	printFile(filepath.Join(dir, "rounded.txt"))
	printFile(filepath.Join(dir, "failed.txt"))
	// Output:
	// -0.0
	// 0.12
	// 1e+300
	// 2.67
	//
}

// Floor division by a constant, and the dead letter: text that is no
// number fails as Python's float() fails on it (int() refused it first),
// and a blank is a missing value, which stays blank.
func ExampleApplyBy() {
	dir, _ := os.MkdirTemp("", "pybeam-example-")
	defer os.RemoveAll(dir)
	p, s := beam.NewPipelineWithRoot()
	seconds := beam.Create(s, "-7", "125", "n/a", " ")
	minutes, failed, err := pybeam.ApplyBy(s, pyops.Spec{Op: "floordiv"}, "60", seconds)
	if err != nil {
		fmt.Println(err)
		return
	}
	pybeam.WriteFile(s, filepath.Join(dir, "minutes.txt"), "", minutes)
	pybeam.WriteFile(s, filepath.Join(dir, "failed.txt"), "", beam.ParDo(s, formatFailed, failed))
	if err := ptest.Run(p); err != nil {
		fmt.Println(err)
		return
	}
	printFile(filepath.Join(dir, "minutes.txt"))
	printFile(filepath.Join(dir, "failed.txt"))
	// Output:
	//
	// -1
	// 2
	// n/a: ValueError: could not convert string to float: 'n/a'
}

// formatFailed is a dead letter element as a line; registered, as a
// function a pipeline runs must be, for the workers to find it.
func formatFailed(f pybeam.Failed) string { return f.Input + ": " + f.Error }

func init() { register.Function1x1(formatFailed) }
