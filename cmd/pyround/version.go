package main

import (
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is pyround's version. Release builds set it with
//
//	go build -ldflags "-X main.version=v1.2.3" ./cmd/pyround
//
// Left empty, it comes from the build information: the module version
// when installed with `go install github.com/pyround/pyround/cmd/pyround@v1.2.3`,
// else "devel".
var version = ""

// versionString returns the version `pyround --version` prints.
func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return "devel"
}

// addVersion gives root a --version flag that prints, e.g.,
// "pyround version v1.2.3 (go1.26.8)".
func addVersion(root *cobra.Command) {
	root.Version = versionString()
	root.SetVersionTemplate("{{.Name}} version {{.Version}} (" + runtime.Version() + ")\n")
}
