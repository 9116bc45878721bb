package opcheck

import (
	"fmt"

	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/pyops"
)

// evalShard performs the oracle's shard HASH K KEY.
func evalShard(args []string) (string, error) {
	if len(args) != 3 {
		return "", fmt.Errorf("opcheck: shard takes HASH K KEY, got %q", args)
	}
	s, err := pyops.NewShard(args[1], args[0])
	if err != nil {
		return oracle.Result("", err), nil
	}
	out, err := s.Append(nil, []byte(args[2]))
	return oracle.Result(string(out), err), nil
}

// evalChunks performs the oracle's chunks MODE N K I (the count, and with
// I chunk I's line and JSON object: "COUNT;LINE;JSON") and chunksall MODE
// N K FORMAT (the whole output: every line, each ended by "\n", or the
// JSON list), composed as the pyops.Chunks documentation says.
func evalChunks(op string, args []string) (string, error) {
	if len(args) != 4 {
		return "", fmt.Errorf("opcheck: %s takes 4 arguments, got %q", op, args)
	}
	var c *pyops.Chunks
	var err error
	switch args[0] {
	case "parts":
		c, err = pyops.NewChunkParts(args[1], args[2])
	case "size":
		c, err = pyops.NewChunkBatches(args[1], args[2])
	default:
		return "", fmt.Errorf("opcheck: %s: unknown mode %q", op, args[0])
	}
	if err != nil {
		return oracle.Result("", err), nil
	}
	if op == "chunks" {
		out := c.AppendLen(nil)
		if args[3] != "" {
			if err := c.Seek(args[3]); err != nil {
				return oracle.Result("", err), nil
			}
			out = c.AppendJSON(append(c.AppendLine(append(out, ';')), ';'))
		}
		return string(out), nil
	}
	var out []byte
	switch args[3] {
	case "lines":
		for c.Next() {
			out = append(c.AppendLine(out), '\n')
		}
	case "json":
		out = append(out, '[')
		for first := true; c.Next(); first = false {
			if !first {
				out = append(out, ", "...)
			}
			out = c.AppendJSON(out)
		}
		out = append(out, ']')
	default:
		return "", fmt.Errorf("opcheck: chunksall: unknown format %q", args[3])
	}
	return string(out), nil
}
