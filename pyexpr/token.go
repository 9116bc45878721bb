package pyexpr

import (
	"strings"
	"unicode/utf8"
)

// tokKind is the kind of a lexical token.
type tokKind uint8

const (
	tokEOF    tokKind = iota
	tokInt            // an int literal, text without underscores
	tokFloat          // a float literal, text without underscores
	tokString         // a string literal, value decoded
	tokName           // an identifier
	tokOp             // an operator or delimiter: + - * / // % ** == != < <= > >= ( ) [ ] , . = :
)

// token is one lexical token. col is the 1-based column (in code points)
// of its first character.
type token struct {
	kind tokKind
	text string
	col  int
}

// lexOps are the operators and delimiters the lexer reads, longest
// first; augmented assignments (+=), := and shifts are read only to be
// refused.
var lexOps = [...]string{
	"**=", "//=", ">>=", "<<=",
	"**", "//", "==", "!=", "<=", ">=", "<<", ">>", ":=",
	"+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=",
	"+", "-", "*", "/", "%", "(", ")", "[", "]", ",", ".", "=", "<", ">", ":",
}

// lexer splits a source line into tokens as Python's tokenizer does for
// the numeric subset.
type lexer struct {
	src   string
	pos   int  // byte offset
	depth int  // open parentheses and brackets: line ends inside them are spaces
	seen  bool // a token has been read: a new line outside parentheses may hold no other
}

// column returns the 1-based column of byte offset off.
func (lx *lexer) column(off int) int {
	return utf8.RuneCountInString(lx.src[:off]) + 1
}

