package convert

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/pyround/pyround/pyerr"
	"github.com/pyround/pyround/pyfmt"
)

// hmsSyntax is the syntax each format accepts, for error messages.
var hmsSyntax = [...]string{
	Python:  "[D day[s], ]H:MM:SS[.ffffff] or -H:MM:SS[.ffffff]",
	Compact: "[-][Dd ][Hh ][Mm ][S[.ffffff]s]",
	ISO:     "[-]P[nD][T[nH][nM][n[.ffffff]S]]",
}

func errHMSSyntax(s string, f HMSFormat) error {
	return pyerr.ValueError("invalid " + f.String() + " duration " + pyfmt.QuoteBounded(s) + ": want " + hmsSyntax[f])
}

// ParseHMS reads a duration in any of the three formats, told apart by
// their shape: ISO if it starts with P (after an optional '-'), Python
// if it contains ':', else Compact. See HMSFormat.Parse.
func ParseHMS(s string) (Timedelta, error) {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == 'P':
		return ISO.Parse(s)
	case containsByte(s, ':'):
		return Python.Parse(s)
	}
	return Compact.Parse(s)
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// Parse reads a duration written in format f, exactly, back into a
// Timedelta: f.Parse(t.Format(f)) == t for every Timedelta t.
//
// The syntax, with ASCII digits only and no surrounding space:
//
//	Python   "D day, H:MM:SS.ffffff" as str(timedelta) writes it; the day
//	         part ("D day, " or "D days, ", D an integer with optional
//	         '-') is optional, H is any number of hours, MM and SS are
//	         two digits below 60, the fraction has 1 to 6 digits. Without
//	         a day part a leading '-' negates the whole duration
//	         ("-1:30:00").
//	Compact  "[-]Dd Hh Mm S.ffffffs": the parts d, h, m, s in this
//	         order, each at most once, at least one, separated by one
//	         space; any sizes ("90m"); only seconds take a fraction.
//	ISO      "[-]PnDTnHnMn.ffffffS": at least one component, T before
//	         the time components and only then; only seconds take a
//	         fraction ('.' or ','); years, months and weeks are not
//	         accepted (they have no fixed length in seconds).
//
// Text that does not match is a ValueError naming the syntax; a duration
// past MaxDays is Python's OverflowError (see NewTimedelta).
func (f HMSFormat) Parse(s string) (Timedelta, error) {
	var (
		tot usSum // microseconds, built up
		ok  bool
	)
	switch f {
	case Python:
		ok = parsePython(&tot, s)
	case Compact:
		ok = parseCompact(&tot, s)
	case ISO:
		ok = parseISO(&tot, s)
	default:
		return Timedelta{}, pyerr.ValueError("unknown duration format " + f.String())
	}
	if !ok {
		return Timedelta{}, errHMSSyntax(s, f)
	}
	return tot.timedelta()
}

// scanner reads numbers off the front of a string.
type scanner struct {
	s string
	i int
}

func (p *scanner) more() bool { return p.i < len(p.s) }

func (p *scanner) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *scanner) eat(c byte) bool {
	if p.peek() == c {
		p.i++
		return true
	}
	return false
}

func (p *scanner) lit(w string) bool {
	if len(p.s)-p.i >= len(w) && p.s[p.i:p.i+len(w)] == w {
		p.i += len(w)
		return true
	}
	return false
}

// digits reads one or more ASCII digits and returns them.
func (p *scanner) digits() (string, bool) {
	j := p.i
	for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
		j++
	}
	if j == p.i {
		return "", false
	}
	d := p.s[p.i:j]
	p.i = j
	return d, true
}

// frac reads the digits of a fraction (after its separator): 1 to 6
// digits, as microseconds.
func (p *scanner) frac() (int64, bool) {
	d, ok := p.digits()
	if !ok || len(d) > 6 {
		return 0, false
	}
	var v int64
	for i := 0; i < 6; i++ {
		v *= 10
		if i < len(d) {
			v += int64(d[i] - '0')
		}
	}
	return v, true
}

// usSum is a sum of microseconds: an int64 until it would overflow,
// then a big.Int.
type usSum struct {
	v int64
	b *big.Int
}

func (a *usSum) promote() {
	if a.b == nil {
		a.b = big.NewInt(a.v)
	}
}

// add adds n to the sum.
func (a *usSum) add(n int64) {
	if a.b == nil {
		if (n > 0 && a.v > math.MaxInt64-n) || (n < 0 && a.v < math.MinInt64-n) {
			a.promote()
		} else {
			a.v += n
			return
		}
	}
	a.b.Add(a.b, big.NewInt(n))
}

