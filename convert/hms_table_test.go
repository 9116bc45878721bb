package convert_test

import (
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pyround/pyround/convert"
	"github.com/pyround/pyround/internal/oracle"
	"github.com/pyround/pyround/internal/tsv"
	"github.com/pyround/pyround/pyparse"
	"github.com/shopspring/decimal"
)

// timeCase is one line of a table written by testdata/gen_time.py: a
// kind and its arguments, and Python's answer.
type timeCase struct {
	args []string // kind first
	want string
}

// loadTimeTable reads testdata/NAME, written by gen_time.py.
func loadTimeTable(t *testing.T, name string) []timeCase {
	t.Helper()
	rows, err := tsv.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatalf("%v (regenerate with python3 convert/testdata/gen_time.py)", err)
	}
	var cases []timeCase
	for _, r := range rows {
		fs := r.Fields
		i := len(fs) - 2
		for i > 0 && fs[i] != "=" {
			i--
		}
		if i <= 0 {
			t.Fatalf("%s: malformed line %q", r.Pos(), strings.Join(fs, "\t"))
		}
		cases = append(cases, timeCase{fs[:i], strings.Join(fs[i+1:], "\t")})
	}
	return cases
}

func timeResult(s string, err error) string {
	if err != nil {
		return "!" + err.Error()
	}
	return s
}

func timeInt(t testing.TB, s string) int64 {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("bad int %q in a case", s)
	}
	return v
}

// evalTime computes pyround's answer to one gen_time.py case, formatted
// as the script formats Python's.
func evalTime(t testing.TB, a []string) string {
	switch a[0] {
	case "breakdown":
		return evalBreakdown(t, a[1], a[2], a[3])
	case "hms":
		f, err := convert.ParseHMSFormat(a[3])
		if err != nil {
			t.Fatal(err)
		}
		var td convert.Timedelta
		switch a[1] {
		case "int":
			td, err = convert.NewTimedeltaSeconds(timeInt(t, a[2]))
		case "big":
			b, _ := new(big.Int).SetString(a[2], 10)
			td, err = convert.NewTimedeltaBig(b)
		case "float":
			x, perr := pyparse.Float(a[2])
			if perr != nil {
				t.Fatal(perr)
			}
			td, err = convert.NewTimedeltaFloat(x)
		case "decimal":
			td, err = convert.NewTimedeltaDecimalText(a[2])
			if d, derr := decimal.NewFromString(a[2]); derr == nil && len(a[2]) < 40 {
				// the shopspring entry point agrees
				td2, err2 := convert.NewTimedeltaDecimal(d)
				if td2 != td || timeResult("", err2) != timeResult("", err) {
					t.Errorf("NewTimedeltaDecimal(%s) = %v, %v; the text form gives %v, %v", a[2], td2, err2, td, err)
				}
			}
		}
		if err != nil {
			return "!" + err.Error()
		}
		return td.Format(f)
	case "hmsparse":
		f, err := convert.ParseHMSFormat(a[1])
		if err != nil {
			t.Fatal(err)
		}
		td, err := f.Parse(a[2])
		if err != nil {
			return "!" + err.Error()
		}
		sec, us := td.FloorSeconds()
		return strconv.FormatInt(sec, 10) + " " + strconv.Itoa(us)
	case "decades":
		d, y, err := convert.AgeDecades(int(timeInt(t, a[1])))
		return timeResult(strconv.Itoa(d)+"\t"+strconv.Itoa(y), err)
	case "age":
		b, err := convert.ParseDate(a[1])
		if err != nil {
			return "!" + err.Error()
		}
		o, err := convert.ParseDate(a[2])
		if err != nil {
			return "!" + err.Error()
		}
		n, err := convert.Age(b, o)
		if err != nil {
			return "!" + err.Error()
		}
		d, y, _ := convert.AgeDecades(n)
		return strconv.Itoa(n) + "\t" + strconv.Itoa(d) + "\t" + strconv.Itoa(y)
	case "pages":
		mode := convert.Clamp
		if a[4] == "reject" {
			mode = convert.Reject
		}
		p, err := convert.Paginate(timeInt(t, a[1]), timeInt(t, a[2]), timeInt(t, a[3]), mode)
		if err != nil {
			return "!" + err.Error()
		}
		return strings.Join([]string{strconv.FormatInt(p.Pages, 10), strconv.FormatInt(p.Number, 10),
			strconv.FormatInt(p.Offset, 10), strconv.FormatInt(p.Limit, 10), p.Showing()}, "\t")
	case "pageof":
		n, err := convert.PageOf(timeInt(t, a[1]), timeInt(t, a[2]))
		return timeResult(strconv.FormatInt(n, 10), err)
	case "window":
		links, err := convert.Window(timeInt(t, a[1]), timeInt(t, a[2]), int(timeInt(t, a[3])))
		return timeResult(convert.WindowString(links), err)
	}
	t.Fatalf("unknown case kind %q", a[0])
	return ""
}

// checkTimeCases compares every case with Python's answer.
func checkTimeCases(t *testing.T, cases []timeCase) {
	t.Helper()
	oc := make([]oracle.Case, len(cases))
	for i, c := range cases {
		oc[i] = oracle.Case{Args: c.args, Want: c.want}
	}
	oracle.CheckCases(t, "convert", oc, func(args []string) string { return evalTime(t, args) })
}

// liveTimeScript runs testdata/gen_time.py --serve.
func liveTimeScript(t *testing.T) string {
	src, err := os.ReadFile("testdata/gen_time.py")
	if err != nil {
		t.Fatal(err)
	}
	return "import sys\nsys.argv[1:] = ['--serve']\n" + string(src)
}
