package pyexpr

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/pyround/pyround/pyfmt"
)

// MaxSource is the longest expression source Parse accepts, in bytes.
const MaxSource = 10_000

// MaxDepth is the deepest nesting Parse accepts: parentheses, calls,
// unary operators and the right operands of ** each add a level.
const MaxDepth = 200

// SyntaxError is the error of an expression Parse cannot read: invalid
// Python, or Python outside the supported subset. Col is the 1-based
// column, in code points, of the offending token.
type SyntaxError struct {
	// Type is "" for SyntaxError itself, or the subclass CPython raises:
	// "IndentationError" (unexpected indent).
	Type   string
	Msg    string
	Col    int
	Source string
}

// Error returns "SyntaxError: MSG (column N)" (or the subclass's name),
// one line, the form the CLI prints after "pyround: line L: ".
func (e *SyntaxError) Error() string {
	name := "SyntaxError"
	if e.Type != "" {
		name = e.Type
	}
	return name + ": " + e.Msg + " (column " + strconv.Itoa(e.Col) + ")"
}

// nodeKind is the kind of an expression node.
type nodeKind uint8

const (
	nLiteral   nodeKind = iota // a number or string literal: val
	nName                      // a name: text
	nUnary                     // op operand: op, args[0]
	nBinary                    // args[0] op args[1]
	nCall                      // args[0](args[1:]..., kw...)
	nAttr                      // args[0].text
	nCompare                   // args[0] op[0] args[1] op[1] args[2] ...: a chain
	nNot                       // not args[0]
	nBoolOp                    // args[0] op args[1] op ...: op is "and" or "or"
	nTuple                     // (args...): a tuple display
	nSubscript                 // args[0][args[1]]; args[1] may be an nSlice or an nTuple of them
	nSlice                     // args[0]:args[1]:args[2], each nil when absent (in a subscript only)
)

// node is one expression node.
type node struct {
	kind nodeKind
	op   string // operator, for nUnary, nBinary and nBoolOp; for nCompare one cmpOp per byte
	text string // name or attribute
	val  Value  // literal value
	args []*node
	kw   []keyword
	col  int
}

// keyword is a keyword argument of a call.
type keyword struct {
	name string
	val  *node
	col  int
}

// Expr is a parsed expression, ready to Eval any number of times. It is
// immutable and safe for concurrent use.
type Expr struct {
	root   *node
	source string
}

// String returns the source text the expression was parsed from.
func (e *Expr) String() string { return e.source }

// parser is a recursive-descent parser over the lexer's tokens with one
// token of lookahead.
type parser struct {
	lx    lexer
	tok   token
	depth int
}

// Parse parses src, one expression of the supported subset of Python 3.
// The source is read as eval() reads a string: leading and trailing
// spaces are ignored, '#' starts a comment, and a line end (LF, CR or CR
// LF) is a space inside parentheses, joins two lines after a backslash,
// and elsewhere ends the expression, after which only blank lines may
// follow; an indented first line, or an indented line at the end, is an
// IndentationError. Errors are *SyntaxError values naming the column
// (counted from the start of src, line ends included): invalid syntax,
// syntax outside the subset, a source longer than MaxSource bytes or
// nested deeper than MaxDepth. Names are
// resolved when the expression is evaluated, as Python does: an unknown
// name is a NameError from Eval, not a parse error.
func Parse(src string) (*Expr, error) {
	if len(src) > MaxSource {
		return nil, &SyntaxError{Msg: "expression longer than " + strconv.Itoa(MaxSource) + " characters (pyround's limit)", Col: 1, Source: src[:64]}
	}
	if i := strings.IndexByte(src, 0); i >= 0 {
		// CPython 3.11.7's eval() refuses a NUL anywhere, even inside a
		// string literal (int('\x00') written with a raw NUL).
		return nil, &SyntaxError{Msg: "source code string cannot contain null bytes", Col: i + 1, Source: src}
	}
	// eval() strips leading spaces and tabs (source_as_string); the
	// lexer then reads the first line's indentation like any other's.
	at := 0
	for at < len(src) && (src[at] == ' ' || src[at] == '\t') {
		at++
	}
	p := &parser{lx: lexer{src: src, pos: at}}
	if err := p.lx.lineStart(); err != nil {
		return nil, err
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokEOF {
		return nil, &SyntaxError{Msg: "invalid syntax: empty expression", Col: p.tok.col, Source: src}
	}
	root, err := p.expressions()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.unexpected()
	}
	return &Expr{root: root, source: src}, nil
}

