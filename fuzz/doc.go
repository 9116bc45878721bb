// Package fuzz holds pyround's fuzz targets, one file per capability,
// and the tests that keep its reliability claims honest.
//
// Every target checks that its entry point never panics, finishes in
// bounded time, and keeps its invariants; the differential targets
// (Fuzz*Oracle, FuzzRoundText, FuzzRoundBigInt) also compare every input
// with CPython 3.11 through internal/oracle, in `go test` and in every
// fuzzing worker (see oracle_test.go). `go test ./fuzz` replays the seeds
// and the committed corpus under testdata/fuzz, which holds every input
// that ever found a bug (files named regress_*), each also pinned by a
// named test in regress_test.go. hostile_test.go runs the hostile-input
// table of RELIABILITY.md with time and allocation bounds.
//
//	go test ./fuzz -run '^$' -fuzz '^FuzzRoundFloat$' -fuzztime 1m
//	fuzz/run.sh 5                 # every target of every package, 5 min each
//	go run ./fuzz/soak -n 1000000 # random differential cases per capability
//	fuzz/hostile.sh 1G            # a 1 GB line through the CLI, measured
package fuzz
