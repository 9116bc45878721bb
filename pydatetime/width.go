package pydatetime

import (
	"math/big"
	"unsafe"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/pyparse"
)

// MaxWidth is the magnitude at which ParseWidth saturates a width, in
// microseconds (2**62, about 146,000 years). Every width at least this
// long puts every datetime in bin 0 or -1 of any origin and puts the
// other edge of that bin outside years 1-9999, exactly as the true width
// does, so saturating changes no result of Bucket, FloorDiv or Edge but
// one: Python's -1 * width overflows timedelta (OverflowError:
// days=-1000000000; must have magnitude <= 999999999) for a width longer
// than 999999999 days, the most negative timedelta being exactly
// -999999999 days. ParseWidth returns such a width as MaxWidth+1, and
// Edge treats every width above MaxWidth as one.
const MaxWidth = 1 << 62

// maxDeltaDays is timedelta.max.days.
const maxDeltaDays = 999_999_999

// Microseconds of each unit of the width syntax.
var widthUnits = [...]struct {
	name string
	us   int64
}{{"d", usPerDay}, {"h", 3600 * usPerSec}, {"m", usPerMin}, {"s", usPerSec}, {"ms", 1000}, {"us", 1}}

// ParseWidth reads a bin width and returns it in microseconds, saturated
// at ±MaxWidth. Its syntax is either
//
//   - units: an optional sign, then one or more components in this order,
//     each at most once: Nd (days), Nh, Nm, Ns, Nms, Nus, each N one or
//     more ASCII digits: 90s, 5m, 1h30m, 1d, 250ms, -1h. The value is
//     timedelta(microseconds=total), negated after a '-'. A leading '-'
//     is allowed because Python's bins accept a negative timedelta (the
//     bin then runs downward from its lower edge), as the number form
//     already does for "-90"; there is no white space, no fraction and no
//     underscore;
//   - or a number of seconds, read by the literal rule (int(text) if
//     Python's int() accepts it, else float(text)) and turned into
//     timedelta(seconds=x) exactly as Python does: float seconds rounded
//     half-even to the microsecond, " 90 " and "1_000" accepted as int()
//     accepts them, "1.5e3" as float() does.
//
// Errors are Python's: float()'s ValueError for text that is neither
// ("could not convert string to float: '5x'"), timedelta's OverflowError
// past 999999999 days ("days=1000000000; must have magnitude <=
// 999999999", or "Python int too large to convert to C int"), "cannot
// convert float infinity to integer" for inf, "cannot convert float NaN
// to integer" (a ValueError) for nan, int()'s ValueError for a component
// of more than 4300 digits. A zero width is not an error here: Python
// raises ZeroDivisionError only when a value is divided by it.
func ParseWidth[S ~string | ~[]byte](text S) (int64, error) {
	s := *(*string)(unsafe.Pointer(&text))
	var td convert.Timedelta
	var err error
	if us, ok, uerr := parseUnits(s); ok {
		if uerr != nil {
			return 0, uerr
		}
		td, err = timedeltaMicros(us)
	} else {
		td, err = timedeltaSeconds(s)
	}
	if err != nil {
		return 0, err
	}
	return TimedeltaWidth(td), nil
}

// parseUnits reads the unit form: ok is false when s is not in it (then
// it is read as a number); err is int()'s error for a component too long
// to read.
func parseUnits(s string) (total *big.Int, ok bool, err error) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i == len(s) {
		return nil, false, nil
	}
	// First check the syntax, so that a text in neither form costs no
	// arithmetic.
	next := 0
	type comp struct {
		digits string
		unit   int64
	}
	var comps [len(widthUnits)]comp
	n := 0
	for i < len(s) {
		j := i
		for j < len(s) && s[j]-'0' < 10 {
			j++
		}
		if j == i || j == len(s) {
			return nil, false, nil
		}
		u := -1
		for k := next; k < len(widthUnits); k++ {
			name := widthUnits[k].name
			if len(s)-j >= len(name) && s[j:j+len(name)] == name &&
				// "5ms" is milliseconds, not minutes followed by "s".
				!(name == "m" && len(s)-j >= 2 && s[j+1] == 's') {
				u = k
				break
			}
		}
		if u < 0 {
			return nil, false, nil
		}
		comps[n] = comp{s[i:j], widthUnits[u].us}
		n++
		i = j + len(widthUnits[u].name)
		next = u + 1
	}
	total = new(big.Int)
	var x big.Int
	for _, c := range comps[:n] {
		small, b, err := pyparse.Int(c.digits, &x)
		if err != nil {
			return nil, true, err
		}
		if b == nil {
			b = x.SetInt64(small)
		}
		total.Add(total, b.Mul(b, big.NewInt(c.unit)))
	}
	if neg {
		total.Neg(total)
	}
	return total, true, nil
}

var bigUsPerDay = big.NewInt(usPerDay)

// timedeltaMicros is timedelta(microseconds=us) for an int of any size.
func timedeltaMicros(us *big.Int) (convert.Timedelta, error) {
	var q, r big.Int
	q.DivMod(us, bigUsPerDay, &r) // Euclidean: floor for a positive divisor
	if !q.IsInt64() {
		return convert.Timedelta{}, convert.ErrDaysCInt
	}
	return convert.NewTimedelta(q.Int64(), 0, r.Int64())
}

// timedeltaSeconds is timedelta(seconds=x) for x read from s by the
// literal rule.
func timedeltaSeconds(s string) (convert.Timedelta, error) {
	var z big.Int
	if small, b, err := pyparse.Int(s, &z); err == nil {
		if b != nil {
			return convert.NewTimedeltaBig(b)
		}
		return convert.NewTimedeltaSeconds(small)
	}
	f, err := pyparse.Float(s)
	if err != nil {
		return convert.Timedelta{}, err
	}
	return convert.NewTimedeltaFloat(f)
}
