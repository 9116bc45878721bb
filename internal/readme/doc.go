// Package readme holds the test that compiles and runs the Go examples of
// the repository's README.md (readme_test.go); it has no API.
package readme