func (p *parser) advance() error {
	t, err := p.lx.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *parser) errHere(msg string) *SyntaxError {
	return &SyntaxError{Msg: msg, Col: p.tok.col, Source: p.lx.src}
}

func (p *parser) unexpected() *SyntaxError {
	if p.tok.kind == tokEOF {
		return p.errHere("invalid syntax: unexpected end of expression")
	}
	return p.errHere("invalid syntax at '" + p.tokText() + "'")
}

func (p *parser) tokText() string {
	if p.tok.kind == tokString {
		return "string literal"
	}
	return p.tok.text
}

func (p *parser) isOp(op string) bool { return p.tok.kind == tokOp && p.tok.text == op }

// enter counts one level of nesting.
func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return p.errHere("expression nested deeper than " + strconv.Itoa(MaxDepth) + " levels (pyround's limit)")
	}
	return nil
}

func (p *parser) isKw(kw string) bool { return p.tok.kind == tokName && p.tok.text == kw }

// expressions: expression (',' expression)* [','], the whole source: a
// comma makes a tuple without parentheses (eval('1, 2') is (1, 2)).
func (p *parser) expressions() (*node, error) {
	x, err := p.expression()
	if err != nil || !p.isOp(",") {
		return x, err
	}
	t := &node{kind: nTuple, args: []*node{x}, col: x.col}
	for p.isOp(",") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind == tokEOF {
			break
		}
		x, err := p.expression()
		if err != nil {
			return nil, err
		}
		t.args = append(t.args, x)
	}
	return t, nil
}

// expression: disjunction. Python's conditional expression (x if c else
// y) and lambda are not part of the language.
func (p *parser) expression() (*node, error) { return p.disjunction() }

// disjunction: conjunction ('or' conjunction)*
func (p *parser) disjunction() (*node, error) {
	return p.boolOp("or", p.conjunction)
}

// conjunction: inversion ('and' inversion)*
func (p *parser) conjunction() (*node, error) {
	return p.boolOp("and", p.inversion)
}

// boolOp parses operands joined by the keyword op ("and", "or") into one
// nBoolOp node (a and b and c evaluates as (a and b) and c would).
func (p *parser) boolOp(op string, operand func() (*node, error)) (*node, error) {
	x, err := operand()
	if err != nil || !p.isKw(op) {
		return x, err
	}
	n := &node{kind: nBoolOp, op: op, args: []*node{x}, col: p.tok.col}
	for p.isKw(op) {
		if err := p.advance(); err != nil {
			return nil, err
		}
		y, err := operand()
		if err != nil {
			return nil, err
		}
		n.args = append(n.args, y)
	}
	return n, nil
}