func (lx *lexer) errAt(off int, msg string) *SyntaxError {
	return &SyntaxError{Msg: msg, Col: lx.column(off), Source: lx.src}
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isNameStart(c byte) bool {
	return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// next returns the next token.
func (lx *lexer) next() (token, error) {
	s := lx.src
	if err := lx.skipSpace(); err != nil {
		return token{}, err
	}
	start := lx.pos
	if start >= len(s) {
		return token{kind: tokEOF, col: lx.column(start)}, nil
	}
	lx.seen = true
	c := s[start]
	switch {
	case isDigitByte(c) || (c == '.' && start+1 < len(s) && isDigitByte(s[start+1])):
		return lx.number()
	case isNameStart(c):
		for lx.pos < len(s) && (isNameStart(s[lx.pos]) || isDigitByte(s[lx.pos])) {
			lx.pos++
		}
		if lx.pos < len(s) && (s[lx.pos] == '\'' || s[lx.pos] == '"') {
			return token{}, lx.errAt(start, "string prefixes are not supported")
		}
		return token{kind: tokName, text: s[start:lx.pos], col: lx.column(start)}, nil
	case c == '\'' || c == '"':
		return lx.str()
	}
	for _, op := range lexOps {
		if strings.HasPrefix(s[start:], op) {
			lx.pos += len(op)
			switch {
			case len(op) > 1 && op[len(op)-1] == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=":
				return token{}, lx.errAt(start, "unsupported syntax: assignments are not part of the language")
			case op == "<<" || op == ">>":
				return token{}, lx.errAt(start, "unsupported syntax: '"+op+"' is not part of the language")
			case op == "(" || op == "[":
				lx.depth++
			case op == ")" || op == "]":
				lx.depth = max(lx.depth-1, 0)
			}
			return token{kind: tokOp, text: op, col: lx.column(start)}, nil
		}
	}
	if strings.IndexByte("!&|^~@{};", c) >= 0 {
		return token{}, lx.errAt(start, "unsupported syntax: '"+string(c)+"' is not part of the language")
	}
	r, _ := utf8.DecodeRuneInString(s[start:])
	if r == utf8.RuneError {
		return token{}, lx.errAt(start, "invalid UTF-8 in the expression")
	}
	return token{}, lx.errAt(start, "invalid character "+quoteRune(r))
}

// lineEnd returns the length of the line end at s[off:]: 2 for CR LF, 1
// for a lone CR or LF (Python reads all three as a newline), 0 for none.
func lineEnd(s string, off int) int {
	switch {
	case off >= len(s):
		return 0
	case s[off] == '\n':
		return 1
	case s[off] == '\r':
		if off+1 < len(s) && s[off+1] == '\n' {
			return 2
		}
		return 1
	}
	return 0
}

// skipSpace moves past what Python's tokenizer reads between tokens:
// spaces, tabs and form feeds, a comment to the end of its line, a
// backslash joining two lines, and a line end, which inside parentheses
// is a space and outside them ends the expression's line (lineStart then
// allows only blank lines to follow, as eval() does).
func (lx *lexer) skipSpace() error {
	s := lx.src
	for lx.pos < len(s) {
		switch c := s[lx.pos]; c {
		case ' ', '\t', '\f':
			lx.pos++
		case '#':
			lx.skipComment()
		case '\\':
			n := lineEnd(s, lx.pos+1)
			if n == 0 {
				return lx.errAt(lx.pos, "unexpected character after line continuation character")
			}
			lx.pos += 1 + n
			if lx.pos == len(s) {
				return lx.errAt(lx.pos, "unexpected EOF while parsing")
			}
		case '\n', '\r':
			lx.pos += lineEnd(s, lx.pos)
			if lx.depth == 0 {
				return lx.lineStart()
			}
		default:
			return nil
		}
	}
	return nil
}

// skipComment moves to the end of the line (not past its line end).
func (lx *lexer) skipComment() {
	if e := strings.IndexAny(lx.src[lx.pos:], "\r\n"); e >= 0 {
		lx.pos += e
	} else {
		lx.pos = len(lx.src)
	}
}

// lineStart reads physical lines that begin outside parentheses up to the
// first token or the end, as CPython's tokenizer does: the indentation
// counts a space as one column, a tab as up to the next multiple of 8 and
// a form feed as a return to column 0; a line that is blank (only a
// comment, or nothing) is skipped whatever its indentation, except at the
// very end of the source, where indentation without a line end is
// "IndentationError: unexpected indent" (eval('1\n  ') raises it, as do
// eval('\n  1') and eval('1\n  2')). A token on a new line after the
// expression's line is a second statement, which eval() refuses.
func (lx *lexer) lineStart() error {
	s := lx.src
	col := 0
	for {
		for ; lx.pos < len(s); lx.pos++ {
			if c := s[lx.pos]; c == ' ' {
				col++
			} else if c == '\t' {
				col = (col/8 + 1) * 8
			} else if c == '\f' {
				col = 0
			} else {
				break
			}
		}
		if lx.pos < len(s) && s[lx.pos] == '#' {
			lx.skipComment()
			if lx.pos == len(s) {
				return nil
			}
		}
		if lx.pos == len(s) {
			if col > 0 {
				return &SyntaxError{Type: "IndentationError", Msg: "unexpected indent", Col: lx.column(lx.pos), Source: s}
			}
			return nil
		}
		if n := lineEnd(s, lx.pos); n > 0 { // a blank line
			lx.pos += n
			col = 0
			continue
		}
		if s[lx.pos] == '\\' {
			if n := lineEnd(s, lx.pos+1); n > 0 { // the line goes on below
				lx.pos += 1 + n
				if lx.pos == len(s) {
					return lx.errAt(lx.pos, "unexpected EOF while parsing")
				}
				continue
			}
		}
		if col > 0 {
			return &SyntaxError{Type: "IndentationError", Msg: "unexpected indent", Col: lx.column(lx.pos), Source: s}
		}
		if lx.seen {
			return lx.errAt(lx.pos, "invalid syntax: a second line after the expression")
		}
		return nil
	}
}

func quoteRune(r rune) string {
	if r < 0x20 || r == 0x7f {
		return "U+" + hex4(r)
	}
	return "'" + string(r) + "'"
}

func hex4(r rune) string {
	const digits = "0123456789ABCDEF"
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0; i-- {
		b[i] = digits[r&15]
		r >>= 4
	}
	return string(b)
}

// digitRun scans digits of the given base with single underscores between
// them, as Python's tokenizer does, appending the digits to b.
func (lx *lexer) digitRun(b []byte, isDigit func(byte) bool) ([]byte, error) {
	s := lx.src
	for lx.pos < len(s) {
		c := s[lx.pos]
		if isDigit(c) {
			b = append(b, c)
			lx.pos++
			continue
		}
		if c == '_' {
			if lx.pos+1 < len(s) && isDigit(s[lx.pos+1]) {
				lx.pos++
				continue
			}
			return b, lx.errAt(lx.pos, "invalid decimal literal")
		}
		break
	}
	return b, nil
}

// number scans an int or float literal.
func (lx *lexer) number() (token, error) {
	s := lx.src
	start := lx.pos
	col := lx.column(start)
	if s[start] == '0' && start+1 < len(s) {
		var isDigit func(byte) bool
		switch s[start+1] | 0x20 {
		case 'x':
			isDigit = func(c byte) bool { return isDigitByte(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
		case 'o':
			isDigit = func(c byte) bool { return c >= '0' && c <= '7' }
		case 'b':
			isDigit = func(c byte) bool { return c == '0' || c == '1' }
		}
		if isDigit != nil {
			lx.pos += 2
			if lx.pos < len(s) && s[lx.pos] == '_' {
				lx.pos++ // one '_' may follow the prefix (0x_ff), then a digit
			}
			if lx.pos >= len(s) || !isDigit(s[lx.pos]) {
				return token{}, lx.errAt(start, "invalid "+map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[s[start+1]|0x20]+" literal")
			}
			b, err := lx.digitRun([]byte(s[start:start+2]), isDigit)
			if err != nil {
				return token{}, err
			}
			if err := lx.literalEnd(start); err != nil {
				return token{}, err
			}
			return token{kind: tokInt, text: string(b), col: col}, nil
		}
	}
	b, err := lx.digitRun(nil, isDigitByte)
	if err != nil {
		return token{}, err
	}
	kind := tokInt
	if lx.pos < len(s) && s[lx.pos] == '.' {
		kind = tokFloat
		b = append(b, '.')
		lx.pos++
		if lx.pos < len(s) && s[lx.pos] == '_' {
			return token{}, lx.errAt(lx.pos, "invalid decimal literal")
		}
		if b, err = lx.digitRun(b, isDigitByte); err != nil {
			return token{}, err
		}
	}
	if lx.pos < len(s) && s[lx.pos]|0x20 == 'e' {
		save := lx.pos
		e := []byte{'e'}
		lx.pos++
		if lx.pos < len(s) && (s[lx.pos] == '+' || s[lx.pos] == '-') {
			e = append(e, s[lx.pos])
			lx.pos++
		}
		if lx.pos < len(s) && isDigitByte(s[lx.pos]) {
			if e, err = lx.digitRun(e, isDigitByte); err != nil {
				return token{}, err
			}
			kind = tokFloat
			b = append(b, e...)
		} else {
			lx.pos = save
			return token{}, lx.errAt(start, "invalid decimal literal")
		}
	}
	if kind == tokInt && len(b) > 1 && b[0] == '0' {
		for _, c := range b {
			if c != '0' {
				return token{}, lx.errAt(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	if err := lx.literalEnd(start); err != nil {
		return token{}, err
	}
	return token{kind: kind, text: string(b), col: col}, nil
}

// literalEnd rejects a number immediately followed by a name character
// (1j, 1if, 0x1g): Python reads those as invalid literals.
func (lx *lexer) literalEnd(start int) error {
	s := lx.src
	if lx.pos < len(s) && (isNameStart(s[lx.pos]) || isDigitByte(s[lx.pos])) {
		if s[lx.pos]|0x20 == 'j' {
			return lx.errAt(start, "unsupported syntax: complex numbers are not part of the language")
		}
		return lx.errAt(start, "invalid decimal literal")
	}
	return nil
}

// str scans a string literal in single or double quotes with the simple
// escapes \\ \' \" \n \t and \r.
func (lx *lexer) str() (token, error) {
	s := lx.src
	start := lx.pos
	q := s[start]
	if strings.HasPrefix(s[start:], strings.Repeat(string(q), 3)) {
		return token{}, lx.errAt(start, "unsupported syntax: triple-quoted strings are not part of the language")
	}
	lx.pos++
	var b strings.Builder
	for lx.pos < len(s) {
		c := s[lx.pos]
		switch {
		case c == q:
			lx.pos++
			return token{kind: tokString, text: b.String(), col: lx.column(start)}, nil
		case c == '\n' || c == '\r':
			// Python reads a CR or LF as the end of the line: the literal
			// is unterminated.
			return token{}, lx.errAt(start, "unterminated string literal")
		case c == '\\':
			if lx.pos+1 >= len(s) {
				return token{}, lx.errAt(start, "unterminated string literal")
			}
			if n := lineEnd(s, lx.pos+1); n > 0 {
				lx.pos += 1 + n // the literal goes on on the next line
				continue
			}
			switch e := s[lx.pos+1]; e {
			case '\\', '\'', '"':
				b.WriteByte(e)
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			default:
				return token{}, lx.errAt(lx.pos, "unsupported escape sequence in a string literal")
			}
			lx.pos += 2
		default:
			b.WriteByte(c)
			lx.pos++
		}
	}
	return token{}, lx.errAt(start, "unterminated string literal")
}
