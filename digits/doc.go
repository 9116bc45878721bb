// Package digits is the integer arithmetic every pyround package shares:
// the Integer constraint, the powers of ten (in a uint64 and as big
// integers, cached), decimal digit counts, division by a power of ten on
// the hot paths, and the size limit on results.
//
// It is part of pyround's foundation layer with package mode and package
// pyerr: it imports nothing else of pyround, so every other package can
// use it. Each of these things is defined here once; a package that needs
// 10^k or the digit count of a big.Int calls this package.
package digits