// inversion: 'not' inversion | comparison
func (p *parser) inversion() (*node, error) {
	if !p.isKw("not") {
		return p.comparison()
	}
	col := p.tok.col
	if err := p.enter(); err != nil {
		return nil, err
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	x, err := p.inversion()
	if err != nil {
		return nil, err
	}
	p.depth--
	return &node{kind: nNot, args: []*node{x}, col: col}, nil
}

// comparison: sum (compare_op sum)*, one chain: a < b < c is one node.
func (p *parser) comparison() (*node, error) {
	x, err := p.sum()
	if err != nil {
		return nil, err
	}
	var n *node
	for {
		col := p.tok.col
		op, ok := p.cmpOp()
		if !ok {
			break
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		if op == opNotIn && !p.isKw("in") {
			return nil, p.unexpected() // a 'not' after an operand
		}
		if op == opIs && p.isKw("not") {
			op = opIsNot
		}
		if op == opNotIn || op == opIsNot {
			if err := p.advance(); err != nil {
				return nil, err
			}
		}
		if n == nil {
			n = &node{kind: nCompare, args: []*node{x}, col: col}
		}
		y, err := p.sum()
		if err != nil {
			return nil, err
		}
		n.op += string(rune(op)) // cmpOp values are below utf8.RuneSelf: one byte
		n.args = append(n.args, y)
	}
	if n == nil {
		return x, nil
	}
	return n, nil
}

// cmpOp reads the comparison operator at the current token: 'not' stands
// for 'not in' and 'is' for 'is' or 'is not' (the caller checks the next
// token).
func (p *parser) cmpOp() (cmpOp, bool) {
	switch {
	case p.tok.kind == tokOp:
		switch p.tok.text {
		case "==":
			return opEq, true
		case "!=":
			return opNe, true
		case "<":
			return opLt, true
		case "<=":
			return opLe, true
		case ">":
			return opGt, true
		case ">=":
			return opGe, true
		}
	case p.isKw("in"):
		return opIn, true
	case p.isKw("not"):
		return opNotIn, true
	case p.isKw("is"):
		return opIs, true
	}
	return 0, false
}

// sum: term (('+' | '-') term)*
func (p *parser) sum() (*node, error) {
	left, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.isOp("+") || p.isOp("-") {
		op, col := p.tok.text, p.tok.col
		if err := p.advance(); err != nil {
			return nil, err
		}
		right, err := p.term()
		if err != nil {
			return nil, err
		}
		left = &node{kind: nBinary, op: op, args: []*node{left, right}, col: col}
	}
	return left, nil
}

// term: factor (('*' | '/' | '//' | '%') factor)*
func (p *parser) term() (*node, error) {
	left, err := p.factor()
	if err != nil {
		return nil, err
	}
	for p.isOp("*") || p.isOp("/") || p.isOp("//") || p.isOp("%") {
		op, col := p.tok.text, p.tok.col
		if err := p.advance(); err != nil {
			return nil, err
		}
		right, err := p.factor()
		if err != nil {
			return nil, err
		}
		left = &node{kind: nBinary, op: op, args: []*node{left, right}, col: col}
	}
	return left, nil
}

// factor: ('+' | '-') factor | power
func (p *parser) factor() (*node, error) {
	if p.isOp("+") || p.isOp("-") {
		op, col := p.tok.text, p.tok.col
		if err := p.enter(); err != nil {
			return nil, err
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		x, err := p.factor()
		if err != nil {
			return nil, err
		}
		p.depth--
		return &node{kind: nUnary, op: op, args: []*node{x}, col: col}, nil
	}
	return p.power()
}

// power: primary ['**' factor]. The right operand is a factor, so ** is
// right-associative and -2**2 is -(2**2) while 2**-1 is 2**(-1).
func (p *parser) power() (*node, error) {
	base, err := p.primary()
	if err != nil {
		return nil, err
	}
	if !p.isOp("**") {
		return base, nil
	}
	col := p.tok.col
	if err := p.enter(); err != nil {
		return nil, err
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	exp, err := p.factor()
	if err != nil {
		return nil, err
	}
	p.depth--
	return &node{kind: nBinary, op: "**", args: []*node{base, exp}, col: col}, nil
}

// primary: atom ('(' arguments ')' | '[' slices ']' | '.' NAME)*
func (p *parser) primary() (*node, error) {
	x, err := p.atom()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case p.isOp("("):
			if x, err = p.call(x); err != nil {
				return nil, err
			}
		case p.isOp("["):
			if x, err = p.subscript(x); err != nil {
				return nil, err
			}
		case p.isOp("."):
			col := p.tok.col
			if err := p.advance(); err != nil {
				return nil, err
			}
			if p.tok.kind != tokName || isKeyword(p.tok.text) {
				return nil, p.unexpected() // A.or: a keyword is no attribute name
			}
			x = &node{kind: nAttr, text: p.tok.text, args: []*node{x}, col: col}
			if err := p.advance(); err != nil {
				return nil, err
			}
		default:
			return x, nil
		}
	}
}

// call parses the argument list of a call of fn, at '('.
func (p *parser) call(fn *node) (*node, error) {
	c := &node{kind: nCall, args: []*node{fn}, col: p.tok.col}
	if err := p.enter(); err != nil {
		return nil, err
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	for !p.isOp(")") {
		if p.tok.kind == tokName {
			// A keyword argument is NAME '=' expr; look ahead one token.
			save, saveTok := p.lx.pos, p.tok
			if err := p.advance(); err != nil {
				return nil, err
			}
			if p.isOp("=") {
				kcol := saveTok.col
				if isKeyword(saveTok.text) {
					// round(in=1), round(None=1): Python's SyntaxError.
					return nil, &SyntaxError{Msg: "invalid syntax: '" + saveTok.text + "' is a keyword, not an argument name", Col: kcol, Source: p.lx.src}
				}
				if err := p.advance(); err != nil {
					return nil, err
				}
				v, err := p.expression()
				if err != nil {
					return nil, err
				}
				for _, k := range c.kw {
					if k.name == saveTok.text {
						return nil, &SyntaxError{Msg: "keyword argument repeated: " + k.name, Col: kcol, Source: p.lx.src}
					}
				}
				c.kw = append(c.kw, keyword{name: saveTok.text, val: v, col: kcol})
				goto next
			}
			p.lx.pos, p.tok = save, saveTok
		}
		if len(c.kw) > 0 {
			return nil, p.errHere("positional argument follows keyword argument")
		}
		{
			a, err := p.expression()
			if err != nil {
				return nil, err
			}
			c.args = append(c.args, a)
		}
	next:
		if p.isOp(",") {
			if err := p.advance(); err != nil {
				return nil, err
			}
			continue
		}
		if !p.isOp(")") {
			return nil, p.unexpected()
		}
	}
	if err := p.advance(); err != nil { // ')'
		return nil, err
	}
	p.depth--
	return c, nil
}

// subscript parses the index of x[...], at '[': one expression or slice,
// or several separated by commas (an index that is a tuple).
func (p *parser) subscript(x *node) (*node, error) {
	n := &node{kind: nSubscript, args: []*node{x}, col: p.tok.col}
	if err := p.enter(); err != nil {
		return nil, err
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	var items []*node
	comma := false
	for {
		it, err := p.sliceItem()
		if err != nil {
			return nil, err
		}
		items = append(items, it)
		if comma = p.isOp(","); !comma {
			break
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.isOp("]") {
			break
		}
	}
	if !p.isOp("]") {
		return nil, p.unexpected()
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	p.depth--
	if len(items) == 1 && !comma {
		n.args = append(n.args, items[0])
	} else {
		n.args = append(n.args, &node{kind: nTuple, args: items, col: items[0].col})
	}
	return n, nil
}

// sliceItem: expression | [expression] ':' [expression] [':' [expression]]
func (p *parser) sliceItem() (*node, error) {
	col := p.tok.col
	var bounds [3]*node
	if !p.isOp(":") {
		x, err := p.expression()
		if err != nil || !p.isOp(":") {
			return x, err
		}
		bounds[0] = x
	}
	for k := 1; k < 3 && p.isOp(":"); k++ {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.isOp(":") || p.isOp("]") || p.isOp(",") {
			continue
		}
		x, err := p.expression()
		if err != nil {
			return nil, err
		}
		bounds[k] = x
	}
	return &node{kind: nSlice, args: bounds[:], col: col}, nil
}

// atom: NUMBER | STRING | NAME | True | False | '(' [expression (',' expression)* [',']] ')'
func (p *parser) atom() (*node, error) {
	t := p.tok
	switch t.kind {
	case tokInt:
		v, err := intLiteral(t.text, t.col, p.lx.src)
		if err != nil {
			return nil, err
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		return &node{kind: nLiteral, val: v, col: t.col}, nil
	case tokFloat:
		f, err := strconv.ParseFloat(t.text, 64)
		if err != nil && f == 0 && !isRangeErr(err) {
			return nil, p.errHere("invalid decimal literal")
		}
		// An out-of-range literal is inf, as in Python (1e400 == inf).
		if err := p.advance(); err != nil {
			return nil, err
		}
		return &node{kind: nLiteral, val: FloatValue(f), col: t.col}, nil
	case tokString:
		if err := p.advance(); err != nil {
			return nil, err
		}
		return &node{kind: nLiteral, val: Value{kind: kindStr, s: t.text}, col: t.col}, nil
	case tokName:
		if t.text == "True" || t.text == "False" {
			if err := p.advance(); err != nil {
				return nil, err
			}
			return &node{kind: nLiteral, val: BoolValue(t.text == "True"), col: t.col}, nil
		}
		switch t.text {
		case "and", "or", "not", "in", "is":
			return nil, p.unexpected() // in the language, but not here (1 + not 2)
		}
		if isKeyword(t.text) {
			return nil, &SyntaxError{Msg: "unsupported syntax: '" + t.text + "' is not part of the language", Col: t.col, Source: p.lx.src}
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		return &node{kind: nName, text: t.text, col: t.col}, nil
	case tokOp:
		if t.text == "(" {
			if err := p.enter(); err != nil {
				return nil, err
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			var x *node
			if p.isOp(")") {
				x = &node{kind: nTuple, col: t.col} // ()
			} else {
				y, err := p.expression()
				if err != nil {
					return nil, err
				}
				x = y
				if p.isOp(",") { // (y,) (y, z) (y, z,)
					x = &node{kind: nTuple, args: []*node{y}, col: t.col}
					for p.isOp(",") {
						if err := p.advance(); err != nil {
							return nil, err
						}
						if p.isOp(")") {
							break
						}
						z, err := p.expression()
						if err != nil {
							return nil, err
						}
						x.args = append(x.args, z)
					}
				}
			}
			if !p.isOp(")") {
				return nil, p.unexpected()
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			p.depth--
			return x, nil
		}
		if t.text == "[" {
			return nil, p.errHere("unsupported syntax: lists are not part of the language")
		}
	}
	return nil, p.unexpected()
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// isKeyword reports whether s is a Python keyword: of them only True,
// False and not can start an expression of the subset.
func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
		"return", "try", "while", "with", "yield":
		return true
	}
	return false
}

// intLiteral converts the text of an int literal (underscores removed,
// 0x/0o/0b prefixes kept). A decimal literal of more than 4300 digits is
// Python's SyntaxError (the int/str conversion limit).
func intLiteral(text string, col int, src string) (Value, error) {
	base := 10
	if len(text) > 2 && text[0] == '0' && (text[1]|0x20 == 'x' || text[1]|0x20 == 'o' || text[1]|0x20 == 'b') {
		base = 0
	} else if len(text) > pyfmt.MaxIntStrDigits {
		return Value{}, &SyntaxError{Msg: "Exceeds the limit (" + strconv.Itoa(pyfmt.MaxIntStrDigits) + " digits) for integer string conversion: value has " + strconv.Itoa(len(text)) + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", Col: col, Source: src}
	}
	z, ok := new(big.Int).SetString(text, base)
	if !ok {
		return Value{}, &SyntaxError{Msg: "invalid decimal literal", Col: col, Source: src}
	}
	return IntValue(z), nil
}
