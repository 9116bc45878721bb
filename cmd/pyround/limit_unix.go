//go:build unix

package main

import "syscall"

// openFileLimit returns how many files the process may have open (the
// soft RLIMIT_NOFILE, which Go raises to the hard limit at start).
func openFileLimit() (uint64, bool) {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return 0, false
	}
	return rl.Cur, true
}
