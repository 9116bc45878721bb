// Package pyops performs Python's numeric operations on text, exactly as
// Python prints them: the one implementation that every pyround surface
// calls (the pyround command, the DuckDB functions, the browser workbench,
// the Beam transforms).
//
// Each operation takes its operands as text, reads them the way Python
// would, computes, and appends to a buffer exactly what Python's print()
// shows for the result, or returns the *pyerr.Error Python would raise:
//
//	r := pyops.Round{HasN: true, N: 2}
//	out, err := r.Append(nil, []byte("2.675")) // "2.67", as print(round(2.675, 2))
//
// # Reading a value: the literal rule
//
// A value's text is read by one of three rules (As). Auto, the default,
// reads it as Python source reads a literal: a Python int if int(text)
// accepts it, else float(text). So "25" rounds as an int (round(25, -1) is
// 20), "2.5" as a float (round(2.5) is 2), and "1e400" is inf, as float()
// reads it. Float reads every value with float(); Decimal reads
// decimal.Decimal(text), exactly as written. Texts are read with Python's
// own rules: surrounding white space, underscores between digits, Unicode
// digits, "nan", "-Infinity"; anything else is Python's ValueError
// ("could not convert string to float: 'abc'"). ReadNumber is the literal
// rule on its own. Blank says which texts a data surface treats as a
// missing value rather than a bad one: those that are empty or white
// space only (text.strip() == ""), which no rule reads.
//
// # The operations
//
//   - Round: round(x), round(x, n), and the eight modes of the decimal
//     module on ints, floats (their exact binary value) and Decimals.
//     AppendRoundText and AppendRoundTextInt are its Decimal path on
//     their own.
//   - Div: //, % and divmod(), floor semantics for ints and floats and
//     the decimal module's truncating ones for Decimals.
//   - Format: format(x, spec), the whole format-spec mini-language.
//   - HMS: seconds as str(datetime.timedelta(seconds=x)) prints them.
//   - Bin: a number's bin, (x - o) // w * w + o with Python's own
//     arithmetic, or exact floor binning of Decimals; its index or range.
//   - TimeBin: timestamps (datetime.fromisoformat's texts) in bins of a
//     fixed duration, (dt - origin) // width, printed as isoformat().
//   - Binning: Bin and TimeBin together, as pyround bin reads a value: a
//     number, else a timestamp.
//   - Pair: a line of two operands, as `a, b = line.split()` reads it.
//   - Shard: a key's shard, zlib.crc32(key.encode()) % K and the other
//     hashes' formulas, or int(key) % K.
//   - Chunks: the chunks of N items over K workers (numpy.array_split)
//     or in batches of S, streamed as lines or json.dumps objects.
//
// Every operation is exact at any size up to pyround's limits (an int of
// any length, ndigits of any size, a Decimal with no 28-digit context
// limit); a result that would need more than digits.MaxResultDigits
// digits fails fast with digits.ErrTooManyDigits instead of building it.
//
// # Speed
//
// Operations are values that hold their options and their scratch space,
// so that a column of a million cells is a million calls to Append with
// no allocation: the fast paths (floats, int64s, decimals of up to 19
// digits) allocate nothing once dst has room. The commonest case, a plain
// decimal text rounded half-even to n places, is rounded on the text
// itself when that is provably exact (see fast.go for the proof), and
// everything else takes the exact path. An operation value must not be
// used by two goroutines at once; copy it for each.
//
// # Layers
//
// pyops sits above the arithmetic packages (rounding, divmod, fixed,
// pydecimal, convert) and the text packages (pyparse, pyfmt), and below
// the surfaces; see ARCHITECTURE.md. A surface adapts its own input and
// output (flags and files, SQL types, JSON requests) and calls pyops for
// the arithmetic, so that every surface prints the same text for the same
// operation.
package pyops
