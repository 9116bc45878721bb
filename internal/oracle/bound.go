package oracle

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyround/pyround/pyfmt"
)

// floatErrorPrefix starts the message of a failed float(), and
// isoErrorPrefix that of a failed datetime.fromisoformat(): the Python
// messages that quote a whole input value, however long, and that pyround
// bounds.
const (
	floatErrorPrefix = "could not convert string to float: "
	isoErrorPrefix   = "Invalid isoformat string: "
)

// BoundQuote rewrites Python's message for a failed float() (or
// datetime.fromisoformat()) of a value of
// more than pyfmt.MaxQuoted characters into pyround's documented form (see
// pyfmt.AppendQuoteBounded): the repr of the first MaxQuoted characters,
// closed, then "… (N more bytes)", N counting the UTF-8 bytes of the
// characters left out. The kept characters are Python's own text, so a
// comparison still checks every escape pyround writes. Other messages,
// and shorter values, are returned unchanged. msg may start with the
// exception name ("ValueError: ...") or with anything else before the
// prefix.
func BoundQuote(msg string) string {
	prefix := floatErrorPrefix
	i := strings.Index(msg, prefix)
	if i < 0 {
		prefix = isoErrorPrefix
		if i = strings.Index(msg, prefix); i < 0 {
			return msg
		}
	}
	repr := msg[i+len(prefix):]
	if len(repr) < 2 || (repr[0] != '\'' && repr[0] != '"') || repr[len(repr)-1] != repr[0] {
		return msg
	}
	body := repr[1 : len(repr)-1]
	kept, rest := 0, 0 // bytes of body kept; UTF-8 bytes of the value left out
	for n := 0; n < pyfmt.MaxQuoted && kept < len(body); n++ {
		size, _ := reprChar(body[kept:])
		kept += size
	}
	for j := kept; j < len(body); {
		size, valueBytes := reprChar(body[j:])
		rest += valueBytes
		j += size
	}
	if rest == 0 {
		return msg
	}
	q := repr[:1]
	return msg[:i+len(prefix)] + q + body[:kept] + q + "… (" + strconv.Itoa(rest) + " more bytes)"
}

// reprChar reads one character of a repr body: the bytes it takes in the
// repr and the UTF-8 bytes of the character it stands for.
func reprChar(s string) (size, valueBytes int) {
	if s[0] != '\\' || len(s) < 2 {
		_, n := utf8.DecodeRuneInString(s)
		return n, n
	}
	hex := 0
	switch s[1] {
	case 'x':
		hex = 2
	case 'u':
		hex = 4
	case 'U':
		hex = 8
	default: // \\ \' \" \t \n \r
		return 2, 1
	}
	if len(s) < 2+hex {
		return len(s), len(s)
	}
	r, err := strconv.ParseUint(s[2:2+hex], 16, 32)
	if err != nil {
		return 2 + hex, 1
	}
	if n := utf8.RuneLen(rune(r)); n > 0 {
		return 2 + hex, n
	}
	return 2 + hex, 3 // a surrogate, which Go's UTF-8 cannot hold: as CESU-8

}
