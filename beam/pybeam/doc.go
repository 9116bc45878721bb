// Package pybeam is pyround's Apache Beam transforms: Python's rounding,
// floor division, formatting, binning and sharding inside a pipeline that
// runs on one machine with the prism runner and on Flink, Spark or Google
// Cloud Dataflow past it, computing on every worker exactly what Python
// and the pyround command compute.
//
// # Operations as data
//
// Every transform takes a [pyops.Spec], an operation and its options as
// texts spelled as the pyround command's flags:
//
//	pyops.Spec{Op: "round", N: "2"}                          // round(x, 2)
//	pyops.Spec{Op: "round", N: "2", Mode: "half-up", As: "decimal"}
//	pyops.Spec{Op: "round", Cash: "CHF"}                     // to 0.05
//	pyops.Spec{Op: "floordiv"}                               // a // b
//	pyops.Spec{Op: "format", Format: ",.2f"}
//	pyops.Spec{Op: "shard", Parts: "16"}                     // zlib.crc32(key) % 16
//
// The Spec is checked when the pipeline is built, so that an unknown mode
// fails there, on the machine that launches the job; the DoFns carry it
// (Beam serializes a DoFn's exported fields as JSON for its workers) and
// build the operation in their Setup, once per DoFn instance. The
// arithmetic is the operations layer's (package pyops), the one
// implementation the command, the DuckDB functions and the web workbench
// call too.
//
// # Element transforms
//
// [Apply] runs round, format, hms or bin on a PCollection of float64,
// int64 or string (a number's text, read as Python's int(), float() or
// Decimal() reads it) and gives what print() shows, as strings. A float64
// is a Python float, an int64 a Python int. [ApplyBy] divides by a constant
// (x // 0.05, x % 60), [ApplyPairs] divides the pairs of a KV collection,
// [ShardKeys] keys each element by its shard, and [ApplyFloat64] and
// [ApplyFloat64By] keep float64 results as float64 where Python's result
// is a float.
//
// # Record transforms
//
// [ReadLines] reads the lines of text files (a splittable read, like
// textio.Read, that keeps a CR before each LF and drops a header row);
// [RewriteRecords] rewrites the named columns of CSV or TSV rows or the
// fields of JSON Lines objects with the command's rules: every other byte
// kept, a missing value (a blank cell, JSON null) left as it is, a result
// into a new column with Into; [ShardRecords] places rows in shards by a
// key column; [WriteLines] and [WriteKeyed] write the results to files,
// each beginning with the header row. [ReadHeader] reads the header row
// when the pipeline is built, so that columns can be named.
//
// A record is a line, so that a file can be split anywhere. A CSV field
// that holds a line break (a note, an address) then cuts its record in
// two, and both parts go to the dead letter with a message that says so.
// [ReadOptions].QuotedLineBreaks reads CSV records whole instead, by the
// command's quoting rules, with [Records].QuotedLineBreaks to rewrite
// them: each file is then read from its start by one worker, since a
// record's start cannot be found from the middle of a file.
//
// Paths are local, gs:// (Cloud Storage) or s3:// (S3, and S3-compatible
// stores such as MinIO through AWS_ENDPOINT_URL), with each store's
// default credentials. Beam's filesystems open a file only at its start,
// so Beam's textio reads and discards the bytes before each split: a file
// read in n splits is fetched about n/2 times over. ReadLines seeks in a
// local file and asks Cloud Storage and S3 for each split's bytes with a
// ranged request, so a file is fetched about once; a store that ignores
// Range is read as textio reads it, and the worker logs it once.
//
// # Nothing lost
//
// An element or a row Python would reject does not fail its bundle: it goes
// to a second output of [Failed] elements, the dead letter, with the input
// as text and Python's error ("ValueError: could not convert string to
// float: 'n/a'"). A record transform also writes the row itself, as `pyround
// round --keep-going` writes it (the failed cell empty, JSON null), so that
// every input row is one output row; [FailedRows] reads the count of failed
// rows from a finished pipeline's metrics.
//
// # How it scales
//
// Per element, a record costs the Beam harness's handling of one string
// plus the rewrite: about 270 ns for a CSV row with one rounded cell, one
// allocation (the output string Beam is handed; the rewrite itself
// allocates nothing), and an element transform 30 to 320 ns. The DoFns share
// no mutable state (each instance builds its own operation and scratch
// space; a worker's clients of Cloud Storage and S3 are shared), so
// throughput grows with the workers a runner gives the job, and the
// results do not depend on how the input is split (the tests read every
// file in splits of 1, 7 and 64 bytes and compare). What the runner adds
// per element (serialization, the shuffle before the writes) is far more
// than the arithmetic: on prism a row costs some 10 µs, against 0.25 µs in
// the pyround command. prism runs each stage as one bundle on one core;
// [ReadOptions].Branches reads the input in parallel branches that it runs
// at once. BENCHMARKS.md has the measurements (bench/beam/run.sh).
package pybeam
