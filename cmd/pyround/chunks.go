package main

import (
	"bufio"

	"github.com/pyround/pyround/pyops"
	"github.com/spf13/cobra"
)

func newChunksCmd() *cobra.Command {
	var parts, size string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "chunks N (--parts K | --size S) [--json]",
		Short: "Split N items into K near-equal chunks (numpy.array_split) or batches of S",
		Long: `Print the chunks of N items, one line each: INDEX START STOP, half-open
and 0-based (items START to STOP-1).

--parts K spreads the items over K workers as numpy.array_split does:
q, r = divmod(N, K), and the first r chunks get q + 1 items, so sizes
differ by at most one (K > N gives empty chunks at the end). --size S
makes batches of S, as range(0, N, S) starts them; the last is shorter,
and there are -(-N // S) of them.

N, K and S are Python ints of any size, read as int() reads them
(underscores, white space, Unicode digits). N < 0, K < 1 and S < 1 are
ValueErrors (exit status 1). --json prints one JSON array of
{"index", "start", "stop", "size"} objects, byte for byte Python's
json.dumps of that list. The output streams: a closed pipe (| head) ends
it quietly, whatever N is.`,
		Example: `  pyround chunks 10 --parts 3     # 0 0 4 / 1 4 7 / 2 7 10
  pyround chunks 10 --size 4      # 0 0 4 / 1 4 8 / 2 8 10
  pyround chunks 5 --parts 2 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			flags := cmd.Flags()
			if flags.Changed("parts") == flags.Changed("size") {
				return usageError("give one of --parts K and --size S")
			}
			var c *pyops.Chunks
			var err error
			if flags.Changed("parts") {
				c, err = pyops.NewChunkParts(args[0], parts)
			} else {
				c, err = pyops.NewChunkBatches(args[0], size)
			}
			if err != nil {
				return valueError(cmd, err)
			}
			return writeChunks(cmd, c, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&parts, "parts", "k", "", "spread the items over K chunks whose sizes differ by at most one")
	f.StringVarP(&size, "size", "s", "", "batches of S items, the last one shorter")
	f.BoolVar(&asJSON, "json", false, "print a JSON array of {index, start, stop, size} objects")
	return cmd
}

// writeChunks streams the chunks of c to the command's output.
func writeChunks(cmd *cobra.Command, c *pyops.Chunks, asJSON bool) error {
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 64<<10)
	buf := make([]byte, 0, 256)
	if asJSON {
		w.WriteByte('[')
	}
	for first := true; c.Next(); first = false {
		buf = buf[:0]
		if asJSON {
			if !first {
				buf = append(buf, ", "...)
			}
			buf = c.AppendJSON(buf)
		} else {
			buf = append(c.AppendLine(buf), '\n')
		}
		if _, err := w.Write(buf); err != nil {
			return writeErr(err)
		}
	}
	if asJSON {
		w.WriteString("]\n")
	}
	return writeErr(w.Flush())
}
