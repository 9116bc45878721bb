package main

import "strings"

// typeNode is a DuckDB column type, parsed from the name duckdb-go reports
// (ColumnTypeDatabaseTypeName): STRUCT("q" INTEGER, "r" DOUBLE)[],
// MAP(VARCHAR, INTEGER), DECIMAL(18,4). duckdb-go hands a STRUCT over as a
// Go map, which has no order; the type name gives the fields' order, and
// tells a UUID from a BLOB and a DATE from a TIMESTAMP.
type typeNode struct {
	kind   string      // the base name in upper case: STRUCT, LIST, ARRAY, MAP, UNION, DATE, ...
	fields []typeField // STRUCT fields, UNION members, in order
	elem   *typeNode   // LIST and ARRAY element, MAP key
	value  *typeNode   // MAP value
}

type typeField struct {
	name string
	typ  *typeNode
}

// parseType parses a DuckDB type name; it returns nil for a name it
// cannot read, and the value formatting then falls back on the values.
func parseType(s string) *typeNode {
	p := typeParser{s: s}
	t := p.typ()
	p.space()
	if p.bad || p.i != len(p.s) {
		return nil
	}
	return t
}

type typeParser struct {
	s   string
	i   int
	bad bool
}

func (p *typeParser) space() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *typeParser) peek() byte {
	p.space()
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *typeParser) expect(c byte) {
	if p.peek() != c {
		p.bad = true
		return
	}
	p.i++
}

// word reads a bare identifier.
func (p *typeParser) word() string {
	p.space()
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			p.i++
			continue
		}
		break
	}
	if start == p.i {
		p.bad = true
	}
	return p.s[start:p.i]
}

// name reads a field name: "quoted" ("" is a quote) or bare.
func (p *typeParser) name() string {
	if p.peek() != '"' {
		return p.word()
	}
	p.i++
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		if c == '"' {
			if p.i < len(p.s) && p.s[p.i] == '"' {
				b.WriteByte('"')
				p.i++
				continue
			}
			return b.String()
		}
		b.WriteByte(c)
	}
	p.bad = true
	return b.String()
}

// skipArgs skips a parenthesized argument list such as (18,4) or
// ('a', 'b)'), quotes included.
func (p *typeParser) skipArgs() {
	depth := 0
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return
			}
		case '\'', '"':
			for p.i < len(p.s) && p.s[p.i] != c {
				p.i++
			}
			p.i++
		}
	}
	p.bad = true
}

func (p *typeParser) typ() *typeNode {
	if p.bad {
		return nil
	}
	t := &typeNode{kind: strings.ToUpper(p.word())}
	if p.peek() == '(' {
		switch t.kind {
		case "STRUCT", "UNION":
			p.i++
			for !p.bad && p.peek() != ')' {
				name := p.name()
				t.fields = append(t.fields, typeField{name, p.typ()})
				if p.peek() == ',' {
					p.i++
				}
			}
			p.expect(')')
		case "MAP":
			p.i++
			t.elem = p.typ()
			p.expect(',')
			t.value = p.typ()
			p.expect(')')
		default:
			p.skipArgs()
		}
	}
	for !p.bad && p.peek() == '[' {
		p.i++
		kind := "LIST"
		if p.peek() != ']' {
			kind = "ARRAY"
			for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
				p.i++
			}
		}
		p.expect(']')
		t = &typeNode{kind: kind, elem: t}
	}
	if p.bad {
		return nil
	}
	return t
}

// field returns the type of the i-th field, or nil.
func (t *typeNode) field(i int) *typeNode {
	if t == nil || i >= len(t.fields) {
		return nil
	}
	return t.fields[i].typ
}

func (t *typeNode) kindIs(k string) bool { return t != nil && t.kind == k }

// numeric reports whether a table right-aligns the column.
func (t *typeNode) numeric() bool {
	if t == nil {
		return false
	}
	switch t.kind {
	case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
		"UINTEGER", "UBIGINT", "UHUGEINT", "BIGNUM", "FLOAT", "DOUBLE", "DECIMAL":
		return true
	}
	return false
}
