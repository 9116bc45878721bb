// Package fuzz holds pyround's fuzz targets, one file per capability.
//
// Every target checks that its entry point never panics, finishes in
// bounded time, and keeps its invariants; `go test ./fuzz` replays the
// committed corpus under testdata/fuzz, and
//
//	go test ./fuzz -run '^$' -fuzz '^FuzzRoundFloat$' -fuzztime 1m
//
// explores further.
package fuzz
