// Package pybeam is pyround's Apache Beam transforms.
package pybeam