// addUnits adds digits * unit (unit > 0, in microseconds) to the sum.
func (a *usSum) addUnits(digits string, unit int64) {
	if a.b == nil && len(digits) <= 18 {
		var n uint64
		for i := 0; i < len(digits); i++ {
			n = n*10 + uint64(digits[i]-'0')
		}
		if hi, lo := bits.Mul64(n, uint64(unit)); hi == 0 && lo <= math.MaxInt64 {
			a.add(int64(lo))
			return
		}
	}
	a.promote()
	var v, u big.Int
	v.SetString(digits, 10) // digits only: cannot fail
	a.b.Add(a.b, v.Mul(&v, u.SetInt64(unit)))
}

func (a *usSum) neg() {
	if a.b == nil && a.v == math.MinInt64 {
		a.promote()
	}
	if a.b != nil {
		a.b.Neg(a.b)
		return
	}
	a.v = -a.v
}

func (a *usSum) addSum(o *usSum) {
	if o.b == nil {
		a.add(o.v)
		return
	}
	a.promote()
	a.b.Add(a.b, o.b)
}

func (a *usSum) timedelta() (Timedelta, error) {
	if a.b != nil {
		return fromMicrosBig(a.b)
	}
	sec, us := a.v/microsPerSec, a.v%microsPerSec
	if us < 0 {
		sec, us = sec-1, us+microsPerSec
	}
	return fromSecMicro(sec, us)
}

const (
	usMinute = 60 * microsPerSec
	usHour   = 3600 * microsPerSec
	usDay    = secondsPerDay * microsPerSec
)

func parsePython(tot *usSum, s string) bool {
	p := scanner{s: s}
	neg := p.eat('-')
	// a day part?
	save := p.i
	if d, ok := p.digits(); ok && p.lit(" day") {
		p.eat('s')
		if !p.lit(", ") {
			return false
		}
		tot.addUnits(d, usDay)
		if neg {
			tot.neg()
			neg = false
		}
	} else {
		p.i = save
	}
	var time usSum
	h, ok := p.digits()
	if !ok || !p.eat(':') {
		return false
	}
	time.addUnits(h, usHour)
	for _, unit := range [...]int64{usMinute, microsPerSec} {
		if unit == microsPerSec && !p.eat(':') {
			return false
		}
		d, ok := p.digits()
		if !ok || len(d) != 2 || d[0] > '5' {
			return false
		}
		time.addUnits(d, unit)
	}
	if p.eat('.') {
		us, ok := p.frac()
		if !ok {
			return false
		}
		time.add(us)
	}
	if p.more() {
		return false
	}
	if neg {
		time.neg()
	}
	tot.addSum(&time)
	return true
}

func parseCompact(tot *usSum, s string) bool {
	p := scanner{s: s}
	neg := p.eat('-')
	units := [...]struct {
		c  byte
		us int64
	}{{'d', usDay}, {'h', usHour}, {'m', usMinute}, {'s', microsPerSec}}
	next, parts := 0, 0
	for p.more() {
		if parts > 0 && !p.eat(' ') {
			return false
		}
		d, ok := p.digits()
		if !ok {
			return false
		}
		var us int64
		hasFrac := p.eat('.')
		if hasFrac {
			if us, ok = p.frac(); !ok {
				return false
			}
		}
		c := p.peek()
		for next < len(units) && units[next].c != c {
			next++
		}
		if next == len(units) || (hasFrac && c != 's') {
			return false
		}
		p.i++
		tot.addUnits(d, units[next].us)
		tot.add(us)
		next++
		parts++
	}
	return tot.finish(parts, neg)
}

func parseISO(tot *usSum, s string) bool {
	p := scanner{s: s}
	neg := p.eat('-')
	if !p.eat('P') {
		return false
	}
	parts := 0
	inTime := false
	next := 0 // index into "DHMS" of the next allowed designator
	const designators = "DHMS"
	units := [...]int64{usDay, usHour, usMinute, microsPerSec}
	for p.more() {
		if p.peek() == 'T' {
			if inTime {
				return false
			}
			p.i++
			inTime = true
			if next < 1 {
				next = 1
			}
			if !p.more() {
				return false // "PT" or "P1DT"
			}
			continue
		}
		d, ok := p.digits()
		if !ok {
			return false
		}
		var us int64
		hasFrac := p.eat('.') || p.eat(',')
		if hasFrac {
			if us, ok = p.frac(); !ok {
				return false
			}
		}
		c := p.peek()
		k := next
		for k < len(designators) && designators[k] != c {
			k++
		}
		if k == len(designators) || (k == 0) == inTime || (hasFrac && c != 'S') {
			return false
		}
		p.i++
		tot.addUnits(d, units[k])
		tot.add(us)
		next = k + 1
		parts++
	}
	return tot.finish(parts, neg)
}

// finish ends a parse: false when no part was read, else true, with the
// sum negated for a leading '-'.
func (tot *usSum) finish(parts int, neg bool) bool {
	if parts == 0 {
		return false
	}
	if neg {
		tot.neg()
	}
	return true
}
